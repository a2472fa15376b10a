"""Email: always kept in the outbox table (the demo and tests read it there), and
sent through SMTP when MAIL_SERVER is configured."""
import smtplib
from email.message import EmailMessage

from flask import current_app, url_for
from flask_babel import gettext as _

from pwa import council
from pwa.queries import accounts
from pwa.queries.accounts import outbox


def send_email(session, to: str, subject: str, body: str) -> None:
    outbox(session, to, subject, body)
    config = current_app.config
    if not config["MAIL_SERVER"]:
        return
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(config["MAIL_SERVER"], int(config["MAIL_PORT"]), timeout=10) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)


def send_password_link(db, user, subject=None):
    """A single-use link to set a password: for a new account, or a forgotten password."""
    token = accounts.new_reset_token(db, user)
    link = current_app.config["PUBLIC_URL"] + url_for("accounts.reset_password", token=token)
    send_email(db, user.email, subject or _("Set a new password for the %(area)s Local Offer",
                                                    area=council.current().area),
               _("Use this link to set a new password. It works once, for one hour:\n\n%(link)s\n\n"
                 "If you did not ask for this, you can ignore this email.", link=link))
