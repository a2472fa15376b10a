"""Importers and exports: ORUK v1 and v3 feeds, the CSV template, the app's own files.
Each test imports into an empty database of its own."""
import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

import v1_feed
from oruk_schemas import validate
from pwa import ROOT, create_app
from pwa.cli import DEMO_DATA, upgrade
from pwa.models import Attribute, Organization, Service, ServiceAtLocation
from pwa.models.imports import ImportedRecord
from pwa.queries import export, feeds, importing, oruk, reviews, search
from pwa.queries.vocab import PROVIDER_TYPES, SUPPORT_KINDS

HERE = Path(__file__).parent / "data" / "import"
TODAY = date(2026, 12, 3)
MAP = importing.TaxonomyMap.read(ROOT / "data" / "import" / "taxonomy-map.csv")
NEEDS = json.loads((DEMO_DATA / "needs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """An empty, migrated database file, copied for each test (faster than migrating)."""
    path = tmp_path_factory.mktemp("import") / "migrated.db"
    app = create_app({"DATABASE_URL": f"sqlite:///{path}", "TESTING": True})
    upgrade(app)
    with app.extensions["engine"].connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    app.extensions["engine"].dispose()
    return path


@pytest.fixture
def empty(tmp_path, migrated):
    shutil.copyfile(migrated, tmp_path / "empty.db")
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}", "TESTING": True,
                      "API_RATELIMIT": "100000 per minute"})
    yield app
    app.extensions["engine"].dispose()


def _import(app, feed, source, **options):
    with Session(app.extensions["engine"]) as session:
        importing.ensure_vocabularies(session, NEEDS)
        session.commit()
        return importing.apply(session, feed, source, today=TODAY, taxonomy_map=MAP, **options)


def _v1(count=50):
    return feeds.from_v1([s for page in v1_feed.pages(count, per_page=25) for s in page["content"]])


def test_v1_feed_imports_every_good_record_and_names_every_bad_one(empty):
    summary = _import(empty, _v1(), "northfield-v1")
    assert summary.created["service"] == 50 - v1_feed.broken_count(50)
    assert len(summary.rejected) == v1_feed.broken_count(50) == 4
    fields = sorted(line.split(": ")[2] for line in summary.rejected)
    assert fields == ["email", "minimum_age", "name", "status"]
    assert all(line.startswith("northfield-v1: record ") for line in summary.rejected)
    assert summary.unmapped["Family support"] > 0 and "Autism" not in summary.unmapped
    with Session(empty.extensions["engine"]) as db:
        service = db.exec(select(Service).order_by(Service.name)).first()
        assert "<" not in service.description and "**" in service.description and "alert(1)" not in service.description
        assert "[our site](https://" in service.description
        assert service.url.startswith("https://www.example.org/")  # "www.…" given without a scheme
        assert service.assured_date is None and service.next_review_date == TODAY  # not yet checked
        due = reviews.due_for_review(db, TODAY, 30)
        assert {d.service.id for d in due} == set(db.exec(select(Service.id)).all())
        autism = db.exec(select(Service).join(Attribute, Attribute.link_id == Service.id)).all()
        assert autism  # "Autism" and the other mapped terms became needs and kinds of support
        found = search.search_services(db, search.Filters(q="sensory play"))
        assert found.total > 0


def test_reimport_changes_nothing_and_dry_run_writes_nothing(empty):
    feed = _v1(30)
    dry = _import(empty, feed, "north", dry_run=True)
    assert dry.created["service"] == 30 - v1_feed.broken_count(30) == 28
    with Session(empty.extensions["engine"]) as db:
        assert db.exec(select(Service)).all() == [] and db.exec(select(ImportedRecord)).all() == []
    first = _import(empty, feed, "north")
    again = _import(empty, _v1(30), "north")
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert sum(again.unchanged.values()) == sum(first.created.values())
    with Session(empty.extensions["engine"]) as db:
        assert len(db.exec(select(Service)).all()) == 28


def test_a_local_edit_survives_a_reimport_and_is_reported(empty):
    _import(empty, _v1(10), "north")
    with Session(empty.extensions["engine"]) as db:
        record = db.exec(select(ImportedRecord).where(ImportedRecord.resource_type == "service")
                         .order_by(ImportedRecord.source_id)).first()
        service = db.get(Service, record.resource_id)
        service.name, service.version = "Edited by the council", service.version + 1
        db.add(service)
        db.commit()
        source_id = record.source_id
    unchanged = _import(empty, _v1(10), "north")
    assert len(unchanged.conflicts) == 1 and source_id in unchanged.conflicts[0]
    changed = _v1(10)
    next(s for s in changed.services if s["id"] == source_id)["name"] = "Renamed at the source"
    summary = _import(empty, changed, "north")
    assert len(summary.conflicts) == 1 and "kept the local version" in summary.conflicts[0]
    with Session(empty.extensions["engine"]) as db:
        assert db.get(Service, record.resource_id).name == "Edited by the council"
    forced = _import(empty, changed, "north", overwrite=True)
    assert forced.updated["service"] == 1 and not forced.conflicts
    with Session(empty.extensions["engine"]) as db:
        assert db.get(Service, record.resource_id).name == "Renamed at the source"


def test_v3_feed_from_a_paged_api(empty, sqlite_app):
    """Read through this app's own API (a few services, two to a page), as from any ORUK v3 server."""
    client = sqlite_app.test_client()
    sqlite_app.config["API_RATELIMIT"] = "100000 per minute"
    ids = [s["id"] for s in client.get("/api/v3/services?per_page=5").get_json()["contents"]]
    requested = []

    def fetch(url):
        requested.append(url)
        path = url.removeprefix("https://council.example/api/v3")
        if path.startswith("/services?"):  # only the five, two to a page
            page = int(path.split("page=")[1].split("&")[0])
            contents = [{"id": i} for i in ids[(page - 1) * 2:page * 2]]
            return {"contents": contents, "total_pages": 3, "last_page": page == 3}
        return client.get(f"/api/v3{path}").get_json()

    services = feeds.fetch_v3("https://council.example/api/v3/", fetch)
    assert len(services) == 5 and sum("/services?" in u for u in requested) == 3
    summary = _import(empty, feeds.from_v3(services), "millbrook-api")
    assert summary.created["service"] == 5 and not summary.rejected and not summary.unmapped
    api = empty.test_client()
    for item in api.get("/api/v3/services").get_json()["contents"]:
        full = api.get(f"/api/v3/services/{item['id']}").get_json()
        validate("service", full)
        original = next(s for s in services if s["name"] == full["name"])
        key = lambda s: sorted(a["taxonomy_term"].get("term") for a in s["attributes"])  # noqa: E731
        assert key(full) == key(original)  # needs, kinds of support and provider type came through
    sqlite_app.config.pop("API_RATELIMIT")


def test_csv_template_rows_venues_and_rejections(empty):
    feed = feeds.from_csv((HERE / "services.csv").read_text(encoding="utf-8"))
    summary = _import(empty, feed, "council-sheet")
    assert summary.created["service"] == 2
    assert sorted(summary.rejected) == [
        "council-sheet: record S3: email: 'office@' is not an email address",
        "council-sheet: record S4: provider_type: 'spaceship' is not a kind of provider this app knows"]
    with Session(empty.extensions["engine"]) as db:
        play = db.exec(select(Service).where(Service.name == "Saturday sensory play")).one()
        venues = db.exec(select(ServiceAtLocation).where(ServiceAtLocation.service_id == play.id)).all()
        assert len(venues) == 2  # a second row with the same id adds a venue
        org = db.exec(select(Organization)).first()
        assert org.website == "https://riverside.example.org"
        drama = db.exec(select(Service).where(Service.name == "Teen drama club")).one()
        assert drama.provider_type == "leisure" and drama.self_referral


def test_the_published_template_imports_cleanly(empty):
    feed = feeds.from_csv((ROOT / "data" / "import" / "services-template.csv").read_text(encoding="utf-8"))
    summary = _import(empty, feed, "template")
    assert summary.created["service"] == 1 and not summary.rejected and not summary.unmapped


def test_csv_export_reimports_to_the_same_directory(empty, tmp_path):
    source = tmp_path / "small"
    shutil.copytree(DEMO_DATA, source, ignore=shutil.ignore_patterns("information", "*.py"))
    services = json.loads((source / "services.json").read_text())[:12]
    (source / "services.json").write_text(json.dumps(services))
    summary = _import(empty, feeds.from_app_files(source), "demo-files")
    assert summary.created["service"] == 12 and not summary.rejected
    out = io.StringIO()
    with Session(empty.extensions["engine"]) as db:
        live = db.exec(select(Service).where(oruk.published())).all()
        assert export.write_csv(db, out) == len(live)
        links = len(db.exec(select(ServiceAtLocation)).all())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["name"] for r in rows} == {s.name for s in live}
    again = _import(empty, feeds.from_csv(out.getvalue()), "csv-export")
    assert again.created["service"] == len(live) and not again.rejected
    with Session(empty.extensions["engine"]) as db:
        assert len(db.exec(select(ServiceAtLocation)).all()) == 2 * links


def test_oruk_export_is_valid_and_reimports(empty, sqlite_app):
    with Session(sqlite_app.extensions["engine"]) as db:
        document = oruk.export(db, {code: code for code in PROVIDER_TYPES})
    assert document["total_items"] == len(document["contents"]) > 200
    for service in document["contents"][:40]:
        validate("service", service)
    for org in document["organizations"]:
        validate("organization", org)
    part = {**document, "contents": document["contents"][:15]}
    summary = _import(empty, feeds.from_v3(feeds.v3_services(part)), "export")
    assert summary.created["service"] == 15 and not summary.rejected and not summary.unmapped


def test_taxonomy_map_names_only_known_codes():
    needs = {n["code"] for n in NEEDS}
    assert MAP.rows
    for term, row in MAP.rows.items():
        assert set(row["needs"]) <= needs, term
        assert set(row["support"]) <= set(SUPPORT_KINDS), term
        assert row["provider_type"] in PROVIDER_TYPES or not row["provider_type"], term


def test_import_command_reports_a_summary(empty, tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    for n, page in enumerate(v1_feed.pages(12, per_page=5), start=1):
        (folder / f"page-{n}.json").write_text(json.dumps(page))
    runner = empty.test_cli_runner()
    result = runner.invoke(args=["import-data", "oruk1", str(folder), "--source", "north", "--dry-run"])
    assert "Dry run, nothing changed: " in result.output and "11 created" not in result.output
    assert "0 rejected" not in result.output  # record 7 has no name
    result = runner.invoke(args=["import-data", "oruk1", str(folder), "--source", "north"])
    assert result.exit_code == 0, result.output
    assert "Rejected: north: record " in result.output and ": name: is missing" in result.output
    assert "Unmapped term:" in result.output or "unchanged" in result.output
    result = runner.invoke(args=["import-data", "oruk1", str(folder), "--source", "north"])
    assert ", 0 updated," in result.output and "0 created" in result.output
    out = tmp_path / "export.json"
    assert runner.invoke(args=["export-oruk", str(out)]).exit_code == 0
    assert json.loads(out.read_text())["total_items"] == 11


def test_a_record_repeated_in_a_feed_is_rejected_not_doubled(empty):
    feed = _v1(3)
    feed.services.append(dict(feed.services[0]))
    summary = _import(empty, feed, "north")
    assert summary.created["service"] == 3
    assert summary.rejected == [f"north: record {feed.services[0]['id']}: id: appears more than once "
                                "in the feed; the first was used"]


@pytest.fixture
def empty_pg():
    """An empty database on PostgreSQL, in a schema of its own."""
    import os

    from sqlalchemy import create_engine, text

    from databases import POSTGRES_URL
    from pwa.db import database_url

    schema = f"localoffer_import_{os.getpid()}"
    try:
        admin = create_engine(database_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # noqa: BLE001 (any connection failure means "not here")
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable: {error}")
    app = create_app({"DATABASE_URL": f"{POSTGRES_URL}?options=-csearch_path%3D{schema}", "TESTING": True})
    upgrade(app)
    yield app
    app.extensions["engine"].dispose()
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin.dispose()


def test_import_on_postgresql_is_idempotent_and_searchable(empty_pg):
    first = _import(empty_pg, _v1(20), "north")
    assert first.created["service"] == 20 - v1_feed.broken_count(20) and len(first.rejected) == 2
    again = _import(empty_pg, _v1(20), "north")
    assert sum(again.unchanged.values()) == sum(first.created.values()) and not again.updated
    with Session(empty_pg.extensions["engine"]) as db:
        assert search.search_services(db, search.Filters(q="youth")).total > 0


def test_v1_and_v3_locations_read_alike():
    """The two versions name a location's address list and accessibility notes differently."""
    v1 = _v1(5)
    assert v1.locations[0]["city"] and v1.locations[0]["accessibility"] == [
        {"description": "Step-free access", "details": None}]
    v3 = feeds.from_v3([{"id": "s1", "name": "A", "service_at_locations": [{"location": {
        "id": "l1", "name": "Hall", "addresses": [{"address_1": "1 Road", "city": "Town", "postal_code": "AB1 2CD"}],
        "accessibility": [{"description": "Hearing loop", "details": "At the desk"}, {"details": "no text"}]}}]}])
    assert v3.locations == [{"id": "l1", "name": "Hall", "description": None, "latitude": None, "longitude": None,
                             "address_1": "1 Road", "city": "Town", "postal_code": "AB1 2CD",
                             "accessibility": [{"description": "Hearing loop", "details": "At the desk"}]}]
    assert v3.services[0]["locations"] == ["l1"]


def test_an_import_writes_history_attributed_to_its_source(empty):
    """Each entry an import creates or changes gets a version, as an editor's save does,
    shown in its history as imported from the source; an unchanged record adds none."""
    from pages import PageHelper, sign_in_as
    from pwa.models.accounts import User
    from pwa.queries import editorial

    _import(empty, _v1(10), "north")
    with Session(empty.extensions["engine"]) as db:
        record = db.exec(select(ImportedRecord).where(ImportedRecord.resource_type == "service")
                         .order_by(ImportedRecord.source_id)).first()
        service_id, source_id = record.resource_id, record.source_id
        [first] = editorial.history(db, "service", service_id)
        assert (first.version.action, first.version.note, first.version.number) == ("import", "north", 1)
        assert first.data["name"] == db.get(Service, service_id).name
        organisation = db.get(Service, service_id).organization_id
        assert [v.version.action for v in editorial.history(db, "organization", organisation)] == ["import"]
    _import(empty, _v1(10), "north")  # nothing changed at the source
    changed = _v1(10)
    next(s for s in changed.services if s["id"] == source_id)["name"] = "Renamed at the source"
    _import(empty, changed, "north")
    with Session(empty.extensions["engine"]) as db:
        latest, earlier = editorial.history(db, "service", service_id)
        assert (latest.version.action, latest.version.number) == ("import", 2)
        assert ("name", earlier.data["name"], "Renamed at the source") in latest.changes
        editor = User(email="editor@north.example", name="Ed", role="editor")
        db.add(editor)
        db.commit()
        editor_id, slug = editor.id, db.get(Service, service_id).slug
    client = sign_in_as(empty.test_client(), editor_id)
    soup = PageHelper(client)(f"/admin/services/{slug}/history")
    lines = [p.get_text(" ", strip=True) for p in soup.select("main section > p:nth-of-type(1)")]
    assert len(lines) == 2 and all(line.endswith("imported from north.") for line in lines)
    assert [h.get_text(strip=True) for h in soup.select("main h2")] == \
        ["Version 2: Imported", "Version 1: Imported"]


def test_imported_venues_are_found_by_a_distance_search(empty):
    """An import writes venues and their links, so it rebuilds the points a distance
    search reads: each imported service is within reach of its own venue."""
    from pwa.models import Location
    from pwa.queries.postcodes import Place
    from pwa.queries.search import Filters, search_services

    _import(empty, _v1(10), "north")
    with Session(empty.extensions["engine"]) as db:
        services = db.exec(select(Service)).all()
        assert services and all(s.has_venue for s in services)
        venue = db.exec(select(Location).order_by(Location.slug)).first()
        here = Place("here", venue.latitude, venue.longitude)
        linked = set(db.exec(select(ServiceAtLocation.service_id).where(
            ServiceAtLocation.location_id == venue.id)).all())
        found = search_services(db, Filters(near=here, miles=0.05))
        assert {s.id for s, _ in found.services} == linked
        assert all(found.distances[s.id] < 0.001 for s, _ in found.services)
