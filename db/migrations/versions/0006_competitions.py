"""competitions: stages, teams, judges, events, marking schemes, contestants and marks

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Weights and prize shares are integers in ten-thousandths, marks and maxima in hundredths, so
the scoring rules work on exact values on SQLite and PostgreSQL alike.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('competitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("level IN ('enterprise', 'county', 'city', 'province')", name=op.f('ck_competitions_level')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitions'))
    )
    with op.batch_alter_table('competitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competitions_year'), ['year'], unique=False)

    op.create_table('competition_stages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competition_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('advance_top', sa.Integer(), nullable=True),
    sa.Column('advance_min_centi', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('selection', 'preliminary', 'final')", name=op.f('ck_competition_stages_kind')),
    sa.ForeignKeyConstraint(['competition_id'], ['competitions.id'], name=op.f('fk_competition_stages_competition_id_competitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_stages')),
    sa.UniqueConstraint('competition_id', 'kind', name=op.f('uq_competition_stages_competition_id'))
    )
    op.create_table('judges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competition_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('is_chief', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.ForeignKeyConstraint(['competition_id'], ['competitions.id'], name=op.f('fk_judges_competition_id_competitions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_judges_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judges')),
    sa.UniqueConstraint('competition_id', 'label', name=op.f('uq_judges_competition_id'))
    )
    op.create_table('teams',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competition_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('leader', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['competition_id'], ['competitions.id'], name=op.f('fk_teams_competition_id_competitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams')),
    sa.UniqueConstraint('competition_id', 'name', name=op.f('uq_teams_competition_id'))
    )
    op.create_table('competition_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('occupation', sa.String(length=100), nullable=False),
    sa.Column('preset', sa.String(length=12), nullable=False),
    sa.Column('drop_k', sa.Integer(), nullable=False),
    sa.Column('weight_theory', sa.Integer(), nullable=False),
    sa.Column('weight_practical', sa.Integer(), nullable=False),
    sa.Column('prize_1', sa.Integer(), nullable=False),
    sa.Column('prize_2', sa.Integer(), nullable=False),
    sa.Column('prize_3', sa.Integer(), nullable=False),
    sa.Column('min_total_centi', sa.Integer(), nullable=True),
    sa.Column('max_per_team', sa.Integer(), nullable=True),
    sa.Column('team_best', sa.Integer(), nullable=False),
    sa.Column('draw_seed', sa.String(length=64), nullable=True),
    sa.Column('drawn_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("preset IN ('china', 'worldskills')", name=op.f('ck_competition_events_preset')),
    sa.CheckConstraint("status IN ('setup', 'drawn', 'marking', 'published')", name=op.f('ck_competition_events_status')),
    sa.CheckConstraint('drop_k >= 0', name=op.f('ck_competition_events_drop_k')),
    sa.ForeignKeyConstraint(['stage_id'], ['competition_stages.id'], name=op.f('fk_competition_events_stage_id_competition_stages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_events'))
    )
    with op.batch_alter_table('competition_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_events_stage_id'), ['stage_id'], unique=False)

    op.create_table('scheme_aspects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('section', sa.String(length=10), nullable=False),
    sa.Column('criterion', sa.String(length=200), nullable=False),
    sa.Column('sub_criterion', sa.String(length=200), nullable=False),
    sa.Column('aspect', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('max_centi', sa.Integer(), nullable=False),
    sa.Column('step_centi', sa.Integer(), nullable=False),
    sa.Column('levels', sa.JSON(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('M', 'J')", name=op.f('ck_scheme_aspects_kind')),
    sa.CheckConstraint("section IN ('theory', 'practical')", name=op.f('ck_scheme_aspects_section')),
    sa.CheckConstraint('max_centi > 0 AND step_centi > 0', name=op.f('ck_scheme_aspects_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_scheme_aspects_event_id_competition_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scheme_aspects')),
    sa.UniqueConstraint('event_id', 'code', name=op.f('uq_scheme_aspects_event_id'))
    )
    op.create_table('contestants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('entry_number', sa.Integer(), nullable=False),
    sa.Column('drawn_number', sa.String(length=20), nullable=True),
    sa.Column('workstation', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=14), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('present', 'absent', 'disqualified')", name=op.f('ck_contestants_status')),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificates.id'], name=op.f('fk_contestants_certificate_id_certificates')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_contestants_employer_id_employers')),
    sa.ForeignKeyConstraint(['event_id'], ['competition_events.id'], name=op.f('fk_contestants_event_id_competition_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_contestants_team_id_teams')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_contestants_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contestants')),
    sa.UniqueConstraint('event_id', 'entry_number', name='uq_contestants_event_entry_number'),
    sa.UniqueConstraint('event_id', 'trainee_id', name='uq_contestants_event_trainee')
    )
    with op.batch_alter_table('contestants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contestants_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('score_marks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contestant_id', sa.Integer(), nullable=False),
    sa.Column('aspect_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=True),
    sa.Column('value_centi', sa.Integer(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('value_centi >= 0', name=op.f('ck_score_marks_value')),
    sa.ForeignKeyConstraint(['aspect_id'], ['scheme_aspects.id'], name=op.f('fk_score_marks_aspect_id_scheme_aspects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contestant_id'], ['contestants.id'], name=op.f('fk_score_marks_contestant_id_contestants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['judge_id'], ['judges.id'], name=op.f('fk_score_marks_judge_id_judges')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score_marks'))
    )
    with op.batch_alter_table('score_marks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_marks_aspect_id'), ['aspect_id'], unique=False)
        batch_op.create_index('ix_score_marks_cell', ['contestant_id', 'aspect_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('score_marks', schema=None) as batch_op:
        batch_op.drop_index('ix_score_marks_cell')
        batch_op.drop_index(batch_op.f('ix_score_marks_aspect_id'))

    op.drop_table('score_marks')
    with op.batch_alter_table('contestants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contestants_trainee_id'))

    op.drop_table('contestants')
    op.drop_table('scheme_aspects')
    with op.batch_alter_table('competition_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_events_stage_id'))

    op.drop_table('competition_events')
    op.drop_table('teams')
    op.drop_table('judges')
    op.drop_table('competition_stages')
    with op.batch_alter_table('competitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competitions_year'))

    op.drop_table('competitions')
