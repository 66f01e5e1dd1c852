"""Carrier hand-off queries: packed orders to export, tracking numbers to attach."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from packstation.adapters.db.models import OrderLineRow, OrderRow, ProductRow, ShipToRow
from packstation.domain.model import OrderStatus, parse_cartons
from packstation.services.carrier.ports import PackedOrder, TrackingTarget

_CHUNK = 500


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


class SqlCarrierRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def packed_not_exported(self) -> list[PackedOrder]:
        """Two Core queries (orders with their ship-to, then every line): 10,000 orders
        through the ORM took seconds of object building alone."""
        o, s = OrderRow, ShipToRow
        q = (select(o.id, o.order_no, o.service_code, o.delivery_date, o.time_slot, o.cod_yen,
                    o.cool, s.name, s.company, s.postal_code, s.prefecture_code, s.address1,
                    s.address2, s.phone, o.carton_plan)
             .join(s, s.order_id == o.id)
             .where(o.status == OrderStatus.PACKED.value, o.exported_at.is_(None),
                    o.tracking_no == "")
             .order_by(o.order_no))
        heads = self.s.execute(q).all()
        items: dict[int, list[tuple[str, int, int, int]]] = {}
        lines = (select(OrderLineRow.order_id, ProductRow.name_ja, OrderLineRow.qty,
                        OrderLineRow.unit_price_yen, ProductRow.tax_rate_pct)
                 .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
                 .join(o, o.id == OrderLineRow.order_id)
                 .where(o.status == OrderStatus.PACKED.value, o.exported_at.is_(None),
                        o.tracking_no == "")
                 .order_by(OrderLineRow.order_id, OrderLineRow.line_no))
        for order_id, name, qty, price, rate in self.s.execute(lines):
            items.setdefault(order_id, []).append((name, qty, price, rate))
        return [_packed(tuple(h), tuple(items.get(h[0], ()))) for h in heads]

    def mark_exported(self, order_nos: Sequence[str], carrier: str, at: dt.datetime) -> None:
        for chunk in _chunks(list(order_nos)):
            self.s.execute(update(OrderRow).where(OrderRow.order_no.in_(chunk))
                           .values(exported_at=at, exported_carrier=carrier))

    def targets(self, order_nos: Sequence[str]) -> dict[str, TrackingTarget]:
        found: dict[str, TrackingTarget] = {}
        for chunk in _chunks(list(set(order_nos))):
            q = select(OrderRow.order_no, OrderRow.status, OrderRow.tracking_no,
                       OrderRow.exported_carrier).where(OrderRow.order_no.in_(chunk))
            found.update({r[0]: TrackingTarget(*r) for r in self.s.execute(q)})
        return found

    def tracking_owners(self, tracking_nos: Sequence[str]) -> dict[str, str]:
        owners: dict[str, str] = {}
        for chunk in _chunks(list(set(tracking_nos))):
            q = select(OrderRow.tracking_no, OrderRow.order_no).where(
                OrderRow.tracking_no.in_(chunk))
            owners.update({tracking: order_no for tracking, order_no in self.s.execute(q)})
        return owners

    def mark_shipped(self, tracking: Sequence[tuple[str, str]], at: dt.datetime) -> None:
        if not tracking:
            return
        table = cast(Table, OrderRow.__table__)  # Core executemany: one statement, N rows
        stmt = (update(table).where(table.c.order_no == bindparam("o_no"))
                .values(tracking_no=bindparam("t_no"), status=OrderStatus.SHIPPED.value,
                        shipped_at=at))
        self.s.execute(stmt, [{"o_no": o, "t_no": t} for o, t in tracking])


def _packed(h: tuple[Any, ...], items: tuple[tuple[str, int, int, int], ...]) -> PackedOrder:
    (_id, order_no, service, day, slot, cod, cool, name, company, postal, pref, address1,
     address2, phone, plan) = h
    return PackedOrder(order_no=order_no, service_code=service, delivery_date=day,
                       time_slot=slot, cod_yen=cod, cool=cool, name=name, company=company,
                       postal_code=postal, prefecture_code=pref, address1=address1,
                       address2=address2, phone=phone, items=items,
                       cartons=len(parse_cartons(plan)) or 1)
