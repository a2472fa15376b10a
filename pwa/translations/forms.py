"""The form an editor translates an entry with."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, TextAreaField
from wtforms.validators import Length, Optional

from pwa.forms import choices

LABELS = {
    "name": _l("Name"), "title": _l("Title"), "summary": _l("Summary"),
    "description": _l("Description"), "eligibility_description": _l("Who can use it"),
    "application_process": _l("How to get it (one step a line)"), "body": _l("Page text (Markdown)"),
    "easy_read": _l("Easy read points (as stored: JSON list of [picture, sentence])"),
}


def translation_form(fields, formdata=None, data=None):
    """A form with one text box per translatable field of this kind of entry."""
    class TranslationForm(FlaskForm):
        status = RadioField(_l("Checked by a native speaker?"), default="draft", choices=choices([
            ("draft", _l("No: a draft, shown with a note saying so")),
            ("reviewed", _l("Yes: a native speaker has checked it"))]))

    for field in fields:
        setattr(TranslationForm, field, TextAreaField(LABELS[field], validators=[
            Optional(), Length(max=50_000)]))
    return TranslationForm(formdata=formdata, data=data)
