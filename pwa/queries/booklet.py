"""A booklet of the Local Offer: the services a search finds, grouped by kind of
support, each with everything a family needs on paper (one query set a service)."""
from dataclasses import dataclass, field

from sqlmodel import Session

from pwa.queries import services as service_queries
from pwa.queries.search import Filters, search_services
from pwa.queries.vocab import SUPPORT_KINDS

MOST_SERVICES = 400  # a booklet past this is no longer a booklet: ask for a narrower one


@dataclass
class Section:
    kind: str  # a SUPPORT_KINDS code, or "" for services with no kind
    services: list = field(default_factory=list)  # ServiceDetail


def build(session: Session, filters: Filters) -> tuple[list[Section], int]:
    """The booklet's sections, in the home page's order of kinds of support, and how
    many services it holds. Each service appears once, under its first kind."""
    slugs, page = [], 1
    while len(slugs) < MOST_SERVICES:
        found = search_services(session, Filters(**{**vars(filters), "page": page}))
        slugs += [s.slug for s, _ in found.services]
        if page >= found.pages:
            break
        page += 1
    sections = {kind: Section(kind) for kind in (*SUPPORT_KINDS, "")}
    for slug in slugs:
        detail = service_queries.get_service(session, slug)
        codes = {t.code for t in detail.kinds}
        kind = next((k for k in SUPPORT_KINDS if k in codes), "")
        sections[kind].services.append(detail)
    kept = [s for s in sections.values() if s.services]
    for section in kept:
        section.services.sort(key=lambda d: d.service.name)
    return kept, len(slugs)
