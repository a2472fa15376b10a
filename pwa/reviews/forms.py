"""Forms for confirming an entry and for the public's "Suggest a change"."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from pwa import labels
from pwa.forms import PublicForm, choices, optional_email

DETAILS_MAX = 2000



class ConfirmForm(FlaskForm):
    """"Confirm this is still correct": a button, carrying only its CSRF token."""


class SuggestChangeForm(PublicForm):
    topic = RadioField(_l("What is wrong?"), choices=choices(labels.SUGGESTION_TOPICS.items()),
                       validators=[InputRequired(message=_l("Choose what is wrong"))])
    details = TextAreaField(_l("Tell us what is wrong and, if you know, what it should say"), validators=[
        DataRequired(message=_l("Tell us what is wrong")),
        Length(max=DETAILS_MAX,
               message=_l("Your message must be %(max)d characters or fewer", max=DETAILS_MAX))])
    email = optional_email(_l("Your email address (optional)"))
