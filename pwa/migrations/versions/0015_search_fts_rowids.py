"""SQLite's full-text tables keep each servicesearch row's rowid, so a match is joined
back by rowid (reading an FTS5 row's service_id column loads its whole text).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

MIRRORS = [("service_fts", "service_id, name, body", "service_id, name, body"),
           ("service_fts_trigram", "service_id, text", "service_id, name || ' ' || body")]


def _rebuild(with_rowid: bool):
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns, values in MIRRORS:
        rowid = "rowid, " if with_rowid else ""
        op.execute(f"DELETE FROM {table}")
        op.execute(f"INSERT INTO {table} ({rowid}{columns}) SELECT {rowid}{values} FROM servicesearch")


def upgrade():
    _rebuild(True)


def downgrade():
    _rebuild(False)
