"""Telling a provider what happened to the change they proposed."""
from flask import url_for
from flask_babel import gettext as _

from pwa.mail import send_email


def decision(session, proposal, approved: bool, reason: str = "") -> None:
    entry = proposal.entry
    if approved:
        subject = _("Your change to %(name)s is live", name=entry.name)
        body = _("Hello %(person)s,\n\nThe Local Offer team approved your change to %(name)s. "
                 "Families can see it now.", person=proposal.author.name, name=entry.name)
    else:
        subject = _("Your change to %(name)s was not approved", name=entry.name)
        body = _("Hello %(person)s,\n\nThe Local Offer team did not approve your change to %(name)s.\n\n"
                 "Their reason:\n%(reason)s\n\nYou can make the change again here: %(url)s",
                 person=proposal.author.name, name=entry.name, reason=reason,
                 url=url_for("editing.services", _external=True))
    send_email(session, proposal.author.email, subject, body)
