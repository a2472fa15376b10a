"""The directory as Open Referral UK v3 (the UK profile of HSDS 3.0): pure queries and
serialisers for the read API and the export. No Flask.

Only what the public pages show is published: live rows (a provider's pending change
sits in ChangeRequest until an editor approves it), active or temporarily closed, not
archived; and no officer's email (`assurer_email` is personal data, never emitted).

The stored rows are the HSDS 3.0 superset; here they are projected to the ORUK shape.
ORUK's profile leaves out a language's name, code and note and a contact's phones, but
its schemas allow extra keys, so the HSDS 3.0 fields are emitted too (families and
directories need them). Empty strings are left out rather than sent as "" (an empty
`url` or `email` is not a valid URI or address).

SEND needs and kinds of support are taxonomies in the database, linked by attributes.
Provider type is a column (every service has exactly one), published as a third
taxonomy whose terms and attributes have ids derived from their codes, so they are as
stable as the stored ones.
"""
import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlalchemy import exists, func, or_, select
from sqlmodel import Session

from pwa.models import (
    Accessibility, Address, Attribute, Contact, CostOption, Language, Location,
    Organization, Phone, Schedule, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm,
)
from pwa.queries import nearby, postcodes, search
from pwa.queries.vocab import ACTIVE_STATUSES, PROVIDER_TYPES

HSDS_VERSION = "3.0"
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile"
# Every id this app makes is uuid5(NAMESPACE, "<table>:<natural key>"): the same slug
# always gets the same id, in every database, so consumers can rely on them.
NAMESPACE = uuid.UUID("6f0f1b8e-2a0c-5c1e-9d8b-4c6f0e5a7d21")
PROVIDER_TAXONOMY = "provider-types"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
TAXONOMY_DESCRIPTIONS = {
    "send-needs": "Special educational needs and disabilities",
    "support-kinds": "Kinds of support",
    PROVIDER_TAXONOMY: "Kinds of provider a Local Offer lists "
                       "(Children and Families Act 2014, Schedule 2)",
}


