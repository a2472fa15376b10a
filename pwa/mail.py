"""Email: queued in the outbox table by the page that needs it, and sent by the
`flask --app pwa send-mail` worker (Flask-Mail over SMTP), with retries.

No page talks to the mail server: a page answers the same whether the server is up,
down or slow, so "forgot password" cannot reveal who has an account, and nothing a
family sent is lost when the server is away.
"""
import smtplib
from datetime import datetime, timedelta, timezone

import click
from flask import current_app, url_for
from flask_babel import gettext as _
from flask_mail import BadHeaderError, Mail, Message
from sqlmodel import Session, select

from pwa import council
from pwa.models.accounts import OutboxEmail
from pwa.queries import accounts
from pwa.queries.accounts import outbox, reset_token_for

# Where a password link's token goes in a queued body: the token itself is derived
# again by the sender, never stored.
TOKEN_MARK = "__token__"
mail = Mail()


def send_email(session, to: str, subject: str, body: str, reset_token_id: str | None = None) -> None:
    outbox(session, to, subject, body, reset_token_id)


def send_password_link(db, user, subject=None):
    """A single-use link to set a password, for a new account or a forgotten password.
    Queued with a marker where the token goes: the outbox never holds a usable link."""
    token = accounts.new_reset_token(db, user, current_app.config["SECRET_KEY"])
    link = current_app.config["PUBLIC_URL"] + url_for("accounts.reset_password", token=TOKEN_MARK)
    send_email(db, user.email, subject or _("Set a new password for the %(area)s Local Offer",
                                            area=council.current().area),
               _("Use this link to set a new password. It works once, for one hour:\n\n%(link)s\n\n"
                 "If you did not ask for this, you can ignore this email.", link=link),
               reset_token_id=accounts.reset_row_id(db, token))


def rendered_body(email: OutboxEmail, secret_key: str) -> str:
    """The body as sent: a password link's token put back in place of the marker."""
    if email.reset_token_id:
        return email.body.replace(TOKEN_MARK, reset_token_for(email.reset_token_id, secret_key))
    return email.body


def send_queued(session: Session, now: datetime | None = None) -> dict:
    """Send every queued email that is due, on one SMTP connection. A failure is
    retried later, waiting twice as long each time; after MAIL_RETRIES it is given up."""
    config = current_app.config
    now = now or datetime.now(timezone.utc)
    due = session.exec(select(OutboxEmail).where(OutboxEmail.status == "queued")
                       .order_by(OutboxEmail.created)).all()
    due = [e for e in due if e.next_attempt is None or _aware(e.next_attempt) <= now]
    counts = {"sent": 0, "failed": 0, "gave up": 0}
    if not due:
        return counts
    try:
        connection = mail.connect()
        connection.__enter__()
    except (OSError, smtplib.SMTPException) as error:
        for email in due:
            _failed(session, email, error, now, counts)
        session.commit()
        return counts
    try:
        for email in due:
            try:
                connection.send(Message(subject=email.subject, recipients=[email.to],
                                        body=rendered_body(email, config["SECRET_KEY"]),
                                        sender=config["MAIL_FROM"]))
            except (OSError, smtplib.SMTPException, BadHeaderError) as error:
                _failed(session, email, error, now, counts)
            else:
                email.status, email.sent, email.attempts = "sent", now, email.attempts + 1
                counts["sent"] += 1
            session.add(email)
            session.commit()
    finally:
        try:
            connection.__exit__(None, None, None)
        except (OSError, smtplib.SMTPException):
            pass
    return counts


def _failed(session, email, error, now, counts):
    email.attempts += 1
    email.last_error = f"{type(error).__name__}: {error}"[:500]
    if email.attempts >= current_app.config["MAIL_RETRIES"]:
        email.status = "failed"
        counts["gave up"] += 1
    else:
        email.next_attempt = now + timedelta(minutes=5 * 2 ** (email.attempts - 1))
        counts["failed"] += 1
    session.add(email)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def init_app(app):
    mail.init_app(app)

    @app.cli.command("send-mail")
    def send_mail():
        """Send the queued emails (run every minute or so: cron or a systemd timer)."""
        if not current_app.config.get("MAIL_SERVER"):
            raise click.UsageError("Set LOCAL_OFFER_MAIL_SERVER first: emails stay queued until then.")
        with Session(current_app.extensions["engine"]) as session:
            counts = send_queued(session)
        click.echo(", ".join(f"{n} {what}" for what, n in counts.items()) + ".")
