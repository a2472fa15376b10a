"""The search form: a GET form, so a search is a link a family can share."""
from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SearchField, SelectField, StringField
from wtforms.validators import Length, NumberRange, Optional

from pwa import council, labels
from pwa.forms import choices as _choices
from pwa.queries import postcodes
from pwa.queries.search import Filters
from pwa.queries.vocab import NEEDS

MILES = (1, 2, 5, 10, 20)


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


def _setting_choices():
    special = ("special", "special-maintained", "special-academy", "special-non-maintained",
               "special-independent")
    return (_choices([("", _l("Any type"))])
            + _choices([(code, labels.SETTING_TYPES[code]) for code in special],
                       group=_l("Special schools"))
            + _choices([(code, labels.SETTING_TYPES[code]) for code in labels.SETTING_TYPES
                        if code not in special], group=_l("Other schools and settings")))


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
    setting = SelectField(_l("Type of school or setting"), choices=_setting_choices(),
                          validators=[Optional()])
    phase = SelectField(_l("School phase"),
                        choices=_choices([("", _l("Any phase"))] + list(labels.PHASES.items())),
                        validators=[Optional()])
    miles = SelectField(_l("Distance"), validators=[Optional()])
    # checked in locate(), not by a validator: a postcode we cannot use must not stop the search
    postcode = StringField(_l("From postcode"))
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
        # counted words need ngettext, so these labels are made for each request's language
        self.miles.choices = _choices(
            [("", _("Any distance"))]
            + [(str(n), ngettext("Within %(num)d mile", "Within %(num)d miles", n)) for n in MILES])

    def filters(self, session=None) -> Filters:
        """The search to run; with a session, it is measured from the postcode too."""
        near = self.near(session) if session is not None else {}
        return Filters(**near, q=self.q.data or "", age=self.age.data or "", need=self.need.data or "",
                       kind=self.kind.data or "", free=self.free.data,
                       no_ehcp=self.no_ehcp.data, area=self.area.data or "",
                       page=self.page.data or 1, setting=self.setting.data or "",
                       phase=self.phase.data or "")

    def locate(self, session) -> postcodes.Place | None:
        """The place the postcode stands for. A postcode we cannot use gets an error
        next to its field, and the rest of the search runs without it."""
        typed = (self.postcode.data or "").strip()
        if not typed or self.postcode.errors:
            return None
        example = current_app.config["EXAMPLE_POSTCODE"]
        district = example.split()[0]
        if postcodes.normalise(typed) is None:
            self.postcode.errors.append(_(
                "Enter a postcode like %(postcode)s, or just its first part, like %(district)s",
                postcode=example, district=district))
            return None
        place = postcodes.locate(session, typed)
        if place is None:
            self.postcode.errors.append(_(
                "We do not know the postcode %(typed)s. Check it, or enter just its first part, "
                "like %(district)s", typed=postcodes.normalise(typed), district=district))
        return place

    def near(self, session) -> dict:
        """The distance part of the search: where from, and how far (any distance
        sorts by distance without leaving anything out)."""
        place = self.locate(session)
        if place is None:
            return {}
        return {"near": place, "miles": float(self.miles.data) if self.miles.data else None}
