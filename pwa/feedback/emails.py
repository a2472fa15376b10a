"""The one email this area sends: to someone whose comment was about their own case,
pointing to the complaints route (CoP: comments about one person's case are not
published; point people to where they can be heard). In the language they used."""
from flask import current_app, url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from pwa import council
from pwa.i18n import BABEL_LOCALES, prefix, unprefixed
from pwa.mail import send_email
from pwa.models import utcnow

COMPLAINTS_PAGE = "complaints-and-appeals"  # data/demo/information/complaints-and-appeals.md
ADVICE_PAGE = "independent-advice-and-support"


def _absolute(code, endpoint, **values):
    """A link in the person's own language, whatever language the editor uses."""
    return (current_app.config["PUBLIC_URL"].rstrip("/") + prefix(code)
            + unprefixed(url_for(endpoint, **values)))


def send_complaints_pointer(db, feedback) -> None:
    code = feedback.locale or "en"
    with force_locale(BABEL_LOCALES.get(code, code)):
        area = council.current().area
        subject = _("Your comment on the %(area)s Local Offer", area=area)
        body = "\n\n".join([
            _("Thank you for your comment on the %(area)s Local Offer.", area=area),
            _("Your comment is about your own family's situation. We do not publish comments "
              "like this, so that no one can be identified, but we want you to be heard."),
            _("You can make a complaint, or ask for mediation or an appeal. This page explains "
              "how, and the time limits: %(url)s", url=_absolute(code, "information.page", slug=COMPLAINTS_PAGE)),
            _("Free, independent advice can help you: %(url)s",
              url=_absolute(code, "information.page", slug=ADVICE_PAGE)),
            _("%(council)s Local Offer team", council=council.current().name),
        ])
    send_email(db, feedback.email, subject, body)
    feedback.complaints_pointer_sent = utcnow()
    db.add(feedback)
