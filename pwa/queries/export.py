"""The whole published directory in the CSV template's columns (feeds.CSV_COLUMNS): a
council's way out, and a file the CSV importer reads back. A service at several venues
takes one row per venue."""
import csv

from sqlmodel import Session, select

from pwa.models import Organization, Service
from pwa.queries import services as service_queries
from pwa.queries.feeds import CSV_COLUMNS
from pwa.queries.oruk import published


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def rows(session: Session):
    orgs = {o.id: o for o in session.exec(select(Organization)).all()}
    for service in session.exec(select(Service).where(published()).order_by(Service.name, Service.id)).all():
        detail = service_queries.get_service(session, service.slug)
        org = orgs[service.organization_id]
        contact, phones = detail.contacts[0] if detail.contacts else (None, [])
        schedule = detail.schedules[0] if detail.schedules else None
        cost = next((c for c in detail.costs if c.amount or c.amount_description), None)
        base = {
            "id": service.id, "organisation_id": org.id, "organisation_name": org.name,
            "organisation_description": org.description, "organisation_website": org.website,
            "organisation_email": org.email, "name": service.name, "description": service.description,
            "provider_type": service.provider_type, "needs": "; ".join(t.code for t in detail.needs),
            "support": "; ".join(t.code for t in detail.kinds), "terms": "",
            "minimum_age": service.minimum_age, "maximum_age": service.maximum_age, "status": service.status,
            "url": service.url, "email": service.email, "contact_name": contact.name if contact else "",
            "phone": phones[0].number if phones else "", "eligibility": service.eligibility_description,
            "how_to_access": service.application_process, "ehc_plan_required": _yes(service.ehc_plan_required),
            "self_referral": _yes(service.self_referral), "professional_referral": _yes(service.professional_referral),
            "cost": cost.amount_description if cost else "", "cost_amount": cost.amount if cost and cost.amount else "",
            "days": schedule.byday if schedule else "", "opens_at": schedule.opens_at if schedule else "",
            "closes_at": schedule.closes_at if schedule else "",
            "languages": "; ".join(f"{lang.name} ({lang.code})" if lang.code else lang.name for lang in detail.languages),
        }
        venues = detail.venues or [None]
        for venue in venues:
            address = venue.address if venue else None
            yield {**base, "venue_id": venue.location.id if venue else "",
                   "venue_name": venue.location.name if venue else "",
                   "address_1": address.address_1 if address else "", "city": address.city if address else "",
                   "postal_code": address.postal_code if address else "",
                   "latitude": venue.location.latitude if venue and venue.location.latitude is not None else "",
                   "longitude": venue.location.longitude if venue and venue.location.longitude is not None else ""}


def write_csv(session: Session, out) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    ids = set()
    for row in rows(session):
        writer.writerow(row)
        ids.add(row["id"])
    return len(ids)
