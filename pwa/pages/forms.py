"""The form for reporting an accessibility problem (PSBAR 2018 reg 8)."""
from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from pwa.forms import PublicForm, optional_email

DESCRIPTION_MAX = 2000


class ReportProblemForm(PublicForm):
    page = StringField(_l("Which page has the problem? (optional)"),
                       validators=[Optional(), Length(max=500)])
    description = TextAreaField(_l("What went wrong?"), validators=[
        DataRequired(message=_l("Tell us what went wrong")),
        Length(max=DESCRIPTION_MAX,
               message=_l("What went wrong must be %(max)d characters or fewer", max=DESCRIPTION_MAX))])
    email = optional_email(_l("Email address (optional)"))
