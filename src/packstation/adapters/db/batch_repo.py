"""Batches and their slots (issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    BatchOrderRow,
    BatchRow,
    CounterRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ShipToRow,
)
from packstation.adapters.db.outbox import OutboxWriter
from packstation.domain.batches import OrderDigest
from packstation.domain.model import CoolType, OrderStatus
from packstation.services.picking.ports import BatchRecord

UNFINISHED = ("open", "sorting")


class SqlBatchRepository:
    def __init__(self, session: Session, outbox: OutboxWriter | None = None) -> None:
        self.s = session
        self.outbox = outbox  # networked mode: the batch's end reaches the server

    def eligible_orders(self, now: dt.datetime) -> list[OrderDigest]:
        in_batch = (select(BatchOrderRow.order_id).join(BatchRow)
                    .where(BatchRow.status.in_(UNFINISHED)))
        units = (select(OrderLineRow.order_id, func.sum(OrderLineRow.qty).label("units"))
                 .group_by(OrderLineRow.order_id).subquery())
        rows = self.s.execute(
            select(OrderRow, units.c.units).join(units, units.c.order_id == OrderRow.id)
            .where(OrderRow.status == OrderStatus.OPEN.value, OrderRow.id.not_in(in_batch),
                   # on the central database: not an order a station holds now
                   or_(OrderRow.claim_station_id.is_(None), OrderRow.lease_expires_at < now)))
        return [OrderDigest(o.order_no, int(n or 0), CoolType(o.cool), o.gift, o.channel,
                            o.ordered_at, o.delivery_date) for o, n in rows]

    def next_sequence(self) -> int:
        """The next batch's number, from the counter row (migration 0017), whose row lock is
        held until this transaction ends: a second lead making a batch at the same moment
        waits here, then sees the first batch's orders as taken."""
        return int(self.s.execute(update(CounterRow).where(CounterRow.name == "batch")
                                  .values(value=CounterRow.value + 1)
                                  .returning(CounterRow.value)).scalar_one())

    def add(self, batch_no: str, order_nos: Sequence[str], *, rule: str,
            created_by: int | None, at: dt.datetime) -> None:
        batch = BatchRow(batch_no=batch_no, status="open", created_by=created_by,
                         created_at=at, rule=rule[:200])
        self.s.add(batch)
        self.s.flush()
        ids = {n: i for n, i in self.s.execute(  # a Result has keys(): dict() would index it
            select(OrderRow.order_no, OrderRow.id).where(OrderRow.order_no.in_(order_nos)))}
        self.s.add_all(BatchOrderRow(batch_id=batch.id, order_id=ids[n], slot=i)
                       for i, n in enumerate(order_nos, start=1))
        self.s.flush()

    def get(self, batch_no: str) -> BatchRecord | None:
        batch = self.s.scalar(select(BatchRow).where(BatchRow.batch_no == batch_no))
        if batch is None:
            return None
        slots = {slot: n for slot, n in self.s.execute(
            select(BatchOrderRow.slot, OrderRow.order_no).join(OrderRow)
            .where(BatchOrderRow.batch_id == batch.id).order_by(BatchOrderRow.slot))}
        return BatchRecord(batch.batch_no, batch.status, batch.station_id, slots,
                           batch.created_at, batch.rule)

    def quantities(self, batch_no: str) -> dict[int, dict[str, int]]:
        rows = self.s.execute(
            select(BatchOrderRow.slot, ProductRow.sku, func.sum(OrderLineRow.qty))
            .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
            .join(OrderLineRow, OrderLineRow.order_id == BatchOrderRow.order_id)
            .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
            .where(BatchRow.batch_no == batch_no)
            .group_by(BatchOrderRow.slot, ProductRow.sku))
        out: dict[int, dict[str, int]] = {}
        for slot, sku, qty in rows:
            out.setdefault(slot, {})[sku] = int(qty)
        return out

    def set_status(self, batch_no: str, status: str, station_id: int | None) -> None:
        self.s.execute(update(BatchRow).where(BatchRow.batch_no == batch_no)
                       .values(status=status, station_id=station_id))
        if self.outbox is not None:
            self.outbox.add("batch", "", {"batch_no": batch_no, "status": status})

    def free(self, order_no: str) -> None:
        """A networked station gives the order back to the server (its claim, and the copy of
        the customer's address a station keeps only for the orders it holds)."""
        if self.outbox is None:
            return  # one station alone: nothing is held, the order is simply open
        order_id, claim = self.s.execute(select(OrderRow.id, OrderRow.claim_no)
                                         .where(OrderRow.order_no == order_no)).one()
        self.s.execute(update(OrderRow).where(OrderRow.id == order_id)
                       .values(claim_no=None, lease_expires_at=None))
        self.s.execute(delete(ShipToRow).where(ShipToRow.order_id == order_id))
        self.outbox.add("release", order_no, {"claim": claim})

    def _lines(self, batch_no: str):  # type: ignore[no-untyped-def]
        return (select(BatchOrderRow.slot, OrderRow.order_no, OrderLineRow.qty,
                       OrderLineRow.scanned_qty, ProductRow.sku)
                .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
                .join(OrderRow, OrderRow.id == BatchOrderRow.order_id)
                .join(OrderLineRow, OrderLineRow.order_id == OrderRow.id)
                .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
                .where(BatchRow.batch_no == batch_no))

    def slots_needing(self, batch_no: str, sku: str) -> list[tuple[int, str]]:
        sortable = (OrderStatus.OPEN.value, OrderStatus.PACKING.value)
        q = (self._lines(batch_no)
             .where(ProductRow.sku == sku, OrderLineRow.scanned_qty < OrderLineRow.qty,
                    OrderRow.status.in_(sortable))
             .order_by(BatchOrderRow.slot))
        seen: dict[int, str] = {}
        for slot, order_no, *_rest in self.s.execute(q):
            seen.setdefault(slot, order_no)
        return list(seen.items())

    def holds_sku(self, batch_no: str, sku: str) -> bool:
        return self.s.execute(self._lines(batch_no).where(ProductRow.sku == sku)
                              .limit(1)).first() is not None

    def progress(self, batch_no: str) -> list[tuple[int, str, int, int]]:
        names: dict[int, str] = {}
        ordered: dict[int, int] = {}
        sorted_: dict[int, int] = {}
        for slot, order_no, qty, scanned, _sku in self.s.execute(self._lines(batch_no)):
            names[slot] = order_no
            ordered[slot] = ordered.get(slot, 0) + qty
            sorted_[slot] = sorted_.get(slot, 0) + min(scanned, qty)
        return [(slot, names[slot], ordered[slot], sorted_[slot]) for slot in sorted(names)]

    def missing(self, batch_no: str) -> list[tuple[int, str, str, int]]:
        sortable = (OrderStatus.OPEN.value, OrderStatus.PACKING.value)
        q = (self._lines(batch_no)
             .where(OrderLineRow.scanned_qty < OrderLineRow.qty, OrderRow.status.in_(sortable))
             .order_by(BatchOrderRow.slot, ProductRow.sku))
        return [(slot, order_no, sku, qty - scanned)
                for slot, order_no, qty, scanned, sku in self.s.execute(q)]

    def sorting_at(self, station_id: int) -> str | None:
        return self.s.scalar(select(BatchRow.batch_no).where(
            BatchRow.status == "sorting", BatchRow.station_id == station_id).limit(1))

    def batch_of(self, order_no: str) -> tuple[str, int] | None:
        row = self.s.execute(
            select(BatchRow.batch_no, BatchOrderRow.slot).join(BatchOrderRow)
            .join(OrderRow, OrderRow.id == BatchOrderRow.order_id)
            .where(OrderRow.order_no == order_no, BatchRow.status.in_(UNFINISHED))).first()
        return (row[0], row[1]) if row else None
