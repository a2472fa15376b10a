"""Checks on the Millbrook demo data in data/demo/*.json.

Standard library json only: no app imports, so the demo content can be
checked on its own. Each coverage rule is a separate small test.
"""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"


def _load(name):
    with open(DEMO / name, encoding="utf-8") as fh:
        return json.load(fh)


SERVICES = _load("services.json")
ORGS = _load("organisations.json")
LOCATIONS = _load("locations.json")
NEEDS = _load("needs.json")

BROAD = ["communication-interaction", "cognition-learning", "semh", "sensory-physical"]
CONDITION_PARENT = {
    "autism": "communication-interaction", "speech-language": "communication-interaction",
    "learning-disability": "cognition-learning", "specific-learning-difficulty": "cognition-learning",
    "adhd": "semh", "mental-health": "semh",
    "hearing": "sensory-physical", "vision": "sensory-physical", "multi-sensory": "sensory-physical",
    "physical-disability": "sensory-physical", "complex-health": "sensory-physical",
}
NEED_CODES = set(BROAD) | set(CONDITION_PARENT)
PROVIDER_TYPES = ["early-years", "maintained-school", "academy", "non-maintained-special-school", "post-16",
                  "section-41", "pupil-referral-unit", "la-commissioned", "health", "social-care", "voluntary",
                  "leisure", "childcare"]
EDUCATION_TYPES = {"early-years", "maintained-school", "academy", "non-maintained-special-school", "post-16",
                   "section-41", "pupil-referral-unit"}
SUPPORT = ["education", "health", "social-care", "leisure", "preparing-for-adulthood", "travel", "advice",
           "childcare"]
