"""Running for real: start-up checks, trusted hosts, the proxy, HSTS, the health check,
the request log, the SQLite file, and backup and restore on both engines."""
import logging
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session, select

from pwa import ROOT, create_app
from pwa.cli import upgrade
from pwa.db import database_url
from pwa.models import Organization
from pwa.ops.startup import StartupError

from databases import POSTGRES_URL

GOOD = {"SECRET_KEY": "k" * 64, "PUBLIC_URL": "https://localoffer.millbrook.example",
        "TRUSTED_HOSTS": "localoffer.millbrook.example"}


@pytest.fixture(scope="module")
def made_db(tmp_path_factory):
    """An empty, migrated SQLite file (no demo data: these tests need none)."""
    path = tmp_path_factory.mktemp("prod") / "made.db"
    app = create_app({"DATABASE_URL": f"sqlite:///{path}", "TESTING": True})
    upgrade(app)
    app.extensions["engine"].dispose()
    return path


def _app(path, **config):
    return create_app({"DATABASE_URL": f"sqlite:///{path}", "TESTING": True, **config})


def test_production_refuses_to_start_without_its_settings(made_db):
    with pytest.raises(StartupError) as stopped:
        _app(made_db, PRODUCTION=True)
    message = str(stopped.value)
    for setting in ("LOCAL_OFFER_SECRET_KEY", "LOCAL_OFFER_PUBLIC_URL", "LOCAL_OFFER_TRUSTED_HOSTS"):
        assert setting in message
    assert "does not exist" not in message  # the database is fine


def test_production_starts_with_its_settings(made_db):
    app = _app(made_db, PRODUCTION=True, **GOOD)
    assert app.config["TRUSTED_HOSTS"] == ["localoffer.millbrook.example"]


def test_production_wants_the_public_host_trusted(made_db):
    with pytest.raises(StartupError, match="does not include localoffer.millbrook.example"):
        _app(made_db, PRODUCTION=True, **{**GOOD, "TRUSTED_HOSTS": "other.example"})


def test_production_names_a_missing_database(tmp_path):
    missing = tmp_path / "nowhere.db"
    with pytest.raises(StartupError, match="nowhere.db does not exist.*init-db"):
        _app(missing, PRODUCTION=True, **GOOD)
    assert not missing.exists()


def test_a_missing_sqlite_file_is_never_created_by_a_request(tmp_path):
    missing = tmp_path / "gone.db"
    # as served: a page that needs the database answers 500, it does not raise here
    client = _app(missing, PROPAGATE_EXCEPTIONS=False).test_client()
    assert client.get("/healthz").status_code == 503
    assert client.get("/").status_code == 500
    assert not missing.exists(), "an empty database would fail every page with 'no such table'"


