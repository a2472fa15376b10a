"""Bringing a directory the council already has into the Local Offer, safely and again.

Every reader (ORUK v3, ORUK v1, the CSV template, the app's own files: pwa/queries/
feeds.py) turns its source into the same plain records; `apply` then writes them:

- idempotent: a record is matched by the source's name and the source's own id
  (ImportedRecord), so a second run updates in place and adds nothing; a record the
  source sends unchanged (same fingerprint) is left alone;
- one bad record never stops the rest: it is rejected with the source, its id and the
  field at fault;
- an editor's work is never silently lost: when an entry changed here since the last
  import (its version moved on) and the source changed it too, the local version is
  kept and the conflict reported, unless `overwrite`;
- imported services are "not yet checked" (no assured date) and due for review today,
  so they join the review dashboard;
- the source's taxonomy is mapped to needs, kinds of support and provider type by a
  data file the council edits (TaxonomyMap); terms it does not map are counted.
"""
import csv
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from sqlmodel import Session, delete, select

from pwa.models import (
    Accessibility, Address, Attribute, Contact, CostOption, Language, LocalOfferAnswer,
    Location, Organization, Phone, Schedule, Service, ServiceAtLocation, Taxonomy,
    TaxonomyTerm, utcnow,
)
from pwa.models.imports import ImportedRecord
from pwa.queries import editorial, nearby, search
from pwa.queries.oruk import PROVIDER_TAXONOMY, stable_id
from pwa.queries.vocab import NEEDS_TAXONOMY, PROVIDER_TYPES, SUPPORT_KINDS, SUPPORT_TAXONOMY

CHUNK = 200  # entries written together, a few flushes a chunk
STATUSES = ("active", "inactive", "defunct", "temporarily closed")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


class Invalid(ValueError):
    """A record that cannot be imported; `field` names what is wrong with it."""

    def __init__(self, field_name: str, message: str):
        super().__init__(message)
        self.field = field_name


@dataclass
class Feed:
    """What a reader found: plain records, each with the source's own `id`."""

    organizations: list = field(default_factory=list)
    locations: list = field(default_factory=list)
    services: list = field(default_factory=list)
    rejected: list = field(default_factory=list)  # (record id, field, message) found while reading

    def __len__(self):
        return len(self.organizations) + len(self.locations) + len(self.services)


@dataclass
class Summary:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    rejected: list = field(default_factory=list)  # messages naming source, record and field
    conflicts: list = field(default_factory=list)
    unmapped: Counter = field(default_factory=Counter)

    def line(self) -> str:
        total = lambda c: sum(c.values())  # noqa: E731
        return (f"{total(self.created)} created, {total(self.updated)} updated, "
                f"{total(self.unchanged)} unchanged, {len(self.rejected)} rejected, "
                f"{len(self.conflicts)} kept local changes")


@dataclass
class TaxonomyMap:
    """Source term (its name, code or id, any case) → our needs, kinds of support and
    provider type. Read from a CSV the council edits (data/import/taxonomy-map.csv)."""

    rows: dict = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> "TaxonomyMap":
        rows = {}
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                term = (row.get("source_term") or "").strip().lower()
                if term and not term.startswith("#"):
                    rows[term] = {"needs": (row.get("needs") or "").split(),
                                  "support": (row.get("support") or "").split(),
                                  "provider_type": (row.get("provider_type") or "").strip()}
        return cls(rows)

    def lookup(self, term: str):
        return self.rows.get(term.strip().lower())


def markdown_from_html(text: str) -> str:
    """A feed's HTML description as the Markdown the app allows (headings h2 to h4,
    paragraphs, lists, links, strong, em, quotes, tables); everything else dropped."""
    if not text or "<" not in text:
        return (text or "").strip()
    import nh3
    from markdownify import markdownify

    safe = nh3.clean(text, tags={"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "a",
                                 "strong", "b", "em", "i", "blockquote", "table", "thead", "tbody",
                                 "tr", "th", "td"},
                     attributes={"a": {"href"}}, url_schemes={"http", "https", "mailto", "tel"},
                     link_rel=None)
    md = markdownify(safe, heading_style="ATX", bullets="-", strong_em_symbol="*")
    md = re.sub(r"^#\s", "## ", md, flags=re.M)  # the page has the one h1
    md = re.sub(r"^#{5,6}\s", "#### ", md, flags=re.M)
    return re.sub(r"\n{3,}", "\n\n", md).strip()


