"""A booklet of the Local Offer: the services a search finds, grouped by kind of
support, each with everything a family needs on paper (one query set a service)."""
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, select

from pwa.models import ServiceAtLocation
from pwa.models.easy_read import ServiceEasyRead
from pwa.models.editorial import Version
from pwa.models.translations import ContentTranslation
from pwa.queries import services as service_queries
from pwa.queries.search import Filters, search_services
from pwa.queries.vocab import SUPPORT_KINDS

MOST_SERVICES = 400  # a booklet past this is no longer a booklet: ask for a narrower one


@dataclass
class Section:
    kind: str  # a SUPPORT_KINDS code, or "" for services with no kind
    services: list = field(default_factory=list)  # ServiceDetail


def chosen(session: Session, filters: Filters) -> list:
    """The services a booklet with these choices holds (search order, at most
    MOST_SERVICES): cheap next to the booklet itself, so a cached copy is found by
    them before anything is drawn."""
    services, page = [], 1
    while len(services) < MOST_SERVICES:
        found = search_services(session, Filters(**{**vars(filters), "page": page}))
        services += [s for s, _ in found.services]
        if page >= found.pages:
            break
        page += 1
    return services


def version(session: Session, services: list) -> str:
    """Changes whenever a booklet of these services would: another service in or out,
    or a change to one of them, to its organisation or venues (an editor's save, an
    approval, an import: each writes a version), to their translations or easy read."""
    ids = [s.id for s in services]
    related = {*ids, *(s.organization_id for s in services), *session.exec(
        select(ServiceAtLocation.location_id).where(ServiceAtLocation.service_id.in_(ids))).all()}
    stamps = [max((s.last_modified for s in services), default=None)]
    for column, key in ((Version.at, Version.resource_id),
                        (ContentTranslation.updated, ContentTranslation.resource_id),
                        (ServiceEasyRead.last_modified, ServiceEasyRead.service_id)):
        stamps.append(session.exec(select(func.max(column)).where(key.in_(related))).one())
    digest = hashlib.sha256(" ".join(sorted(ids)).encode()).hexdigest()[:16]
    return " ".join([str(len(ids)), digest, *(stamp.isoformat() if stamp else "-" for stamp in stamps)])


def build(session: Session, filters: Filters, services: list | None = None) -> tuple[list[Section], int]:
    """The booklet's sections, in the home page's order of kinds of support, and how
    many services it holds. Each service appears once, under its first kind."""
    if services is None:
        services = chosen(session, filters)
    sections = {kind: Section(kind) for kind in (*SUPPORT_KINDS, "")}
    for service in services:
        detail = service_queries.get_service(session, service.slug)
        codes = {t.code for t in detail.kinds}
        kind = next((k for k in SUPPORT_KINDS if k in codes), "")
        sections[kind].services.append(detail)
    kept = [s for s in sections.values() if s.services]
    for section in kept:
        section.services.sort(key=lambda d: d.service.name)
    return kept, len(services)
