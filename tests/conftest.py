"""Fast tests, no browser: the app on SQLite (and PostgreSQL for the query tests),
loaded once per run with the demo Local Offer."""
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session

from pwa import create_app
from pwa.cli import DEMO_DATA, upgrade
from pwa.db import database_url
from pwa.queries import loader

from pages import PageHelper

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
# one schema per test process, so runs side by side never share tables
PG_SCHEMA = f"localoffer_pytest_{os.getpid()}"


def _loaded_app(url):
    app = create_app({"DATABASE_URL": url, "TESTING": True})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA)
    return app


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    """The app on a fresh SQLite file holding the demo Local Offer."""
    app = _loaded_app(f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}")
    yield app
    app.extensions["engine"].dispose()


def _postgres_app():
    """The same app on the machine's PostgreSQL, in a schema of its own."""
    try:
        admin = create_engine(database_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
        admin.dispose()
    except Exception as error:  # noqa: BLE001 (any connection failure means "not here")
        if os.environ.get("CI"):
            raise  # CI has PostgreSQL: its absence is a failure, never a skip
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_URL}: {error}")
    return _loaded_app(f"{POSTGRES_URL}?options=-csearch_path%3D{PG_SCHEMA}")


@pytest.fixture(scope="session")
def pg_app():
    app = _postgres_app()
    yield app
    app.extensions["engine"].dispose()
    admin = create_engine(database_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_app(request):
    """Each query test runs on both engines: same code, chosen by DATABASE_URL."""
    return request.getfixturevalue("app" if request.param == "sqlite" else "pg_app")


@pytest.fixture
def session(db_app):
    with Session(db_app.extensions["engine"]) as s:
        yield s


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def page(client):
    """Fetch a full page and check the invariants every page must keep."""
    return PageHelper(client)


@pytest.fixture(scope="session")
def demo_services():
    return json.loads((Path(DEMO_DATA) / "services.json").read_text(encoding="utf-8"))
