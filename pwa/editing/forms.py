"""Edit forms for services, organisations and locations. Each turns an entry's state
(a dict from queries.editorial.snapshot) into form values and back, so the form
never needs to know about rows."""
import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField, HiddenField, IntegerField, SelectField, SelectMultipleField, StringField,
    TextAreaField, widgets,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired, InputRequired, Length, NumberRange, Optional, Regexp, ValidationError,
)

from pwa import labels
from pwa.forms import EMAIL, EMAIL_MAX, choices
from pwa.queries import facts
from pwa.queries.easy_read import PICTOGRAMS, SECTIONS
from pwa.queries.editorial import days_from_schedules, schedules_from_days
from pwa.queries.vocab import DAYS, LOCAL_OFFER_QUESTIONS

URL = Regexp(r"^https?://[^\s/]+\.[^\s]+$",
             message=_l("Enter a web address starting with https://, like https://www.example.com"))
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
SESSIONS = (1, 2)  # each weekday: its hours, and a second session ("morning and evening")


class EntryForm(FlaskForm):
    """Every edit form carries the version it started from: a save that finds the entry
    moved on is a conflict, never an overwrite, so no one's work is silently lost."""
    base_version = HiddenField()

    TEXT_FIELDS: tuple = ()

    @classmethod
    def load(cls, data: dict, version: int):
        return cls(data={**cls.values(data), "base_version": str(version)})

    @classmethod
    def values(cls, data: dict) -> dict:
        return {name: data.get(name) for name in cls.TEXT_FIELDS}

    def state(self, live: dict) -> dict:
        """The entry's state as this form says it should be."""
        return {name: _clean(getattr(self, name).data) for name in self.TEXT_FIELDS}

    def started_from(self) -> int:
        value = self.base_version.data or ""
        return int(value) if value.isdigit() else -1


