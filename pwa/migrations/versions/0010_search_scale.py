"""Search at national scale: indexes for the listing, the need, kind and cost filters,
and for substring matches (PostgreSQL pg_trgm; SQLite an FTS5 trigram table).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_service_listing", "service", ["name", "status", "archived_at", "id"])
    op.create_index("ix_attribute_term_link", "attribute", ["taxonomy_term_id", "link_id"])
    op.create_index("ix_costoption_amount_service", "costoption", ["amount", "service_id"])
    if op.get_bind().dialect.name == "postgresql":
        # In public, not the app's schema: dropping a schema must not take the
        # extension (and every other schema's trigram index) with it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        schema = op.get_bind().scalar(sa.text(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"))
        # the expression pwa/queries/search.py matches substrings in, exactly
        op.execute("CREATE INDEX ix_servicesearch_trigram ON servicesearch "
                   f"USING GIN (lower(name || ' ' || body) {schema}.gin_trgm_ops)")
    else:
        op.execute("CREATE VIRTUAL TABLE service_fts_trigram USING fts5("
                   "service_id UNINDEXED, text, tokenize = 'trigram')")
        op.execute("INSERT INTO service_fts_trigram (service_id, text) "
                   "SELECT service_id, name || ' ' || body FROM servicesearch")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_servicesearch_trigram")
    else:
        op.execute("DROP TABLE service_fts_trigram")
    op.drop_index("ix_costoption_amount_service", "costoption")
    op.drop_index("ix_attribute_term_link", "attribute")
    op.drop_index("ix_service_listing", "service")
