"""Ranked full-text search over services, with the family-facing filters.

SQLite uses FTS5 (porter stemming); PostgreSQL a stored, GIN-indexed tsvector
with English stemming, names weighted above descriptions (see the initial migration).
Every word is matched as a prefix, so "speec" finds "speech"; when the full-text
match finds nothing, a substring match still finds "therapy" inside "physiotherapy".
"""
import re
from dataclasses import dataclass, field

from sqlalchemy import Float, String, and_, func, literal, literal_column, or_, select, text
from sqlmodel import Session, delete

from pwa.models import (
    Attribute, CostOption, Organization, Service, ServiceSearch, TaxonomyTerm,
)
from pwa.queries import nearby, setting_types
from pwa.queries.postcodes import Place
from pwa.queries.vocab import ACTIVE_STATUSES, AGE_BANDS

PER_PAGE = 10
# Counted no further than this: past it, "more than 1,000" says as much as the exact
# number, and counting every one of 100,000 matches costs more than the page. The pages
# stop there too, so no page makes the database skip more rows than this.
COUNT_LIMIT = 1000
# Up to this many substring matches (as PostgreSQL's planner expects from the trigram
# index), reading every one and sorting them by name costs less than walking the names
# to the page: about 10 µs a match, against a walk that reads every name before the
# first match (physiotherapy: 19,000 names at 100,000 services, 100 ms).
FEW_SUBSTRING_MATCHES = 5000
# SQLite's FTS5 tables mirror servicesearch: words (porter), and trigrams for substrings.
# Each mirror row keeps its servicesearch row's rowid, so a match is joined back by rowid:
# reading an FTS5 row's own service_id column loads its whole text.
MIRRORS = [("service_fts", "rowid, service_id, name, body", "rowid, service_id, name, body"),
           ("service_fts_trigram", "rowid, service_id, text", "rowid, service_id, name || ' ' || body")]
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
    more: bool = False  # more than `total` (COUNT_LIMIT) match
    # miles to each listed service's nearest venue, when searching near a place
    # (None: no venue, so available anywhere)
    distances: dict = field(default_factory=dict)
    near: Place | None = None


def words(q: str) -> list[str]:
    """The words of a query that can narrow a search, lower-cased."""
    found = [w for w in re.findall(r"\w+", q.lower()) if w not in STOPWORDS]
    return found[:12]  # bound the work a long pasted query can cause


def _text_query(session: Session, terms: list[str]) -> str:
    if not _sqlite(session):
        # to_tsquery ignores stop words and stems each prefix: 'therapies:*' → 'therapi':*
        return " & ".join(f"{t}:*" for t in terms)
    # FTS5 phrase-quote each word: user input never reaches FTS5's query syntax.
    return " ".join(f'"{t}"*' for t in terms)


def _text_matches(session: Session, terms: list[str]):
    """A subquery of (service_id, rank), lower rank first."""
    if not _sqlite(session):
        sql = ("SELECT service_id, -ts_rank(document, q) AS rank "
               "FROM servicesearch, to_tsquery('english', :query) q WHERE document @@ q")
    else:
        # bm25 weights follow the columns: service_id (unindexed), name, body.
        sql = ("SELECT s.service_id, bm25(service_fts, 0.0, 10.0, 1.0) AS rank "
               "FROM service_fts JOIN servicesearch s ON s.rowid = service_fts.rowid "
               "WHERE service_fts MATCH :query")
    stmt = text(sql).bindparams(query=_text_query(session, terms)).columns(service_id=String, rank=Float)
    return stmt.subquery("matches")


def _text_match(session: Session, terms: list[str], first_page: bool = False):
    """"This service matches", asked of one service at a time: so the database can walk
    the services in name order and stop at the page, without finding every match.
    (On PostgreSQL asked of its search row, see _walk.)"""
    if not _sqlite(session):
        sql = "document @@ to_tsquery('english', :query)"
        if first_page:
            # @@ by its function's name, which no index answers, so the names are walked:
            # this is only asked past COUNT_LIMIT matches, and the planner, expecting
            # fewer (107 for "speech and language therapy", which has 3,520), would read
            # every one and sort them (18 ms, against 4 to walk to the first page).
            # Deeper pages are left to it: reading every match can then cost less.
            sql = "ts_match_vq(document, to_tsquery('english', :query))"
    else:
        # The matches' rowids are gathered once (FTS5 alone, never their text); asking
        # FTS5 about one rowid at a time would run the whole query again for each.
        sql = ("EXISTS (SELECT 1 FROM servicesearch WHERE servicesearch.service_id = service.id "
               "AND servicesearch.rowid IN (SELECT rowid FROM service_fts WHERE service_fts MATCH :query))")
    return text(sql).bindparams(query=_text_query(session, terms))


