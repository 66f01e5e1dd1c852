"""mis-shipments reported against packed orders; scan_events index for the lead's KPIs

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('misshipments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('reported_by', sa.Integer(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_misshipments_order_id_orders')),
    sa.ForeignKeyConstraint(['reported_by'], ['users.id'], name=op.f('fk_misshipments_reported_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_misshipments')),
    sa.UniqueConstraint('order_id', 'kind', name=op.f('uq_misshipments_order_id'))
    )
    with op.batch_alter_table('misshipments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_misshipments_order_id'), ['order_id'], unique=False)
    with op.batch_alter_table('scan_events', schema=None) as batch_op:
        batch_op.create_index('ix_scan_events_kpi', ['created_at', 'user_id', 'verdict', 'units'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('scan_events', schema=None) as batch_op:
        batch_op.drop_index('ix_scan_events_kpi')
    with op.batch_alter_table('misshipments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_misshipments_order_id'))
    op.drop_table('misshipments')
