"""Readers for the feeds a council already has, each turned into an importing.Feed of
plain records: Open Referral UK v3 (this app's own API and export too), Open Referral
UK v1 (the older API most councils still serve), the CSV template, and the app's own
data files. Fetching pages is left to a `fetch(url) -> dict` the caller gives, so
these stay pure and testable. Writing is importing.apply's work."""
import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlencode

from pwa.queries.importing import Feed, slugify

WEEKDAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
            "saturday": "SA", "sunday": "SU", "1": "MO", "2": "TU", "3": "WE", "4": "TH", "5": "FR",
            "6": "SA", "7": "SU"}
CSV_COLUMNS = (
    "id", "organisation_id", "organisation_name", "organisation_description", "organisation_website",
    "organisation_email", "name", "description", "provider_type", "needs", "support", "terms",
    "minimum_age", "maximum_age", "status", "url", "email", "contact_name", "phone", "eligibility",
    "how_to_access", "ehc_plan_required", "self_referral", "professional_referral", "cost",
    "cost_amount", "days", "opens_at", "closes_at", "languages", "venue_id", "venue_name",
    "address_1", "city", "postal_code", "latitude", "longitude",
)


class _Collector:
    """Adds organisations and locations once each, however many services name them."""

    def __init__(self):
        self.feed, self.seen = Feed(), set()

    def add(self, kind: str, record: dict):
        key = (kind, str(record.get("id")))
        if record.get("id") and key not in self.seen:
            self.seen.add(key)
            getattr(self.feed, kind).append(record)


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


# -- Open Referral UK v3 ------------------------------------------------------------------------

def v3_services(document) -> list[dict]:
    """The services in a v3 document: a page envelope, this app's export, a list, or one."""
    if isinstance(document, list):
        return [s for s in document if isinstance(s, dict)]
    if isinstance(document, dict):
        if isinstance(document.get("contents"), list):
            return [s for s in document["contents"] if isinstance(s, dict)]
        if document.get("id") and document.get("name"):
            return [document]
    return []


def fetch_v3(base_url: str, fetch, per_page: int = 100, on_page=None) -> list[dict]:
    """Every service of a v3 API, fully nested: the list pages give only one-to-one fields,
    so each service is then read by id."""
    base, services = base_url.rstrip("/"), []
    for items in _pages(base, fetch, per_page, on_page, v3_services, last="last_page", total="total_pages"):
        for item in items:
            full = fetch(f"{base}/services/{item['id']}")
            services.append(full if isinstance(full, dict) else item)
    return services


def _pages(base: str, fetch, per_page: int, on_page, read, last: str, total: str):
    """Each page's services, from page 1 until the API says that was the last one (v1
    and v3 name the two fields `last` and `total` differently)."""
    page = 1
    while True:
        body = _dict(fetch(f"{base}/services?{urlencode({'page': page, 'per_page': per_page})}"))
        items = read(body)
        yield items
        if on_page:
            on_page(page, body.get(total))
        if not items or body.get(last, True) or page >= int(body.get(total) or page):
            return
        page += 1


def _add_locations(out: _Collector, service: dict, addresses: str, accessibility: tuple) -> list[str]:
    """The service's locations, added to `out`, and their ids. ORUK v1 and v3 name the
    address list and the accessibility notes (list, text) differently; the rest is alike."""
    ids = []
    notes, text = accessibility
    for link in _list(service.get("service_at_locations")):
        loc = _dict(_dict(link).get("location"))
        if loc.get("id"):
            ids.append(loc["id"])
            address = _dict((_list(loc.get(addresses)) or [{}])[0])
            out.add("locations", {
                "id": loc["id"], "name": loc.get("name"), "description": loc.get("description"),
                "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
                "address_1": address.get("address_1"), "city": address.get("city"),
                "postal_code": address.get("postal_code"),
                "accessibility": [{"description": a.get(text), "details": a.get("details")}
                                  for a in map(_dict, _list(loc.get(notes))) if a.get(text)]})
    return ids