def _haystack_contains(terms: list[str]):
    # the expression of the trigram index (migration 0010), so the index finds them
    haystack = func.lower(ServiceSearch.name + literal_column("' '") + ServiceSearch.body)
    return and_(*(haystack.contains(t, autoescape=True) for t in terms))


def _trigram_where(terms: list[str]) -> tuple[str, dict]:
    # FTS5's trigram table finds substrings of three letters or more by its index (a
    # phrase is a substring there); shorter words are matched in the rows it found.
    long = [t for t in terms if len(t) >= 3]
    short = [t for t in terms if len(t) < 3]
    where = ["service_fts_trigram MATCH :match"] if long else []
    params = {"match": " AND ".join(f'"{t}"' for t in long)} if long else {}
    for i, t in enumerate(short):
        where.append(f"lower(text) LIKE :short{i} ESCAPE '/'")
        params[f"short{i}"] = "%" + re.sub(r"([/%_])", r"/\1", t) + "%"
    return " AND ".join(where), params


def _substring_matches(session: Session, terms: list[str]):
    if not _sqlite(session):
        return (select(ServiceSearch.service_id, literal(0.0).label("rank"))
                .where(_haystack_contains(terms)).subquery("matches"))
    where, params = _trigram_where(terms)
    sql = "SELECT service_id, 0.0 AS rank FROM service_fts_trigram WHERE " + where
    return text(sql).bindparams(**params).columns(service_id=String, rank=Float).subquery("matches")


def _substring_match(session: Session, terms: list[str]):
    """_substring_matches asked of one service at a time (see _text_match). Substring
    matches are not ranked, so both list them in the same order."""
    if not _sqlite(session):
        return _haystack_contains(terms)
    where, params = _trigram_where(terms)
    return text("EXISTS (SELECT 1 FROM servicesearch WHERE servicesearch.service_id = service.id "
                "AND servicesearch.rowid IN (SELECT rowid FROM service_fts_trigram WHERE "
                f"{where}))").bindparams(**params)


def _has_term(session: Session, taxonomy_code: str):
    """Services linked to the term with this code or to one of its children."""
    parent = select(TaxonomyTerm.id).where(TaxonomyTerm.code == taxonomy_code)
    # The term ids as values, not a subquery: the planner then knows how few services
    # they cover, and reads them from ix_attribute_term_link instead of every attribute.
    terms = session.execute(select(TaxonomyTerm.id).where(
        or_(TaxonomyTerm.code == taxonomy_code, TaxonomyTerm.parent_id.in_(parent)))).scalars().all()
    # Asked of each service (EXISTS, not IN): listed by name, the database then stops at
    # the page instead of first collecting every service with the term.
    return select(Attribute.id).where(Attribute.link_id == Service.id,
                                      Attribute.taxonomy_term_id.in_(terms)).exists()


def _conditions(session: Session, f: Filters) -> list:
    """The filters, as conditions on Service."""
    where = [Service.status.in_(ACTIVE_STATUSES), Service.archived_at.is_(None)]
    if f.age in AGE_BANDS:
        low, high = AGE_BANDS[f.age]
        where += [Service.minimum_age <= high, Service.maximum_age >= low]
    if f.need:
        where.append(_has_term(session, f.need))
    if f.kind:
        where.append(_has_term(session, f.kind))
    if f.free:
        where.append(~select(CostOption.id).where(
            CostOption.service_id == Service.id, CostOption.amount > 0).exists())
    if f.no_ehcp:
        where.append(Service.ehc_plan_required.is_(False))
    if f.area in ("in", "out"):
        where.append(Service.in_area.is_(f.area == "in"))
    clauses = (setting_types.setting_is(f.setting), setting_types.in_phase(f.phase))
    return where + [clause for clause in clauses if clause is not None]


