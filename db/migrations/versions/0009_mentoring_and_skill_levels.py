"""mentoring and skill levels

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22

The skill levels people hold (shared with appraisal), mentoring agreements (师徒帮带协议) with
their plan items and periodic reviews, and the mentors named the year's 好师傅.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mentoring_agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('apprentice_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('second_mentor_id', sa.Integer(), nullable=True),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('term_years', sa.Integer(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('renewals', sa.Integer(), server_default='0', nullable=False),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('skills', sa.Text(), nullable=False),
    sa.Column('competition_goal', sa.String(length=200), nullable=False),
    sa.Column('allowance_yuan', sa.Integer(), nullable=True),
    sa.Column('review_period', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("review_period IN ('monthly', 'quarterly')", name=op.f('ck_mentoring_agreements_review_period')),
    sa.CheckConstraint("status IN ('draft', 'active', 'completed', 'terminated')", name=op.f('ck_mentoring_agreements_status')),
    sa.CheckConstraint('allowance_yuan >= 0', name=op.f('ck_mentoring_agreements_allowance')),
    sa.CheckConstraint('target_level BETWEEN 1 AND 5', name=op.f('ck_mentoring_agreements_target_level')),
    sa.CheckConstraint('term_years BETWEEN 1 AND 3', name=op.f('ck_mentoring_agreements_term_years')),
    sa.ForeignKeyConstraint(['apprentice_id'], ['trainees.id'], name=op.f('fk_mentoring_agreements_apprentice_id_trainees')),
    sa.ForeignKeyConstraint(['mentor_id'], ['trainees.id'], name=op.f('fk_mentoring_agreements_mentor_id_trainees')),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_mentoring_agreements_occupation_id_occupations')),
    sa.ForeignKeyConstraint(['second_mentor_id'], ['trainees.id'], name=op.f('fk_mentoring_agreements_second_mentor_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_agreements')),
    sa.UniqueConstraint('number', name=op.f('uq_mentoring_agreements_number'))
    )
    with op.batch_alter_table('mentoring_agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_agreements_apprentice_id'), ['apprentice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_agreements_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_agreements_second_mentor_id'), ['second_mentor_id'], unique=False)
        batch_op.create_index('ix_mentoring_agreements_status_end', ['status', 'end_on'], unique=False)

    op.create_table('skill_levels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('obtained_on', sa.Date(), nullable=False),
    sa.Column('certificate_number', sa.String(length=40), server_default='', nullable=False),
    sa.Column('issuing_body', sa.String(length=200), server_default='', nullable=False),
    sa.Column('route', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("route IN ('appraisal', 'prize', 'import', 'manual')", name=op.f('ck_skill_levels_route')),
    sa.CheckConstraint('level BETWEEN 1 AND 5', name=op.f('ck_skill_levels_level')),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_skill_levels_occupation_id_occupations')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_skill_levels_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill_levels'))
    )
    with op.batch_alter_table('skill_levels', schema=None) as batch_op:
        batch_op.create_index('ix_skill_levels_trainee_occupation', ['trainee_id', 'occupation_id'], unique=False)

    op.create_table('mentor_namings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('score_centi', sa.Integer(), nullable=False),
    sa.Column('breakdown', sa.JSON(), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=True),
    sa.Column('named_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificates.id'], name=op.f('fk_mentor_namings_certificate_id_certificates')),
    sa.ForeignKeyConstraint(['mentor_id'], ['trainees.id'], name=op.f('fk_mentor_namings_mentor_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor_namings')),
    sa.UniqueConstraint('year', 'mentor_id', name=op.f('uq_mentor_namings_year'))
    )
    with op.batch_alter_table('mentor_namings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentor_namings_mentor_id'), ['mentor_id'], unique=False)

    op.create_table('mentoring_plan_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('skill', sa.String(length=200), nullable=False),
    sa.Column('target_on', sa.Date(), nullable=False),
    sa.Column('signed_off_on', sa.Date(), nullable=True),
    sa.Column('sign_off_comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['mentoring_agreements.id'], name=op.f('fk_mentoring_plan_items_agreement_id_mentoring_agreements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_plan_items'))
    )
    with op.batch_alter_table('mentoring_plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_plan_items_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('mentoring_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('mentor_score', sa.Integer(), nullable=False),
    sa.Column('mentor_comment', sa.Text(), nullable=False),
    sa.Column('apprentice_score', sa.Integer(), nullable=False),
    sa.Column('apprentice_comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('mentor_score BETWEEN 0 AND 100 AND apprentice_score BETWEEN 0 AND 100', name=op.f('ck_mentoring_reviews_scores')),
    sa.ForeignKeyConstraint(['agreement_id'], ['mentoring_agreements.id'], name=op.f('fk_mentoring_reviews_agreement_id_mentoring_agreements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_reviews')),
    sa.UniqueConstraint('agreement_id', 'period', name=op.f('uq_mentoring_reviews_agreement_id'))
    )


def downgrade() -> None:
    op.drop_table('mentoring_reviews')
    with op.batch_alter_table('mentoring_plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_plan_items_agreement_id'))

    op.drop_table('mentoring_plan_items')
    with op.batch_alter_table('mentor_namings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentor_namings_mentor_id'))

    op.drop_table('mentor_namings')
    with op.batch_alter_table('skill_levels', schema=None) as batch_op:
        batch_op.drop_index('ix_skill_levels_trainee_occupation')

    op.drop_table('skill_levels')
    with op.batch_alter_table('mentoring_agreements', schema=None) as batch_op:
        batch_op.drop_index('ix_mentoring_agreements_status_end')
        batch_op.drop_index(batch_op.f('ix_mentoring_agreements_second_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_mentoring_agreements_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_mentoring_agreements_apprentice_id'))

    op.drop_table('mentoring_agreements')
