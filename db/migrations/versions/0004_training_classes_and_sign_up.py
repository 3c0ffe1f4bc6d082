"""training classes and sign-up

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Classes with seats and a sign-up window; enrolments placed or waiting in submission order.
A trainee holds one enrolment per class (unique), whatever its status.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_classes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('target_level', sa.Integer(), nullable=False),
    sa.Column('teachers', sa.String(length=200), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('fee', sa.Integer(), nullable=False),
    sa.Column('signup_opens_at', sa.DateTime(), nullable=False),
    sa.Column('signup_closes_at', sa.DateTime(), nullable=False),
    sa.Column('seat_version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_training_classes_capacity')),
    sa.CheckConstraint('target_level BETWEEN 1 AND 5', name=op.f('ck_training_classes_target_level')),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_training_classes_occupation_id_occupations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_classes'))
    )
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_classes_occupation_id'), ['occupation_id'], unique=False)

    op.create_table('enrolments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('promoted_at', sa.DateTime(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("source IN ('desk', 'form')", name=op.f('ck_enrolments_source')),
    sa.CheckConstraint("status IN ('placed', 'waiting', 'withdrawn')", name=op.f('ck_enrolments_status')),
    sa.ForeignKeyConstraint(['class_id'], ['training_classes.id'], name=op.f('fk_enrolments_class_id_training_classes')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_enrolments_trainee_id_trainees')),
    sa.UniqueConstraint('class_id', 'trainee_id', name=op.f('uq_enrolments_class_id')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index('ix_enrolments_queue', ['class_id', 'status', 'submitted_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolments_trainee_id'), ['trainee_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolments_trainee_id'))
        batch_op.drop_index('ix_enrolments_queue')

    op.drop_table('enrolments')
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_classes_occupation_id'))

    op.drop_table('training_classes')
