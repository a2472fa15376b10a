"""The services a family saved on their phone: what the Saved page shows, and when
each one next opens. Pure: no Flask, the clock is passed in."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, select

from pwa.models import Contact, Organization, Phone, Schedule, Service
from pwa.queries.vocab import ACTIVE_STATUSES, DAYS


@dataclass
class Opening:
    day: date
    opens: time
    closes: time
    open_now: bool


@dataclass
class SavedService:
    service: Service
    organization_name: str
    phones: list[Phone]
    next_opening: Opening | None


def service_names(session: Session, slugs: list[str]) -> dict[str, str]:
    """slug -> name for the slugs that are public services; unknown ones are dropped."""
    if not slugs:
        return {}
    rows = session.exec(select(Service.slug, Service.name).where(
        Service.slug.in_(slugs), Service.status.in_(ACTIVE_STATUSES))).all()
    return dict(rows)


def saved_services(session: Session, slugs: list[str], now: datetime) -> list[SavedService]:
    """The public services among `slugs`, in the order given, with phones and next opening."""
    if not slugs:
        return []
    services = {s.slug: s for s in session.exec(select(Service).where(
        Service.slug.in_(slugs), Service.status.in_(ACTIVE_STATUSES))).all()}
    ids = [s.id for s in services.values()]
    orgs = dict(session.exec(select(Organization.id, Organization.name).where(
        Organization.id.in_({s.organization_id for s in services.values()}))).all())
    phones = session.exec(select(Phone, Contact.service_id)
                          .join(Contact, Contact.id == Phone.contact_id)
                          .where(Contact.service_id.in_(ids)).order_by(Phone.id)).all()
    schedules = session.exec(select(Schedule).where(Schedule.service_id.in_(ids))).all()
    return [SavedService(s, orgs.get(s.organization_id, ""),
                         [p for p, service_id in phones if service_id == s.id],
                         next_opening([x for x in schedules if x.service_id == s.id], now))
            for slug in slugs if (s := services.get(slug))]


def _clock(value: str) -> time | None:
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None


def next_opening(schedules: list[Schedule], now: datetime) -> Opening | None:
    """The service's next opening from `now` (local time), within a week, or None.

    Open now counts as the next opening. Only weekly schedules with days and times are
    understood (Open Referral's RRULE subset the demo data uses); others are skipped.
    """
    best = None
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        code = DAYS[day.weekday()]
        for sch in schedules:
            opens, closes = _clock(sch.opens_at), _clock(sch.closes_at)
            if (sch.freq or "WEEKLY") != "WEEKLY" or code not in sch.byday.split(",") \
                    or opens is None or closes is None:
                continue
            if offset == 0 and now.time() >= closes:
                continue  # already closed for today
            open_now = offset == 0 and opens <= now.time()
            candidate = Opening(day, opens, closes, open_now)
            if best is None or (candidate.day, not open_now, opens) < (best.day, not best.open_now, best.opens):
                best = candidate
        if best is not None:
            return best
    return None
