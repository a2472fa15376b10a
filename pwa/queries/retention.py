"""Keeping personal data no longer than needed (UK GDPR article 5(1)(e), storage
limitation): one retention period per kind of record, applied by a daily purge.

A published "You said, we did" comment outlives its retention period, but only as the
scrubbed text an editor confirmed: the words as typed and every contact detail go.
"""
from datetime import datetime, timedelta, timezone

from sqlalchemy import func
from sqlmodel import Session, delete, select, update

from pwa.models import ProblemReport
from pwa.models.accounts import AuditEvent, OutboxEmail, PasswordResetToken, UserSession
from pwa.models.editorial import Suggestion
from pwa.models.feedback import Feedback


def purge(session: Session, days: dict, now: datetime | None = None) -> dict:
    """Delete or scrub what is older than its period (days: kind → days); returns counts."""
    now = now or datetime.now(timezone.utc)

    def before(kind):
        return now - timedelta(days=int(days[kind]))

    counts = {}
    old = Feedback.received < before("feedback")
    counts["comments scrubbed"] = _count(session, Feedback, old, Feedback.state == "published",
                                         Feedback.email + Feedback.name + Feedback.phone != "")
    session.exec(update(Feedback).where(old, Feedback.state == "published")
                 .values(comment=Feedback.published_text, name="", email="", phone="", exclusion_note=""))
    counts["comments deleted"] = _delete(session, Feedback, old, Feedback.state != "published")
    counts["suggestions deleted"] = _delete(session, Suggestion, Suggestion.created < before("suggestions"))
    counts["problem reports deleted"] = _delete(session, ProblemReport,
                                                ProblemReport.created < before("problem_reports"))
    failed = (AuditEvent.action == "sign-in-failed", AuditEvent.at < before("sign_in_failures"),
              AuditEvent.detail != "")
    counts["failed sign-ins scrubbed"] = _count(session, AuditEvent, *failed)
    session.exec(update(AuditEvent).where(*failed).values(detail=""))
    counts["audit events deleted"] = _delete(session, AuditEvent, AuditEvent.at < before("audit"))
    counts["emails deleted"] = _delete(session, OutboxEmail, OutboxEmail.created < before("outbox"),
                                       OutboxEmail.status != "queued")
    linked = select(OutboxEmail.reset_token_id).where(OutboxEmail.reset_token_id.is_not(None))
    _delete(session, PasswordResetToken, PasswordResetToken.expires < now - timedelta(days=1),
            PasswordResetToken.id.not_in(linked))
    _delete(session, UserSession, UserSession.last_seen < now - timedelta(days=1))
    session.commit()
    return counts


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def _delete(session, model, *where) -> int:
    n = _count(session, model, *where)
    session.exec(delete(model).where(*where))
    return n
