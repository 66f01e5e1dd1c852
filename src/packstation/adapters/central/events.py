"""The central server's side of the push: apply a batch of station events once, in one
transaction.

- Each event is inserted into `events` first (INSERT … ON CONFLICT DO NOTHING RETURNING): only
  the rows that went in are applied, so a replayed batch (the station crashed before it saw the
  answer) changes nothing. A UUID that is already there with another payload is a conflict,
  kept in `event_conflicts` for the lead.
- The events are replayed as the station made the changes (scans, unit deltas, quantities,
  serials, status, completion, audit), with natural keys resolved to the server's ids once per
  batch, and written with executemany: a batch of thousands is a handful of round-trips.
- A completion is fenced: it applies only while this station still holds this very claim; the
  order_completions primary key refuses a second completion whatever happens above it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from packstation.adapters.central.claims import claimable_statuses, station_id_of
from packstation.adapters.db.engine import server_error_line
from packstation.adapters.db.models import (
    AuditRow,
    BatchRow,
    CompletionRow,
    EventConflictRow,
    EventRow,
    MisPickRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ScanEventRow,
    SerialRow,
    UserRow,
)
from packstation.services.sync.loop import (
    ConflictView,
    OutboundEvent,
    PushOutcome,
    ServerUnavailable,
)


def _insert(conn: Connection, table: Any) -> Any:
    """INSERT with ON CONFLICT support in the connection's dialect."""
    from sqlalchemy.dialects import postgresql, sqlite

    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _bulk_insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: COPY (one stream, no SQL to build or parse for thousands of rows); else an
    executemany INSERT."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {table.__tablename__} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


class SqlEventSink:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def push(self, station: str, events: list[OutboundEvent], now: datetime) -> PushOutcome:
        try:
            with self.engine.begin() as conn:
                return _Batch(conn, station_id_of(conn, station), now).apply(events)
        except OperationalError as e:  # server down, network gone: the events stay queued
            raise ServerUnavailable(server_error_line(e)) from e


class _Incoming:
    __tablename__ = "incoming_events"  # the temporary twin of events, per connection


class _Batch:
    def __init__(self, conn: Connection, station_id: int, now: datetime) -> None:
        self.conn, self.station_id, self.now = conn, station_id, now
        self.conflicts: set[str] = set()

    def apply(self, events: list[OutboundEvent]) -> PushOutcome:
        fresh = self._record(events)
        duplicates = self._check_replays([e for e in events if e.uuid not in fresh])
        todo = sorted((e for e in events if e.uuid in fresh), key=lambda e: e.seq)
        _Replay(self, todo).run()
        applied = frozenset(fresh) - self.conflicts
        return PushOutcome(applied, frozenset(duplicates), frozenset(self.conflicts))

    def _record(self, events: list[OutboundEvent]) -> set[str]:
        rows = [{"uuid": e.uuid, "station_id": self.station_id, "seq": e.seq, "kind": e.kind,
                 "order_no": e.order_no, "payload": e.payload, "received_at": self.now}
                for e in events]
        if not rows:
            return set()
        if self.conn.dialect.name == "postgresql":  # COPY into a scratch table, then dedupe
            self.conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS incoming_events "
                                   "(LIKE events INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"))
            _bulk_insert(self.conn, _Incoming, rows)
            return set(self.conn.execute(text(
                "INSERT INTO events SELECT * FROM incoming_events ON CONFLICT DO NOTHING "
                "RETURNING uuid")).scalars().all())
        stmt = _insert(self.conn, EventRow).on_conflict_do_nothing().returning(EventRow.uuid)
        return set(self.conn.execute(stmt, rows).scalars().all())

    def _check_replays(self, replays: list[OutboundEvent]) -> set[str]:
        if not replays:
            return set()
        stored = dict(self.conn.execute(select(EventRow.uuid, EventRow.payload)
                                        .where(EventRow.uuid.in_([e.uuid for e in replays]))).all())
        duplicates = set()
        for e in replays:
            if stored.get(e.uuid) == e.payload:
                duplicates.add(e.uuid)
            else:  # same UUID, other payload, or a sequence number used twice
                self.conflict(e, "payload_differs" if e.uuid in stored else "seq_reused")
        return duplicates

    def conflict(self, event: OutboundEvent, reason: str) -> None:
        self.conflicts.add(event.uuid)
        self.conn.execute(insert(EventConflictRow).values(
            uuid=event.uuid, station_id=self.station_id, seq=event.seq, kind=event.kind,
            order_no=event.order_no, payload=event.payload, reason=reason, at=self.now))