def stable_id(kind: str, *key) -> str:
    """The id a record of this kind with this natural key always gets."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, key)])))


def stable_key(model, key: dict) -> dict:
    """`{"id": …}` for a new row of `model` matched by `key`, or {} if it has no id."""
    if "id" not in model.model_fields:
        return {}
    return {"id": stable_id(model.__tablename__, *(key[k] for k in sorted(key)))}


class BadParameter(ValueError):
    """A query parameter that cannot be used; its message names it."""


@dataclass
class ServiceQuery:
    """The /services and /service_at_locations parameters (all combined with AND)."""

    search: str = ""
    taxonomy_term_id: str = ""
    taxonomy_id: str = ""
    organization_id: str = ""
    minimum_age: float | None = None
    maximum_age: float | None = None
    modified_after: datetime | None = None
    postcode: str = ""
    proximity: float | None = None
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE


METRES_PER_MILE = 1609.344  # ORUK's proximity is in metres; the distance code works in miles


@dataclass
class Page:
    total_items: int
    page_number: int
    per_page: int
    contents: list = field(default_factory=list)

    def envelope(self) -> dict:
        total_pages = max(1, math.ceil(self.total_items / self.per_page))
        return {
            "total_items": self.total_items, "total_pages": total_pages,
            "page_number": self.page_number, "size": len(self.contents),
            "first_page": self.page_number == 1, "last_page": self.page_number >= total_pages,
            "empty": not self.contents, "contents": self.contents,
        }


def published():
    """The condition for a service the public may see."""
    return Service.status.in_(ACTIVE_STATUSES) & Service.archived_at.is_(None)


def _clean(record: dict) -> dict:
    return {k: v for k, v in record.items() if v not in ("", None)}


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat()


# -- taxonomies ------------------------------------------------------------------------

def provider_terms(labels: dict) -> list[dict]:
    taxonomy_id = stable_id("taxonomy", PROVIDER_TAXONOMY)
    return [{"id": stable_id("taxonomyterm", PROVIDER_TAXONOMY, code), "name": str(labels.get(code, code)),
             "description": str(labels.get(code, code)), "taxonomy_id": taxonomy_id, "taxonomy": PROVIDER_TAXONOMY, "term": code,
             "code": code} for code in PROVIDER_TYPES]


def _taxonomy_dict(row: Taxonomy) -> dict:
    return _clean({"id": row.id, "name": row.name,
                   "description": row.description or TAXONOMY_DESCRIPTIONS.get(row.name, row.name)})


def _term_dict(row: TaxonomyTerm) -> dict:
    # ORUK requires a description; our terms' names are their plain description when empty
    return _clean({"id": row.id, "name": row.name, "description": row.description or row.name,
                   "parent_id": row.parent_id, "taxonomy_id": row.taxonomy_id, "term": row.code})


def taxonomies(session: Session, labels: dict) -> list[dict]:
    rows = [_taxonomy_dict(t) for t in session.exec(select(Taxonomy).order_by(Taxonomy.name)).scalars()]
    provider = {"id": stable_id("taxonomy", PROVIDER_TAXONOMY), "name": PROVIDER_TAXONOMY,
                "description": TAXONOMY_DESCRIPTIONS[PROVIDER_TAXONOMY]}
    return sorted(rows + [provider], key=lambda t: t["name"])


def taxonomy(session: Session, taxonomy_id: str, labels: dict) -> dict | None:
    found = next((t for t in taxonomies(session, labels) if t["id"] == taxonomy_id), None)
    if found:
        found = {**found, "taxonomy_terms": [t for t in taxonomy_terms(session, labels)
                                             if t["taxonomy_id"] == taxonomy_id]}
    return found


def taxonomy_terms(session: Session, labels: dict) -> list[dict]:
    rows = session.exec(select(TaxonomyTerm).order_by(TaxonomyTerm.taxonomy_id, TaxonomyTerm.code)).scalars()
    return [_term_dict(t) for t in rows] + [
        {k: v for k, v in t.items() if k != "code"} for t in provider_terms(labels)]


def taxonomy_term(session: Session, term_id: str, labels: dict) -> dict | None:
    return next((t for t in taxonomy_terms(session, labels) if t["id"] == term_id), None)


def paged(items: list, page: int, per_page: int) -> Page:
    start = (page - 1) * per_page
    return Page(len(items), page, per_page, items[start:start + per_page])


# -- services --------------------------------------------------------------------------

def _service_filter(session: Session, q: ServiceQuery, stmt, labels: dict):
    stmt = stmt.where(published())
    if q.organization_id:
        stmt = stmt.where(Service.organization_id == q.organization_id)
    if q.minimum_age is not None:  # "a minimum age of at least the specified value"
        stmt = stmt.where(Service.minimum_age >= q.minimum_age)
    if q.maximum_age is not None:  # "a maximum age equal to or below the specified value"
        stmt = stmt.where(Service.maximum_age <= q.maximum_age)
    if q.modified_after is not None:
        stmt = stmt.where(Service.last_modified >= q.modified_after)
    providers = {t["id"]: t["code"] for t in provider_terms(labels)}
    if q.taxonomy_term_id:
        if q.taxonomy_term_id in providers:
            stmt = stmt.where(Service.provider_type == providers[q.taxonomy_term_id])
        else:  # the term or one of its children: a broad area of need finds its conditions
            terms = select(TaxonomyTerm.id).where(or_(TaxonomyTerm.id == q.taxonomy_term_id,
                                                      TaxonomyTerm.parent_id == q.taxonomy_term_id))
            stmt = stmt.where(exists().where(Attribute.link_id == Service.id,
                                             Attribute.taxonomy_term_id.in_(terms)))
    if q.taxonomy_id and q.taxonomy_id != stable_id("taxonomy", PROVIDER_TAXONOMY):
        terms = select(TaxonomyTerm.id).where(TaxonomyTerm.taxonomy_id == q.taxonomy_id)
        stmt = stmt.where(exists().where(Attribute.link_id == Service.id,
                                         Attribute.taxonomy_term_id.in_(terms)))
    return stmt


def _matching(session: Session, q: ServiceQuery, stmt, labels: dict):
    """(statement, order): the service search the public pages use, ranked when searching."""
    terms = search.words(q.search)
    stmt = _service_filter(session, q, stmt, labels)
    if not terms:
        return stmt, [Service.name, Service.id]
    for matches in (search._text_matches(session, terms), search._substring_matches(session, terms)):
        ranked = stmt.join(matches, matches.c.service_id == Service.id)
        if session.scalar(select(func.count()).select_from(ranked.subquery())):
            return ranked, [matches.c.rank, Service.name, Service.id]
    return ranked, [Service.name, Service.id]


def _window(session: Session, stmt, order, q: ServiceQuery):
    total = session.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = session.exec(stmt.order_by(*order).offset((q.page - 1) * q.per_page).limit(q.per_page)).all()
    return total, rows


def service_scalars(service: Service) -> dict:
    """The one-to-one fields: a list item of /services."""
    return _clean({
        "id": service.id, "organization_id": service.organization_id, "name": service.name,
        "description": service.description, "url": service.url, "email": service.email,
        "status": service.status, "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        "alert": service.alert, "last_modified": _iso(service.last_modified),
    })


def _near_postcode(session: Session, q: ServiceQuery, stmt, order, near):
    """Within `proximity` metres of the centroid of `postcode`, nearest first (a postcode
    alone sorts by distance and leaves nothing out). Postcodes are looked up in this
    server's own table: an unknown one is refused, never ignored."""
    if not q.postcode:
        if q.proximity is not None:
            raise BadParameter("proximity: needs a postcode to measure from")
        return stmt, order
    place = postcodes.locate(session, q.postcode)
    if place is None:
        raise BadParameter("postcode: not a postcode, or part of one, that this server knows")
    if q.proximity is not None and q.proximity < 0:
        raise BadParameter("proximity: a distance in metres, 0 or more, is needed")
    miles = q.proximity / METRES_PER_MILE if q.proximity is not None else None
    return near(stmt, order, place, miles)


