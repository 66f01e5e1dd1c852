"""rates: 適用開始日 (effective_from) per rate cell, so a service keeps several dated tables
(next year's loaded in advance); the existing prices apply since ever (2000-01-01). Issue 17.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('effective_from', sa.Date(), nullable=False,
                                      server_default='2000-01-01'))
        batch_op.drop_constraint('uq_rates_size_class_id', type_='unique')
        batch_op.create_unique_constraint(
            'uq_rates_size_class_id', ['size_class_id', 'prefecture_code', 'effective_from'])


def downgrade() -> None:
    # Only the latest table of each class survives a downgrade (one price per cell).
    op.execute("DELETE FROM rates WHERE effective_from < (SELECT MAX(r2.effective_from) FROM "
               "rates r2 WHERE r2.size_class_id = rates.size_class_id)")
    with op.batch_alter_table('rates', schema=None) as batch_op:
        batch_op.drop_constraint('uq_rates_size_class_id', type_='unique')
        batch_op.create_unique_constraint('uq_rates_size_class_id',
                                          ['size_class_id', 'prefecture_code'])
        batch_op.drop_column('effective_from')
