"""batches and their orders' slots: batch picking and sorting at the bench (issue 20)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa



revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_no', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=True),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('rule', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'],
                                name=op.f('fk_batches_station_id_stations')),
        sa.ForeignKeyConstraint(['created_by'], ['users.id'],
                                name=op.f('fk_batches_created_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_batches')),
        sa.UniqueConstraint('batch_no', name=op.f('uq_batches_batch_no')),
    )
    op.create_index(op.f('ix_batches_status'), 'batches', ['status'], unique=False)
    op.create_table(
        'batch_orders',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('slot', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], ondelete='CASCADE',
                                name=op.f('fk_batch_orders_batch_id_batches')),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'],
                                name=op.f('fk_batch_orders_order_id_orders')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_orders')),
        sa.UniqueConstraint('batch_id', 'slot', name=op.f('uq_batch_orders_batch_id')),
        sa.UniqueConstraint('batch_id', 'order_id', name='uq_batch_orders_order'),
    )
    op.create_index(op.f('ix_batch_orders_batch_id'), 'batch_orders', ['batch_id'],
                    unique=False)
    op.create_index(op.f('ix_batch_orders_order_id'), 'batch_orders', ['order_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_batch_orders_order_id'), table_name='batch_orders')
    op.drop_index(op.f('ix_batch_orders_batch_id'), table_name='batch_orders')
    op.drop_table('batch_orders')
    op.drop_index(op.f('ix_batches_status'), table_name='batches')
    op.drop_table('batches')
