"""The ORUK v3 read API: every response for every demo record is valid against the
official schemas; only published content; paging, filters, caching, CORS, limits."""
import json
import math
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session, select

from oruk_schemas import VALIDATIONS, validate, validate_page
from pwa.cli import DEMO_DATA
from pwa.models import Service
from pwa.models.editorial import ChangeRequest
from pwa.queries import oruk


@pytest.fixture(scope="module")
def api_app(sqlite_app):
    """The read-only demo copy; the tests here put back whatever they change."""
    sqlite_app.config["API_RATELIMIT"] = "100000 per minute"  # these tests read every record
    yield sqlite_app
    sqlite_app.config.pop("API_RATELIMIT")


@pytest.fixture(scope="module")
def api(api_app):
    return api_app.test_client()


@pytest.fixture
def db(api_app):
    with Session(api_app.extensions["engine"]) as s:
        yield s


def _all(api, path, table, **params):
    """Every item of a paged list, each page's envelope and items validated."""
    items, page = [], 1
    while True:
        body = api.get(path, query_string={**params, "page": page, "per_page": 200}).get_json()
        items += validate_page(body, table)
        if body["last_page"]:
            return items
        page += 1


@pytest.fixture(scope="module")
def everything(api):
    return {"services": _all(api, "/api/v3/services", "service"),
            "links": _all(api, "/api/v3/service_at_locations", "service_at_location"),
            "organizations": _all(api, "/api/v3/organizations", "organization"),
            "taxonomies": _all(api, "/api/v3/taxonomies", "taxonomy"),
            "terms": _all(api, "/api/v3/taxonomy_terms", "taxonomy_term")}


def test_root_names_the_profile_and_the_openapi_document(api):
    root = api.get("/api/v3/").get_json()
    assert root["version"] == "3.0" and "uk-profile" in root["profile"]
    doc = api.get(root["openapi_url"].removeprefix("http://localhost")).get_json()
    assert doc["openapi"].startswith("3.0") and "/services/{id}" in doc["paths"]
    assert "raw.githubusercontent.com" not in json.dumps(doc)  # self-contained: nothing fetched


@pytest.fixture(scope="module")
def full(api, everything):
    return [api.get(f"/api/v3/services/{item['id']}").get_json() for item in everything["services"]]


def test_every_demo_service_is_valid_in_full(api_app, everything, full):
    with Session(api_app.extensions["engine"]) as s:
        live = s.exec(select(Service).where(oruk.published())).all()
    assert {x["id"] for x in everything["services"]} == {s.id for s in live} == {x["id"] for x in full}
    for one in full:
        validate("service", one)
        validate("organization", one["organization"])
        for link in one["service_at_locations"]:
            validate("location", link["location"])
        for attribute in one["attributes"]:
            validate("taxonomy_term", attribute["taxonomy_term"])
        assert "assurer_email" not in one  # an officer's address is personal data


def test_every_link_organisation_and_term_is_valid_by_id(api, everything):
    for link in everything["links"]:
        validate("service_at_location", api.get(f"/api/v3/service_at_locations/{link['id']}").get_json())
    for org in everything["organizations"]:
        body = api.get(f"/api/v3/organizations/{org['id']}").get_json()
        validate("organization", body)
        assert body["services"]
    for taxonomy in everything["taxonomies"]:
        body = api.get(f"/api/v3/taxonomies/{taxonomy['id']}").get_json()
        validate("taxonomy", body)
        assert body["taxonomy_terms"]
    for term in everything["terms"]:
        validate("taxonomy_term", api.get(f"/api/v3/taxonomy_terms/{term['id']}").get_json())


def test_needs_kinds_and_provider_type_are_taxonomies_and_attributes(api, everything, demo_services):
    names = {t["name"] for t in everything["taxonomies"]}
    assert names == {"send-needs", "support-kinds", "provider-types"}
    autism = next(t for t in everything["terms"] if t.get("term") == "autism")
    full = api.get("/api/v3/services", query_string={"taxonomy_term_id": autism["id"], "per_page": 200}).get_json()
    expected = {s["name"] for s in demo_services if "autism" in s["needs"] and s["status"] != "defunct"}
    assert {s["name"] for s in full["contents"]} == expected and expected
    health = next(t for t in everything["terms"] if t.get("term") == "health"
                  and t["taxonomy_id"] == oruk.stable_id("taxonomy", oruk.PROVIDER_TAXONOMY))
    found = api.get("/api/v3/services", query_string={"taxonomy_term_id": health["id"], "per_page": 200}).get_json()
    assert found["total_items"] == sum(1 for s in demo_services if s["provider_type"] == "health"
                                       and s["status"] != "defunct")
    service = api.get(f"/api/v3/services/{found['contents'][0]['id']}").get_json()
    assert health["id"] in {a["taxonomy_term_id"] for a in service["attributes"]}