def fingerprint(record: dict) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, default=str).encode()).hexdigest()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "entry"


# -- checking one record ------------------------------------------------------------------

def _text(record, name, required=False, limit=20000):
    value = record.get(name)
    value = "" if value is None else str(value).strip()
    if required and not value:
        raise Invalid(name, "is missing")
    if len(value) > limit:
        raise Invalid(name, f"is longer than {limit} characters")
    return value


def _email(record, name="email"):
    value = _text(record, name, limit=254)
    if value and not EMAIL.match(value):
        raise Invalid(name, f"{value!r} is not an email address")
    return value


def _url(record, name="url"):
    value = _text(record, name, limit=2000)
    if not value:
        return ""
    if "://" not in value and re.match(r"^[\w-]+(\.[\w-]+)+(/.*)?$", value):
        value = "https://" + value  # feeds often give "www.example.org"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        raise Invalid(name, f"{value!r} is not a web address")
    return value


def _age(record, name, default):
    value = record.get(name)
    if value in (None, ""):
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise Invalid(name, f"{value!r} is not a number") from None
    if not 0 <= number <= 120:
        raise Invalid(name, f"{value!r} is not an age")
    return int(number)


def _float(record, name):
    value = record.get(name)
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise Invalid(name, f"{value!r} is not a number") from None


def check_organization(r: dict) -> dict:
    return {"name": _text(r, "name", True, 255), "description": markdown_from_html(_text(r, "description")),
            "email": _email(r), "website": _url(r, "website")}


def check_location(r: dict) -> dict:
    lat, lng = _float(r, "latitude"), _float(r, "longitude")
    if lat is not None and not -90 <= lat <= 90:
        raise Invalid("latitude", f"{lat} is not a latitude")
    if lng is not None and not -180 <= lng <= 180:
        raise Invalid("longitude", f"{lng} is not a longitude")
    return {"name": _text(r, "name", limit=255), "description": markdown_from_html(_text(r, "description")),
            "latitude": lat, "longitude": lng, "address_1": _text(r, "address_1", True, 255),
            "city": _text(r, "city", True, 255), "postal_code": _text(r, "postal_code", True, 16).upper(),
            "accessibility": [{"description": _text(a, "description", True, 255), "details": _text(a, "details")}
                              for a in r.get("accessibility") or []]}


def check_service(r: dict) -> dict:
    status = (_text(r, "status") or "active").lower()
    if status not in STATUSES:
        raise Invalid("status", f"{status!r} is not one of {', '.join(STATUSES)}")
    low, high = _age(r, "minimum_age", 0), _age(r, "maximum_age", 25)
    if low > high:
        raise Invalid("minimum_age", f"{low} is above the maximum age {high}")
    provider = _text(r, "provider_type")
    if provider and provider not in PROVIDER_TYPES:
        raise Invalid("provider_type", f"{provider!r} is not a kind of provider this app knows")
    schedules = []
    for s in r.get("schedules") or []:
        days = [d.strip().upper() for d in str(s.get("byday") or "").split(",") if d.strip()]
        if any(d not in DAYS for d in days):
            raise Invalid("schedules.byday", f"{s.get('byday')!r} is not a list of days (MO,TU…)")
        for name in ("opens_at", "closes_at"):
            if s.get(name) and not TIME.match(str(s[name])):
                raise Invalid(f"schedules.{name}", f"{s[name]!r} is not a time")
        schedules.append({"byday": ",".join(days), "opens_at": str(s.get("opens_at") or "")[:5],
                          "closes_at": str(s.get("closes_at") or "")[:5],
                          "description": _text(s, "description", limit=500)})
    costs = []
    for c in r.get("costs") or []:
        costs.append({"option": _text(c, "option", limit=255), "amount": _float(c, "amount"),
                      "amount_description": _text(c, "amount_description", limit=500)})
    return {
        "organization": _text(r, "organization", True), "name": _text(r, "name", True, 255),
        "description": markdown_from_html(_text(r, "description")), "url": _url(r), "email": _email(r),
        "status": status, "minimum_age": low, "maximum_age": high,
        "eligibility": markdown_from_html(_text(r, "eligibility")),
        "how_to_access": markdown_from_html(_text(r, "how_to_access")), "alert": _text(r, "alert", limit=500),
        "provider_type": provider, "needs": list(r.get("needs") or []), "support": list(r.get("support") or []),
        "terms": [str(t).strip() for t in r.get("terms") or [] if str(t).strip()],
        "ehc_plan_required": bool(r.get("ehc_plan_required")), "self_referral": bool(r.get("self_referral")),
        "professional_referral": bool(r.get("professional_referral")),
        "contacts": [{"name": _text(c, "name", limit=255), "title": _text(c, "title", limit=255),
                      "email": _email(c),
                      "phones": [{"number": _text(p, "number", True, 50), "description": _text(p, "description", limit=255)}
                                 for p in c.get("phones") or [] if _text(p, "number")]}
                     for c in r.get("contacts") or []],
        "schedules": schedules, "costs": costs,
        "languages": [{"name": _text(lang, "name", limit=100), "code": _text(lang, "code", limit=20),
                       "note": _text(lang, "note", limit=500)} for lang in r.get("languages") or []],
        "locations": [str(x) for x in r.get("locations") or []],
        "local_offer": {k: str(v) for k, v in (r.get("local_offer") or {}).items() if v},
    }


