"""The search form: a GET form, so a search is a link a family can share."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SearchField, SelectField
from wtforms.validators import Length, NumberRange, Optional

from pwa import labels
from pwa.forms import choices as _choices
from pwa.queries.search import Filters


def _need_choices():
    """Broad areas of need, each followed by the conditions under it."""
    children = {
        "communication-interaction": ("autism", "speech-language"),
        "cognition-learning": ("learning-disability", "specific-learning-difficulty"),
        "semh": ("adhd", "mental-health"),
        "sensory-physical": ("hearing", "vision", "multi-sensory", "physical-disability",
                             "complex-health"),
    }
    choices = _choices([("", _l("Any need"))])
    for area, conditions in children.items():
        choices += _choices([(area, _l("All: %(area)s", area=labels.NEEDS[area]))]
                            + [(code, labels.NEEDS[code]) for code in conditions],
                            group=labels.NEEDS[area])
    return choices


class SearchForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search changes nothing

    q = SearchField(_l("Search for support"), validators=[Optional(), Length(max=200)])
    age = SelectField(_l("Age"), choices=_choices([("", _l("Any age"))] + list(labels.AGE_BANDS.items())),
                      validators=[Optional()])
    need = SelectField(_l("Need"), choices=_need_choices(), validators=[Optional()])
    kind = SelectField(_l("Kind of support"),
                       choices=_choices([("", _l("Any kind"))] + list(labels.SUPPORT_KINDS.items())),
                       validators=[Optional()])
    area = SelectField(_l("Where"), choices=_choices([("", _l("In or outside Millbrook")),
                                                      ("in", _l("In Millbrook")),
                                                      ("out", _l("Outside Millbrook"))]),
                       validators=[Optional()])
    free = BooleanField(_l("Free only"))
    no_ehcp = BooleanField(_l("No EHC plan needed"))
    page = IntegerField(validators=[Optional(), NumberRange(min=1, max=10_000)])

    def filters(self) -> Filters:
        return Filters(q=self.q.data or "", age=self.age.data or "", need=self.need.data or "",
                       kind=self.kind.data or "", free=self.free.data,
                       no_ehcp=self.no_ehcp.data, area=self.area.data or "",
                       page=self.page.data or 1)