def from_v3(services: list[dict]) -> Feed:
    out = _Collector()
    for s in services:
        org = _dict(s.get("organization"))
        if org.get("id"):
            out.add("organizations", {k: org.get(k) for k in ("id", "name", "description", "email", "website")})
        locations = _add_locations(out, s, addresses="addresses", accessibility=("accessibility", "description"))
        terms = []
        for attribute in map(_dict, _list(s.get("attributes"))):
            term = _dict(attribute.get("taxonomy_term"))
            name = term.get("term") or term.get("name") or attribute.get("taxonomy_term_id")
            # "taxonomy:term" where the feed says which taxonomy (this app's own feeds do)
            terms.append(f"{term['taxonomy']}:{name}" if term.get("taxonomy") and name else name)
        out.feed.services.append({
            "id": s.get("id"), "organization": s.get("organization_id") or org.get("id"),
            "name": s.get("name"), "description": s.get("description"), "url": s.get("url"),
            "email": s.get("email"), "status": s.get("status"), "alert": s.get("alert"),
            "minimum_age": s.get("minimum_age"), "maximum_age": s.get("maximum_age"),
            "contacts": [{"name": c.get("name"), "title": c.get("title"), "email": c.get("email"),
                          "phones": [_dict(p) for p in _list(c.get("phones"))]}
                         for c in map(_dict, _list(s.get("contacts")))],
            "schedules": [{"byday": x.get("byday"), "opens_at": x.get("opens_at"), "closes_at": x.get("closes_at"),
                           "description": x.get("description")} for x in map(_dict, _list(s.get("schedules")))],
            "costs": [{"option": c.get("option"), "amount": c.get("amount"),
                       "amount_description": c.get("amount_description")}
                      for c in map(_dict, _list(s.get("cost_options")))],
            "languages": [{"name": lang.get("name"), "code": lang.get("code"), "note": lang.get("note")}
                          for lang in map(_dict, _list(s.get("languages")))],
            "locations": locations, "terms": [t for t in terms if t],
        })
    return out.feed


# -- Open Referral UK v1 ------------------------------------------------------------------------

def v1_services(document) -> list[dict]:
    """The services in a v1 document: a Spring page (`content`), a list, or one."""
    if isinstance(document, dict) and isinstance(document.get("content"), list):
        return [s for s in document["content"] if isinstance(s, dict)]
    return v3_services(document)


def fetch_v1(base_url: str, fetch, per_page: int = 50, on_page=None) -> list[dict]:
    """Every service of a v1 API (pages from 1; the list gives whole services)."""
    pages = _pages(base_url.rstrip("/"), fetch, per_page, on_page, v1_services, last="last", total="totalPages")
    return [service for items in pages for service in items]


def _byday(schedule: dict) -> str:
    if schedule.get("byday"):
        return str(schedule["byday"])
    day = str(schedule.get("weekday") or "").strip().lower()
    return WEEKDAYS.get(day, day.upper()[:2] if day else "")


def from_v1(services: list[dict]) -> Feed:
    out = _Collector()
    for s in services:
        org = _dict(s.get("organization"))
        if org.get("id"):
            out.add("organizations", {"id": org.get("id"), "name": org.get("name"),
                                      "description": org.get("description"), "email": org.get("email"),
                                      "website": org.get("url") or org.get("website")})
        locations = _add_locations(out, s, addresses="physical_addresses",
                                   accessibility=("accessibility_for_disabilities", "accessibility"))
        eligibility = _dict((_list(s.get("eligibilitys")) or [{}])[0])
        costs = [{"option": c.get("option"), "amount": c.get("amount"), "amount_description": c.get("amount_description")}
                 for c in map(_dict, _list(s.get("cost_options")))]
        if not costs and s.get("fees"):
            costs = [{"amount_description": s["fees"]}]
        out.feed.services.append({
            "id": s.get("id"), "organization": org.get("id") or s.get("organization_id"), "name": s.get("name"),
            "description": s.get("description"), "url": s.get("url"), "email": s.get("email"),
            "status": s.get("status"), "minimum_age": eligibility.get("minimum_age"),
            "maximum_age": eligibility.get("maximum_age"), "eligibility": eligibility.get("eligibility"),
            "contacts": [{"name": c.get("name"), "title": c.get("title"),
                          "phones": [_dict(p) for p in _list(c.get("phones"))]}
                         for c in map(_dict, _list(s.get("contacts")))],
            "schedules": [{"byday": _byday(x), "opens_at": x.get("opens_at"), "closes_at": x.get("closes_at"),
                           "description": x.get("description")} for x in map(_dict, _list(s.get("regular_schedules")))],
            "costs": costs,
            "languages": [{"name": lang.get("language") or lang.get("name"), "code": lang.get("code")}
                          for lang in map(_dict, _list(s.get("languages")))],
            "locations": locations,
            "terms": [_dict(t.get("taxonomy")).get("name") or _dict(t.get("taxonomy")).get("id")
                      for t in map(_dict, _list(s.get("service_taxonomys"))) if _dict(t.get("taxonomy"))],
        })
    return out.feed


