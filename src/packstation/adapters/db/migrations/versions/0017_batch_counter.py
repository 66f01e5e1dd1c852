"""batch numbers from a counter row (issue 20): two leads making a batch at once on the central
database take the row's lock in turn, so neither takes the other's number or orders

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""
from alembic import op


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("INSERT INTO counters (name, value) SELECT 'batch', COUNT(*) FROM batches")


def downgrade() -> None:
    op.execute("DELETE FROM counters WHERE name = 'batch'")
