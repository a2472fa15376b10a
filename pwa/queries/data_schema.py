"""What a Local Offer data folder must hold, checked before anything is written.

Every record of every file is checked against a pydantic model (types, allowed codes,
lengths, link schemes, references between files, duplicate slugs), and every problem
is reported with its file, record and field, so a council fixes an export in one go.
Lengths keep one bad record from becoming a 10 MB page; links are limited to http,
https, mailto and tel, because a `javascript:` link would run in a family's browser.
Unknown fields are ignored, so an export may carry more than the Local Offer uses
(for example `sources` on information pages and jargon terms).
"""
import json
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictFloat,
                      StrictInt, StringConstraints, ValidationError, model_validator)

from pwa.queries.vocab import LOCAL_OFFER_QUESTIONS, PROVIDER_TYPES, SUPPORT_KINDS

LINK_SCHEMES = ("http", "https", "mailto", "tel")
WEB_SCHEMES = ("http", "https")


def _text(limit: int):
    return Annotated[str, StringConstraints(max_length=limit)]


def _link(schemes):
    def check(value: str) -> str:
        # browsers ignore leading spaces and control characters before a scheme
        if value and urlsplit(re.sub(r"^[\x00-\x20]+", "", value)).scheme.lower() not in schemes:
            raise ValueError(f"links must start with {', '.join(s + ':' for s in schemes)}")
        return value
    return Annotated[str, StringConstraints(max_length=2000), AfterValidator(check)]


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Email = Annotated[str, StringConstraints(pattern=r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)]
Short = _text(500)
Long = _text(5000)
WebLink = _link(WEB_SCHEMES)  # a website: a web page
Link = _link(LINK_SCHEMES)  # any other link
Age = Annotated[StrictInt, Field(ge=0, le=25)]
Time = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


