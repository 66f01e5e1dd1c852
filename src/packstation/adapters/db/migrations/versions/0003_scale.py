"""order weights (scale)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('order_weights',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('box_codes', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('measured_g', sa.Integer(), nullable=True),
    sa.Column('expected_g', sa.Integer(), nullable=True),
    sa.Column('tolerance_g', sa.Integer(), nullable=True),
    sa.Column('weighed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('weight_class', sa.String(length=64), nullable=False),
    sa.Column('planned_service', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_weights_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('order_id', name=op.f('pk_order_weights'))
    )


def downgrade() -> None:
    op.drop_table('order_weights')
