"""Reading one service or organisation, with everything its page shows."""
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, select

from pwa.models import (
    Accessibility, Address, Attribute, Contact, CostOption, Language, LocalOfferAnswer,
    Location, Organization, Phone, Schedule, Service, ServiceAtLocation, Taxonomy,
    TaxonomyTerm,
)
from pwa.queries.vocab import ACTIVE_STATUSES, NEEDS_TAXONOMY, SUPPORT_TAXONOMY


@dataclass
class Venue:
    location: Location
    address: Address | None
    accessibility: list[Accessibility]


@dataclass
class ServiceDetail:
    service: Service
    organization: Organization
    needs: list[TaxonomyTerm]
    kinds: list[TaxonomyTerm]
    contacts: list[tuple[Contact, list[Phone]]]
    schedules: list[Schedule]
    costs: list[CostOption]
    languages: list[Language]
    venues: list[Venue]
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def free(self) -> bool:
        return not any((c.amount or 0) > 0 for c in self.costs)


def is_overdue(service: Service, today: date) -> bool:
    """Past its next review date: the public page says so (CoP "up to date")."""
    return service.next_review_date is not None and service.next_review_date < today


def get_service(session: Session, slug: str) -> ServiceDetail | None:
    service = session.exec(select(Service).where(
        Service.slug == slug, Service.status.in_(ACTIVE_STATUSES),
        Service.archived_at.is_(None))).first()
    if service is None:
        return None
    terms = session.exec(
        select(TaxonomyTerm, Taxonomy.name)
        .join(Attribute, Attribute.taxonomy_term_id == TaxonomyTerm.id)
        .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
        .where(Attribute.link_id == service.id).order_by(TaxonomyTerm.name)).all()
    contacts = session.exec(select(Contact).where(Contact.service_id == service.id)).all()
    phones = session.exec(select(Phone).where(Phone.contact_id.in_([c.id for c in contacts]))).all()
    return ServiceDetail(
        service=service,
        organization=session.get(Organization, service.organization_id),
        needs=[t for t, taxonomy in terms if taxonomy == NEEDS_TAXONOMY],
        kinds=[t for t, taxonomy in terms if taxonomy == SUPPORT_TAXONOMY],
        contacts=[(c, [p for p in phones if p.contact_id == c.id]) for c in contacts],
        schedules=_of(session, Schedule, service.id),
        costs=_of(session, CostOption, service.id),
        languages=_of(session, Language, service.id),
        venues=_venues(session, service.id),
        answers={a.question: a.answer for a in _of(session, LocalOfferAnswer, service.id)},
    )


def _of(session, model, service_id):
    return list(session.exec(select(model).where(model.service_id == service_id)
                             .order_by(model.id)).all())


def _venues(session: Session, service_id: str) -> list[Venue]:
    locations = session.exec(
        select(Location).join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
        .where(ServiceAtLocation.service_id == service_id).order_by(Location.name)).all()
    ids = [loc.id for loc in locations]
    addresses = {a.location_id: a for a in session.exec(
        select(Address).where(Address.location_id.in_(ids))).all()}
    access = session.exec(select(Accessibility).where(Accessibility.location_id.in_(ids))
                          .order_by(Accessibility.description)).all()
    return [Venue(loc, addresses.get(loc.id), [a for a in access if a.location_id == loc.id])
            for loc in locations]


def get_organization(session: Session, slug: str):
    """The organisation and its public services, or None."""
    org = session.exec(select(Organization).where(Organization.slug == slug)).first()
    if org is None:
        return None
    services = session.exec(select(Service).where(
        Service.organization_id == org.id, Service.status.in_(ACTIVE_STATUSES),
        Service.archived_at.is_(None))
        .order_by(Service.name)).all()
    return org, list(services)


def needs_terms(session: Session) -> list[TaxonomyTerm]:
    """The needs taxonomy, broad areas first, for the search filter."""
    return list(session.exec(
        select(TaxonomyTerm).join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
        .where(Taxonomy.name == NEEDS_TAXONOMY)).all())
