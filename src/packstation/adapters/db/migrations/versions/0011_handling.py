"""orders: gift details (のし, wrapping, message card), enclosures, customer number and the
first-order flag behind the bench's handling badges (issue 14)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('noshi', sa.String(length=40), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('wrapping', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('message_card', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('enclosures', sa.String(length=400), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('customer_no', sa.String(length=64), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('first_order', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.create_index(batch_op.f('ix_orders_customer_no'), ['customer_no'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_customer_no'))
        for column in ('first_order', 'customer_no', 'enclosures', 'message_card', 'wrapping',
                       'noshi'):
            batch_op.drop_column(column)
