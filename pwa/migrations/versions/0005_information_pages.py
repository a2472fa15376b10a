"""information pages, their easy read points, and the jargon buster

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade():
    op.create_table(
        'informationpage',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('slug', _TEXT(), nullable=False),
        sa.Column('title', _TEXT(), nullable=False),
        sa.Column('summary', _TEXT(), nullable=False),
        sa.Column('life_stage', _TEXT(), nullable=False),
        sa.Column('topic', _TEXT(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('body', _TEXT(), nullable=False),
        sa.Column('owner', _TEXT(), nullable=False),
        sa.Column('reviewed_date', sa.Date(), nullable=True),
        sa.Column('next_review_date', sa.Date(), nullable=True),
        sa.Column('last_modified', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    for column in ('archived_at', 'life_stage', 'next_review_date', 'topic'):
        op.create_index(f'ix_informationpage_{column}', 'informationpage', [column], unique=False)
    op.create_index('ix_informationpage_slug', 'informationpage', ['slug'], unique=True)
    op.create_table(
        'informationeasyread',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('page_id', _TEXT(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('text', _TEXT(), nullable=False),
        sa.Column('picture', _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(['page_id'], ['informationpage.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_informationeasyread_page_id', 'informationeasyread', ['page_id'], unique=False)
    op.create_table(
        'jargonterm',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('slug', _TEXT(), nullable=False),
        sa.Column('term', _TEXT(), nullable=False),
        sa.Column('aliases', _TEXT(), nullable=False),
        sa.Column('plain', _TEXT(), nullable=False),
        sa.Column('easy_read', _TEXT(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_jargonterm_slug', 'jargonterm', ['slug'], unique=True)


def downgrade():
    op.drop_index('ix_jargonterm_slug', table_name='jargonterm')
    op.drop_table('jargonterm')
    op.drop_index('ix_informationeasyread_page_id', table_name='informationeasyread')
    op.drop_table('informationeasyread')
    for column in ('slug', 'topic', 'next_review_date', 'life_stage', 'archived_at'):
        op.drop_index(f'ix_informationpage_{column}', table_name='informationpage')
    op.drop_table('informationpage')
