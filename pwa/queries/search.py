"""Ranked full-text search over services, with the family-facing filters.

SQLite uses FTS5 (porter stemming); PostgreSQL a stored, GIN-indexed tsvector
with English stemming, names weighted above descriptions (see the initial migration). Every word is matched as a prefix, so "speec" finds "speech"; when the
full-text match finds nothing, a substring match still finds "therapy" inside
"physiotherapy".
"""
import re
from dataclasses import dataclass, field

from sqlalchemy import Float, String, and_, exists, func, literal, or_, select, text
from sqlmodel import Session, delete

from pwa.models import (
    Attribute, CostOption, Organization, Service, ServiceSearch, TaxonomyTerm,
)
from pwa.queries import nearby, setting_types
from pwa.queries.postcodes import Place
from pwa.queries.vocab import ACTIVE_STATUSES, AGE_BANDS

PER_PAGE = 10
# Words too common to narrow a search; dropped so "support for autism" means "autism".
STOPWORDS = frozenset(
    "a an and are as at be by for from how i in is it me my of on or our the to we what "
    "where who with you your".split()
)


@dataclass
class Filters:
    q: str = ""
    age: str = ""
    need: str = ""
    kind: str = ""
    free: bool = False
    no_ehcp: bool = False
    area: str = ""  # "in", "out" or ""
    page: int = 1
    setting: str = ""  # a type of school or setting (queries.setting_types)
    phase: str = ""
    near: Place | None = None  # sort by distance from here …
    miles: float | None = None  # … and keep only venues this close (None: any distance)

    def is_empty(self) -> bool:
        return not (self.q.strip() or self.age or self.need or self.kind
                    or self.free or self.no_ehcp or self.area or self.setting
                    or self.phase or self.near)


@dataclass
class Results:
    total: int
    page: int
    pages: int
    services: list = field(default_factory=list)  # (Service, organisation name)
    # miles to each listed service's nearest venue, when searching near a place
    # (None: no venue, so available anywhere)
    distances: dict = field(default_factory=dict)
    near: Place | None = None


def words(q: str) -> list[str]:
    """The words of a query that can narrow a search, lower-cased."""
    found = [w for w in re.findall(r"\w+", q.lower()) if w not in STOPWORDS]
    return found[:12]  # bound the work a long pasted query can cause


def _text_matches(session: Session, terms: list[str]):
    """A subquery of (service_id, rank), lower rank first, or None for no match."""
    if session.get_bind().dialect.name == "postgresql":
        # to_tsquery ignores stop words and stems each prefix: 'therapies:*' → 'therapi':*
        query = " & ".join(f"{t}:*" for t in terms)
        sql = ("SELECT service_id, -ts_rank(document, q) AS rank "
               "FROM servicesearch, to_tsquery('english', :query) q WHERE document @@ q")
    else:
        # FTS5 phrase-quote each word: user input never reaches FTS5's query syntax.
        # bm25 weights follow the columns: service_id (unindexed), name, body.
        query = " ".join(f'"{t}"*' for t in terms)
        sql = ("SELECT service_id, bm25(service_fts, 0.0, 10.0, 1.0) AS rank "
               "FROM service_fts WHERE service_fts MATCH :query")
    stmt = text(sql).bindparams(query=query).columns(service_id=String, rank=Float)
    return stmt.subquery("matches")


def _substring_matches(terms: list[str]):
    haystack = func.lower(ServiceSearch.name + " " + ServiceSearch.body)
    return (select(ServiceSearch.service_id, literal(0.0).label("rank"))
            .where(and_(*(haystack.contains(t, autoescape=True) for t in terms)))
            .subquery("matches"))


def _has_term(taxonomy_code: str):
    """Services linked to the term with this code or to one of its children."""
    parent = select(TaxonomyTerm.id).where(TaxonomyTerm.code == taxonomy_code)
    terms = select(TaxonomyTerm.id).where(
        or_(TaxonomyTerm.code == taxonomy_code, TaxonomyTerm.parent_id.in_(parent)))
    return exists().where(Attribute.link_id == Service.id,
                          Attribute.taxonomy_term_id.in_(terms))


