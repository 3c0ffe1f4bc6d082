"""mark chain: every mark entered, changed or cleared, in a hash chain per event; one mark
per judge and cell

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

0006 and 0007 shipped together, so no database holds marks from before the chain.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mark_chain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('aspect_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=True),
    sa.Column('value_centi', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_mark_chain_event_id_competition_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mark_chain')),
    sa.UniqueConstraint('event_id', 'seq', name=op.f('uq_mark_chain_event_id'))
    )
    with op.batch_alter_table('competition_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_head', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('chain_length', sa.Integer(), server_default='0', nullable=False))
    # One mark per judge and cell (a measurement's judge is empty and is not covered).
    op.create_index('uq_score_marks_judge_cell', 'score_marks', ['contestant_id', 'aspect_id', 'judge_id'],
                    unique=True, sqlite_where=sa.text('judge_id IS NOT NULL'),
                    postgresql_where=sa.text('judge_id IS NOT NULL'))



def downgrade() -> None:
    op.drop_index('uq_score_marks_judge_cell', table_name='score_marks')
    with op.batch_alter_table('competition_events', schema=None) as batch_op:
        batch_op.drop_column('chain_length')
        batch_op.drop_column('chain_head')

    op.drop_table('mark_chain')
