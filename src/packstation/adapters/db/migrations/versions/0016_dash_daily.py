"""dashboard counts kept by packing (issue 19): dash_hourly, dash_refusals, dash_orders,
dash_lead; orders.ordered_at indexed for the 当日出荷 window

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def _count(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        'dash_hourly',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('hour', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        _count('scans'), _count('orders'), _count('units'), _count('refused'),
        sa.PrimaryKeyConstraint('day', 'hour', 'user_id', name=op.f('pk_dash_hourly')))
    op.create_table(
        'dash_refusals',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('reason', sa.String(length=24), nullable=False),
        _count('count'),
        sa.PrimaryKeyConstraint('day', 'reason', name=op.f('pk_dash_refusals')))
    op.create_table(
        'dash_orders',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('prefecture_code', sa.Integer(), nullable=False),
        _count('orders'), _count('priced'),
        sa.Column('cost_yen', sa.BigInteger(), nullable=False),
        _count('measured'),
        sa.Column('items_mm3', sa.BigInteger(), nullable=False),
        sa.Column('boxes_mm3', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'prefecture_code', name=op.f('pk_dash_orders')))
    op.create_table(
        'dash_lead',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('minutes', sa.Integer(), nullable=False),
        _count('count'),
        sa.PrimaryKeyConstraint('day', 'minutes', name=op.f('pk_dash_lead')))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_ordered_at'), ['ordered_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_ordered_at'))
    for table in ('dash_lead', 'dash_orders', 'dash_refusals', 'dash_hourly'):
        op.drop_table(table)
