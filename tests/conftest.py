"""Fast tests, no browser: the app on SQLite (and PostgreSQL for the query tests),
loaded once per run with the demo Local Offer."""
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session

from pwa.cli import DEMO_DATA
from pwa.db import database_url

from databases import POSTGRES_URL, loaded_app as _loaded_app
from pages import PASSWORD, PageHelper, sign_in_as

# one schema per test process, so runs side by side never share tables
PG_SCHEMA = f"localoffer_pytest_{os.getpid()}"


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


@pytest.fixture(scope="session")
def sqlite_app(tmp_path_factory):
    """Its own copy of the demo, which page tests that save things never touch."""
    app = _loaded_app(f"sqlite:///{tmp_path_factory.mktemp('db') / 'queries.db'}")
    yield app
    app.extensions["engine"].dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_app(request):
    """Each query test runs on both engines: same code, chosen by DATABASE_URL."""
    return request.getfixturevalue("sqlite_app" if request.param == "sqlite" else "pg_app")


@pytest.fixture
def session(db_app):
    with Session(db_app.extensions["engine"]) as s:
        yield s


@pytest.fixture
def db(app):
    """A session on the shared demo database, for checking what a request stored."""
    with Session(app.extensions["engine"]) as s:
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



@pytest.fixture(scope="session")
def users(app):
    """One account per role, plus a provider of another organisation."""
    from sqlmodel import select

    from pwa.models import Organization, Service
    from pwa.models.accounts import User
    from pwa.queries.accounts import set_password

    with Session(app.extensions["engine"]) as db:
        first = db.exec(select(Service).order_by(Service.slug)).first()
        first_slug, first_org = first.slug, first.organization_id
        other = db.exec(select(Organization).where(
            Organization.id != first_org).order_by(Organization.slug)).first()
        made = {}
        for key, role, org in (("admin", "admin", None), ("editor", "editor", None),
                               ("provider", "provider", first_org),
                               ("other_provider", "provider", other.id)):
            user = User(email=f"{key}@millbrook.example", name=key.replace("_", " ").title(),
                        role=role, organization_id=org)
            set_password(user, PASSWORD)
            db.add(user)
            made[key] = user
        db.commit()
        for user in made.values():
            db.refresh(user)
            db.expunge(user)
    made["provider_service"] = first_slug
    return made


@pytest.fixture
def login(client, users):
    """Sign a test client in as one of the `users`, without the form."""
    def as_(key):
        user = users[key]
        return sign_in_as(client, user.id)
    return as_
