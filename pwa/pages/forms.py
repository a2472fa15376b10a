"""The form for reporting an accessibility problem (PSBAR 2018 reg 8)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from pwa.forms import EMAIL, EMAIL_MAX

DESCRIPTION_MAX = 2000


class ReportProblemForm(FlaskForm):
    page = StringField(_l("Which page has the problem? (optional)"),
                       validators=[Optional(), Length(max=500)])
    description = TextAreaField(_l("What went wrong?"), validators=[
        DataRequired(message=_l("Tell us what went wrong")),
        Length(max=DESCRIPTION_MAX,
               message=_l("What went wrong must be %(max)d characters or fewer", max=DESCRIPTION_MAX))])
    email = StringField(_l("Email address (optional)"), validators=[
        Optional(), Length(max=EMAIL_MAX), EMAIL])
    # A honeypot, not a CAPTCHA (CAPTCHAs shut out many disabled people, WCAG 3.3.8).
    website = StringField(_l("Leave this empty"))