def list_services(session: Session, q: ServiceQuery, labels: dict) -> Page:
    stmt, order = _matching(session, q, select(Service), labels)
    stmt, order = _near_postcode(session, q, stmt, order, nearby.services_near)
    total, rows = _window(session, stmt, order, q)
    return Page(total, q.page, q.per_page, [service_scalars(s) for (s,) in rows])


def last_modified(session: Session, service_ids: list[str] | None = None) -> datetime | None:
    stmt = select(func.max(Service.last_modified)).where(published())
    if service_ids is not None:
        stmt = stmt.where(Service.id.in_(service_ids))
    moment = session.scalar(stmt)
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def organization_dict(org: Organization) -> dict:
    return _clean({"id": org.id, "name": org.name, "description": org.description or org.name,
                   "email": org.email, "website": org.website})


def location_dict(location: Location, addresses: list[Address], access: list[Accessibility]) -> dict:
    return _clean({
        "id": location.id, "location_type": location.location_type, "name": location.name,
        "description": location.description, "latitude": location.latitude,
        "longitude": location.longitude,
        "addresses": [_clean({"id": a.id, "location_id": a.location_id, "address_1": a.address_1,
                              "city": a.city, "state_province": a.state_province or a.city,
                              "postal_code": a.postal_code, "country": a.country,
                              "address_type": a.address_type}) for a in addresses],
        "accessibility": [_clean({"id": a.id, "location_id": a.location_id, "description": a.description,
                                  "details": a.details}) for a in access],
    })


def _rows_for(session, model, column, ids):
    if not ids:
        return []
    return list(session.exec(select(model).where(column.in_(ids)).order_by(model.id)).scalars())


def _group(rows, key):
    out: dict = {}
    for row in rows:
        out.setdefault(getattr(row, key), []).append(row)
    return out