SERVICE_KEYS = {
    "slug", "name", "organisation", "description", "provider_type", "support", "needs", "in_area", "setting",
    "s41_approved", "minimum_age", "maximum_age", "ehc_plan_required", "eligibility", "self_referral",
    "professional_referral", "how_to_access", "wait_time", "costs", "personal_budget", "email", "url",
    "contacts", "schedules", "locations", "languages", "status", "alert", "assured_days_ago", "local_offer",
    "easy_read",
}
AGE_BANDS = {"0-4": (0, 4), "5-10": (5, 10), "11-15": (11, 15), "16-25": (16, 25)}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PHONE_RE = re.compile(r"^(0121 496 0\d{3}|020 7946 0\d{3}|0161 496 0\d{3}|07700 900\d{3}|0808 157 0\d{3})$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}


def _areas(service):
    """Broad areas a service covers, directly or through a condition."""
    return {n if n in BROAD else CONDITION_PARENT[n] for n in service["needs"] if n in NEED_CODES}


def _overdue(service):
    return service["assured_days_ago"] > 365


# --- structure and references ---------------------------------------------------

def test_service_count_at_least_260():
    assert len(SERVICES) >= 260, f"expected at least 260 services, found {len(SERVICES)}"


def test_services_have_exactly_the_agreed_keys():
    bad = {s.get("slug"): sorted(set(s) ^ SERVICE_KEYS) for s in SERVICES if set(s) != SERVICE_KEYS}
    assert not bad, f"services with missing or extra keys: {bad}"


@pytest.mark.parametrize("name,items", [("services", SERVICES), ("organisations", ORGS),
                                        ("locations", LOCATIONS)])
def test_slugs_are_unique_and_kebab_case(name, items):
    slugs = [i["slug"] for i in items]
    dupes = [s for s, n in Counter(slugs).items() if n > 1]
    assert not dupes, f"duplicate {name} slugs: {dupes}"
    bad = [s for s in slugs if not SLUG_RE.match(s)]
    assert not bad, f"{name} slugs not in kebab-case: {bad}"


def test_every_organisation_reference_resolves():
    orgs = {o["slug"] for o in ORGS}
    bad = [(s["slug"], s["organisation"]) for s in SERVICES if s["organisation"] not in orgs]
    assert not bad, f"services pointing at unknown organisations: {bad}"


def test_every_location_reference_resolves():
    locs = {loc["slug"] for loc in LOCATIONS}
    bad = [(s["slug"], slug) for s in SERVICES for slug in s["locations"] if slug not in locs]
    assert not bad, f"services pointing at unknown locations: {bad}"
    assert all(len(s["locations"]) <= 3 for s in SERVICES), "a service lists more than 3 locations"


def test_need_codes_resolve():
    bad = [(s["slug"], n) for s in SERVICES for n in s["needs"] if n not in NEED_CODES]
    assert not bad, f"unknown need codes: {bad}"
    empty = [s["slug"] for s in SERVICES if not s["needs"]]
    assert not empty, f"services with no needs: {empty}"


def test_provider_type_and_support_codes_resolve():
    bad_pt = [(s["slug"], s["provider_type"]) for s in SERVICES if s["provider_type"] not in PROVIDER_TYPES]
    assert not bad_pt, f"unknown provider types: {bad_pt}"
    bad_sup = [(s["slug"], s["support"]) for s in SERVICES
               if not 1 <= len(s["support"]) <= 3 or any(k not in SUPPORT for k in s["support"])]
    assert not bad_sup, f"support must be 1-3 known codes: {bad_sup}"


def test_needs_json_matches_taxonomy():
    codes = {n["code"]: n for n in NEEDS}
    assert set(codes) == NEED_CODES, f"needs.json codes differ: {set(codes) ^ NEED_CODES}"
    for code in BROAD:
        assert codes[code]["parent"] is None, f"{code} is a broad area and must have no parent"
    for code, parent in CONDITION_PARENT.items():
        assert codes[code]["parent"] == parent, f"{code} parent should be {parent}"
    assert all(n["name"] and n["description"] for n in NEEDS), "every need needs a name and description"


def test_organisation_and_location_fields():
    for o in ORGS:
        assert set(o) == {"slug", "name", "description", "email", "website"}, f"organisation keys: {o['slug']}"
        assert o["email"].endswith(".example") and o["website"].startswith("https://"), o["slug"]
    for loc in LOCATIONS:
        assert 52.4 <= loc["latitude"] <= 52.6 and -2.0 <= loc["longitude"] <= -1.8, f"{loc['slug']} is off the map"
        assert 2 <= len(loc["accessibility"]) <= 5, f"{loc['slug']} needs 2-5 accessibility items"
        assert all(a["description"] and a["details"] for a in loc["accessibility"]), loc["slug"]


# --- field rules ----------------------------------------------------------------

def test_ages_are_valid():
    bad = [s["slug"] for s in SERVICES
           if not (0 <= s["minimum_age"] <= s["maximum_age"] <= 25)]
    assert not bad, f"ages must be 0-25 with min <= max: {bad}"


def test_some_referral_route_is_open():
    bad = [s["slug"] for s in SERVICES if not (s["self_referral"] or s["professional_referral"])]
    assert not bad, f"services with no referral route: {bad}"


def test_how_to_access_has_two_to_four_steps():
    bad = [s["slug"] for s in SERVICES if not 1 <= len(s["how_to_access"].split("\n")) <= 4]
    assert not bad, f"how_to_access should be a few lines: {bad}"


def test_descriptions_are_unique_and_short():
    dupes = [d for d, n in Counter(s["description"] for s in SERVICES).items() if n > 1]
    assert not dupes, f"duplicate descriptions: {dupes}"
    long = [s["slug"] for s in SERVICES if len(s["description"].split()) > 60]
    assert not long, f"descriptions over 60 words: {long}"


def test_phone_numbers_are_ofcom_drama_numbers():
    bad = [(s["slug"], p["number"]) for s in SERVICES for c in s["contacts"] for p in c["phones"]
           if not PHONE_RE.match(p["number"])]
    assert not bad, f"phone numbers outside the Ofcom drama ranges: {bad}"
    assert all(1 <= len(s["contacts"]) <= 2 for s in SERVICES), "each service needs 1-2 contacts"


def test_emails_and_urls_use_example_domains():
    bad = [s["slug"] for s in SERVICES
           if not s["email"].endswith(".example")
           or (s["url"] and not re.match(r"^https://[a-z0-9.-]+\.example(/|$)", s["url"]))]
    assert not bad, f"emails and urls must use .example domains: {bad}"


def test_schedules_are_well_formed():
    for s in SERVICES:
        for sc in s["schedules"]:
            assert set(sc["byday"].split(",")) <= DAYS, f"{s['slug']}: bad byday {sc['byday']}"
            assert TIME_RE.match(sc["opens_at"]) and TIME_RE.match(sc["closes_at"]), f"{s['slug']}: bad time"
            assert sc["opens_at"] < sc["closes_at"], f"{s['slug']}: schedule closes before it opens"


def test_costs_are_well_formed():
    for s in SERVICES:
        for c in s["costs"]:
            assert set(c) == {"option", "amount", "amount_description"}, s["slug"]
            assert isinstance(c["amount"], (int, float)) and c["amount"] > 0, f"{s['slug']}: bad amount"


def test_share_of_paid_services_is_25_to_35_percent():
    share = sum(1 for s in SERVICES if s["costs"]) / len(SERVICES)
    assert 0.25 <= share <= 0.35, f"{share:.0%} of services cost something; expected 25-35%"


def test_languages_are_well_formed():
    for s in SERVICES:
        assert s["languages"], f"{s['slug']} lists no languages"
        for lang in s["languages"]:
            assert set(lang) == {"code", "name", "note"}, s["slug"]
            assert lang["code"] != "bsl", f"{s['slug']}: use sgn-GB for British Sign Language"


def test_local_offer_answers_for_education_providers_only():
    for s in SERVICES:
        if s["provider_type"] in EDUCATION_TYPES:
            lo = s["local_offer"]
            assert isinstance(lo, dict) and set(lo) == set("abcdefghij"), f"{s['slug']} needs answers a-j"
            assert all(isinstance(v, str) and v.strip() for v in lo.values()), f"{s['slug']} has an empty answer"
        else:
            assert s["local_offer"] is None, f"{s['slug']} is not an education provider; local_offer must be null"


def test_local_offer_answers_are_specific_to_each_setting():
    seen = Counter()
    for s in SERVICES:
        if s["local_offer"]:
            for key in ("f", "g", "i"):
                seen[(key, s["local_offer"][key])] += 1
    dupes = [k for k, n in seen.items() if n > 2]
    assert not dupes, f"local offer answers repeated word for word across settings: {dupes[:3]}"


def test_setting_values():
    bad = [s["slug"] for s in SERVICES if s["setting"] not in ("mainstream", "special", "la-secured", None)]
    assert not bad, f"bad setting values: {bad}"
    missing = [s["slug"] for s in SERVICES if s["provider_type"] in EDUCATION_TYPES and s["setting"] is None]
    assert not missing, f"schools and colleges need a setting: {missing}"


def test_s41_approved_only_for_out_of_area_section_41():
    bad = [s["slug"] for s in SERVICES if s["s41_approved"]
           and not (s["provider_type"] == "section-41" and not s["in_area"])]
    assert not bad, f"s41_approved set on the wrong services: {bad}"
    assert any(s["s41_approved"] for s in SERVICES), "expected some s.41 approved institutions"


# --- coverage rules -----------------------------------------------------------------

@pytest.mark.parametrize("ptype", PROVIDER_TYPES)
def test_every_provider_type_used_at_least_3_times(ptype):
    n = sum(1 for s in SERVICES if s["provider_type"] == ptype)
    assert n >= 3, f"provider type {ptype} is used by {n} services; need at least 3"


@pytest.mark.parametrize("kind", SUPPORT)
def test_every_kind_of_support_used_at_least_10_times(kind):
    n = sum(1 for s in SERVICES if kind in s["support"])
    assert n >= 10, f"support {kind} is used by {n} services; need at least 10"


@pytest.mark.parametrize("area", BROAD)
def test_every_broad_area_covered_at_least_40_times(area):
    n = sum(1 for s in SERVICES if area in _areas(s))
    assert n >= 40, f"broad area {area} is covered by {n} services; need at least 40"


@pytest.mark.parametrize("condition", sorted(CONDITION_PARENT))
def test_every_condition_used_at_least_5_times(condition):
    n = sum(1 for s in SERVICES if condition in s["needs"])
    assert n >= 5, f"condition {condition} is used by {n} services; need at least 5"


@pytest.mark.parametrize("band", AGE_BANDS)
def test_every_age_band_covered_at_least_25_times(band):
    lo, hi = AGE_BANDS[band]
    n = sum(1 for s in SERVICES if s["minimum_age"] <= hi and s["maximum_age"] >= lo)
    assert n >= 25, f"age band {band} is covered by {n} services; need at least 25"


def test_out_of_area_share_is_12_to_18_percent():
    share = sum(1 for s in SERVICES if not s["in_area"]) / len(SERVICES)
    assert 0.12 <= share <= 0.18, f"{share:.1%} of services are out of area; expected 12-18%"


def test_four_to_eight_temporarily_closed_with_alerts():
    closed = [s for s in SERVICES if s["status"] == "temporarily closed"]
    assert 4 <= len(closed) <= 8, f"{len(closed)} services temporarily closed; expected 4-8"
    assert all(s["alert"].strip() for s in closed), "every closed service needs an alert"
    assert all(s["status"] in ("active", "temporarily closed") for s in SERVICES), "unknown status"


def test_eight_to_twelve_overdue_for_review():
    n = sum(1 for s in SERVICES if _overdue(s))
    assert 8 <= n <= 12, f"{n} services assured over 365 days ago; expected 8-12"
    assert all(isinstance(s["assured_days_ago"], int) and s["assured_days_ago"] >= 0 for s in SERVICES)


def test_no_service_is_both_closed_and_overdue():
    both = [s["slug"] for s in SERVICES if s["status"] == "temporarily closed" and _overdue(s)]
    assert not both, f"services both closed and overdue: {both}"


# --- must-include provision -----------------------------------------------------------

def test_speech_and_language_therapy_for_a_7_year_old_autistic_child():
    matches = [s["slug"] for s in SERVICES
               if "speech and language" in s["name"].lower()
               and {"autism", "speech-language"} <= set(s["needs"])
               and s["minimum_age"] <= 7 <= s["maximum_age"]
               and s["self_referral"]]
    assert matches, "need a self-referral speech and language therapy service for a 7-year-old autistic child"


def test_several_speech_and_language_therapy_services():
    salt = [s for s in SERVICES if "speech and language therap" in (s["name"] + " " + s["description"]).lower()]
    assert len(salt) >= 3, f"expected several speech and language therapy services, found {len(salt)}"
    assert any(s["maximum_age"] <= 5 for s in salt), "need an early years speech and language therapy service"


MUST_INCLUDE = {
    "occupational therapy": ["occupational therap"],
    "physiotherapy": ["physiotherap"],
    "CAMHS": ["camhs"],
    "community paediatrics": ["community paediatric"],
    "audiology": ["audiology"],
    "wheelchair service": ["wheelchair service"],
    "continence service": ["continence"],
    "hearing support teachers": ["hearing support teachers"],
    "vision support teachers": ["vision support teachers"],
    "educational psychology": ["educational psycholog"],
    "disabled children's team": ["disabled children's"],
    "direct payments": ["direct payment"],
    "personal budgets": ["personal budget"],
    "SENDIASS": ["sendiass"],
    "parent carer forum": ["parent carer forum"],
    "autism support group": ["autism family support group"],
    "ADHD support group": ["adhd parent support group"],
    "Down syndrome group": ["down syndrome"],
    "deaf children's group": ["deaf children"],
    "nursery": ["nursery"],
    "childminders": ["childminder"],
    "holiday club with inclusion support": ["holiday club with inclusion support"],
    "swimming": ["swim"],
    "sports": ["sports"],
    "arts": ["art club", "drama"],
    "youth club": ["youth club"],
    "play scheme": ["play scheme"],
    "supported internships": ["supported internship"],
    "apprenticeships support": ["apprenticeship"],
    "supported employment": ["supported employment"],
    "supported housing": ["supported housing", "supported living"],
    "independent living skills": ["independent living skills"],
    "transition to adult health": ["adult health"],
    "transition to adult social care": ["adult social care"],
    "home-to-school transport": ["home-to-school"],
    "post-16 transport": ["post-16 travel", "post-16 transport"],
    "independent travel training": ["independent travel training"],
    "Blue Badge": ["blue badge"],
    "resourced provision": ["resource base", "resourced provision"],
    "college": ["college"],
}


@pytest.mark.parametrize("label", MUST_INCLUDE)
def test_must_include_provision(label):
    words = MUST_INCLUDE[label]
    found = [s["slug"] for s in SERVICES
             if any(w in (s["name"] + " " + s["description"]).lower() for w in words)]
    assert found, f"no service found for required provision: {label}"


def test_short_breaks_several():
    n = sum(1 for s in SERVICES if "short break" in (s["name"] + " " + s["description"]).lower())
    assert n >= 4, f"expected several short breaks services, found {n}"


def test_special_schools_pru_and_s41_colleges():
    special = [s for s in SERVICES if s["setting"] == "special"
               and s["provider_type"] in ("maintained-school", "academy")]
    assert len(special) >= 3, "expected several special schools"
    assert any(s["provider_type"] == "pupil-referral-unit" for s in SERVICES), "expected a pupil referral unit"
    s41_colleges = [s for s in SERVICES if s["provider_type"] == "section-41" and not s["in_area"]
                    and s["s41_approved"] and s["minimum_age"] >= 16]
    assert s41_colleges, "expected an out-of-area s.41 approved specialist college"
    resourced = [s for s in SERVICES if s["setting"] == "la-secured"
                 and s["provider_type"] in ("maintained-school", "academy")]
    assert len(resourced) >= 3, "expected mainstream schools with resourced provision units"
