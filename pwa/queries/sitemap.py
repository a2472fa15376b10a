"""Every public page's path, for sitemap.xml (language prefixes are added by the view)."""
from sqlmodel import Session, select

from pwa.models import InformationPage, JargonTerm, Organization, Service
from pwa.queries.vocab import ACTIVE_STATUSES


def public_slugs(session: Session) -> dict[str, list[str]]:
    """Slugs of what the public can see: services, organisations with a public
    service, information pages and jargon terms."""
    services = session.exec(select(Service.slug, Service.organization_id).where(
        Service.status.in_(ACTIVE_STATUSES), Service.archived_at.is_(None))
        .order_by(Service.slug)).all()
    org_ids = {org_id for _, org_id in services}
    orgs = [o.slug for o in session.exec(select(Organization).order_by(Organization.slug))
            if o.id in org_ids]
    return {"service": [slug for slug, _ in services], "organisation": orgs,
            "information": list(session.exec(select(InformationPage.slug).where(
                InformationPage.archived_at.is_(None)).order_by(InformationPage.slug))),
            "jargon": list(session.exec(select(JargonTerm.slug).order_by(JargonTerm.slug)))}