def full_services(session: Session, services: list[Service], labels: dict) -> list[dict]:
    """Fully nested services, with a fixed number of queries however many there are."""
    ids = [s.id for s in services]
    orgs = {o.id: o for o in _rows_for(session, Organization, Organization.id,
                                       list({s.organization_id for s in services}))}
    contacts = _group(_rows_for(session, Contact, Contact.service_id, ids), "service_id")
    phones = _group(_rows_for(session, Phone, Phone.contact_id,
                              [c.id for cs in contacts.values() for c in cs]), "contact_id")
    schedules = _group(_rows_for(session, Schedule, Schedule.service_id, ids), "service_id")
    costs = _group(_rows_for(session, CostOption, CostOption.service_id, ids), "service_id")
    languages = _group(_rows_for(session, Language, Language.service_id, ids), "service_id")
    links = _group(_rows_for(session, ServiceAtLocation, ServiceAtLocation.service_id, ids), "service_id")
    location_ids = list({link.location_id for ls in links.values() for link in ls})
    locations = locations_by_id(session, location_ids)
    attributes = _group(_rows_for(session, Attribute, Attribute.link_id, ids), "link_id")
    terms = {t.id: t for t in _rows_for(session, TaxonomyTerm, TaxonomyTerm.id,
                                        list({a.taxonomy_term_id for a_s in attributes.values() for a in a_s}))}
    taxa = {t.id: t for t in session.exec(select(Taxonomy)).scalars()}
    providers = {t["code"]: t for t in provider_terms(labels)}
    out = []
    for s in services:
        record = service_scalars(s)
        record["organization"] = organization_dict(orgs[s.organization_id])
        record["contacts"] = [_clean({
            "id": c.id, "service_id": c.service_id, "name": c.name, "title": c.title, "email": c.email,
            "phones": [_clean({"id": p.id, "contact_id": p.contact_id, "number": p.number,
                               "description": p.description}) for p in phones.get(c.id, [])],
        }) for c in contacts.get(s.id, [])]
        record["schedules"] = [_clean({
            "id": x.id, "service_id": x.service_id, "freq": x.freq, "byday": x.byday,
            "opens_at": x.opens_at, "closes_at": x.closes_at, "description": x.description,
        }) for x in schedules.get(s.id, [])]
        record["cost_options"] = [_clean({
            "id": c.id, "service_id": c.service_id, "option": c.option, "amount": c.amount,
            "amount_description": c.amount_description}) for c in costs.get(s.id, [])]
        record["languages"] = [_clean({"id": lang.id, "service_id": lang.service_id, "name": lang.name,
                                       "code": lang.code, "note": lang.note})
                               for lang in languages.get(s.id, [])]
        record["service_at_locations"] = [
            {"id": link.id, "service_id": s.id, "location_id": link.location_id,
             "location": locations[link.location_id]}
            for link in links.get(s.id, []) if link.location_id in locations]
        record["attributes"] = [_attribute(s.id, a.id, terms[a.taxonomy_term_id], taxa)
                                for a in attributes.get(s.id, []) if a.taxonomy_term_id in terms]
        term = providers.get(s.provider_type)
        if term:
            record["attributes"].append({
                "id": stable_id("attribute", s.id, PROVIDER_TAXONOMY), "link_id": s.id,
                "link_type": "service", "taxonomy_term_id": term["id"],
                "taxonomy_term": {k: v for k, v in term.items() if k != "code"}})
        out.append(record)
    return out


def _attribute(service_id, attribute_id, term: TaxonomyTerm, taxa: dict) -> dict:
    term_dict = _term_dict(term)
    if term.taxonomy_id in taxa:
        term_dict["taxonomy"] = taxa[term.taxonomy_id].name  # ORUK: the taxonomy's name
    return {"id": attribute_id, "link_id": service_id, "link_type": "service",
            "taxonomy_term_id": term.id, "taxonomy_term": term_dict}


def locations_by_id(session: Session, location_ids: list[str]) -> dict:
    locations = _rows_for(session, Location, Location.id, location_ids)
    addresses = _group(_rows_for(session, Address, Address.location_id, location_ids), "location_id")
    access = _group(_rows_for(session, Accessibility, Accessibility.location_id, location_ids), "location_id")
    return {loc.id: location_dict(loc, addresses.get(loc.id, []), access.get(loc.id, []))
            for loc in locations}