# -- the CSV template -----------------------------------------------------------------------------

def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;,]", value or "") if v.strip()]


def _yes(value: str) -> bool:
    return (value or "").strip().lower() in ("yes", "y", "true", "1")


def _language(text: str) -> dict:
    match = re.match(r"^(.*?)\s*\(([\w-]+)\)$", text)
    return {"name": match.group(1), "code": match.group(2)} if match else {"name": text, "code": ""}


def from_csv(text: str) -> Feed:
    """One row per service (more rows with the same id add venues). Columns: CSV_COLUMNS."""
    out, services = _Collector(), {}
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"id", "name", "organisation_name"} - set(reader.fieldnames or [])
    if missing:
        out.feed.rejected.append(("(header)", ", ".join(sorted(missing)), "the template's columns are missing"))
        return out.feed
    for number, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        service_id = row["id"] or f"row-{number}"
        org_id = row.get("organisation_id") or slugify(row.get("organisation_name", ""))
        out.add("organizations", {"id": org_id, "name": row.get("organisation_name"),
                                  "description": row.get("organisation_description"),
                                  "website": row.get("organisation_website"), "email": row.get("organisation_email")})
        venue = None
        if row.get("address_1") or row.get("postal_code"):
            venue = row.get("venue_id") or slugify(f"{row.get('address_1', '')} {row.get('postal_code', '')}")
            out.add("locations", {"id": venue, "name": row.get("venue_name"), "address_1": row.get("address_1"),
                                  "city": row.get("city"), "postal_code": row.get("postal_code"),
                                  "latitude": row.get("latitude"), "longitude": row.get("longitude")})
        if service_id in services:
            if venue:
                services[service_id]["locations"].append(venue)
            continue
        record = {
            "id": service_id, "organization": org_id, "name": row.get("name"),
            "description": row.get("description"), "provider_type": row.get("provider_type"),
            "needs": _split(row.get("needs")), "support": _split(row.get("support")), "terms": _split(row.get("terms")),
            "minimum_age": row.get("minimum_age"), "maximum_age": row.get("maximum_age"),
            "status": row.get("status"), "url": row.get("url"), "email": row.get("email"),
            "eligibility": row.get("eligibility"), "how_to_access": row.get("how_to_access"),
            "ehc_plan_required": _yes(row.get("ehc_plan_required")), "self_referral": _yes(row.get("self_referral")),
            "professional_referral": _yes(row.get("professional_referral")),
            "contacts": ([{"name": row.get("contact_name"), "phones": [{"number": row["phone"]}] if row.get("phone") else []}]
                         if row.get("contact_name") or row.get("phone") else []),
            "costs": ([{"option": "", "amount": row.get("cost_amount"), "amount_description": row.get("cost")}]
                      if row.get("cost") or row.get("cost_amount") else []),
            "schedules": ([{"byday": row.get("days"), "opens_at": row.get("opens_at"), "closes_at": row.get("closes_at")}]
                          if row.get("days") or row.get("opens_at") else []),
            "languages": [_language(x) for x in _split(row.get("languages"))],
            "locations": [venue] if venue else [],
        }
        services[service_id] = record
        out.feed.services.append(record)
    return out.feed


# -- the app's own data files ----------------------------------------------------------------------

def from_app_files(data_dir: Path) -> Feed:
    """A folder in the format of data/demo/: slugs are the source's ids."""
    def read(name):
        return json.loads((data_dir / name).read_text(encoding="utf-8"))

    feed = Feed()
    feed.organizations = [{**o, "id": o["slug"]} for o in read("organisations.json")]
    feed.locations = [{**loc, "id": loc["slug"]} for loc in read("locations.json")]
    feed.services = [{**s, "id": s["slug"], "organization": s["organisation"], "costs": s.get("costs"),
                                } for s in read("services.json")]
    return feed
