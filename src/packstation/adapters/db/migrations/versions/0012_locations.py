"""products: 棚番 (shelf location) for pick lists sorted by the walk (issue 20)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location', sa.String(length=20), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_products_location'), ['location'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_location'))
        batch_op.drop_column('location')