def test_a_broad_area_of_need_finds_the_services_of_its_conditions(api, everything, demo_services):
    broad = next(t for t in everything["terms"] if t.get("term") == "communication-interaction")
    body = api.get("/api/v3/services", query_string={"taxonomy_term_id": broad["id"], "per_page": 200}).get_json()
    autism_only = [s["name"] for s in demo_services if s["needs"] == ["autism"] and s["status"] != "defunct"]
    assert set(autism_only) <= {s["name"] for s in body["contents"]}


def test_languages_carry_the_hsds_name_and_code(full):
    languages = [lang for service in full for lang in service["languages"]]
    assert any(lang.get("name") == "English" and lang.get("code") == "en" for lang in languages)
    assert all(lang.get("name") and lang.get("code") for lang in languages)


def test_ids_are_stable_uuid5s_of_the_slug(api, api_app):
    with Session(api_app.extensions["engine"]) as s:
        service = s.exec(select(Service).order_by(Service.slug)).first()
    assert service.id == oruk.stable_id("service", service.slug)
    assert uuid.UUID(service.id).version == 5


def test_paging_envelope_and_parameters(api, everything):
    first = api.get("/api/v3/services", query_string={"per_page": 7}).get_json()
    assert (first["size"], first["page_number"], first["first_page"], first["last_page"]) == (7, 1, True, False)
    assert first["total_pages"] == -(-len(everything["services"]) // 7)
    last = api.get("/api/v3/services", query_string={"per_page": 7, "page": first["total_pages"]}).get_json()
    assert last["last_page"] and not last["first_page"]
    beyond = api.get("/api/v3/services", query_string={"page": 999}).get_json()
    assert beyond["empty"] and beyond["contents"] == []
    for bad in ({"page": 0}, {"per_page": "ten"}, {"minimum_age": "old"}, {"modified_after": "yesterday"},
                {"taxonomy_term_id": "x' OR 1=1"}):
        response = api.get("/api/v3/services", query_string=bad)
        assert response.status_code == 400 and "error" in response.get_json()
    # a postcode this server does not know is refused plainly, not ignored
    response = api.get("/api/v3/service_at_locations", query_string={"postcode": "ZZ9 9ZZ"})
    assert response.status_code == 400 and "postcode" in response.get_json()["error"]


def _miles(lat1, lon1, lat2, lon2):
    """An independent distance: the spherical law of cosines, not the haversine."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 3958.8 * math.acos(min(1.0, c))


def test_postcode_and_proximity_find_what_is_near_nearest_first(api, demo_services):
    home = (52.53708, -1.93267)  # MB1 5FL in data/demo/postcodes.csv
    venues = {loc["slug"]: _miles(*home, loc["latitude"], loc["longitude"])
              for loc in json.loads((DEMO_DATA / "locations.json").read_text(encoding="utf-8"))}
    public = [s for s in demo_services if s["status"] in ("active", "temporarily closed")]
    nearest = {oruk.stable_id("service", s["slug"]): min(venues[v] for v in s["locations"])
               for s in public if s["locations"]}
    two_miles = {"postcode": "mb15fl", "proximity": 2 * 1609.344}
    found = _all(api, "/api/v3/services", "service", **two_miles)
    assert {s["id"] for s in found} == {i for i, miles in nearest.items() if miles <= 2}
    assert [nearest[s["id"]] for s in found] == sorted(nearest[s["id"]] for s in found)
    links = _all(api, "/api/v3/service_at_locations", "service_at_location", **two_miles)
    placed = [_miles(*home, link["location"]["latitude"], link["location"]["longitude"]) for link in links]
    assert links and all(miles <= 2 for miles in placed) and placed == sorted(placed)
    assert len(links) == sum(1 for s in public for v in s["locations"] if venues[v] <= 2)
    # a postcode alone sorts by distance and leaves nothing out (no venue: last)
    everything = api.get("/api/v3/services", query_string={"postcode": "MB1", "per_page": 200}).get_json()
    assert everything["total_items"] == len(public)
    for bad in ({"proximity": 1000}, {"postcode": "MB1 5FL", "proximity": -1},
                {"postcode": "MB1 5FL", "proximity": "far"}, {"postcode": "not a postcode"}):
        response = api.get("/api/v3/services", query_string=bad)
        assert response.status_code == 400 and "error" in response.get_json()


def test_search_and_ages_narrow_the_list(api):
    found = api.get("/api/v3/services", query_string={"search": "speech therapy"}).get_json()
    assert found["contents"] and "speech" in found["contents"][0]["name"].lower()
    ages = api.get("/api/v3/services", query_string={"minimum_age": 16, "maximum_age": 25,
                                                     "per_page": 200}).get_json()["contents"]
    assert ages and all(s["minimum_age"] >= 16 and s["maximum_age"] <= 25 for s in ages)
    none = api.get("/api/v3/services", query_string={"search": "zzzqqqxx"}).get_json()
    assert none["total_items"] == 0 and none["empty"]


def test_modified_after_lists_only_later_changes(api, db):
    service = db.exec(select(Service).where(oruk.published()).order_by(Service.slug)).first()
    before = service.last_modified
    service.last_modified = datetime.now(timezone.utc) + timedelta(days=1)
    db.add(service)
    db.commit()
    try:
        since = (datetime.now(timezone.utc) + timedelta(hours=12)).isoformat()
        body = api.get("/api/v3/services", query_string={"modified_after": since}).get_json()
        assert [s["id"] for s in body["contents"]] == [service.id]
    finally:
        service.last_modified = before
        db.add(service)
        db.commit()


def test_archived_entries_and_pending_changes_never_appear(api, db):
    service = db.exec(select(Service).where(oruk.published()).order_by(Service.name)).first()
    pending = ChangeRequest(resource_type="service", resource_id=service.id, base_version=service.version,
                            data=json.dumps({"name": "A pending name"}), author_id=_any_user(db))
    db.add(pending)
    db.commit()
    assert api.get(f"/api/v3/services/{service.id}").get_json()["name"] == service.name
    service.archived_at = datetime.now(timezone.utc)
    db.add(service)
    db.commit()
    try:
        assert api.get(f"/api/v3/services/{service.id}").status_code == 404
        listed = api.get("/api/v3/services", query_string={"per_page": 200}).get_json()["contents"]
        assert service.id not in {s["id"] for s in listed}
    finally:
        service.archived_at = None
        db.add(service)
        db.delete(pending)
        db.commit()


def _any_user(db):
    from pwa.models.accounts import User
    user = db.exec(select(User).where(User.email == "api-test@millbrook.example")).first()
    if user is None:
        user = User(email="api-test@millbrook.example", name="API test", role="provider")
        db.add(user)
        db.flush()
    return user.id


def test_etag_and_last_modified_give_304(api):
    first = api.get("/api/v3/services?per_page=5")
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    again = api.get("/api/v3/services?per_page=5", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and not again.data
    since = api.get("/api/v3/services?per_page=5", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert since.status_code == 304
    other = api.get("/api/v3/services?per_page=6", headers={"If-None-Match": first.headers["ETag"]})
    assert other.status_code == 200
    brotli = api.get("/api/v3/services?per_page=5", headers={"Accept-Encoding": "br"})
    assert brotli.headers["Content-Encoding"] == "br"  # compressed, with its own validator
    assert api.get("/api/v3/services?per_page=5", headers={
        "Accept-Encoding": "br", "If-None-Match": brotli.headers["ETag"]}).status_code == 304


def test_read_only_cors(api):
    response = api.get("/api/v3/taxonomies", headers={"Origin": "https://example.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = api.options("/api/v3/services", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert api.post("/api/v3/services").status_code in (400, 405)  # nothing can be written


def test_rate_limited_per_client(api_app):
    from pwa import create_app
    app = create_app({"DATABASE_URL": api_app.config["DATABASE_URL"], "TESTING": True,
                      "API_RATELIMIT": "3 per minute"})
    client = app.test_client()
    codes = [client.get("/api/v3/taxonomies").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert "error" in client.get("/api/v3/taxonomies").get_json()
    other = client.get("/api/v3/taxonomies", environ_base={"REMOTE_ADDR": "10.9.8.7"})
    assert other.status_code == 200  # another client has its own allowance
    app.extensions["engine"].dispose()


def test_schema_validations_were_counted(everything, capsys):
    assert VALIDATIONS["count"] > 1000
    with capsys.disabled():
        print(f"\nORUK v3 schema validations so far: {VALIDATIONS['count']}")
