"""Packing repository: the queries behind every scan. Narrow and indexed: a scan on a
500-line order must commit and repaint within 50 ms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    MisPickRow,
    OrderLineRow,
    OrderRow,
    ProductCodeRow,
    ProductRow,
    ScanEventRow,
    SerialRow,
    StationRow,
)
from packstation.adapters.db.outbox import OutboxWriter
from packstation.domain.handling import AckKind, HandlingFacts, parse_ack
from packstation.domain.model import CoolType, OrderStatus
from packstation.domain.verdicts import ProductMatch, Verdict
from packstation.services.dto import LineView
from packstation.services.packing.dto import (
    MisPickRecord,
    OrderState,
    PackingOrder,
    ProductView,
    ScanRecord,
)

_LINE_COLUMNS = (OrderLineRow.line_no, ProductRow.sku, ProductRow.name_ja, ProductRow.name_en,
                 OrderLineRow.qty, OrderLineRow.scanned_qty, ProductRow.image_path,
                 ProductRow.length_mm, ProductRow.weight_g)


class SqlPackingRepository:
    def __init__(self, session: Session, outbox: OutboxWriter | None = None) -> None:
        self.s = session
        self.outbox = outbox  # networked mode: each change is also an event for the server
        # Ids looked up once per transaction: a scan asks for the same order and line twice.
        self._ids: dict[tuple[str, object], int | None] = {}

    def _cached(self, key: tuple[str, object], query: object) -> int | None:
        if key not in self._ids:
            self._ids[key] = self.s.scalar(query)  # type: ignore[call-overload]
        return self._ids[key]

    def order_state(self, order_no: str) -> OrderState | None:
        left = func.coalesce(func.sum(case((OrderLineRow.qty > OrderLineRow.scanned_qty,
                                            OrderLineRow.qty - OrderLineRow.scanned_qty),
                                           else_=0)), 0)
        row = self.s.execute(
            select(OrderRow.id, OrderRow.status, left)
            .outerjoin(OrderLineRow, OrderLineRow.order_id == OrderRow.id)
            .where(OrderRow.order_no == order_no).group_by(OrderRow.id, OrderRow.status)).first()
        if row is None:
            return None
        self._ids[("order", order_no)] = row[0]
        return OrderState(order_no, row[1], int(row[2]))

    def lines_of_sku(self, order_no: str, sku: str) -> tuple[LineView, ...]:
        order_id = self._order_id(order_no)
        return tuple(self._line_views(select(*_LINE_COLUMNS)
                                      .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
                                      .where(OrderLineRow.order_id == order_id,
                                             ProductRow.sku == sku)))

    def expected_skus(self, order_no: str) -> str:
        q = (select(ProductRow.sku).join(OrderLineRow, OrderLineRow.product_id == ProductRow.id)
             .where(OrderLineRow.order_id == self._order_id(order_no),
                    OrderLineRow.qty > OrderLineRow.scanned_qty).order_by(OrderLineRow.line_no))
        return ",".join(self.s.scalars(q))

    def _line_views(self, query: object) -> list[LineView]:
        return [LineView(r.line_no, r.sku, r.name_ja, r.name_en, r.qty, r.scanned_qty,
                         r.image_path, r.length_mm is None or r.weight_g is None)
                for r in self.s.execute(query)]  # type: ignore[call-overload]

    def station_id(self, name: str) -> int:
        found = self.s.scalar(select(StationRow.id).where(StationRow.name == name))
        if found is not None:
            return found
        row = StationRow(name=name)
        self.s.add(row)
        self.s.flush()
        return row.id

    def station_name(self, station_id: int) -> str:
        return self.s.scalar(select(StationRow.name).where(StationRow.id == station_id)) or ""

    def next_seq(self, station_id: int) -> int:
        # UPDATE … RETURNING takes the row lock: two writers never get the same number.
        seq = self.s.scalar(update(StationRow).where(StationRow.id == station_id)
                            .values(next_seq=StationRow.next_seq + 1)
                            .returning(StationRow.next_seq))
        assert seq is not None
        return int(seq) - 1

    def _order_id(self, order_no: str) -> int | None:
        return self._cached(("order", order_no),
                            select(OrderRow.id).where(OrderRow.order_no == order_no))

    def order_for_packing(self, order_no: str) -> PackingOrder | None:
        order = self.s.execute(select(OrderRow.id, OrderRow.status, OrderRow.tracking_no,
                                      OrderRow.station_id, OrderRow.cool, OrderRow.gift)
                               .where(OrderRow.order_no == order_no)).first()
        if order is None:
            return None
        q = (select(*_LINE_COLUMNS).join(ProductRow, ProductRow.id == OrderLineRow.product_id)
             .where(OrderLineRow.order_id == order.id).order_by(OrderLineRow.line_no))
        lines = tuple(self._line_views(q))
        return PackingOrder(order_no, order.status, order.tracking_no, lines, order.station_id,
                            order.cool, order.gift)

    def order_at_station(self, station_id: int, user_id: int | None = None) -> str | None:
        q = select(OrderRow.order_no).where(
            OrderRow.station_id == station_id, OrderRow.status == OrderStatus.PACKING.value)
        if user_id is not None:
            q = q.where(OrderRow.opened_by == user_id)
        return self.s.scalar(q.order_by(OrderRow.updated_at.desc()).limit(1))

    def set_status(self, order_no: str, status: OrderStatus, *, station_id: int | None,
                   user_id: int | None, at: dt.datetime, hold_reason: str = "") -> None:
        values: dict[str, object] = {"status": status.value, "updated_at": at,
                                     "hold_reason": hold_reason}
        if station_id is not None:
            values["station_id"] = station_id
        if user_id is not None:
            values["opened_by"] = user_id
        if status is OrderStatus.PACKED:
            values["packed_at"] = at
        self.s.execute(update(OrderRow).where(OrderRow.order_no == order_no).values(**values))
        if self.outbox is not None:
            if status is OrderStatus.PACKED:  # fenced on the server by the claim number
                self.outbox.add("complete", order_no, {
                    "claim": self.outbox.claim_of(order_no), "at": at.isoformat(),
                    "user": self.outbox.login(user_id)})
            else:
                self.outbox.add("status", order_no, {
                    "status": status.value, "hold_reason": hold_reason, "at": at.isoformat(),
                    "user": self.outbox.login(user_id)})

    def match_code(self, candidates: Sequence[str]) -> ProductMatch | None:
        row = self.s.execute(
            select(ProductRow.sku, ProductCodeRow.units, ProductRow.serial_tracked,
                   ProductRow.qty_entry_allowed)
            .join(ProductRow, ProductRow.id == ProductCodeRow.product_id)
            .where(ProductCodeRow.code.in_(list(candidates))).limit(1)).first()
        if row is None:
            return None
        return ProductMatch(row.sku, row.units, row.serial_tracked, row.qty_entry_allowed)

    def serial_shipped(self, sku: str, serial: str) -> bool:
        return self.s.scalar(select(SerialRow.id).join(ProductRow, ProductRow.id ==
                                                       SerialRow.product_id)
                             .where(ProductRow.sku == sku, SerialRow.serial == serial)) is not None

    def add_scan(self, event: ScanRecord) -> int:
        row = ScanEventRow(
            uuid=event.uuid, station_id=event.station_id, seq=event.seq,
            order_id=self._order_id(event.order_no) if event.order_no else None,
            line_id=self._line_id(event.order_no, event.line_no),
            user_id=event.user_id, kind=event.kind, raw=event.raw[:200], code=event.code[:200],
            product_id=self._product_id(event.sku) if event.sku else None, units=event.units,
            serial=event.serial, verdict=event.verdict, typed=event.typed, undoes=event.undoes,
            created_at=event.at)
        self.s.add(row)
        self.s.flush()
        if self.outbox is not None:
            self.outbox.add("scan", event.order_no or "", {
                "line_no": event.line_no, "user": self.outbox.login(event.user_id),
                "kind": event.kind, "raw": event.raw[:200], "code": event.code[:200],
                "sku": event.sku, "units": event.units, "serial": event.serial,
                "verdict": event.verdict, "typed": event.typed, "undoes": event.undoes,
                "at": event.at.isoformat()}, uuid=event.uuid)
        return row.id

    def _line_id(self, order_no: str | None, line_no: int | None) -> int | None:
        if order_no is None or line_no is None:
            return None
        order_id = self._order_id(order_no)
        return self._cached(("line", (order_id, line_no)), select(OrderLineRow.id).where(
            OrderLineRow.order_id == order_id, OrderLineRow.line_no == line_no))

    def _product_id(self, sku: str) -> int | None:
        return self._cached(("product", sku), select(ProductRow.id).where(ProductRow.sku == sku))

    def add_units(self, order_no: str, line_no: int, units: int) -> None:
        line_id = self._line_id(order_no, line_no)
        self.s.execute(update(OrderLineRow).where(OrderLineRow.id == line_id)
                       .values(scanned_qty=OrderLineRow.scanned_qty + units))
        if self.outbox is not None:
            self.outbox.add("units", order_no, {"line_no": line_no, "delta": units})

    def set_line_qty(self, order_no: str, line_no: int, qty: int) -> None:
        line_id = self._line_id(order_no, line_no)
        self.s.execute(update(OrderLineRow).where(OrderLineRow.id == line_id).values(qty=qty))
        if self.outbox is not None:
            self.outbox.add("qty", order_no, {"line_no": line_no, "qty": qty})

    def add_serial(self, sku: str, serial: str, order_no: str, scan_event_id: int) -> None:
        product_id, order_id = self._product_id(sku), self._order_id(order_no)
        assert product_id is not None and order_id is not None
        self.s.add(SerialRow(product_id=product_id, serial=serial, order_id=order_id,
                             scan_event_id=scan_event_id))
        if self.outbox is not None:
            self.outbox.add("serial", order_no, {"sku": sku, "serial": serial,
                                                 "scan": self._scan_uuid(scan_event_id)})

    def _scan_uuid(self, scan_event_id: int) -> str:
        found = self.s.scalar(select(ScanEventRow.uuid).where(ScanEventRow.id == scan_event_id))
        return found or ""

    def remove_serial(self, scan_uuid: str) -> None:
        event_id = select(ScanEventRow.id).where(ScanEventRow.uuid == scan_uuid)
        self.s.execute(delete(SerialRow).where(SerialRow.scan_event_id.in_(event_id)))
        if self.outbox is not None:
            self.outbox.add("unserial", "", {"scan": scan_uuid})

    def add_mispick(self, record: MisPickRecord, scan_event_id: int) -> None:
        self.s.add(MisPickRow(
            scan_event_id=scan_event_id, created_at=record.at, station_id=record.station_id,
            user_id=record.user_id,
            order_id=self._order_id(record.order_no) if record.order_no else None,
            expected_skus=record.expected_skus[:500], scanned_code=record.scanned_code[:200],
            scanned_sku=record.scanned_sku, verdict=record.verdict,
            resolution=record.resolution))
        if self.outbox is not None:  # the lead's review reads the central log
            self.outbox.add("mispick", record.order_no or "", {
                "scan": self._scan_uuid(scan_event_id), "user": self.outbox.login(record.user_id),
                "expected_skus": record.expected_skus[:500],
                "scanned_code": record.scanned_code[:200], "scanned_sku": record.scanned_sku,
                "verdict": record.verdict, "resolution": record.resolution,
                "at": record.at.isoformat()})

    def last_undoable_scan(self, order_no: str) -> ScanRecord | None:
        order_id = self._order_id(order_no)
        undone = select(ScanEventRow.undoes).where(ScanEventRow.order_id == order_id,
                                                   ScanEventRow.kind == "undo")
        q = (select(ScanEventRow, OrderLineRow.line_no, ProductRow.sku)
             .outerjoin(OrderLineRow, OrderLineRow.id == ScanEventRow.line_id)
             .outerjoin(ProductRow, ProductRow.id == ScanEventRow.product_id)
             .where(ScanEventRow.order_id == order_id, ScanEventRow.units > 0,
                    ScanEventRow.kind.in_(("item", "count")), ScanEventRow.uuid.not_in(undone))
             .order_by(ScanEventRow.id.desc()).limit(1))
        found = self.s.execute(q).first()
        if found is None:
            return None
        e, line_no, sku = found
        return ScanRecord(e.uuid, e.station_id, e.seq, order_no, line_no, e.user_id, e.kind,
                          e.raw, e.code, sku or "", e.units, e.serial, e.verdict, e.typed,
                          e.created_at, e.undoes)

    def order_by_tracking(self, tracking_no: str) -> str | None:
        return self.s.scalar(select(OrderRow.order_no).where(OrderRow.tracking_no == tracking_no))

    # --- handling instructions and the packer's view of a refusal (issue 14) ---------------

    def handling_facts(self, order_no: str) -> HandlingFacts | None:
        o = self.s.execute(select(
            OrderRow.id, OrderRow.cool, OrderRow.gift, OrderRow.noshi, OrderRow.wrapping,
            OrderRow.message_card, OrderRow.delivery_date, OrderRow.time_slot, OrderRow.cod_yen,
            OrderRow.notes, OrderRow.enclosures, OrderRow.channel, OrderRow.first_order)
            .where(OrderRow.order_no == order_no)).first()
        if o is None:
            return None
        products = self.s.execute(
            select(ProductRow.sku, ProductRow.fragile, ProductRow.this_side_up)
            .join(OrderLineRow, OrderLineRow.product_id == ProductRow.id)
            .where(OrderLineRow.order_id == o.id)).all()
        return HandlingFacts(
            cool=CoolType(o.cool), gift=o.gift, noshi=o.noshi, wrapping=o.wrapping,
            message_card=o.message_card, delivery_date=o.delivery_date, time_slot=o.time_slot,
            cod_yen=o.cod_yen, notes=o.notes,
            enclosures=tuple(e for e in o.enclosures.split("\n") if e),
            fragile=any(p.fragile for p in products),
            this_side_up=any(p.this_side_up for p in products), channel=o.channel,
            skus=frozenset(p.sku for p in products), first_order=o.first_order)

    def acknowledged(self, order_no: str) -> frozenset[AckKind]:
        codes = self.s.scalars(select(ScanEventRow.code).where(
            ScanEventRow.order_id == self._order_id(order_no), ScanEventRow.kind == "ack",
            ScanEventRow.verdict == Verdict.ACKNOWLEDGED.value))
        return frozenset(k for k in map(parse_ack, codes) if k is not None)

    def product_view(self, sku: str) -> ProductView | None:
        row = self.s.execute(select(ProductRow.sku, ProductRow.name_ja, ProductRow.name_en,
                                    ProductRow.image_path).where(ProductRow.sku == sku)).first()
        return ProductView(row.sku, row.name_ja, row.name_en, row.image_path) if row else None

    def first_open_line(self, order_no: str) -> LineView | None:
        found = self._line_views(
            select(*_LINE_COLUMNS).join(ProductRow, ProductRow.id == OrderLineRow.product_id)
            .where(OrderLineRow.order_id == self._order_id(order_no),
                   OrderLineRow.qty > OrderLineRow.scanned_qty)
            .order_by(OrderLineRow.line_no).limit(1))
        return found[0] if found else None

    def recent_results(self, station_id: int, limit: int) -> list[tuple[str, str, str]]:
        q = (select(OrderRow.order_no, ScanEventRow.verdict, ScanEventRow.code)
             .outerjoin(OrderRow, OrderRow.id == ScanEventRow.order_id)
             .where(ScanEventRow.station_id == station_id)
             .order_by(ScanEventRow.seq.desc()).limit(limit))
        return [(no or "", verdict, code) for no, verdict, code in self.s.execute(q)]
