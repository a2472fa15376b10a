"""The search form: a GET form, so a search is a link a family can share."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SearchField, SelectField
from wtforms.validators import Length, NumberRange, Optional

from pwa import council, labels
from pwa.forms import choices as _choices
from pwa.queries.search import Filters
from pwa.queries.vocab import NEEDS


def need_choices(terms):
    """Broad areas of need, each followed by the conditions under it, as the needs
    taxonomy in the database arranges them (`terms`: TaxonomyTerm rows), in the order
    families know them; a term with no label of ours shows the name it was loaded with."""
    by_id = {t.id: t for t in terms}
    order = {code: n for n, code in enumerate(NEEDS)}
    ranked = sorted(terms, key=lambda t: (order.get(t.code, len(order)), t.name))

    def label(term):
        return labels.NEEDS.get(term.code, term.name)
    choices = _choices([("", _l("Any need"))])
    for area in (t for t in ranked if t.parent_id not in by_id):
        choices += _choices([(area.code, _l("All: %(area)s", area=label(area)))]
                            + [(t.code, label(t)) for t in ranked if t.parent_id == area.id],
                            group=label(area))
    return choices


class SearchForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search changes nothing

    q = SearchField(_l("Search for support"), validators=[Optional(), Length(max=200)])
    age = SelectField(_l("Age"), choices=_choices([("", _l("Any age"))] + list(labels.AGE_BANDS.items())),
                      validators=[Optional()])
    need = SelectField(_l("Need"), validators=[Optional()])
    kind = SelectField(_l("Kind of support"),
                       choices=_choices([("", _l("Any kind"))] + list(labels.SUPPORT_KINDS.items())),
                       validators=[Optional()])
    area = SelectField(_l("Where"), validators=[Optional()])
    free = BooleanField(_l("Free only"))
    no_ehcp = BooleanField(_l("No EHC plan needed"))
    page = IntegerField(validators=[Optional(), NumberRange(min=1, max=10_000)])

    def __init__(self, *args, needs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.need.choices = need_choices(needs)
        area = council.current().area
        self.area.choices = _choices([("", _("In or outside %(area)s", area=area)),
                                      ("in", _("In %(area)s", area=area)),
                                      ("out", _("Outside %(area)s", area=area))])

    def filters(self) -> Filters:
        return Filters(q=self.q.data or "", age=self.age.data or "", need=self.need.data or "",
                       kind=self.kind.data or "", free=self.free.data,
                       no_ehcp=self.no_ehcp.data, area=self.area.data or "",
                       page=self.page.data or 1)