class Record(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Organisation(Record):
    slug: Slug
    name: Name
    description: Long = ""
    email: Email = ""
    website: WebLink = ""


class Accessibility(Record):
    description: Short
    details: Short = ""


class Location(Record):
    slug: Slug
    name: Name
    description: Long = ""
    address_1: Short
    city: _text(100)
    postal_code: _text(10)
    latitude: Annotated[StrictFloat | StrictInt, Field(ge=-90, le=90)] | None = None
    longitude: Annotated[StrictFloat | StrictInt, Field(ge=-180, le=180)] | None = None
    accessibility: Annotated[list[Accessibility], Field(max_length=50)] = []


class Phone(Record):
    number: Annotated[str, StringConstraints(pattern=r"^[0-9+() -]{3,30}$")]
    description: Short = ""


class Contact(Record):
    name: Short = ""
    title: Short = ""
    email: Email = ""
    phones: Annotated[list[Phone], Field(max_length=20)] = []


class Schedule(Record):
    byday: Annotated[str, StringConstraints(pattern=r"^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$")]
    opens_at: Time
    closes_at: Time
    description: Short = ""


class Cost(Record):
    option: Short
    amount: Annotated[StrictFloat | StrictInt, Field(ge=0, le=1_000_000)] | None = None
    amount_description: Short = ""


class Language(Record):
    code: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    name: _text(100)
    note: Short = ""


class EasyRead(Record):
    what: Long = ""
    who: Long = ""
    how: Long = ""
    cost: Long = ""
    what_picture: _text(100) = ""
    who_picture: _text(100) = ""
    how_picture: _text(100) = ""
    cost_picture: _text(100) = ""


class Service(Record):
    slug: Slug
    name: Name
    organisation: Slug
    description: Long
    provider_type: Literal[PROVIDER_TYPES]
    support: Annotated[list[Literal[SUPPORT_KINDS]], Field(max_length=len(SUPPORT_KINDS))]
    needs: Annotated[list[Slug], Field(max_length=50)]
    in_area: StrictBool
    setting: Literal["mainstream", "special", "la-secured"] | None = None
    s41_approved: StrictBool = False
    minimum_age: Age
    maximum_age: Age
    ehc_plan_required: StrictBool
    eligibility: Long
    self_referral: StrictBool
    professional_referral: StrictBool
    how_to_access: Long
    wait_time: Short = ""
    costs: Annotated[list[Cost], Field(max_length=50)] = []
    personal_budget: StrictBool = False
    email: Email = ""
    url: WebLink = ""
    contacts: Annotated[list[Contact], Field(max_length=20)] = []
    schedules: Annotated[list[Schedule], Field(max_length=50)] = []
    locations: Annotated[list[Slug], Field(max_length=100)] = []
    languages: Annotated[list[Language], Field(max_length=50)] = []
    status: Literal["active", "temporarily closed", "closed"]
    alert: Short = ""
    assured_days_ago: Annotated[StrictInt, Field(ge=0, le=36500)]
    local_offer: dict[Literal[LOCAL_OFFER_QUESTIONS], Long] | None = None
    easy_read: EasyRead | None = None

    @model_validator(mode="after")
    def _ages_in_order(self):
        if self.minimum_age > self.maximum_age:
            raise ValueError("minimum_age is more than maximum_age")
        return self


class Need(Record):
    code: Slug
    name: Name
    description: Long = ""
    parent: Slug | None = None


class Page(Record):
    """An information page's front matter and body (information/<slug>.md)."""
    title: Name
    summary: Short = ""
    life_stage: Literal["early-years", "school-age", "adulthood", "all"] = "all"
    topic: _text(100)
    position: Annotated[str, StringConstraints(pattern=r"^\d{1,4}$")] = "0"
    owner: _text(200) = ""
    reviewed_days_ago: Annotated[str, StringConstraints(pattern=r"^\d{1,5}$")] = "0"
    body: _text(100_000)
    easy: Annotated[list[tuple[_text(100), Long]], Field(max_length=30)] = []


class JargonTerm(Record):
    slug: Slug | None = None
    term: Name
    aliases: Annotated[list[_text(200)], Field(max_length=30)] = []
    plain: Long
    easy_read: Long


class InvalidData(ValueError):
    """Every problem found in a data folder, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def check_folder(data_dir: Path) -> None:
    """Raise InvalidData listing every problem in the folder; return if there are none."""
    problems: list[str] = []
    files = {}
    for name, model, key in (("organisations.json", Organisation, "slug"),
                             ("locations.json", Location, "slug"),
                             ("needs.json", Need, "code"), ("services.json", Service, "slug")):
        files[name] = _check_file(Path(data_dir) / name, model, key, problems, required=True)
    _check_file(Path(data_dir) / "jargon.json", JargonTerm, "term", problems, required=False)
    _check_references(files, problems)
    folder = Path(data_dir) / "information"
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        _check_page(path, problems)
    if problems:
        raise InvalidData(problems)


def _check_file(path: Path, model, key: str, problems: list[str], required: bool) -> list[dict]:
    if not path.is_file():
        if required:
            problems.append(f"{path.name}: the file is missing")
        return []
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        problems.append(f"{path.name}: not valid JSON in UTF-8: {error}")
        return []
    if not isinstance(records, list):
        problems.append(f"{path.name}: the file must hold a list of records")
        return []
    seen, valid = set(), []
    for index, record in enumerate(records, start=1):
        label = _label(record, key, index)
        if not isinstance(record, dict):
            problems.append(f"{path.name}: {label}: each record must be an object")
            continue
        try:
            model.model_validate(record)
        except ValidationError as error:
            problems.extend(f"{path.name}: {label}: {_where(e['loc'])}: {e['msg']}" for e in error.errors())
            continue
        if record.get(key) in seen:
            problems.append(f"{path.name}: {label}: {key}: the same {key} is used twice")
        seen.add(record.get(key))
        valid.append(record)
    return valid


def _check_references(files: dict, problems: list[str]) -> None:
    orgs = {o["slug"] for o in files["organisations.json"]}
    places = {loc["slug"] for loc in files["locations.json"]}
    needs = {n["code"] for n in files["needs.json"]}
    for need in files["needs.json"]:
        if need.get("parent") and need["parent"] not in needs:
            problems.append(f"needs.json: {need['code']}: parent: no need with the code {need['parent']!r}")
    for s in files["services.json"]:
        if s["organisation"] not in orgs:
            problems.append(f"services.json: {s['slug']}: organisation: no organisation "
                            f"with the slug {s['organisation']!r}")
        problems.extend(f"services.json: {s['slug']}: locations: no place with the slug {slug!r}"
                        for slug in s.get("locations", []) if slug not in places)
        problems.extend(f"services.json: {s['slug']}: needs: no need with the code {code!r}"
                        for code in s["needs"] if code not in needs)


def _check_page(path: Path, problems: list[str]) -> None:
    from pwa.queries.information import parse_page  # information imports the loader's neighbours

    name = f"information/{path.name}"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", path.stem):
        problems.append(f"{name}: {path.stem}: slug: use lower-case letters, digits and hyphens")
    try:
        fields, points, body = parse_page(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        problems.append(f"{name}: {path.stem}: {error}")
        return
    try:
        Page.model_validate({**fields, "body": body, "easy": points})
    except ValidationError as error:
        problems.extend(f"{name}: {path.stem}: {_where(e['loc'])}: {e['msg']}" for e in error.errors())


def _label(record, key: str, index: int) -> str:
    value = record.get(key) if isinstance(record, dict) else None
    return str(value)[:100] if isinstance(value, str) and value else f"record {index}"


def _where(loc) -> str:
    return ".".join(str(part) for part in loc) or "record"
