"""judging at the venue

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

Event panels with a chief judge, one score sheet per judge and contestant (excluded when the
judge's employer or team is the contestant's), paper sheets typed twice, the chief judge's lock
and decryption, appeals with the marks their rulings change, and every published version of
the results kept whole.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('event_judges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('is_chief', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_event_judges_event_id_competition_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['judge_id'], ['judges.id'], name=op.f('fk_event_judges_judge_id_judges'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_judges')),
    sa.UniqueConstraint('event_id', 'judge_id', name=op.f('uq_event_judges_event_id'))
    )
    with op.batch_alter_table('event_judges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_judges_judge_id'), ['judge_id'], unique=False)

    op.create_table('appeals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('lodged_by', sa.String(length=100), nullable=False),
    sa.Column('lodged_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('ruling', sa.Text(), nullable=False),
    sa.Column('ruled_at', sa.DateTime(), nullable=True),
    sa.Column('ruled_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint("state IN ('lodged', 'upheld', 'dismissed')", name=op.f('ck_appeals_state')),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestants.id'], name=op.f('fk_appeals_contestant_id_contestants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_appeals_event_id_competition_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appeals'))
    )
    with op.batch_alter_table('appeals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appeals_event_id'), ['event_id'], unique=False)

    op.create_table('score_sheets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('mode', sa.String(length=6), nullable=False),
    sa.Column('excluded_reason', sa.String(length=10), nullable=True),
    sa.Column('return_reason', sa.Text(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.CheckConstraint("mode IN ('screen', 'paper')", name=op.f('ck_score_sheets_mode')),
    sa.CheckConstraint("state IN ('excluded', 'not_started', 'draft', 'submitted', 'returned')", name=op.f('ck_score_sheets_state')),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestants.id'], name=op.f('fk_score_sheets_contestant_id_contestants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_score_sheets_event_id_competition_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['judge_id'], ['judges.id'], name=op.f('fk_score_sheets_judge_id_judges'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score_sheets')),
    sa.UniqueConstraint('event_id', 'judge_id', 'contestant_id', name=op.f('uq_score_sheets_event_id'))
    )
    with op.batch_alter_table('score_sheets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_sheets_contestant_id'), ['contestant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_score_sheets_judge_id'), ['judge_id'], unique=False)

    op.create_table('appeal_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appeal_id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('aspect_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=True),
    sa.Column('before_centi', sa.Integer(), nullable=True),
    sa.Column('after_centi', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['appeal_id'], ['appeals.id'], name=op.f('fk_appeal_changes_appeal_id_appeals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['aspect_id'], ['scheme_aspects.id'], name=op.f('fk_appeal_changes_aspect_id_scheme_aspects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestants.id'], name=op.f('fk_appeal_changes_contestant_id_contestants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['judge_id'], ['judges.id'], name=op.f('fk_appeal_changes_judge_id_judges')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appeal_changes'))
    )
    with op.batch_alter_table('appeal_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appeal_changes_appeal_id'), ['appeal_id'], unique=False)

    op.create_table('paper_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('aspect_id', sa.Integer(), nullable=False),
    sa.Column('value_centi', sa.Integer(), nullable=True),
    sa.Column('entered_by', sa.Integer(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('round IN (1, 2)', name=op.f('ck_paper_entries_round')),
    sa.ForeignKeyConstraint(['aspect_id'], ['scheme_aspects.id'], name=op.f('fk_paper_entries_aspect_id_scheme_aspects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entered_by'], ['users.id'], name=op.f('fk_paper_entries_entered_by_users')),
    sa.ForeignKeyConstraint(['sheet_id'], ['score_sheets.id'], name=op.f('fk_paper_entries_sheet_id_score_sheets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paper_entries')),
    sa.UniqueConstraint('sheet_id', 'round', 'aspect_id', name=op.f('uq_paper_entries_sheet_id'))
    )
    op.create_table('result_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('published_by', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('appeal_id', sa.Integer(), nullable=True),
    sa.Column('chain_head', sa.String(length=64), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['appeal_id'], ['appeals.id'], name=op.f('fk_result_versions_appeal_id_appeals')),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_result_versions_event_id_competition_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result_versions')),
    sa.UniqueConstraint('event_id', 'version', name=op.f('uq_result_versions_event_id'))
    )
    with op.batch_alter_table('competition_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('locked_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('locked_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('decrypted_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('appeal_hours', sa.Integer(), server_default='2', nullable=False))
        batch_op.add_column(sa.Column('result_version', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('judges', schema=None) as batch_op:
        batch_op.add_column(sa.Column('employer_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('team_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_judges_employer_id_employers'), 'employers', ['employer_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_judges_team_id_teams'), 'teams', ['team_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('judges', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_judges_team_id_teams'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_judges_employer_id_employers'), type_='foreignkey')
        batch_op.drop_column('team_id')
        batch_op.drop_column('employer_id')

    with op.batch_alter_table('competition_events', schema=None) as batch_op:
        batch_op.drop_column('result_version')
        batch_op.drop_column('appeal_hours')
        batch_op.drop_column('decrypted_at')
        batch_op.drop_column('locked_by')
        batch_op.drop_column('locked_at')

    op.drop_table('result_versions')
    op.drop_table('paper_entries')
    with op.batch_alter_table('appeal_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appeal_changes_appeal_id'))

    op.drop_table('appeal_changes')
    with op.batch_alter_table('score_sheets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_sheets_judge_id'))
        batch_op.drop_index(batch_op.f('ix_score_sheets_contestant_id'))

    op.drop_table('score_sheets')
    with op.batch_alter_table('appeals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appeals_event_id'))

    op.drop_table('appeals')
    with op.batch_alter_table('event_judges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_judges_judge_id'))

    op.drop_table('event_judges')
