"""class sessions, attendance, fees and completion

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Classes get a unique code, discounts, a completion rule and a cancellation stamp; their
sessions (date, start, minutes) and the attendance grid get tables; enrolments get the fee due
after discount, payment and receipt, the final assessment and completion. Trainees get the
union-member flag the union-member discount depends on.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('trainees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('union_member', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('honour_discount_pct', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('union_discount_pct', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('min_attendance_pct', sa.Integer(), server_default='80', nullable=False))
        batch_op.add_column(sa.Column('requires_assessment', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('first_session_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('last_session_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('cancelled_at', sa.DateTime(), nullable=True))
    # Classes made before codes existed get one from their id, then the code is required.
    op.execute("UPDATE training_classes SET code = 'PX-' || CAST(id AS VARCHAR(10)) WHERE code IS NULL")
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.alter_column('code', existing_type=sa.String(length=20), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_training_classes_code'), ['code'])
        batch_op.create_check_constraint('discounts', 'honour_discount_pct BETWEEN 0 AND 100 '
                                         'AND union_discount_pct BETWEEN 0 AND 100')
        batch_op.create_check_constraint('min_attendance_pct', 'min_attendance_pct BETWEEN 0 AND 100')

    op.create_table('class_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.CheckConstraint('minutes > 0', name=op.f('ck_class_sessions_minutes')),
    sa.ForeignKeyConstraint(['class_id'], ['training_classes.id'], name=op.f('fk_class_sessions_class_id_training_classes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_sessions')),
    sa.UniqueConstraint('class_id', 'on_date', 'starts_at', name=op.f('uq_class_sessions_class_id'))
    )

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.CheckConstraint("status IN ('present', 'late', 'excused', 'absent')", name=op.f('ck_attendance_status')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_attendance_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['class_sessions.id'], name=op.f('fk_attendance_session_id_class_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'enrolment_id', name=op.f('uq_attendance_session_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_enrolment_id'), ['enrolment_id'], unique=False)

    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fee_due_fen', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('discount', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('paid_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('receipt_no', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('assessment', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('completed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('certificate_id', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_enrolments_receipt_no'), ['receipt_no'])
        batch_op.create_foreign_key(batch_op.f('fk_enrolments_certificate_id_certificates'), 'certificates', ['certificate_id'], ['id'])
        batch_op.create_check_constraint('assessment', "assessment IN ('passed', 'failed')")
        batch_op.create_check_constraint('discount', "discount IN ('', 'honour', 'union')")
    # Sign-ups made before fees were tracked owe the class's full fee (no discount was known).
    op.execute("UPDATE enrolments SET fee_due_fen = (SELECT training_classes.fee * 100 FROM training_classes "
               "WHERE training_classes.id = enrolments.class_id)")


def downgrade() -> None:
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_enrolments_discount'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_enrolments_assessment'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_enrolments_certificate_id_certificates'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_enrolments_receipt_no'), type_='unique')
        for column in ('certificate_id', 'completed_at', 'assessment', 'receipt_no', 'paid_at', 'discount', 'fee_due_fen'):
            batch_op.drop_column(column)
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_enrolment_id'))
    op.drop_table('attendance')
    op.drop_table('class_sessions')
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_training_classes_min_attendance_pct'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_training_classes_discounts'), type_='check')
        batch_op.drop_constraint(batch_op.f('uq_training_classes_code'), type_='unique')
        for column in ('cancelled_at', 'last_session_on', 'first_session_on', 'requires_assessment',
                       'min_attendance_pct', 'union_discount_pct', 'honour_discount_pct', 'code'):
            batch_op.drop_column(column)
    with op.batch_alter_table('trainees', schema=None) as batch_op:
        batch_op.drop_column('union_member')
