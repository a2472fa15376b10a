"""Whether a fact's source has been checked against the official text.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_verified', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade():
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.drop_column('source_verified')
