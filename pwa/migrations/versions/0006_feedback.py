"""comments and "You said, we did"; "Have your say" consultations

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade():
    op.create_table(
        'feedbacktheme',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('name', _TEXT(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
    )
    op.create_table(
        'feedback',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('received', _WHEN(), nullable=False),
        sa.Column('page', _TEXT(), nullable=False),
        sa.Column('category', _TEXT(), nullable=False),
        sa.Column('comment', _TEXT(), nullable=False),
        sa.Column('name', _TEXT(), nullable=False),
        sa.Column('email', _TEXT(), nullable=False),
        sa.Column('phone', _TEXT(), nullable=False),
        sa.Column('locale', _TEXT(), nullable=False),
        sa.Column('state', _TEXT(), nullable=False),
        sa.Column('theme_id', _TEXT(), nullable=True),
        sa.Column('exclusion_reason', _TEXT(), nullable=True),
        sa.Column('exclusion_note', _TEXT(), nullable=False),
        sa.Column('complaints_pointer_sent', _WHEN(), nullable=True),
        sa.Column('published_text', _TEXT(), nullable=False),
        sa.Column('response', _TEXT(), nullable=False),
        sa.Column('action', _TEXT(), nullable=False),
        sa.Column('action_status', _TEXT(), nullable=True),
        sa.Column('moderated_by', _TEXT(), nullable=True),
        sa.Column('moderated', _WHEN(), nullable=True),
        sa.Column('published', _WHEN(), nullable=True),
        sa.ForeignKeyConstraint(['theme_id'], ['feedbacktheme.id']),
        sa.ForeignKeyConstraint(['moderated_by'], ['user.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    for column in ('published', 'received', 'state', 'theme_id'):
        op.create_index(f'ix_feedback_{column}', 'feedback', [column], unique=False)
    op.create_table(
        'consultation',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('slug', _TEXT(), nullable=False),
        sa.Column('title', _TEXT(), nullable=False),
        sa.Column('about', _TEXT(), nullable=False),
        sa.Column('questions', _TEXT(), nullable=False),
        sa.Column('accessible_formats', _TEXT(), nullable=False),
        sa.Column('opened', sa.Date(), nullable=False),
        sa.Column('closes_on', sa.Date(), nullable=False),
        sa.Column('results', _TEXT(), nullable=False),
        sa.Column('response', _TEXT(), nullable=False),
        sa.Column('results_published', _WHEN(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_consultation_closes_on', 'consultation', ['closes_on'], unique=False)
    op.create_index('ix_consultation_slug', 'consultation', ['slug'], unique=True)
    op.create_table(
        'consultationresponse',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('consultation_id', _TEXT(), nullable=False),
        sa.Column('received', _WHEN(), nullable=False),
        sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_consultationresponse_consultation_id', 'consultationresponse',
                    ['consultation_id'], unique=False)
    op.create_table(
        'consultationanswer',
        sa.Column('id', _TEXT(), nullable=False),
        sa.Column('response_id', _TEXT(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('question', _TEXT(), nullable=False),
        sa.Column('answer', _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(['response_id'], ['consultationresponse.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_consultationanswer_response_id', 'consultationanswer',
                    ['response_id'], unique=False)


def downgrade():
    op.drop_index('ix_consultationanswer_response_id', table_name='consultationanswer')
    op.drop_table('consultationanswer')
    op.drop_index('ix_consultationresponse_consultation_id', table_name='consultationresponse')
    op.drop_table('consultationresponse')
    op.drop_index('ix_consultation_slug', table_name='consultation')
    op.drop_index('ix_consultation_closes_on', table_name='consultation')
    op.drop_table('consultation')
    for column in ('theme_id', 'state', 'received', 'published'):
        op.drop_index(f'ix_feedback_{column}', table_name='feedback')
    op.drop_table('feedback')
    op.drop_table('feedbacktheme')