# -- writing ------------------------------------------------------------------------------

@dataclass
class _Run:
    session: Session
    source: str
    summary: Summary
    overwrite: bool
    today: date
    taxonomy_map: TaxonomyMap
    default_provider: str
    records: dict = field(default_factory=dict)  # (type, source id) → ImportedRecord
    ids: dict = field(default_factory=dict)  # (type, source id) → our id, for this run
    slugs: dict = field(default_factory=dict)  # model → set of slugs in use
    terms: dict = field(default_factory=dict)  # (taxonomy, code) → term id
    written: list = field(default_factory=list)  # (type, entry) created or updated, for their history

    def reject(self, source_id, field_name, message):
        self.summary.rejected.append(f"{self.source}: record {source_id}: {field_name}: {message}")

    def slug(self, model, name):
        if model not in self.slugs:
            self.slugs[model] = set(self.session.exec(select(model.slug)).all())
        taken = self.slugs[model]
        base = slugify(name)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        return slug


def apply(session: Session, feed: Feed, source: str, *, today: date, taxonomy_map: TaxonomyMap | None = None,
          default_provider: str = "voluntary", overwrite: bool = False, dry_run: bool = False,
          progress=None) -> Summary:
    """Write `feed` as coming from `source`; commit, or roll back when `dry_run`."""
    summary = Summary()
    run = _Run(session, source, summary, overwrite, today, taxonomy_map or TaxonomyMap(), default_provider)
    run.records = {(r.resource_type, r.source_id): r for r in session.exec(
        select(ImportedRecord).where(ImportedRecord.source == source)).all()}
    run.terms = _known_terms(session)
    for record_id, field_name, message in feed.rejected:
        run.reject(record_id, field_name, message)
    for kind, model, records, check, write in (
            ("organization", Organization, feed.organizations, check_organization, _write_organization),
            ("location", Location, feed.locations, check_location, _write_location),
            ("service", Service, feed.services, check_service, _write_service)):
        pending = []
        for record in records:
            steps = _one(run, kind, model, record, check, write)
            if steps is not None:
                pending.append(steps)
            if progress:
                progress(1)
            if len(pending) >= CHUNK:
                _finish(session, pending)
                pending = []
        _finish(session, pending)
    if dry_run:
        session.rollback()
        return summary
    session.flush()
    # each entry written becomes a version, as an editor's save does, by the source
    for kind, entry in run.written:
        editorial.record_version(session, kind, entry, "import", None, note=source)
    search.reindex(session)
    nearby.refresh(session)  # the services' points, for distance searches
    session.commit()
    return summary


_DONE = object()


def _finish(session: Session, pending: list) -> None:
    """Write a chunk of entries in order, one flush a step: the entries, then the rows
    that refer to them, then the rows that refer to those (each writer yields between
    steps). The tables declare no relationships, so the session cannot order them."""
    while pending:
        pending = [steps for steps in pending if next(steps, _DONE) is not _DONE]
        session.flush()


