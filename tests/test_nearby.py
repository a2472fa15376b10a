"""Near a postcode: postcodes to places, distances in SQL, settings by type. The
query tests run on SQLite and PostgreSQL (the `session` fixture); expected answers
are worked out from the demo data files in Python, independently of the SQL."""
import csv
import json
import math

import pytest
from sqlmodel import Session, select

from pwa.cli import DEMO_DATA
from pwa.models import Postcode
from pwa.queries import nearby, postcodes
from pwa.queries.search import Filters, search_services

LOCATIONS = {loc["slug"]: loc for loc in json.loads((DEMO_DATA / "locations.json").read_text())}


def miles_between(lat1, lon1, lat2, lon2):
    """An independent distance: the spherical law of cosines, not the haversine."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 3958.8 * math.acos(min(1.0, c))


def everything(session, **filters):
    first = search_services(session, Filters(**filters))
    found = [(s.slug, first.distances.get(s.id)) for s, _ in first.services]
    for page in range(2, first.pages + 1):
        more = search_services(session, Filters(page=page, **filters))
        found += [(s.slug, more.distances.get(s.id)) for s, _ in more.services]
    assert len(found) == first.total
    return found


def nearest(service, place):
    venues = [LOCATIONS[slug] for slug in service["locations"]]
    return min((miles_between(place.latitude, place.longitude, v["latitude"], v["longitude"])
                for v in venues), default=None)


@pytest.mark.parametrize("typed,expected", [
    ("MB1 5FL", "MB1 5FL"), ("mb15fl", "MB1 5FL"), ("  mb1   5fl ", "MB1 5FL"),
    ("SW1A1AA", "SW1A 1AA"), ("MB1", "MB1"), ("mb1 5", "MB1 5"), ("MB15", "MB15"),
    ("12345", None), ("MB1 5F", None), ("", None), ("MB1 5FL please", None), ("<b>", None),
])
def test_postcodes_are_normalised(typed, expected):
    assert postcodes.normalise(typed) == expected


def test_full_and_partial_postcodes_are_located(session):
    full = postcodes.locate(session, "mb1 5fl")
    assert (full.label, full.latitude, full.longitude) == ("MB1 5FL", 52.53708, -1.93267)
    with open(DEMO_DATA / "postcodes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    mb1 = [r for r in rows if r["pcds"].startswith("MB1 ")]
    district = postcodes.locate(session, "MB1")
    assert district.latitude == pytest.approx(sum(float(r["lat"]) for r in mb1) / len(mb1))
    sector = postcodes.locate(session, "MB1 5")
    assert sector.label == "MB1 5" and sector.latitude != district.latitude
    assert postcodes.locate(session, "ZZ9 9ZZ") is None
    assert postcodes.locate(session, "MB19") is None  # a district with no postcodes
    assert postcodes.locate(session, "nonsense") is None


def test_demo_postcodes_match_the_venues():
    with open(DEMO_DATA / "postcodes.csv", encoding="utf-8") as fh:
        rows = {r["pcds"]: r for r in csv.DictReader(fh)}
    for loc in LOCATIONS.values():
        row = rows[loc["postal_code"]]
        assert miles_between(float(row["lat"]), float(row["long"]),
                             loc["latitude"], loc["longitude"]) < 0.5, loc["slug"]


def test_within_miles_keeps_exactly_the_services_in_range_and_those_with_no_venue(
        session, demo_services):
    place = postcodes.locate(session, "MB1 5FL")
    found = everything(session, near=place, miles=2)
    public = [s for s in demo_services if s["status"] in ("active", "temporarily closed")]
    in_range = {s["slug"] for s in public if s["locations"] and nearest(s, place) <= 2}
    anywhere = {s["slug"] for s in public if not s["locations"]}
    assert {slug for slug, _ in found} == in_range | anywhere
    assert in_range and anywhere
    distances = [d for _, d in found]
    located = [d for d in distances if d is not None]
    # nearest first, then the services available anywhere
    assert located == sorted(located) and distances == located + [None] * len(anywhere)
    by_slug = {s["slug"]: s for s in public}
    for slug, miles in found:
        if miles is not None:
            assert miles == pytest.approx(nearest(by_slug[slug], place), abs=0.001)


def test_any_distance_sorts_without_leaving_anything_out(session, demo_services):
    place = postcodes.locate(session, "EV1")
    found = everything(session, near=place)
    assert len(found) == search_services(session, Filters()).total
    located = [d for _, d in found if d is not None]
    assert located == sorted(located) and located[0] < 0.5


def test_special_schools_within_5_miles_nearest_first(session, demo_services):
    place = postcodes.locate(session, "MB1 5FL")
    found = everything(session, setting="special", near=place, miles=5)
    schools = {s["slug"] for s in demo_services if s["setting"] == "special"
               and s["provider_type"] != "section-41" and nearest(s, place) <= 5}
    independent = {s["slug"] for s in demo_services if s["provider_type"] == "section-41"
                   and s["minimum_age"] < 16 and nearest(s, place) <= 5}
    assert {slug for slug, _ in found} == schools | independent
    assert [d for _, d in found] == sorted(d for _, d in found)


@pytest.mark.parametrize("setting,expected", [
    ("resourced-provision", lambda s: s["provider_type"] in ("maintained-school", "academy")
     and s["setting"] == "la-secured"),
    ("special-non-maintained", lambda s: s["provider_type"] == "non-maintained-special-school"),
    ("alternative-provision", lambda s: s["provider_type"] == "pupil-referral-unit"),
    ("early-years", lambda s: s["provider_type"] == "early-years"),
])
def test_settings_by_type(session, demo_services, setting, expected):
    public = [s for s in demo_services if s["status"] in ("active", "temporarily closed")]
    assert sorted(slug for slug, _ in everything(session, setting=setting)) == \
        sorted(s["slug"] for s in public if expected(s))


def test_phase_keeps_schools_of_that_phase(session):
    secondary = dict(everything(session, setting="resourced-provision", phase="secondary"))
    assert "millbrook-high-hearing-resource-base" in secondary
    assert "brookside-hearing-resource-base" not in secondary  # a primary school's base


def test_walking_minutes_only_for_short_distances():
    assert nearby.walking_minutes(0.05) == 5
    assert nearby.walking_minutes(1) == 20
    assert nearby.walking_minutes(2.5) is None


def test_import_reads_the_ons_columns_and_skips_postcodes_without_a_place(tmp_path):
    from pwa import create_app
    from pwa.cli import upgrade
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'pc.db'}", "TESTING": True})
    upgrade(app)
    source = tmp_path / "onspd.csv"
    source.write_text("pcd,pcds,doterm,lat,long\n"
                      "B1  1AA,B1 1AA,,52.480000,-1.900000\n"
                      "B1  1AB,B1 1AB,,99.999999,0.000000\n"
                      "WS1 1AA,WS1 1AA,,52.580000,-1.980000\n"
                      "BA1 1AA,BA1 1AA,,51.380000,-2.360000\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import-postcodes", str(source), "--only", "B",
                                                "--only", "WS"])
    assert result.exit_code == 0, result.output
    assert "2 postcodes loaded." in result.output
    with Session(app.extensions["engine"]) as s:
        assert [(p.postcode, p.outcode) for p in s.exec(select(Postcode).order_by(Postcode.postcode))] \
            == [("B1 1AA", "B1"), ("WS1 1AA", "WS1")]
    app.extensions["engine"].dispose()
