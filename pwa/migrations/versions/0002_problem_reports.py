"""problem reports: accessibility problems reported through the statement's form

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('problemreport',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('page', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('problemreport', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problemreport_created'), ['created'], unique=False)


def downgrade():
    with op.batch_alter_table('problemreport', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problemreport_created'))

    op.drop_table('problemreport')
