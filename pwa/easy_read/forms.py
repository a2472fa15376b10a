"""The display settings form (a GET form: it only sets a display cookie) and the easy
read checker's form (POST with CSRF: pasted text can be long)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from pwa import labels
from pwa.queries.easy_read import SECTIONS

TEXT_MAX = 2000


class DisplayForm(FlaskForm):
    class Meta:
        csrf = False  # a GET form that changes only how pages look, for this browser

    # WTForms 3.3 deprecates tuples as choices (a warning is an error in tests).
    easy_read = RadioField(_l("Easy read"), choices=[SelectChoice("1", _l("On: short sentences and pictures")),
                                                    SelectChoice("0", _l("Off"))])
    text_size = RadioField(_l("Text size"), choices=[SelectChoice("standard", _l("Standard")),
                                                    SelectChoice("large", _l("Large")),
                                                    SelectChoice("largest", _l("Largest"))])
    next = HiddenField()


def _picture_choices():
    return [SelectChoice("", _l("No picture"))] + [
        SelectChoice(name, label) for name, label in labels.PICTURES.items()]


class CheckerForm(FlaskForm):
    what = TextAreaField(_l("What it is"), validators=[Optional(), Length(max=TEXT_MAX)])
    what_picture = SelectField(_l("Picture for what it is"), choices=_picture_choices(), validators=[Optional()])
    who = TextAreaField(_l("Who it is for"), validators=[Optional(), Length(max=TEXT_MAX)])
    who_picture = SelectField(_l("Picture for who it is for"), choices=_picture_choices(), validators=[Optional()])
    how = TextAreaField(_l("How to get it"), validators=[Optional(), Length(max=TEXT_MAX)])
    how_picture = SelectField(_l("Picture for how to get it"), choices=_picture_choices(), validators=[Optional()])
    cost = TextAreaField(_l("What it costs"), validators=[Optional(), Length(max=TEXT_MAX)])
    cost_picture = SelectField(_l("Picture for what it costs"), choices=_picture_choices(), validators=[Optional()])

    def pairs(self):
        """(text field, picture field) for each of the four points."""
        return [(self[topic], self[f"{topic}_picture"]) for topic in SECTIONS]