def _filtered(stmt, f: Filters):
    stmt = stmt.where(Service.status.in_(ACTIVE_STATUSES), Service.archived_at.is_(None))
    if f.age in AGE_BANDS:
        low, high = AGE_BANDS[f.age]
        stmt = stmt.where(Service.minimum_age <= high, Service.maximum_age >= low)
    if f.need:
        stmt = stmt.where(_has_term(f.need))
    if f.kind:
        stmt = stmt.where(_has_term(f.kind))
    if f.free:
        stmt = stmt.where(~exists().where(CostOption.service_id == Service.id,
                                          CostOption.amount > 0))
    if f.no_ehcp:
        stmt = stmt.where(Service.ehc_plan_required.is_(False))
    if f.area in ("in", "out"):
        stmt = stmt.where(Service.in_area.is_(f.area == "in"))
    for clause in (setting_types.setting_is(f.setting), setting_types.in_phase(f.phase)):
        if clause is not None:
            stmt = stmt.where(clause)
    return stmt


def _run(session: Session, f: Filters, matches) -> Results:
    stmt = select(Service, Organization.name).join(
        Organization, Organization.id == Service.organization_id)
    order = [Service.name]
    if matches is not None:
        stmt = stmt.join(matches, matches.c.service_id == Service.id)
        order = [matches.c.rank, Service.name]
    stmt = _filtered(stmt, f)
    if f.near is not None:
        stmt, order = nearby.near(stmt, order, f.near, f.miles)
    total = session.scalar(select(func.count()).select_from(stmt.subquery()))
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(1, f.page), pages)
    rows = session.exec(stmt.order_by(*order).offset((page - 1) * PER_PAGE).limit(PER_PAGE)).all()
    results = Results(total=total, page=page, pages=pages, services=list(rows))
    if f.near is not None:
        results.near = f.near
        results.distances = nearby.distances(session, f.near, [s.id for s, _ in rows])
    return results


def search_services(session: Session, f: Filters) -> Results:
    terms = words(f.q)
    if not terms:
        return _run(session, f, None)
    results = _run(session, f, _text_matches(session, terms))
    if results.total == 0:
        results = _run(session, f, _substring_matches(terms))
    return results


def reindex(session: Session) -> int:
    """Rebuild the search rows for every service; returns how many were indexed."""
    terms = _terms(session)
    session.exec(delete(ServiceSearch))
    rows = session.exec(select(Service, Organization.name).join(
        Organization, Organization.id == Service.organization_id)).all()
    for service, org_name in rows:
        session.add(_row(service, org_name, terms))
    session.flush()
    if _sqlite(session):
        session.exec(text("DELETE FROM service_fts"))
        session.exec(text("INSERT INTO service_fts (service_id, name, body) "
                          "SELECT service_id, name, body FROM servicesearch"))
    return len(rows)


def reindex_service(session: Session, service_id: str) -> None:
    """Refresh one service's search row after an edit (and its FTS5 mirror on SQLite)."""
    unindex_services(session, [service_id])
    service, org_name = session.exec(select(Service, Organization.name).join(
        Organization, Organization.id == Service.organization_id)
        .where(Service.id == service_id)).one()
    session.add(_row(service, org_name, _terms(session, service_id)))
    session.flush()
    if _sqlite(session):
        session.exec(text("INSERT INTO service_fts (service_id, name, body) SELECT service_id, "
                          "name, body FROM servicesearch WHERE service_id = :id").bindparams(id=service_id))


def unindex_services(session: Session, service_ids: list[str]) -> None:
    session.exec(delete(ServiceSearch).where(ServiceSearch.service_id.in_(service_ids)))
    if _sqlite(session):
        for service_id in service_ids:
            session.exec(text("DELETE FROM service_fts WHERE service_id = :id").bindparams(id=service_id))
    session.flush()


def _terms(session: Session, service_id: str | None = None) -> dict[str, str]:
    """Each service's needs and kinds of support, as words to search."""
    stmt = (select(Attribute.link_id, func.group_concat(TaxonomyTerm.name) if _sqlite(session)
                   else func.string_agg(TaxonomyTerm.name, literal(" ")))
            .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
            .group_by(Attribute.link_id))
    if service_id:
        stmt = stmt.where(Attribute.link_id == service_id)
    return dict(session.exec(stmt).all())


def _row(service: Service, org_name: str, terms: dict) -> ServiceSearch:
    body = " ".join([service.description, org_name, service.eligibility_description,
                     terms.get(service.id) or ""])
    return ServiceSearch(service_id=service.id, name=service.name, body=body)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
