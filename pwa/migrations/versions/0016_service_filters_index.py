"""A search's filters and name, asked of one service by id, from an index alone: counting
the matches of a word with a kind and the area, or sorting a few substring matches by
name, reads no service row.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_service_filters", "service", [
        "id", "name", "status", "archived_at", "in_area", "minimum_age", "maximum_age",
        "ehc_plan_required"])


def downgrade():
    op.drop_index("ix_service_filters", "service")
