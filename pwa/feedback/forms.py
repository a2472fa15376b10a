"""The public comment form, and the editors' moderation forms."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, Regexp

from pwa.forms import PublicForm, choices, optional_email

COMMENT_MAX = 3000
PHONE = r"^[0-9+() .-]{7,25}$"

# SEND Regulations 2014, reg 56(1)(a)-(c), in plain words.
CATEGORIES = {
    "content": _l("What is in the Local Offer, or how good the support is"),
    "missing": _l("Something that is missing"),
    "accessibility": _l("How easy it is to find, read and use"),
    "development": _l("How the Local Offer is made, and how families take part"),
}
EXCLUSION_REASONS = {
    "vexatious": _l("Vexatious or abusive"),
    "individual": _l("About one person's own case"),
}
ACTION_STATUSES = {
    "planned": _l("Planned"),
    "in-progress": _l("In progress"),
    "done": _l("Done"),
}


class FeedbackForm(PublicForm):
    page = HiddenField()
    category = RadioField(_l("What is your comment about?"), choices=choices(CATEGORIES.items()),
                          validators=[InputRequired(message=_l("Choose what your comment is about"))])
    comment = TextAreaField(_l("Your comment"), validators=[
        DataRequired(message=_l("Write your comment")),
        Length(max=COMMENT_MAX, message=_l("Your comment must be %(max)d characters or fewer", max=COMMENT_MAX))])
    name = StringField(_l("Your name (optional)"), validators=[Optional(), Length(max=200)])
    email = optional_email(_l("Your email address (optional)"))
    phone = StringField(_l("Your phone number (optional)"), validators=[
        Optional(), Regexp(PHONE, message=_l("Enter a phone number, like 01632 960 001"))])


class ModerateForm(FlaskForm):
    theme = SelectField(_l("Theme"), validate_choice=False)
    text = TextAreaField(_l("The comment as it will be published"), validators=[Length(max=COMMENT_MAX)])
    response = TextAreaField(_l("Our response"), validators=[Length(max=COMMENT_MAX)])
    action = TextAreaField(_l("What we will do (leave empty if nothing)"), validators=[Length(max=1000)])
    action_status = RadioField(_l("Where the action is up to"), choices=choices(ACTION_STATUSES.items()),
                               validators=[Optional()], default="planned")
    confirmed = BooleanField(
        _l("I have checked the comment as it will be published. No one can be identified from it."))
    checked = HiddenField()  # a fingerprint of the text and choices the findings were shown for


class ExcludeForm(FlaskForm):
    reason = RadioField(_l("Why it will not be published"), choices=choices(EXCLUSION_REASONS.items()),
                        validators=[InputRequired(message=_l("Choose why it will not be published"))])
    note = TextAreaField(_l("Note for other editors (optional)"), validators=[Optional(), Length(max=1000)])


class ThemeForm(FlaskForm):
    name = StringField(_l("Theme name"), validators=[
        DataRequired(message=_l("Enter a theme name")), Length(max=80)])
