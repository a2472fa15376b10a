"""easy read: each service's easy read text and pictograms

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade():
    op.create_table(
        'serviceeasyread',
        sa.Column('service_id', _TEXT(), nullable=False),
        *[sa.Column(name, _TEXT(), nullable=False)
          for topic in ('what', 'who', 'how', 'cost') for name in (topic, f'{topic}_picture')],
        sa.Column('last_modified', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['service_id'], ['service.id']),
        sa.PrimaryKeyConstraint('service_id'),
    )


def downgrade():
    op.drop_table('serviceeasyread')
