"""Load a Local Offer from JSON data files (the format of data/demo/), idempotently.

Records are matched by slug: a second run updates them in place and replaces their
child rows, so it never duplicates anything. Dates are given as "assured_days_ago"
so the demo never ages into "overdue for review" as the calendar moves on.
"""
import json
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session, delete, select

from pwa.models import (
    Accessibility, Address, Attribute, Contact, CostOption, Language, LocalOfferAnswer,
    Location, Organization, Phone, Schedule, Service, ServiceAtLocation, Taxonomy,
    TaxonomyTerm, utcnow,
)
from pwa.models.easy_read import ServiceEasyRead
from pwa.queries import data_schema, feedback, information, nearby, oruk, postcodes, search, translations
from pwa.queries.vocab import NEEDS_TAXONOMY, SUPPORT_KINDS, SUPPORT_TAXONOMY

EASY_READ_FIELDS = [name for topic in ("what", "who", "how", "cost")
                    for name in (topic, f"{topic}_picture")]
REVIEW_INTERVAL = timedelta(days=365)  # default: checked again every 12 months


def _read(data_dir: Path, name: str):
    return json.loads((data_dir / name).read_text(encoding="utf-8"))


def _upsert(session: Session, model, key: dict, **fields):
    # a new row's id comes from its natural key, so it is the same in every database
    row = session.exec(select(model).filter_by(**key)).first() or model(**key, **oruk.stable_key(model, key))
    for name, value in fields.items():
        setattr(row, name, value)
    session.add(row)
    return row


def _taxonomy(session, name, description, terms):
    """terms: (code, name, description, parent code or None); returns code → term."""
    taxonomy = _upsert(session, Taxonomy, {"name": name}, description=description)
    session.flush()
    by_code = {}
    for code, term_name, term_description, parent in terms:
        by_code[code] = _upsert(
            session, TaxonomyTerm, {"taxonomy_id": taxonomy.id, "code": code},
            name=term_name, description=term_description,
            parent_id=by_code[parent].id if parent else None)
        session.flush()
    return by_code


def load(session: Session, data_dir: Path, today: date | None = None, assurer_email: str = "") -> dict:
    """Load every file in data_dir; returns counts of what was loaded. Every record is
    checked first: data_schema.InvalidData lists every problem, and nothing is written.
    Services count as checked today by `assurer_email` (the council's Local Offer team)."""
    data_schema.check_folder(data_dir)
    today = today or date.today()
    needs = _taxonomy(session, NEEDS_TAXONOMY, "Special educational needs and disabilities",
                      [(n["code"], n["name"], n["description"], n["parent"])
                       for n in _read(data_dir, "needs.json")])
    kinds = _taxonomy(session, SUPPORT_TAXONOMY, "Kinds of support",
                      [(code, code.replace("-", " ").capitalize(), "", None)
                       for code in SUPPORT_KINDS])
    orgs = {o["slug"]: _upsert(session, Organization, {"slug": o["slug"]},
                               name=o["name"], description=o["description"],
                               email=o["email"], website=o["website"])
            for o in _read(data_dir, "organisations.json")}
    locations = {loc["slug"]: _location(session, loc) for loc in _read(data_dir, "locations.json")}
    session.flush()
    services = _read(data_dir, "services.json")
    for s in services:
        _service(session, s, orgs, locations, {**needs, **kinds}, today, assurer_email)
    session.flush()
    information.load(session, data_dir, today)  # information pages and jargon
    feedback.load(session, data_dir, today)  # "You said, we did" and consultations
    translations.load_information(session, data_dir)  # their translations
    postcodes.load_file(session, data_dir / "postcodes.csv")  # for "near a postcode"
    search.reindex(session)
    nearby.refresh(session)  # the services' points, for distance searches
    session.commit()
    return {"organisations": len(orgs), "locations": len(locations), "services": len(services)}


def _location(session, loc):
    row = _upsert(session, Location, {"slug": loc["slug"]}, name=loc["name"],
                  description=loc.get("description", ""), latitude=loc.get("latitude"),
                  longitude=loc.get("longitude"))
    session.flush()
    for model in (Address, Accessibility):
        session.exec(delete(model).where(model.location_id == row.id))
    session.add(Address(location_id=row.id, address_1=loc["address_1"], city=loc["city"],
                        postal_code=loc["postal_code"]))
    for a in loc.get("accessibility", []):
        session.add(Accessibility(location_id=row.id, description=a["description"],
                                  details=a.get("details", "")))
    return row


def _service(session, s, orgs, locations, terms, today, assurer_email):
    assured = today - timedelta(days=s["assured_days_ago"])
    row = _upsert(
        session, Service, {"slug": s["slug"]},
        organization_id=orgs[s["organisation"]].id, name=s["name"],
        description=s["description"], url=s.get("url", ""), email=s.get("email", ""),
        status=s["status"], alert=s.get("alert", ""), eligibility_description=s["eligibility"],
        application_process=s["how_to_access"], wait_time=s.get("wait_time", ""),
        minimum_age=s["minimum_age"], maximum_age=s["maximum_age"],
        provider_type=s["provider_type"], in_area=s["in_area"], setting=s.get("setting"),
        s41_approved=s.get("s41_approved", False), ehc_plan_required=s["ehc_plan_required"],
        self_referral=s["self_referral"], professional_referral=s["professional_referral"],
        personal_budget=s.get("personal_budget", False), assured_date=assured,
        assurer_email=assurer_email,
        next_review_date=assured + REVIEW_INTERVAL, last_modified=utcnow())
    session.flush()
    contacts = session.exec(select(Contact.id).where(Contact.service_id == row.id)).all()
    session.exec(delete(Phone).where(Phone.contact_id.in_(contacts)))
    for model in (Contact, Schedule, CostOption, Language, LocalOfferAnswer, ServiceAtLocation):
        session.exec(delete(model).where(model.service_id == row.id))
    session.exec(delete(Attribute).where(Attribute.link_id == row.id))
    for c in s.get("contacts", []):
        contact = Contact(service_id=row.id, name=c.get("name", ""), title=c.get("title", ""),
                          email=c.get("email", ""))
        session.add(contact)
        session.flush()
        for p in c.get("phones", []):
            session.add(Phone(contact_id=contact.id, number=p["number"],
                              description=p.get("description", "")))
    for sch in s.get("schedules", []):
        session.add(Schedule(service_id=row.id, **sch))
    for cost in s.get("costs", []):
        session.add(CostOption(service_id=row.id, **cost))
    for lang in s.get("languages", []):
        session.add(Language(service_id=row.id, **lang))
    for question, answer in (s.get("local_offer") or {}).items():
        session.add(LocalOfferAnswer(service_id=row.id, question=question, answer=answer))
    for slug in s.get("locations", []):
        session.add(ServiceAtLocation(service_id=row.id, location_id=locations[slug].id))
    for code in dict.fromkeys(s["needs"] + s["support"]):
        session.add(Attribute(link_id=row.id, taxonomy_term_id=terms[code].id))
    _easy_read(session, row, s.get("easy_read"))


def _easy_read(session, service, text):
    """The four easy read points and their pictograms; none given, none kept (the page
    then says plainly that there is no easy read version yet)."""
    if not text:
        session.exec(delete(ServiceEasyRead).where(ServiceEasyRead.service_id == service.id))
        return
    _upsert(session, ServiceEasyRead, {"service_id": service.id}, last_modified=utcnow(),
            **{key: text.get(key, "") for key in EASY_READ_FIELDS})
