"""Each service's venues as points, and whether it has a venue at all, so a distance
search reads one index box and finds the services available anywhere by an index.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('serviceplace',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('serviceplace', schema=None) as batch_op:
        batch_op.create_index('ix_serviceplace_point', ['latitude', 'longitude', 'service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_serviceplace_service_id'), ['service_id'], unique=False)
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('has_venue', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index('ix_service_venue_listing', ['has_venue', 'name', 'status', 'archived_at', 'id'], unique=False)
    # the points and flags of the services already there
    op.execute("INSERT INTO serviceplace (service_id, latitude, longitude) "
               "SELECT serviceatlocation.service_id, location.latitude, location.longitude "
               "FROM serviceatlocation JOIN location ON location.id = serviceatlocation.location_id "
               "WHERE location.latitude IS NOT NULL AND location.longitude IS NOT NULL")
    op.execute("UPDATE service SET has_venue = EXISTS (SELECT 1 FROM serviceatlocation "
               "WHERE serviceatlocation.service_id = service.id)")


def downgrade():
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index('ix_service_venue_listing')
        batch_op.drop_column('has_venue')
    with op.batch_alter_table('serviceplace', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_serviceplace_service_id'))
        batch_op.drop_index('ix_serviceplace_point')
    op.drop_table('serviceplace')
