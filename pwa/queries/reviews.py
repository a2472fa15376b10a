"""Checked, not just updated: review dates, what is due, reminders, and the
public's suggestions. Pure functions over a session; no Flask.

The assured date is a person saying "this is still correct", kept apart from
last_modified: confirming touches neither last_modified nor
the content version, so it never looks like an edit and never conflicts with one.
"""
import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlmodel import Session, select

from pwa.models import Organization, Service
from pwa.models.accounts import AuditEvent, User
from pwa.models.editorial import Suggestion
from pwa.queries.accounts import audit
from pwa.queries.vocab import ACTIVE_STATUSES

REMINDER_ACTION = "review-reminder"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_months(provider_type: str, months_by_type: dict, default: int = 12) -> int:
    return int(months_by_type.get(provider_type, default))


def next_review_date(today: date, provider_type: str, months_by_type: dict, default: int = 12) -> date:
    return add_months(today, review_months(provider_type, months_by_type, default))


def may_review(user: User, service: Service) -> bool:
    """Editors and administrators any entry; a provider only their organisation's."""
    if user.role in ("admin", "editor"):
        return True
    return user.role == "provider" and user.organization_id == service.organization_id


def confirm(session: Session, service: Service, user: User, today: date,
            months_by_type: dict, default: int = 12) -> date:
    """Record that `user` checked `service` today; returns the next review date."""
    service.assured_date = today
    service.assurer_email = user.email
    service.next_review_date = next_review_date(today, service.provider_type, months_by_type, default)
    session.add(service)
    audit(session, "review-confirmed", user, f"{service.slug}: next review {service.next_review_date.isoformat()}")
    return service.next_review_date


def get_reviewable(session: Session, slug: str) -> Service | None:
    """A live entry (not archived): the only kind worth checking."""
    return session.exec(select(Service).where(Service.slug == slug, Service.archived_at.is_(None),
                                              Service.status.in_(ACTIVE_STATUSES))).first()


@dataclass
class Due:
    service: Service
    organization: Organization
    overdue: bool


@dataclass
class DueGroup:
    key: str  # an organisation's id, or a provider type
    name: str
    entries: list[Due] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(e.overdue for e in self.entries)

    @property
    def soon(self) -> int:
        return len(self.entries) - self.overdue


def due_for_review(session: Session, today: date, days: int,
                   organization_id: str | None = None) -> list[Due]:
    """Live entries overdue or due within `days`, most overdue first."""
    query = (select(Service, Organization).join(Organization, Organization.id == Service.organization_id)
             .where(Service.archived_at.is_(None), Service.status.in_(ACTIVE_STATUSES),
                    Service.next_review_date.is_not(None),
                    Service.next_review_date <= today + timedelta(days=days))
             .order_by(Service.next_review_date, Service.name))
    if organization_id is not None:
        query = query.where(Service.organization_id == organization_id)
    return [Due(s, o, s.next_review_date < today) for s, o in session.exec(query).all()]


def group_by_organisation(entries: list[Due]) -> list[DueGroup]:
    groups: dict[str, DueGroup] = {}
    for e in entries:
        groups.setdefault(e.organization.id, DueGroup(e.organization.id, e.organization.name)).entries.append(e)
    return sorted(groups.values(), key=lambda g: (-g.overdue, -len(g.entries), g.name))


def group_by_kind(entries: list[Due], kind_labels: dict) -> list[DueGroup]:
    groups: dict[str, DueGroup] = {}
    for e in entries:
        kind = e.service.provider_type
        groups.setdefault(kind, DueGroup(kind, str(kind_labels.get(kind, kind)))).entries.append(e)
    return sorted(groups.values(), key=lambda g: (-g.overdue, -len(g.entries), g.name))


def reminder_key(organization_id: str) -> str:
    return f"organisation {organization_id}"


def reminders_due(session: Session, today: date, days: int, gap_days: int,
                  now: datetime | None = None) -> tuple[list[DueGroup], list[DueGroup]]:
    """Organisations with entries due, split into (to remind now, reminded within `gap_days`)."""
    now = now or datetime.now(timezone.utc)
    since = now - timedelta(days=gap_days)
    recent = set(session.exec(select(AuditEvent.detail).where(
        AuditEvent.action == REMINDER_ACTION, AuditEvent.at >= since)).all())
    groups = group_by_organisation(due_for_review(session, today, days))
    send = [g for g in groups if reminder_key(g.key) not in recent]
    skip = [g for g in groups if reminder_key(g.key) in recent]
    return send, skip


def organisation_recipients(session: Session, organization: Organization) -> list[str]:
    """The organisation's active provider accounts; failing those, its public email."""
    emails = session.exec(select(User.email).where(
        User.organization_id == organization.id, User.role == "provider",
        User.active.is_(True)).order_by(User.email)).all()
    if emails:
        return list(emails)
    return [organization.email] if organization.email else []


def record_reminder(session: Session, organization_id: str, now: datetime | None = None) -> None:
    """Remembered as an audit event: the audit log shows it, and the gap is read from it."""
    session.add(AuditEvent(action=REMINDER_ACTION, detail=reminder_key(organization_id),
                           at=now or datetime.now(timezone.utc)))


# Suggestions from the public


def add_suggestion(session: Session, service: Service, topic: str, details: str, email: str) -> Suggestion:
    suggestion = Suggestion(service_id=service.id, topic=topic, details=details, email=email)
    session.add(suggestion)
    session.flush()
    audit(session, "suggestion-received", None, f"{service.slug}: {suggestion.id}")
    return suggestion


def suggestion_recipients(session: Session, service: Service, editors_fallback: str) -> list[str]:
    """The service's provider accounts and every editor (or the editors' shared address)."""
    providers = session.exec(select(User.email).where(
        User.organization_id == service.organization_id, User.role == "provider",
        User.active.is_(True))).all()
    editors = session.exec(select(User.email).where(User.role == "editor", User.active.is_(True))).all()
    return sorted(set(providers)) + (sorted(set(editors)) or [editors_fallback])


def suggestions_for(session: Session, user: User, limit: int = 200) -> list[tuple[Suggestion, Service]]:
    """New first, then newest first; a provider sees only their organisation's."""
    query = select(Suggestion, Service).join(Service, Service.id == Suggestion.service_id)
    if not may_see_all_suggestions(user):
        query = query.where(Service.organization_id == (user.organization_id or ""))
    query = query.order_by((Suggestion.status == "new").desc(), Suggestion.created.desc()).limit(limit)
    return list(session.exec(query).all())


def may_see_all_suggestions(user: User) -> bool:
    return user.role in ("admin", "editor")


def mark_done(session: Session, suggestion_id: str, user: User) -> Suggestion | None:
    """None when there is no such suggestion or it is not this user's to handle."""
    found = session.exec(select(Suggestion, Service).join(Service, Service.id == Suggestion.service_id)
                         .where(Suggestion.id == suggestion_id)).first()
    if found is None or not may_review(user, found[1]):
        return None
    suggestion = found[0]
    suggestion.status, suggestion.handled_by = "done", user.id
    session.add(suggestion)
    audit(session, "suggestion-done", user, f"{found[1].slug}: {suggestion.id}")
    return suggestion