def get_service(session: Session, service_id: str, labels: dict) -> dict | None:
    service = session.exec(select(Service).where(Service.id == service_id, published())).scalar()
    return full_services(session, [service], labels)[0] if service else None


def all_services(session: Session, labels: dict, batch: int = 200):
    """Every published service, fully nested, in batches (the export)."""
    ids = list(session.exec(select(Service.id).where(published()).order_by(Service.name, Service.id)).scalars())
    for start in range(0, len(ids), batch):
        chunk = session.exec(select(Service).where(Service.id.in_(ids[start:start + batch]))
                             .order_by(Service.name, Service.id)).scalars().all()
        yield from full_services(session, list(chunk), labels)


# -- service at locations ----------------------------------------------------------------

def _sal_statement(session: Session, q: ServiceQuery, labels: dict):
    stmt, order = _matching(session, q, select(ServiceAtLocation, Service.last_modified)
                            .join(Service, Service.id == ServiceAtLocation.service_id), labels)
    stmt, order = _near_postcode(session, q, stmt, order, nearby.venues_near)
    return stmt, order + [ServiceAtLocation.id]


def list_service_at_locations(session: Session, q: ServiceQuery, labels: dict) -> Page:
    stmt, order = _sal_statement(session, q, labels)
    total, rows = _window(session, stmt, order, q)
    links = [link for link, _ in rows]
    locations = locations_by_id(session, list({link.location_id for link in links}))
    return Page(total, q.page, q.per_page, [
        {"id": link.id, "service_id": link.service_id, "location_id": link.location_id,
         "location": locations[link.location_id]} for link in links if link.location_id in locations])


def get_service_at_location(session: Session, link_id: str) -> dict | None:
    link = session.exec(select(ServiceAtLocation).join(Service, Service.id == ServiceAtLocation.service_id)
                        .where(ServiceAtLocation.id == link_id, published())).scalar()
    if link is None:
        return None
    location = locations_by_id(session, [link.location_id]).get(link.location_id)
    return _clean({"id": link.id, "service_id": link.service_id, "location_id": link.location_id,
                   "location": location})


# -- organisations ---------------------------------------------------------------------------

def _public_orgs():
    return select(Organization).where(exists().where(Service.organization_id == Organization.id, published()))


def list_organizations(session: Session, page: int, per_page: int) -> Page:
    stmt = _public_orgs()
    total = session.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = session.exec(stmt.order_by(Organization.name, Organization.id)
                        .offset((page - 1) * per_page).limit(per_page)).scalars()
    return Page(total, page, per_page, [organization_dict(o) for o in rows])


def get_organization(session: Session, org_id: str, labels: dict, full_service: bool = False) -> dict | None:
    org = session.exec(_public_orgs().where(Organization.id == org_id)).scalar()
    if org is None:
        return None
    services = list(session.exec(select(Service).where(Service.organization_id == org.id, published())
                                 .order_by(Service.name, Service.id)).scalars())
    record = organization_dict(org)
    record["services"] = (full_services(session, services, labels) if full_service
                          else [service_scalars(s) for s in services])
    return record


def export(session: Session, labels: dict, today: date | None = None) -> dict:
    """The whole published directory in one ORUK v3 document (a council's way out)."""
    services = list(all_services(session, labels))
    terms = taxonomy_terms(session, labels)
    return {
        "version": HSDS_VERSION, "profile": PROFILE_URL,
        "exported": (today or date.today()).isoformat(),
        "organizations": [organization_dict(o) for o in session.exec(
            _public_orgs().order_by(Organization.name, Organization.id)).scalars()],
        "taxonomies": [{**t, "taxonomy_terms": [x for x in terms if x["taxonomy_id"] == t["id"]]}
                       for t in taxonomies(session, labels)],
        **Page(len(services), 1, max(1, len(services)), services).envelope(),
    }
