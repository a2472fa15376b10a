"""Where imported entries came from (the Open Referral importers).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('importedrecord',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resource_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resource_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('local_version', sa.Integer(), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'resource_type', 'source_id')
    )
    with op.batch_alter_table('importedrecord', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_importedrecord_resource_id'), ['resource_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_importedrecord_source'), ['source'], unique=False)


def downgrade():
    with op.batch_alter_table('importedrecord', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_importedrecord_source'))
        batch_op.drop_index(batch_op.f('ix_importedrecord_resource_id'))
    op.drop_table('importedrecord')
