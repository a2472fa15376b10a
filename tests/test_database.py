"""The schema comes from migrations, identical to the models, on both engines; the
loader can run again without duplicating anything."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select
from sqlmodel import SQLModel

from pwa.cli import DEMO_DATA
from pwa.db import in_models
from pwa.models import Attribute, Phone, Service
from pwa.queries import loader


def test_migrations_match_the_models(db_app):
    with db_app.extensions["engine"].connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": in_models})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == [], f"models and migrations differ: write a migration: {diff}"


def test_loading_twice_changes_nothing(session, demo_services):
    def counts():
        return [session.scalar(select(func.count()).select_from(m)) for m in (Service, Attribute, Phone)]
    before = counts()
    assert before[0] == len(demo_services)
    loader.load(session, DEMO_DATA)
    assert counts() == before