class ServiceForm(EntryForm):
    name = StringField(_l("Name of the service"), validators=[
        DataRequired(_l("Enter the name of the service")), Length(max=200)])
    description = TextAreaField(_l("What it is"), validators=[
        DataRequired(_l("Enter what the service is")), Length(max=5000)])
    eligibility_description = TextAreaField(_l("Who can use it"), validators=[Length(max=3000)])
    application_process = TextAreaField(_l("How to get it"), validators=[Length(max=3000)])
    wait_time = StringField(_l("How long it takes"), validators=[Length(max=200)])
    minimum_age = IntegerField(_l("Youngest age"), validators=[
        InputRequired(_l("Enter the youngest age, from 0 to 25")),
        NumberRange(0, 25, _l("The youngest age must be from 0 to 25"))])
    maximum_age = IntegerField(_l("Oldest age"), validators=[
        InputRequired(_l("Enter the oldest age, from 0 to 25")),
        NumberRange(0, 25, _l("The oldest age must be from 0 to 25"))])
    status = SelectField(_l("Is it open?"), choices=choices(labels.SERVICE_STATUSES.items()))
    alert = StringField(_l("Notice for families"), validators=[Length(max=500)])
    email = StringField(_l("Email address"), validators=[Optional(), EMAIL, Length(max=EMAIL_MAX)])
    url = StringField(_l("Website"), validators=[Optional(), URL, Length(max=500)])
    ehc_plan_required = BooleanField(_l("Only for children and young people with an EHC plan"))
    self_referral = BooleanField(_l("Families can ask for it themselves"))
    professional_referral = BooleanField(_l("A professional can refer"))
    personal_budget = BooleanField(_l("Can be paid for with a personal budget"))
    provider_type = SelectField(_l("Kind of provider"), choices=choices(labels.PROVIDER_TYPES.items()))
    needs = SelectMultipleField(_l("Needs it supports"), choices=choices(labels.NEEDS.items()),
                                widget=widgets.ListWidget(prefix_label=False),
                                option_widget=widgets.CheckboxInput())
    support = SelectMultipleField(_l("Kinds of support it gives"), choices=choices(labels.SUPPORT_KINDS.items()),
                                  widget=widgets.ListWidget(prefix_label=False),
                                  option_widget=widgets.CheckboxInput())
    free = BooleanField(_l("It is free: families pay nothing"))
    paid = TextAreaField(_l("What families pay"), validators=[Length(max=3000)])

    TEXT_FIELDS = ("name", "description", "eligibility_description", "application_process",
                   "wait_time", "minimum_age", "maximum_age", "status", "alert", "email", "url",
                   "ehc_plan_required", "self_referral", "professional_referral", "personal_budget",
                   "provider_type", "needs", "support")
    # The field each item of the completeness checklist links to.
    CHECKLIST_FIELDS = {"ages": "minimum_age", "needs": "needs", "access": "application_process",
                        "contact": "email", "cost": "free", "local_offer": "answer_a"}

    def validate_maximum_age(self, field):
        low = self.minimum_age.data
        if low is not None and field.data is not None and field.data < low:
            raise ValidationError(_l("The oldest age must be the same as or more than the youngest age"))

    @classmethod
    def values(cls, data):
        values = super().values(data)
        values["needs"] = list(data.get("needs") or [])
        values["support"] = list(data.get("support") or [])
        costs = data.get("costs") or []
        values["free"] = any(c.get("amount") == 0 for c in costs)
        values["paid"] = "\n".join(" | ".join((c.get("option") or "", _amount(c.get("amount")),
                                               c.get("amount_description") or ""))
                                    for c in costs if c.get("amount") != 0)
        answers = {a["question"]: a["answer"] for a in data.get("answers") or []}
        values.update({f"answer_{q}": answers.get(q, "") for q in LOCAL_OFFER_QUESTIONS})
        for day, sessions in days_from_schedules(data.get("schedules", [])).items():
            for n, (opens, closes, notes) in zip(SESSIONS, sessions, strict=False):
                values.update({_name(day, "opens", n): opens, _name(day, "closes", n): closes,
                               _name(day, "notes", n): notes})
        return values

    def state(self, live):
        data = super().state(live)
        data["schedules"] = schedules_from_days({day: [
            self.session(day, n) for n in SESSIONS] for day in DAYS})
        free = [c for c in live.get("costs") or [] if c.get("amount") == 0] or [
            {"option": "Free", "amount": 0.0, "amount_description": ""}]
        data["costs"] = (free if self.free.data else []) + [
            {"option": option, "amount": amount, "amount_description": notes}
            for option, amount, notes in self.costs()]
        data["answers"] = [{"question": q, "answer": _clean(self[f"answer_{q}"].data)}
                           for q in LOCAL_OFFER_QUESTIONS if (self[f"answer_{q}"].data or "").strip()]
        return data

    def costs(self):
        """(what it is for, amount in pounds or None, notes) for each line that is not blank."""
        costs = []
        for line in (self.paid.data or "").splitlines():
            if line.strip():
                option, _sep, rest = line.partition("|")
                amount, _sep, notes = rest.partition("|")
                amount = amount.strip().lstrip("£").replace(",", "")
                costs.append((option.strip(), float(amount) if amount else None, notes.strip()))
        return costs

    def validate_paid(self, field):
        for n, line in enumerate((t for t in (field.data or "").splitlines() if t.strip()), 1):
            option, _sep, rest = line.partition("|")
            amount = rest.partition("|")[0].strip().lstrip("£").replace(",", "")
            if not option.strip() or (amount and not re.fullmatch(r"\d{1,6}(\.\d{1,2})?", amount)):
                raise ValidationError(_("Write cost %(number)s as what it is for, a |, the amount in "
                                        "pounds, a | and any notes, like: Day session | 48 | per day",
                                        number=n))

    def session(self, day, n):
        return tuple((self[_name(day, part, n)].data or "").strip()
                     for part in ("opens", "closes", "notes"))

    def days(self):
        """For the template: (day label, [(opens, closes, notes) fields per session])."""
        return [(labels.DAYS[day], [[self[_name(day, part, n)] for part in ("opens", "closes", "notes")]
                                    for n in SESSIONS]) for day in DAYS]

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        for day in DAYS:
            for n in SESSIONS:
                valid = self._check_times(day, n) and valid
        return valid

    def _check_times(self, day, n):
        opens, closes, _notes = self.session(day, n)
        name = labels.DAYS[day]
        problems = []
        if opens and not TIME.match(opens):
            problems.append(("opens", _("Enter the time it opens on %(day)s as hours and minutes, like 09:30",
                                        day=name)))
        if closes and not TIME.match(closes):
            problems.append(("closes", _("Enter the time it closes on %(day)s as hours and minutes, like 17:00",
                                         day=name)))
        if not problems and bool(opens) != bool(closes):
            part = "closes" if opens else "opens"
            problems.append((part, _("Enter the time it closes on %(day)s", day=name) if opens
                             else _("Enter the time it opens on %(day)s", day=name)))
        if not problems and opens and closes <= opens:
            problems.append(("closes", _("The closing time on %(day)s must be after the opening time", day=name)))
        for part, message in problems:
            self[_name(day, part, n)].errors.append(message)
        return not problems


def _amount(amount) -> str:
    return "" if amount is None else f"{amount:g}"


def _name(day, part, n):
    return f"{day.lower()}_{part}" + ("" if n == 1 else f"_{n}")