def _one(run: _Run, kind, model, record, check, write):
    """Check one record and decide; returns the steps that write it, or None."""
    source_id = str(record.get("id") or "").strip()
    if not source_id:
        run.reject("(no id)", "id", "is missing")
        return None
    if (kind, source_id) in run.ids:
        run.reject(source_id, "id", "appears more than once in the feed; the first was used")
        return None
    try:
        values = check(record)
        if kind == "service":
            values["organization_id"] = run.ids.get(("organization", values["organization"])) or \
                _known(run, "organization", values["organization"])
            if not values["organization_id"]:
                raise Invalid("organization_id", f"no organisation {values['organization']!r} in this import")
    except Invalid as error:
        run.reject(source_id, error.field, str(error))
        return
    digest = fingerprint(values)
    known = run.records.get((kind, source_id))
    entry = run.session.get(model, known.resource_id) if known else None
    if entry is not None and known.fingerprint == digest:
        run.ids[(kind, source_id)] = entry.id
        run.summary.unchanged[kind] += 1
        if entry.version != known.local_version:
            run.summary.conflicts.append(
                f"{run.source}: record {source_id}: {kind} {entry.slug!r} was changed here since the last "
                f"import and the source has not changed it; kept the local version")
        return
    if entry is not None and entry.version != known.local_version and not run.overwrite:
        run.ids[(kind, source_id)] = entry.id
        run.summary.conflicts.append(
            f"{run.source}: record {source_id}: {kind} {entry.slug!r} was changed here since the last "
            f"import; kept the local version (--overwrite replaces it)")
        return
    created = entry is None
    if created:
        entry = model(id=stable_id(kind, run.source, source_id), slug=run.slug(model, values["name"]))
    else:
        # an entry with no history yet (loaded from files) keeps its state before the
        # import as its first version, so the import's change can be compared and undone
        editorial.ensure_history(run.session, kind, entry)
        entry.version += 1
    steps = write(run, entry, values, created)
    run.ids[(kind, source_id)] = entry.id
    if known is None:
        known = ImportedRecord(source=run.source, resource_type=kind, source_id=source_id, resource_id=entry.id,
                               fingerprint=digest, local_version=entry.version)
        run.records[(kind, source_id)] = known
    known.fingerprint, known.local_version, known.resource_id = digest, entry.version, entry.id
    known.imported_at = utcnow()
    run.session.add(known)
    (run.summary.created if created else run.summary.updated)[kind] += 1
    run.written.append((kind, entry))
    return steps


def _known(run: _Run, kind: str, source_id: str) -> str | None:
    known = run.records.get((kind, source_id))
    return known.resource_id if known else None


def _write_organization(run, org: Organization, v: dict, created: bool):
    org.name, org.description, org.email, org.website = v["name"], v["description"], v["email"], v["website"]
    run.session.add(org)
    yield


def _write_location(run, loc: Location, v: dict, created: bool):
    loc.name, loc.description, loc.latitude, loc.longitude = v["name"], v["description"], v["latitude"], v["longitude"]
    s = run.session
    s.add(loc)
    yield  # the row before the rows that refer to it
    if not created:  # a new entry has nothing to replace
        s.exec(delete(Address).where(Address.location_id == loc.id))
        s.exec(delete(Accessibility).where(Accessibility.location_id == loc.id))
    s.add(Address(id=stable_id("address", loc.id), location_id=loc.id, address_1=v["address_1"],
                  city=v["city"], postal_code=v["postal_code"]))
    for i, a in enumerate(v["accessibility"]):
        s.add(Accessibility(id=stable_id("accessibility", loc.id, i), location_id=loc.id, **a))