def test_wal_is_set_once_when_the_database_is_made(made_db):
    with sqlite3.connect(made_db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


READ_ONLY_CHECK = """
import sys
from pathlib import Path
from pwa import create_app
from pwa.db import sqlite_problem
path = Path(sys.argv[1])
app = create_app({"DATABASE_URL": f"sqlite:///{path}", "TESTING": True})
print(app.test_client().get("/healthz").status_code)
print(sqlite_problem(path))
"""


def test_a_read_only_database_serves_pages_and_fails_start_up_clearly(made_db, tmp_path):
    """Pages can still be read from a read-only file (no pragma written per connection),
    and the production start-up check says what is wrong."""
    path = tmp_path / "readonly.db"
    shutil.copy(made_db, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # as a restored or copied file may be
    path.chmod(0o444)
    command = [sys.executable, "-c", READ_ONLY_CHECK, str(path)]
    if os.geteuid() == 0:  # root writes anything: drop the capability that lets it
        command = ["setpriv", "--inh-caps=-all", "--bounding-set=-all", *command]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    status, problem = result.stdout.strip().splitlines()[-2:]
    assert status == "200", result.stderr
    assert "cannot be written" in problem and "write access" in problem


def test_an_untrusted_host_is_refused(made_db):
    client = _app(made_db, TRUSTED_HOSTS="localoffer.millbrook.example").test_client()
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400
    response = client.get("/pl/", headers={"Host": "evil.example"})
    assert response.status_code == 400 and b"evil.example" not in response.data
    good = client.get("/", headers={"Host": "localoffer.millbrook.example"}).get_data(as_text=True)
    assert 'hreflang="pl" href="http://localoffer.millbrook.example/pl/' in good


def test_behind_the_proxy_https_gets_hsts(made_db):
    client = _app(made_db, PROXY_COUNT=1).test_client()
    plain = client.get("/healthz")
    assert "Strict-Transport-Security" not in plain.headers
    secure = client.get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_without_a_proxy_forwarded_headers_are_ignored(made_db):
    client = _app(made_db).test_client()
    response = client.get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in response.headers


def test_health_check(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_data(as_text=True) == "ok\n"
    assert response.headers["Cache-Control"] == "no-store"


def test_one_log_line_per_request_without_personal_data(client, caplog):
    caplog.set_level(logging.INFO, logger="localoffer.requests")
    client.get("/services?q=Jane+Smith+07700900123", headers={"X-Forwarded-For": "203.0.113.9"})
    lines = [r.getMessage() for r in caplog.records if r.name == "localoffer.requests"]
    assert len(lines) == 1
    method, route, status, ms, size = lines[0].split()
    assert (method, route, status) == ("GET", "/services", "200")
    assert ms.endswith("ms") and size.endswith("B")
    assert "Jane" not in lines[0] and "0770" not in lines[0] and "127.0.0.1" not in lines[0]


def test_log_lines_show_the_route_not_the_address(client, caplog):
    caplog.set_level(logging.INFO, logger="localoffer.requests")
    client.get("/reset-password/a-secret-token-value")
    line = [r.getMessage() for r in caplog.records if r.name == "localoffer.requests"][0]
    assert "a-secret-token-value" not in line


# --- backup and restore ---------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_app(request, tmp_path):
    """An empty, migrated database of each engine, all its own."""
    if request.param == "sqlite":
        app = _app(tmp_path / "live.db")
        upgrade(app)
        yield app
        app.extensions["engine"].dispose()
        return
    schema = f"localoffer_backup_{os.getpid()}"
    admin = create_engine(database_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # noqa: BLE001
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable: {error}")
    app = create_app({"DATABASE_URL": f"{POSTGRES_URL}?options=-csearch_path%3D{schema}",
                      "TESTING": True})
    upgrade(app)
    yield app
    app.extensions["engine"].dispose()
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin.dispose()


def _names(app):
    with Session(app.extensions["engine"]) as s:
        return sorted(s.exec(select(Organization.name)).all())


def _add(app, *names):
    with Session(app.extensions["engine"]) as s:
        for name in names:
            s.add(Organization(slug=name.lower().replace(" ", "-"), name=name))
        s.commit()


def test_backup_while_running_then_restore(fresh_app, tmp_path):
    _add(fresh_app, "Kept Trust")
    runner = fresh_app.test_cli_runner()
    backup_file = tmp_path / "backups" / "localoffer.backup"
    with Session(fresh_app.extensions["engine"]) as busy:  # the app is mid-request
        busy.exec(select(Organization)).all()
        result = runner.invoke(args=["backup-db", str(backup_file)])
    assert result.exit_code == 0, result.output
    assert backup_file.stat().st_size > 0

    _add(fresh_app, "Added Later")
    assert _names(fresh_app) == ["Added Later", "Kept Trust"]
    result = runner.invoke(args=["restore-db", "--yes", str(backup_file)])
    assert result.exit_code == 0, result.output
    assert _names(fresh_app) == ["Kept Trust"]
    _add(fresh_app, "After Restore")  # the restored database takes writes
    assert fresh_app.test_client().get("/healthz").status_code == 200


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    app = _app(tmp_path / "live.db")
    upgrade(app)
    _add(app, "Still Here")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    result = app.test_cli_runner().invoke(args=["restore-db", "--yes", str(junk)])
    assert result.exit_code != 0 and "not a Local Offer" in result.output
    assert _names(app) == ["Still Here"]
