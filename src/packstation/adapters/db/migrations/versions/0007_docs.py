"""documents: size class on orders, tax rate on order lines

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        # existing orders get '' (no class chosen yet), as the model's default gives new ones
        batch_op.add_column(sa.Column('size_class', sa.String(length=32), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.alter_column('size_class', server_default=None)
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        # NULL = the product's rate (lines imported before the rate was recorded)
        batch_op.add_column(sa.Column('tax_rate_pct', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('tax_rate_pct')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('size_class')
