"""occupation catalogue

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Occupations get a category, the skill levels their standard offers, and archiving.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('occupations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('category', sa.String(length=50), server_default='', nullable=False))
        batch_op.add_column(sa.Column('levels', sa.JSON(), server_default='[5, 4, 3, 2, 1]', nullable=False))
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('occupations', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
        batch_op.drop_column('levels')
        batch_op.drop_column('category')