def _run(session: Session, f: Filters, matches, match=None, few=False) -> Results:
    """`matches`: a subquery of (service_id, rank) to rank by; `match`: the same test
    asked of one service, used instead when more than COUNT_LIMIT services match; `few`:
    the matches are unranked and few enough to read them all (see _few_substring_matches)."""
    # The page's ids first, from the services table (and its indexes) alone; the other
    # columns and the organisation's name only for those ten.
    where = _conditions(session, f)
    ids = select(Service.id)
    order = [Service.name, Service.id]
    if matches is not None:
        ids = ids.join(matches, matches.c.service_id == Service.id)
        # name || '': the same order, but not the name index's, so PostgreSQL finds the
        # (few) matches by their own index first instead of walking every name.
        order = [matches.c.rank, Service.name + "", Service.id]
    ids = ids.where(*where)
    if f.near is not None:
        ids, order = nearby.near(ids, order, f.near, f.miles)
    first = None
    if few:
        # One statement both counts and lists: every page lies within the first
        # COUNT_LIMIT, and unranked matches are listed by name either side of it.
        # (Up to 1,001 plain ids: read without the ORM, which takes 2 ms over them.)
        first = session.connection().execute(ids.order_by(*order).limit(COUNT_LIMIT + 1)).scalars().all()
        total = len(first)
    else:
        total = session.scalar(select(func.count()).select_from(ids.limit(COUNT_LIMIT + 1).subquery()))
    more = total > COUNT_LIMIT
    if more and match is not None and first is None:
        # A broad word ("autism" in a third of a national directory): ranking means
        # reading every match, and only the first COUNT_LIMIT are listed anyway. These
        # are listed by name instead, so the page is found by walking the name index
        # and testing each service, and stops as soon as the page is full.
        ids, order = _walk(session, match, where)
        if f.near is not None:
            ids, order = nearby.near(ids, order, f.near, f.miles)
    total = min(total, COUNT_LIMIT)
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(1, f.page), pages)
    results = Results(total=total, page=page, pages=pages, more=more)
    if f.near is not None:
        results.near = f.near
    if not total:
        return results
    listing = select(Service, Organization.name).join(Organization, Organization.id == Service.organization_id)
    if first is not None:
        found = first[(page - 1) * PER_PAGE:page * PER_PAGE]
    else:
        page_ids = ids.order_by(*order).offset((page - 1) * PER_PAGE).limit(PER_PAGE)
        if f.near is None and (matches is None or (more and match is not None)):
            # Listed by name, the listing's own order: the page's rows come in the
            # statement that finds its ids (one round trip fewer).
            results.services = session.exec(listing.where(Service.id.in_(page_ids.correlate(None)))
                                            .order_by(Service.name, Service.id)).all()
            return results
        found = session.execute(page_ids).scalars().all()
    rows = session.exec(listing.where(Service.id.in_(found))).all()
    place = {service_id: i for i, service_id in enumerate(found)}
    results.services = sorted(rows, key=lambda row: place[row[0].id])
    if f.near is not None:
        results.distances = nearby.distances(session, f.near, list(found))
    return results


def _walk(session: Session, match, where: list):
    """The matching services' ids, to be walked in name order (`match` asked of each)."""
    if _sqlite(session):
        return select(Service.id).where(match, *where), [Service.name, Service.id]
    # PostgreSQL walks the search rows in name order (ix_servicesearch_name: a search
    # row's name is its service's) and tests each where it lies, about 1 µs a name,
    # instead of looking up each service's search row, about 3 µs.
    ids = select(Service.id).join(ServiceSearch, ServiceSearch.service_id == Service.id).where(match, *where)
    return ids, [ServiceSearch.name, ServiceSearch.service_id]


def _few_substring_matches(session: Session, terms: list[str]) -> bool:
    """Whether PostgreSQL's planner expects at most FEW_SUBSTRING_MATCHES substring
    matches (from the trigram index's statistics; the query is planned, not run).
    Walking the names to the page costs more the later in the alphabet the matches
    sit, and the planner cannot know where that is; reading every match costs only
    as many as there are."""
    if _sqlite(session):
        return False  # its walk asks each name of rowids the trigram table gave once
    stmt = select(ServiceSearch.service_id).where(_haystack_contains(terms))
    compiled = stmt.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    plan = session.connection().exec_driver_sql(
        "EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params).scalar()
    return plan[0]["Plan"]["Plan Rows"] <= FEW_SUBSTRING_MATCHES


def search_services(session: Session, f: Filters) -> Results:
    if not _sqlite(session):
        # Every search stops after COUNT_LIMIT rows and a page of ten: starting parallel
        # workers costs more than they save (and takes another request's core). For
        # this transaction only.
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    terms = words(f.q)
    if not terms:
        return _run(session, f, None)
    results = _run(session, f, _text_matches(session, terms), _text_match(session, terms, f.page <= 1))
    if results.total == 0:
        results = _run(session, f, _substring_matches(session, terms), _substring_match(session, terms),
                       few=_few_substring_matches(session, terms))
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
        for table, columns, values in MIRRORS:
            session.exec(text(f"DELETE FROM {table}"))
            session.exec(text(f"INSERT INTO {table} ({columns}) SELECT {values} FROM servicesearch"))
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
        for table, columns, values in MIRRORS:
            session.exec(text(f"INSERT INTO {table} ({columns}) SELECT {values} "
                              "FROM servicesearch WHERE service_id = :id").bindparams(id=service_id))


def unindex_services(session: Session, service_ids: list[str]) -> None:
    session.exec(delete(ServiceSearch).where(ServiceSearch.service_id.in_(service_ids)))
    if _sqlite(session):
        for service_id in service_ids:
            for table, _columns, _values in MIRRORS:
                session.exec(text(f"DELETE FROM {table} WHERE service_id = :id").bindparams(id=service_id))
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
