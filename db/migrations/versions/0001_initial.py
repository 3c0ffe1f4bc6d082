"""initial schema: accounts, audit log, trainee registry

Revision ID: 0001
Revises: 
Create Date: 2026-11-21

The audit log is append-only: triggers refuse UPDATE and DELETE on both SQLite and
PostgreSQL. The built-in `system` account (command line, migrations) is created here.
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('code', sa.String(length=6), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counties')),
    sa.UniqueConstraint('name', name=op.f('uq_counties_name'))
    )
    op.create_table('honours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_honours')),
    sa.UniqueConstraint('name', name=op.f('uq_honours_name'))
    )
    op.create_table('occupations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occupations')),
    sa.UniqueConstraint('code', name=op.f('uq_occupations_code')),
    sa.UniqueConstraint('name', name=op.f('uq_occupations_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('is_system', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_log_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity'), ['entity'], unique=False)

    op.create_table('employers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('county_id', sa.Integer(), nullable=True),
    sa.Column('industry', sa.String(length=100), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['county_id'], ['counties.id'], name=op.f('fk_employers_county_id_counties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employers')),
    sa.UniqueConstraint('credit_code', name=op.f('uq_employers_credit_code')),
    sa.UniqueConstraint('name', name=op.f('uq_employers_name'))
    )
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employers_county_id'), ['county_id'], unique=False)

    op.create_table('user_roles',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.CheckConstraint("role IN ('admin', 'staff', 'judge')", name=op.f('ck_user_roles_known_role')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_roles_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_roles'))
    )
    op.create_table('trainees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('county_id', sa.Integer(), nullable=True),
    sa.Column('education', sa.String(length=20), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("gender IN ('M', 'F')", name=op.f('ck_trainees_gender')),
    sa.ForeignKeyConstraint(['county_id'], ['counties.id'], name=op.f('fk_trainees_county_id_counties')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_trainees_employer_id_employers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainees')),
    sa.UniqueConstraint('id_number', name=op.f('uq_trainees_id_number'))
    )
    with op.batch_alter_table('trainees', schema=None) as batch_op:
        batch_op.create_index('ix_trainees_archived_name', ['archived_at', 'name'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainees_birth_date'), ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainees_county_id'), ['county_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainees_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainees_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainees_phone'), ['phone'], unique=False)

    op.create_table('trainee_honours',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('honour_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['honour_id'], ['honours.id'], name=op.f('fk_trainee_honours_honour_id_honours')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_trainee_honours_trainee_id_trainees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trainee_id', 'honour_id', name=op.f('pk_trainee_honours'))
    )
    with op.batch_alter_table('trainee_honours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainee_honours_honour_id'), ['honour_id'], unique=False)

    op.create_table('trainee_occupations',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_trainee_occupations_occupation_id_occupations')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_trainee_occupations_trainee_id_trainees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trainee_id', 'occupation_id', name=op.f('pk_trainee_occupations'))
    )
    with op.batch_alter_table('trainee_occupations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainee_occupations_occupation_id'), ['occupation_id'], unique=False)


    _append_only_audit_log()
    users = sa.table(
        "users",
        sa.column("username", sa.String),
        sa.column("display_name", sa.String),
        sa.column("password_hash", sa.String),
        sa.column("is_active", sa.Boolean),
        sa.column("is_system", sa.Boolean),
        sa.column("failed_logins", sa.Integer),
    )
    op.bulk_insert(users, [{
        "username": "system", "display_name": "System", "password_hash": None,
        "is_active": True, "is_system": True, "failed_logins": 0,
    }])


def _append_only_audit_log() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    with op.batch_alter_table('trainee_occupations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainee_occupations_occupation_id'))

    op.drop_table('trainee_occupations')
    with op.batch_alter_table('trainee_honours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainee_honours_honour_id'))

    op.drop_table('trainee_honours')
    with op.batch_alter_table('trainees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainees_phone'))
        batch_op.drop_index(batch_op.f('ix_trainees_name'))
        batch_op.drop_index(batch_op.f('ix_trainees_employer_id'))
        batch_op.drop_index(batch_op.f('ix_trainees_county_id'))
        batch_op.drop_index(batch_op.f('ix_trainees_birth_date'))
        batch_op.drop_index('ix_trainees_archived_name')

    op.drop_table('trainees')
    op.drop_table('user_roles')
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employers_county_id'))

    op.drop_table('employers')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('users')
    op.drop_table('occupations')
    op.drop_table('honours')
    op.drop_table('counties')