for _day in DAYS:
    for _n in SESSIONS:
        setattr(ServiceForm, _name(_day, "opens", _n), StringField(_l("Opens")))
        setattr(ServiceForm, _name(_day, "closes", _n), StringField(_l("Closes")))
        setattr(ServiceForm, _name(_day, "notes", _n), StringField(
            _l("Notes"), validators=[Length(max=200)]))


for _q, _label in labels.LOCAL_OFFER_QUESTIONS.items():
    setattr(ServiceForm, f"answer_{_q}", TextAreaField(_label, validators=[Length(max=5000)]))


class NewServiceForm(ServiceForm):
    """A new service also names the organisation that runs it (its choices are the
    organisations the person may add services for)."""
    organisation = SelectField(_l("Organisation that runs it"), choices=[])


class OrganisationForm(EntryForm):
    name = StringField(_l("Name of the organisation"), validators=[
        DataRequired(_l("Enter the name of the organisation")), Length(max=200)])
    description = TextAreaField(_l("About the organisation"), validators=[Length(max=5000)])
    email = StringField(_l("Email address"), validators=[Optional(), EMAIL, Length(max=EMAIL_MAX)])
    website = StringField(_l("Website"), validators=[Optional(), URL, Length(max=500)])

    TEXT_FIELDS = ("name", "description", "email", "website")


class LocationForm(EntryForm):
    name = StringField(_l("Name of the place"), validators=[
        DataRequired(_l("Enter the name of the place")), Length(max=200)])
    description = TextAreaField(_l("About the place"), validators=[Length(max=3000)])
    address_1 = StringField(_l("Address"), validators=[
        DataRequired(_l("Enter the address")), Length(max=200)])
    city = StringField(_l("Town or city"), validators=[
        DataRequired(_l("Enter the town or city")), Length(max=100)])
    postal_code = StringField(_l("Postcode"), validators=[
        DataRequired(_l("Enter the postcode")),
        Regexp(r"^\s*[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\s*$",
               message=_l("Enter a real postcode, like MB1 1AA"))])
    accessibility = TextAreaField(_l("Access"), validators=[Length(max=5000)])

    TEXT_FIELDS = ("name", "description")

    @classmethod
    def values(cls, data):
        address = (data.get("addresses") or [{}])[0]
        lines = [a["description"] + (f": {a['details']}" if a.get("details") else "")
                 for a in data.get("accessibility", [])]
        return {**super().values(data), "accessibility": "\n".join(lines),
                **{k: address.get(k, "") for k in ("address_1", "city", "postal_code")}}

    def state(self, live):
        address = {**((live.get("addresses") or [{}])[0]), "address_1": self.address_1.data.strip(),
                   "city": self.city.data.strip(), "postal_code": self.postal_code.data.strip().upper()}
        address.setdefault("state_province", "")
        address.setdefault("country", "GB")
        address.setdefault("address_type", "physical")
        items = []
        for line in (self.accessibility.data or "").splitlines():
            if line.strip():
                description, _sep, details = line.strip().partition(": ")
                items.append({"description": description.strip(), "details": details.strip()})
        return {**super().state(live), "addresses": [address],
                "accessibility": items}


class InformationPageForm(EntryForm):
    title = StringField(_l("Title"), validators=[
        DataRequired(_l("Enter the title of the page")), Length(max=200)])
    summary = TextAreaField(_l("Summary"), validators=[Length(max=1000)])
    life_stage = SelectField(_l("Life stage"), choices=choices(labels.LIFE_STAGES.items()))
    topic = SelectField(_l("Topic"), choices=choices(labels.INFORMATION_TOPICS.items()))
    owner = StringField(_l("Team answerable for the page"), validators=[Length(max=200)])
    body = TextAreaField(_l("The page (Markdown)"), validators=[
        DataRequired(_l("Enter the text of the page")), Length(max=50000)])
    easy_read = TextAreaField(_l("Easy read points"), validators=[Length(max=10000)])
    sources = TextAreaField(_l("Where this comes from"), validators=[Length(max=10000)])

    TEXT_FIELDS = ("title", "summary", "life_stage", "topic", "owner", "body")

    @classmethod
    def values(cls, data):
        lines = [f"{p.get('picture', '')} | {p.get('text', '')}" for p in data.get("easy_read", [])]
        return {**super().values(data), "easy_read": "\n".join(lines),
                "sources": facts.as_lines(data.get("sources") or "")}

    def state(self, live):
        return {**super().state(live), "easy_read": [
            {"picture": picture, "text": text} for picture, text in self.points()],
            "sources": facts.dumps(facts.from_lines(self.sources.data))}

    def validate_sources(self, field):
        problems = {
            "kind": _l("Start source %(number)s with source: for the law or commitment: for "
                       "the council's own promise, like: source: Children and Families Act 2014, "
                       "section 36 | https://www.legislation.gov.uk/ukpga/2014/6/section/36"),
            "label": _l("Source %(number)s needs the name of the law or promise before the |"),
            "link": _l("The link in source %(number)s must be a web address starting with https://"),
        }
        for n, line in enumerate((t for t in (field.data or "").splitlines() if t.strip()), 1):
            problem = facts.line_problem(line)
            if problem:
                raise ValidationError(str(problems[problem]) % {"number": n})

    def points(self):
        """(picture, sentence) for each line that is not blank."""
        points = []
        for line in (self.easy_read.data or "").splitlines():
            if line.strip():
                picture, _sep, text = line.partition("|")
                points.append((picture.strip(), text.strip()))
        return points

    def validate_easy_read(self, field):
        for n, line in enumerate((t for t in (field.data or "").splitlines() if t.strip()), 1):
            picture, sep, text = line.partition("|")
            if not sep or not text.strip():
                raise ValidationError(_("Write easy read point %(number)s as a picture name, a | and "
                                        "a sentence, like: school | You can get help at school.",
                                        number=n))
            if picture.strip() and picture.strip() not in PICTOGRAMS:
                raise ValidationError(_("Easy read point %(number)s: there is no picture called "
                                        "%(picture)s", number=n, picture=picture.strip()))


