"""certificates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Issued certificates are immutable: triggers refuse changes to what was printed (number,
holder, values, QR text); status, revocation and print count may change.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("kind IN ('level', 'award', 'completion', 'honour')", name=op.f('ck_certificate_templates_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_templates')),
    sa.UniqueConstraint('key', name=op.f('uq_certificate_templates_key'))
    )
    op.create_table('number_sequences',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_number_sequences'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('signing_keys',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_signing_keys'))
    )
    op.create_table('certificate_template_versions',
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['certificate_templates.id'], name=op.f('fk_certificate_template_versions_template_id_certificate_templates')),
    sa.PrimaryKeyConstraint('template_id', 'version', name=op.f('pk_certificate_template_versions'))
    )
    op.create_table('certificates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=True),
    sa.Column('holder_name', sa.String(length=50), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('printed_values', sa.JSON(), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('qr_payload', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoke_reason', sa.String(length=500), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('last_printed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("kind IN ('level', 'award', 'completion', 'honour')", name=op.f('ck_certificates_kind')),
    sa.CheckConstraint("status IN ('issued', 'revoked', 'replaced')", name=op.f('ck_certificates_status')),
    sa.ForeignKeyConstraint(['replaces_id'], ['certificates.id'], name=op.f('fk_certificates_replaces_id_certificates')),
    sa.ForeignKeyConstraint(['template_id'], ['certificate_templates.id'], name=op.f('fk_certificates_template_id_certificate_templates')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_certificates_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
    sa.UniqueConstraint('number', name=op.f('uq_certificates_number'))
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_holder_name'), ['holder_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificates_issue_date'), ['issue_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificates_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificates_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificates_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('certificate_prints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificates.id'], name=op.f('fk_certificate_prints_certificate_id_certificates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_prints'))
    )
    with op.batch_alter_table('certificate_prints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_prints_certificate_id'), ['certificate_id'], unique=False)


    _immutable_certificates()


FROZEN = ("number", "kind", "holder_name", "detail", "issue_date", "template_id", "template_version",
          "printed_values", "photo", "qr_payload", "trainee_id", "replaces_id")


def _immutable_certificates() -> None:
    columns = ", ".join(FROZEN)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE TRIGGER certificates_frozen BEFORE UPDATE OF {columns} ON certificates "
            "BEGIN SELECT RAISE(ABORT, 'an issued certificate cannot be changed: re-issue it'); END"
        )
        op.execute(
            "CREATE TRIGGER certificates_kept BEFORE DELETE ON certificates "
            "BEGIN SELECT RAISE(ABORT, 'an issued certificate cannot be deleted: revoke it'); END"
        )
    else:
        # json has no equality operator in PostgreSQL: compare its text.
        changed = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in FROZEN)
        op.execute(
            "CREATE FUNCTION certificates_frozen() RETURNS trigger AS $$ BEGIN "
            "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'an issued certificate cannot be deleted: revoke it'; END IF; "
            f"IF {changed} THEN RAISE EXCEPTION 'an issued certificate cannot be changed: re-issue it'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER certificates_frozen BEFORE UPDATE OR DELETE ON certificates "
            "FOR EACH ROW EXECUTE FUNCTION certificates_frozen()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS certificates_frozen")
        op.execute("DROP TRIGGER IF EXISTS certificates_kept")
    else:
        op.execute("DROP TRIGGER IF EXISTS certificates_frozen ON certificates")
        op.execute("DROP FUNCTION IF EXISTS certificates_frozen()")
    with op.batch_alter_table('certificate_prints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_prints_certificate_id'))

    op.drop_table('certificate_prints')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificates_trainee_id'))
        batch_op.drop_index(batch_op.f('ix_certificates_status'))
        batch_op.drop_index(batch_op.f('ix_certificates_kind'))
        batch_op.drop_index(batch_op.f('ix_certificates_issue_date'))
        batch_op.drop_index(batch_op.f('ix_certificates_holder_name'))

    op.drop_table('certificates')
    op.drop_table('certificate_template_versions')
    op.drop_table('signing_keys')
    op.drop_table('settings')
    op.drop_table('number_sequences')
    op.drop_table('certificate_templates')
