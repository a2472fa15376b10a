"""The emails this area sends: review reminders and suggested changes. Written in the
council's default language (they go to staff and providers, not to the visitor), with
absolute links built on PUBLIC_URL, since a mail client has no page to be relative to."""
from dataclasses import dataclass
from datetime import date

from flask import current_app, url_for
from flask_babel import force_locale, format_date
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlmodel import Session

from pwa import council
from pwa.i18n import BABEL_LOCALES
from pwa.mail import send_email
from pwa.models import Service
from pwa.models.editorial import Suggestion
from pwa.queries import reviews


def long_date(day: date) -> str:
    return format_date(day, "long")


def absolute(endpoint: str, **values) -> str:
    return current_app.config["PUBLIC_URL"].rstrip("/") + url_for(endpoint, **values)


def edit_link(slug: str) -> str | None:
    """The editing area's page for this entry, once that area is installed."""
    if "editing.edit_service" in current_app.view_functions:
        return absolute("editing.edit_service", slug=slug)
    return None


def _default_locale():
    """Staff read these, whatever language the visitor who caused them was using."""
    default = current_app.config["BABEL_DEFAULT_LOCALE"]
    return force_locale(BABEL_LOCALES.get(default, default))  # "en" means British formats


def send_suggestion(db: Session, service: Service, suggestion: Suggestion, topics: dict) -> int:
    """To the service's providers and the editors; returns how many emails were sent."""
    recipients = reviews.suggestion_recipients(db, service, current_app.config["EDITORS_EMAIL"])
    with _default_locale():
        subject = _("Suggested change to %(name)s", name=service.name)
        reply = (_("They would like a reply at %(email)s.", email=suggestion.email) if suggestion.email
                 else _("They did not give an email address, so they do not expect a reply."))
        body = "\n\n".join([
            _("Someone suggested a change to %(name)s on the %(area)s Local Offer.", name=service.name,
              area=council.current().area),
            _("What is wrong: %(topic)s", topic=topics.get(suggestion.topic, suggestion.topic)),
            suggestion.details,
            reply,
            _("See the suggestion and mark it as done: %(url)s", url=absolute("reviews.suggestions")),
            _("The public page: %(url)s", url=absolute("directory.service", slug=service.slug)),
        ])
    for to in recipients:
        send_email(db, to, subject, body)
    return len(recipients)


@dataclass
class ReminderSummary:
    sent: int = 0  # organisations emailed
    emails: int = 0
    recent: int = 0  # organisations skipped: reminded within the gap
    nobody: int = 0  # organisations with no provider account and no email address


def send_reminders(db: Session, today: date, days: int, gap_days: int) -> ReminderSummary:
    """One email per organisation's recipient, listing its entries; at most once per gap."""
    send, skip = reviews.reminders_due(db, today, days, gap_days)
    summary = ReminderSummary(recent=len(skip))
    for group in send:
        recipients = reviews.organisation_recipients(db, group.entries[0].organization)
        if not recipients:
            summary.nobody += 1
            continue
        with _default_locale():
            subject, body = _reminder(group)
        for to in recipients:
            send_email(db, to, subject, body)
        reviews.record_reminder(db, group.key)
        summary.sent += 1
        summary.emails += len(recipients)
    return summary


def _reminder(group: reviews.DueGroup) -> tuple[str, str]:
    subject = ngettext("%(num)d Local Offer entry to check for %(org)s",
                       "%(num)d Local Offer entries to check for %(org)s", len(group.entries), org=group.name)
    lines = [_("Hello,"),
             _("Families rely on the %(area)s Local Offer being correct. These entries for %(org)s "
               "are overdue for checking or due soon. Check each one, then confirm it is still "
               "correct or update it.", org=group.name, area=council.current().area)]
    for e in group.entries:
        when = (_("Overdue: it was due to be checked on %(date)s.", date=long_date(e.service.next_review_date))
                if e.overdue else _("Due to be checked by %(date)s.", date=long_date(e.service.next_review_date)))
        item = [e.service.name, when,
                _("Check and confirm: %(url)s", url=absolute("reviews.confirm_service", slug=e.service.slug))]
        if edit_link(e.service.slug):
            item.append(_("Update it: %(url)s", url=edit_link(e.service.slug)))
        lines.append("\n".join(item))
    lines.append(_("You will need to sign in. If you do not have an account, email %(email)s with any changes.",
                   email=current_app.config["EDITORS_EMAIL"]))
    return subject, "\n\n".join(lines)