class _Replay:
    """The changes of one batch, replayed in the station's order with the server's ids."""

    def __init__(self, batch: _Batch, events: list[OutboundEvent]) -> None:
        self.b, self.conn = batch, batch.conn
        self.events = [(e, json.loads(e.payload)) for e in events]
        self.orders = self._ids(OrderRow.order_no, OrderRow.id, {e.order_no for e in events})
        self.products = self._ids(ProductRow.sku, ProductRow.id,
                                  {p.get("sku", "") for _e, p in self.events})
        self.users = self._ids(UserRow.login, UserRow.id, self._logins())
        self.lines: dict[tuple[int, int], int] = {
            (r.order_id, r.line_no): r.id for r in self.conn.execute(
                select(OrderLineRow.id, OrderLineRow.order_id, OrderLineRow.line_no)
                .where(OrderLineRow.order_id.in_(list(self.orders.values()))))}

    def _logins(self) -> set[str]:
        return {v for _e, p in self.events for k in ("user", "approved_by")
                if isinstance(v := p.get(k), str) and v}

    def _ids(self, key: Any, id_col: Any, values: Iterable[str]) -> dict[str, int]:
        wanted = [v for v in values if v]
        if not wanted:
            return {}
        return dict(self.conn.execute(select(key, id_col).where(key.in_(wanted))).all())

    def _line(self, order_no: str, line_no: object) -> int | None:
        order_id = self.orders.get(order_no)
        if order_id is None or not isinstance(line_no, int):
            return None
        return self.lines.get((order_id, line_no))

    def run(self) -> None:
        self._scans()
        self._units()
        for e, p in self.events:
            handler = _SEQUENTIAL.get(e.kind)
            if handler is not None:
                handler(self, e, p)
        self._count()

    def _count(self) -> None:
        """The dashboard's counts (adapters/db/dash_repo.py) of the scans just applied, in
        the same transaction, after the orders' own events (a completion's carton plan)."""
        from packstation.adapters.db.dash_repo import DashCounter

        scans = [(datetime.fromisoformat(p["at"]), self.users.get(p["user"]), p["verdict"],
                  p["raw"], p["units"], self.orders.get(e.order_no))
                 for e, p in self.events if e.kind == "scan"]
        if scans:
            DashCounter(self.conn).count_many(scans)

    def _scans(self) -> None:
        rows = [{
            "uuid": e.uuid, "station_id": self.b.station_id, "seq": e.seq,
            "order_id": self.orders.get(e.order_no), "line_id": self._line(e.order_no,
                                                                          p["line_no"]),
            "user_id": self.users.get(p["user"]), "kind": p["kind"], "raw": p["raw"],
            "code": p["code"], "product_id": self.products.get(p["sku"]), "units": p["units"],
            "serial": p["serial"], "verdict": p["verdict"], "typed": p["typed"],
            "undoes": p["undoes"], "created_at": datetime.fromisoformat(p["at"]),
        } for e, p in self.events if e.kind == "scan"]
        _bulk_insert(self.conn, ScanEventRow, rows)

    def _units(self) -> None:
        deltas: dict[int, int] = defaultdict(int)
        for e, p in self.events:
            if e.kind == "units" and (line_id := self._line(e.order_no, p["line_no"])):
                deltas[line_id] += int(p["delta"])
        if deltas:
            stmt = (update(OrderLineRow).where(OrderLineRow.id == bindparam("line_id"))
                    .values(scanned_qty=OrderLineRow.scanned_qty + bindparam("delta")))
            self.conn.execute(stmt, [{"line_id": k, "delta": v} for k, v in deltas.items()])

    def _held(self, order_no: str) -> Any:
        return (OrderRow.order_no == order_no) & (OrderRow.claim_station_id == self.b.station_id)

    def qty(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        line_id = self._line(e.order_no, p["line_no"])
        self.conn.execute(update(OrderLineRow).where(OrderLineRow.id == line_id)
                          .values(qty=int(p["qty"])))

    def serial(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        scan_id = self.conn.scalar(select(ScanEventRow.id).where(ScanEventRow.uuid == p["scan"]))
        product_id, order_id = self.products.get(p["sku"]), self.orders.get(e.order_no)
        stmt = _insert(self.conn, SerialRow).values(
            product_id=product_id, serial=p["serial"], order_id=order_id,
            scan_event_id=scan_id).on_conflict_do_nothing().returning(SerialRow.id)
        if self.conn.scalar(stmt) is None:  # shipped by another station meanwhile
            self.b.conflict(e, "serial_shipped_twice")

    def unserial(self, _e: OutboundEvent, p: dict[str, Any]) -> None:
        scans = select(ScanEventRow.id).where(ScanEventRow.uuid == p["scan"])
        self.conn.execute(delete(SerialRow).where(SerialRow.scan_event_id.in_(scans)))

    def status(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        done = self.conn.execute(update(OrderRow).where(
            self._held(e.order_no), OrderRow.status.in_(claimable_statuses())).values(
            status=p["status"], hold_reason=p["hold_reason"], station_id=self.b.station_id,
            updated_at=datetime.fromisoformat(p["at"]))).rowcount
        if done != 1:
            self.b.conflict(e, "claim_lost")

    def complete(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        at = datetime.fromisoformat(p["at"])
        order_id = self.conn.scalar(update(OrderRow).where(
            self._held(e.order_no), OrderRow.claim_no == p["claim"],
            OrderRow.status.in_(claimable_statuses())).values(
            status="packed", packed_at=at, station_id=self.b.station_id, updated_at=at)
            .returning(OrderRow.id))
        if order_id is None:  # taken over, released, or already packed elsewhere
            self.b.conflict(e, "claim_lost")
            return
        stmt = _insert(self.conn, CompletionRow).values(
            order_id=order_id, station_id=self.b.station_id, claim_no=p["claim"],
            at=at).on_conflict_do_nothing().returning(CompletionRow.order_id)
        if self.conn.scalar(stmt) is None:
            self.b.conflict(e, "already_completed")

    def shipping(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        """The service and size class the packer chose: the central carrier export uses them."""
        values = {k: str(p[k]) for k in ("service_code", "size_class", "carton_plan") if k in p}
        done = self.conn.execute(update(OrderRow).where(self._held(e.order_no))
                                 .values(**values)).rowcount
        if done != 1:
            self.b.conflict(e, "claim_lost")

    def batch(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        """The station sorting the batch ended it (all slots full, or short: F8)."""
        done = self.conn.execute(update(BatchRow).where(
            BatchRow.batch_no == p["batch_no"], BatchRow.station_id == self.b.station_id)
            .values(status=p["status"])).rowcount
        if done != 1:  # the batch was taken over by another station meanwhile
            self.b.conflict(e, "claim_lost")

    def release(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        """The station gave the order back (a batch ended short with none of its units):
        open again for any station, unless another station has claimed it since."""
        self.conn.execute(update(OrderRow).where(
            self._held(e.order_no), OrderRow.claim_no == p["claim"])
            .values(claim_station_id=None, lease_expires_at=None))

    def mispick(self, e: OutboundEvent, p: dict[str, Any]) -> None:
        scan_id = self.conn.scalar(select(ScanEventRow.id).where(ScanEventRow.uuid == p["scan"]))
        # inline(): no RETURNING id, which the station role (INSERT only) may not read.
        self.conn.execute(insert(MisPickRow).inline().values(
            scan_event_id=scan_id, created_at=datetime.fromisoformat(p["at"]),
            station_id=self.b.station_id, user_id=self.users.get(p["user"]),
            order_id=self.orders.get(e.order_no), expected_skus=p["expected_skus"],
            scanned_code=p["scanned_code"], scanned_sku=p["scanned_sku"],
            verdict=p["verdict"], resolution=p["resolution"]))

    def audit(self, _e: OutboundEvent, p: dict[str, Any]) -> None:
        self.conn.execute(insert(AuditRow).inline().values(  # no RETURNING: see mispick
            at=datetime.fromisoformat(p["at"]), user_id=self.users.get(p["user"]),
            station_id=self.b.station_id, action=p["action"], target=p["target"],
            detail=p["detail"], approved_by=self.users.get(p["approved_by"])))


_SEQUENTIAL = {"qty": _Replay.qty, "serial": _Replay.serial, "unserial": _Replay.unserial,
               "mispick": _Replay.mispick, "shipping": _Replay.shipping,
               "status": _Replay.status, "complete": _Replay.complete, "audit": _Replay.audit,
               "batch": _Replay.batch, "release": _Replay.release}


def conflicts(engine: Engine) -> list[ConflictView]:
    """Open conflicts, newest first: what the lead must look at."""
    from packstation.adapters.db.models import StationRow

    q = (select(EventConflictRow.id, EventConflictRow.at, StationRow.name,
                EventConflictRow.order_no, EventConflictRow.kind, EventConflictRow.reason)
         .join(StationRow, StationRow.id == EventConflictRow.station_id)
         .where(EventConflictRow.resolved_at.is_(None)).order_by(EventConflictRow.id.desc()))
    with engine.connect() as conn:
        return [ConflictView(*row) for row in conn.execute(q)]
