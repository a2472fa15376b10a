"""Email: always kept in the outbox table (the demo and tests read it there), and
sent through SMTP when MAIL_SERVER is configured."""
import smtplib
from email.message import EmailMessage

from flask import current_app

from pwa.queries.accounts import outbox


def send_email(session, to: str, subject: str, body: str) -> None:
    outbox(session, to, subject, body)
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        return
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(config["MAIL_SERVER"], int(config.get("MAIL_PORT", 587)), timeout=10) as smtp:
        if config.get("MAIL_USE_TLS", True):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)
