"""Postcode centroids, and an index for finding venues within a box.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('postcode',
    sa.Column('postcode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('postcode')
    )
    with op.batch_alter_table('postcode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postcode_outcode'), ['outcode'], unique=False)
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index('ix_location_latitude_longitude', ['latitude', 'longitude'], unique=False)


def downgrade():
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.drop_index('ix_location_latitude_longitude')
    with op.batch_alter_table('postcode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postcode_outcode'))
    op.drop_table('postcode')
