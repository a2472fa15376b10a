"""Sources for information pages and jargon terms, and the facts table.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('fact',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('meaning', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('local', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fact_key'), ['key'], unique=True)
    with op.batch_alter_table('informationpage', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
    with op.batch_alter_table('jargonterm', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('jargonterm', schema=None) as batch_op:
        batch_op.drop_column('sources')
    with op.batch_alter_table('informationpage', schema=None) as batch_op:
        batch_op.drop_column('sources')
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fact_key'))
    op.drop_table('fact')