class FactForm(FlaskForm):
    """One number a family acts on and where it comes from. A number in figures, or a
    day of the year as --MM-DD, so every language writes it the same way."""
    value = StringField(_l("The number"), validators=[
        DataRequired(_l("Enter the number")),
        Regexp(r"^(\d[\d,]*|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$",
               message=_l("Enter the number in figures, like 20, or a day of the year as --MM-DD, like --05-31"))])
    source_label = StringField(_l("Where it comes from"), validators=[
        DataRequired(_l("Enter the law, the Code paragraph or the council's promise it comes from")),
        Length(max=500)])
    source_url = StringField(_l("Link to the official text"), validators=[Optional(), URL, Length(max=500)])
    local = BooleanField(_l("This is the council's own commitment, not the law"))
    source_verified = BooleanField(_l("Someone has read this in the official text"))


def _pictures():
    return [SelectChoice("", _l("No picture"))] + [SelectChoice(k, v) for k, v in labels.PICTURES.items()]


class EasyReadForm(EntryForm):
    """A service's four easy read points, each a few short sentences (one a line) and
    the picture shown beside it. `seen` holds the checker's findings last shown, so a
    second save with the same findings keeps the text as it is: they are advice."""
    what = TextAreaField(_l("What it is"), validators=[Length(max=2000)])
    what_picture = SelectField(_l("Picture for what it is"), choices=_pictures())
    who = TextAreaField(_l("Who it is for"), validators=[Length(max=2000)])
    who_picture = SelectField(_l("Picture for who it is for"), choices=_pictures())
    how = TextAreaField(_l("How to get it"), validators=[Length(max=2000)])
    how_picture = SelectField(_l("Picture for how to get it"), choices=_pictures())
    cost = TextAreaField(_l("What it costs"), validators=[Length(max=2000)])
    cost_picture = SelectField(_l("Picture for what it costs"), choices=_pictures())
    seen = HiddenField()

    TEXT_FIELDS = tuple(n for s in SECTIONS for n in (s, f"{s}_picture"))

    @classmethod
    def values(cls, data):
        return super().values((data.get("easy_read") or [{}])[0])

    def state(self, live):
        """No text at all is no easy read row: the service page then says so."""
        text = self.text()
        return {"easy_read": [text] if any(text[s] for s in SECTIONS) else []}

    def text(self) -> dict:
        return {name: _clean(self[name].data or "") for name in self.TEXT_FIELDS}

    def validate_what(self, field):
        """Search results and the booklet show this point alone, and a service without it
        counts as having no easy read text."""
        if not (field.data or "").strip() and any((self[s].data or "").strip() for s in SECTIONS[1:]):
            raise ValidationError(_l("Write what the service is. Families see this point first."))

    def pairs(self):
        return [(self[s], self[f"{s}_picture"]) for s in SECTIONS]


class RejectForm(FlaskForm):
    reason = TextAreaField(_l("Why are you rejecting this change?"), validators=[
        DataRequired(_l("Enter why you are rejecting this change")), Length(max=2000)])


def _clean(value):
    """Text as typed, without stray spaces or Windows line ends (so an untouched field
    compares equal to what is saved)."""
    if isinstance(value, str):
        return "\n".join(line.rstrip() for line in value.strip().replace("\r\n", "\n").split("\n"))
    return value
