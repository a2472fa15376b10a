"""Small helpers shared by every area's forms."""
from flask_babel import lazy_gettext as _l
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Regexp

# One @, something either side, a dot in the domain: enough to catch typing slips
# without turning away unusual but valid addresses (and no extra dependency).
EMAIL = Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
               message=_l("Enter an email address in the correct format, like name@example.com"))
EMAIL_MAX = 254  # the longest address mail servers accept (the SMTP path limit)


def choices(pairs, group=None):
    """Select options from (value, label) pairs. WTForms 3.3 deprecates tuples and
    dicts of groups (and a warning is an error in our tests)."""
    return [SelectChoice(value, label, optgroup=group) for value, label in pairs]
