"""Carrier hand-off queries: packed orders to export, tracking numbers to attach."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from packstation.adapters.db.models import OrderRow, ShipToRow
from packstation.domain.model import OrderStatus
from packstation.services.carrier_ports import PackedOrder, TrackingTarget

_CHUNK = 500


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


class SqlCarrierRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def packed_not_exported(self) -> list[PackedOrder]:
        q = (select(OrderRow, ShipToRow)
             .join(ShipToRow, ShipToRow.order_id == OrderRow.id)
             .where(OrderRow.status == OrderStatus.PACKED.value,
                    OrderRow.exported_at.is_(None), OrderRow.tracking_no == "")
             .options(selectinload(OrderRow.lines))
             .order_by(OrderRow.order_no))
        return [_packed(o, s) for o, s in self.s.execute(q)]

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
        for order_no, tracking_no in tracking:
            self.s.execute(update(OrderRow).where(OrderRow.order_no == order_no).values(
                tracking_no=tracking_no, status=OrderStatus.SHIPPED.value, shipped_at=at))


def _packed(o: OrderRow, s: ShipToRow) -> PackedOrder:
    return PackedOrder(
        order_no=o.order_no, service_code=o.service_code, delivery_date=o.delivery_date,
        time_slot=o.time_slot, cod_yen=o.cod_yen, cool=o.cool, name=s.name, company=s.company,
        postal_code=s.postal_code, prefecture_code=s.prefecture_code, address1=s.address1,
        address2=s.address2, phone=s.phone,
        items=tuple((ln.product.name_ja, ln.qty, ln.unit_price_yen, ln.product.tax_rate_pct)
                    for ln in o.lines))
