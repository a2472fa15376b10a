"""Small helpers shared by every area's forms."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional, Regexp

# One @, something either side, a dot in the domain: enough to catch typing slips
# without turning away unusual but valid addresses (and no extra dependency).
EMAIL = Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
               message=_l("Enter an email address in the correct format, like name@example.com"))
EMAIL_MAX = 254  # the longest address mail servers accept (the SMTP path limit)


class PublicForm(FlaskForm):
    """A form anyone may send, with no account. A honeypot, not a CAPTCHA (CAPTCHAs shut
    out many disabled people, WCAG 3.3.8): `website` is hidden from sight and from the tab
    order; people leave it empty, bots fill it, and a filled one is thanked and dropped."""
    website = StringField(_l("Leave this empty"))


def optional_email(label) -> StringField:
    """An email address a person may leave out (for a reply only)."""
    return StringField(label, validators=[Optional(), Length(max=EMAIL_MAX), EMAIL])


def choices(pairs, group=None):
    """Select options from (value, label) pairs. WTForms 3.3 deprecates tuples and
    dicts of groups (and a warning is an error in our tests)."""
    return [SelectChoice(value, label, optgroup=group) for value, label in pairs]