def _write_service(run: _Run, svc: Service, v: dict, created: bool):
    codes = {"needs": list(v["needs"]), "support": list(v["support"]), "provider": []}
    for term in v["terms"]:
        own = _own_code(run, term)
        mapped = run.taxonomy_map.lookup(term) or run.taxonomy_map.lookup(term.partition(":")[2] or term)
        if own:
            codes[own[0]].append(own[1])
        elif mapped:
            codes["needs"] += mapped["needs"]
            codes["support"] += mapped["support"]
            codes["provider"] += [mapped["provider_type"]] if mapped["provider_type"] else []
        else:
            run.summary.unmapped[term] += 1
    provider = v["provider_type"] or next(iter(codes["provider"]), "")
    for name, value in (("organization_id", v["organization_id"]), ("name", v["name"]),
                        ("description", v["description"]), ("url", v["url"]), ("email", v["email"]),
                        ("status", v["status"]), ("alert", v["alert"]),
                        ("eligibility_description", v["eligibility"]), ("application_process", v["how_to_access"]),
                        ("minimum_age", v["minimum_age"]), ("maximum_age", v["maximum_age"]),
                        ("ehc_plan_required", v["ehc_plan_required"]), ("self_referral", v["self_referral"]),
                        ("professional_referral", v["professional_referral"])):
        setattr(svc, name, value)
    svc.provider_type = provider if provider in PROVIDER_TYPES else run.default_provider
    # imported, not checked: no assured date, and due for review now (the dashboard lists it)
    svc.assured_date, svc.assurer_email, svc.next_review_date = None, "", run.today
    svc.last_modified = utcnow()
    s = run.session
    s.add(svc)
    yield  # the row before the rows that refer to it
    if not created:  # a new entry has nothing to replace
        _delete_children(s, svc.id)
    phones = []
    for i, c in enumerate(v["contacts"]):
        contact_id = stable_id("contact", svc.id, i)
        s.add(Contact(id=contact_id, service_id=svc.id, name=c["name"], title=c["title"], email=c["email"]))
        phones += [Phone(id=stable_id("phone", contact_id, j), contact_id=contact_id, **p)
                   for j, p in enumerate(c["phones"])]
    for i, x in enumerate(v["schedules"]):
        s.add(Schedule(id=stable_id("schedule", svc.id, i), service_id=svc.id, **x))
    for i, c in enumerate(v["costs"]):
        s.add(CostOption(id=stable_id("costoption", svc.id, i), service_id=svc.id, **c))
    for i, lang in enumerate(v["languages"]):
        s.add(Language(id=stable_id("language", svc.id, i), service_id=svc.id, **lang))
    for question, answer in v["local_offer"].items():
        s.add(LocalOfferAnswer(id=stable_id("localofferanswer", svc.id, question), service_id=svc.id,
                               question=question, answer=answer))
    for source_location in dict.fromkeys(v["locations"]):
        location_id = run.ids.get(("location", source_location)) or _known(run, "location", source_location)
        if location_id:
            s.add(ServiceAtLocation(id=stable_id("serviceatlocation", svc.id, location_id),
                                    service_id=svc.id, location_id=location_id))
    linked = set()
    for taxonomy, key in ((NEEDS_TAXONOMY, "needs"), (SUPPORT_TAXONOMY, "support")):
        for code in codes[key]:
            term_id = run.terms.get((taxonomy, code))
            if term_id and term_id not in linked:
                linked.add(term_id)
                s.add(Attribute(id=stable_id("attribute", svc.id, term_id), link_id=svc.id, taxonomy_term_id=term_id))
    yield  # the contacts before their phones
    s.add_all(phones)


def _delete_children(s: Session, service_id: str):
    contacts = s.exec(select(Contact.id).where(Contact.service_id == service_id)).all()
    if contacts:
        s.exec(delete(Phone).where(Phone.contact_id.in_(contacts)))
    for model in (Contact, Schedule, CostOption, Language, LocalOfferAnswer, ServiceAtLocation):
        s.exec(delete(model).where(model.service_id == service_id))
    s.exec(delete(Attribute).where(Attribute.link_id == service_id))


def _own_code(run: _Run, term: str):
    """A term that is already one of ours, as this app's own feeds name them
    ("send-needs:autism", "provider-types:health"): (key, code), else None."""
    taxonomy, _, code = term.partition(":")
    if taxonomy == PROVIDER_TAXONOMY and code in PROVIDER_TYPES:
        return "provider", code
    for name, key in ((NEEDS_TAXONOMY, "needs"), (SUPPORT_TAXONOMY, "support")):
        if taxonomy == name and (name, code) in run.terms:
            return key, code
    return None


def _known_terms(session: Session) -> dict:
    rows = session.exec(select(Taxonomy.name, TaxonomyTerm.code, TaxonomyTerm.id)
                        .join(TaxonomyTerm, TaxonomyTerm.taxonomy_id == Taxonomy.id)).all()
    return {(name, code): term_id for name, code, term_id in rows}


def ensure_vocabularies(session: Session, needs: list[dict]) -> None:
    """The needs and kinds-of-support taxonomies an empty database lacks (the app's own
    vocabularies, from a needs file like data/demo/needs.json)."""
    from pwa.queries.loader import _taxonomy

    have = set(session.exec(select(Taxonomy.name)).all())
    if NEEDS_TAXONOMY not in have:
        _taxonomy(session, NEEDS_TAXONOMY, "Special educational needs and disabilities",
                  [(n["code"], n["name"], n["description"], n["parent"]) for n in needs])
    if SUPPORT_TAXONOMY not in have:
        _taxonomy(session, SUPPORT_TAXONOMY, "Kinds of support",
                  [(code, code.replace("-", " ").capitalize(), "", None) for code in SUPPORT_KINDS])
    session.flush()
