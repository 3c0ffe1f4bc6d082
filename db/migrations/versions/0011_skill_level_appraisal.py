"""skill-level appraisal

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22

Appraisal batches, candidates with their scores, the double-entry rounds, and since when people
have worked in an occupation (an eligibility route).
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('appraisal_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('exam_on', sa.Date(), nullable=False),
    sa.Column('practical_on', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('examiners', sa.String(length=300), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('pass_theory', sa.Integer(), nullable=False),
    sa.Column('pass_practical', sa.Integer(), nullable=False),
    sa.Column('pass_review', sa.Integer(), nullable=False),
    sa.Column('double_entry', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=64), nullable=True),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'scoring', 'approved', 'cancelled')", name=op.f('ck_appraisal_batches_status')),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_appraisal_batches_capacity')),
    sa.CheckConstraint('level BETWEEN 1 AND 5', name=op.f('ck_appraisal_batches_level')),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_appraisal_batches_occupation_id_occupations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_batches')),
    sa.UniqueConstraint('number', name=op.f('uq_appraisal_batches_number'))
    )
    with op.batch_alter_table('appraisal_batches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appraisal_batches_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index('ix_appraisal_batches_status_exam', ['status', 'exam_on'], unique=False)

    op.create_table('occupation_starts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_occupation_starts_occupation_id_occupations')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_occupation_starts_trainee_id_trainees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occupation_starts')),
    sa.UniqueConstraint('trainee_id', 'occupation_id', name=op.f('uq_occupation_starts_trainee_id'))
    )
    with op.batch_alter_table('occupation_starts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occupation_starts_occupation_id'), ['occupation_id'], unique=False)

    op.create_table('appraisal_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('route', sa.String(length=200), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('theory', sa.Integer(), nullable=True),
    sa.Column('practical', sa.Integer(), nullable=True),
    sa.Column('review', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.Column('skill_level_id', sa.Integer(), nullable=True),
    sa.Column('certificate_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('sitting', 'absent', 'withdrawn', 'disqualified')", name=op.f('ck_appraisal_candidates_status')),
    sa.CheckConstraint('practical BETWEEN 0 AND 1000', name=op.f('ck_appraisal_candidates_practical')),
    sa.CheckConstraint('review BETWEEN 0 AND 1000', name=op.f('ck_appraisal_candidates_review')),
    sa.CheckConstraint('theory BETWEEN 0 AND 1000', name=op.f('ck_appraisal_candidates_theory')),
    sa.ForeignKeyConstraint(['batch_id'], ['appraisal_batches.id'], name=op.f('fk_appraisal_candidates_batch_id_appraisal_batches'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificates.id'], name=op.f('fk_appraisal_candidates_certificate_id_certificates')),
    sa.ForeignKeyConstraint(['skill_level_id'], ['skill_levels.id'], name=op.f('fk_appraisal_candidates_skill_level_id_skill_levels')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_appraisal_candidates_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_candidates')),
    sa.UniqueConstraint('batch_id', 'trainee_id', name=op.f('uq_appraisal_candidates_batch_id'))
    )
    with op.batch_alter_table('appraisal_candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appraisal_candidates_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('appraisal_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('part', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('entered_by', sa.Integer(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("part IN ('theory', 'practical', 'review')", name=op.f('ck_appraisal_entries_part')),
    sa.CheckConstraint('round IN (1, 2)', name=op.f('ck_appraisal_entries_round')),
    sa.ForeignKeyConstraint(['candidate_id'], ['appraisal_candidates.id'], name=op.f('fk_appraisal_entries_candidate_id_appraisal_candidates'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entered_by'], ['users.id'], name=op.f('fk_appraisal_entries_entered_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_entries')),
    sa.UniqueConstraint('candidate_id', 'round', 'part', name=op.f('uq_appraisal_entries_candidate_id'))
    )


def downgrade() -> None:
    op.drop_table('appraisal_entries')
    with op.batch_alter_table('appraisal_candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appraisal_candidates_trainee_id'))

    op.drop_table('appraisal_candidates')
    with op.batch_alter_table('occupation_starts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_occupation_starts_occupation_id'))

    op.drop_table('occupation_starts')
    with op.batch_alter_table('appraisal_batches', schema=None) as batch_op:
        batch_op.drop_index('ix_appraisal_batches_status_exam')
        batch_op.drop_index(batch_op.f('ix_appraisal_batches_occupation_id'))

    op.drop_table('appraisal_batches')
