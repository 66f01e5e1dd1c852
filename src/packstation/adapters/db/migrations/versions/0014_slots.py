"""carrier facts (issue 17): the boxes a service takes (宅急便コンパクト: ヤマト's own boxes
only), the 納品書's charges (送料, 代引手数料, 値引き with its tax rate), and ネコポス beside
クロネコゆうパケット

A service called "nekopos" but named クロネコゆうパケット (the demo data before this revision)
is renamed "kuroneko_yupacket", with the orders that chose it, so that B2 gets 送り状種類 7 for
it; "nekopos" is ネコポス (送り状種類 A) from now on.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_ORDER_COLUMNS = ('shipping_fee_yen', 'cod_fee_yen', 'discount_yen', 'discount_rate_pct')


def upgrade() -> None:
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.add_column(sa.Column('box_codes', sa.JSON(), nullable=False,
                                      server_default='[]'))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        for name in _ORDER_COLUMNS:
            default = '10' if name == 'discount_rate_pct' else '0'
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False,
                                          server_default=default))
    _rename_kuroneko_yupacket()
    _compact_boxes()


def _compact_boxes() -> None:
    """宅急便コンパクト takes ヤマト's own boxes only: a "compact" service gets the demo's
    COMPACT boxes that this database has (the admin names other codes in the service form)."""
    conn = op.get_bind()
    boxes = [code for (code,) in conn.execute(sa.text(
        "SELECT code FROM boxes WHERE code IN ('COMPACT', 'COMPACT-THIN') ORDER BY code"))]
    if boxes:
        conn.execute(sa.text("UPDATE services SET box_codes = :boxes WHERE code = 'compact'")
                     .bindparams(sa.bindparam("boxes", type_=sa.JSON)), {"boxes": boxes})


def _rename_kuroneko_yupacket() -> None:
    conn = op.get_bind()
    _move_b2_code(conn)
    renamed = conn.execute(sa.text(
        "UPDATE services SET code = 'kuroneko_yupacket' WHERE code = 'nekopos' "
        "AND name = 'クロネコゆうパケット' AND NOT EXISTS "
        "(SELECT 1 FROM services s2 WHERE s2.code = 'kuroneko_yupacket')")).rowcount
    if not renamed:
        return
    conn.execute(sa.text("UPDATE orders SET service_code = 'kuroneko_yupacket' "
                         "WHERE service_code = 'nekopos'"))
    # carton_plan rows are [box, service, class] (json.dumps): the service, not the class
    conn.execute(sa.text("UPDATE orders SET carton_plan = REPLACE(carton_plan, "
                         "'\", \"nekopos\", \"', '\", \"kuroneko_yupacket\", \"') "
                         "WHERE carton_plan LIKE '%\"nekopos\"%'"))


def _move_b2_code(conn: sa.engine.Connection) -> None:
    """An account's saved B2 layout that sends "nekopos" as 7 meant クロネコゆうパケット: the
    code moves to kuroneko_yupacket (ネコポス, A, is added by the admin where the contract
    has it). Every other layout is left as saved."""
    rows = conn.execute(sa.text("SELECT key, value FROM settings WHERE key LIKE "
                                "'carrier.preset.b2.%'")).all()
    for key, value in rows:
        try:
            preset = json.loads(value)
            service = preset["codes"]["service"]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(service, dict) and service.get("nekopos") == "7" \
                and "kuroneko_yupacket" not in service:
            service["kuroneko_yupacket"] = service.pop("nekopos")
            conn.execute(sa.text("UPDATE settings SET value = :v WHERE key = :k"),
                         {"v": json.dumps(preset, ensure_ascii=False), "k": key})


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        for name in reversed(_ORDER_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_column('box_codes')
