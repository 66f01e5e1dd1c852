"""Claims on the central database. PostgreSQL: FOR UPDATE SKIP LOCKED, so eight stations
asking at once each get a different order without waiting on one another. SQLite (one
station): the same statements, serialised by SQLite's single writer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement

from packstation.adapters.db.models import (
    BatchOrderRow,
    BatchRow,
    CompletionRow,
    CounterRow,
    OrderRow,
    StationRow,
)
from packstation.domain.errors import PackstationError
from packstation.domain.model import OrderStatus
from packstation.services.sync.claims import BatchClaim, BatchRefusal, Claim, Holding

# An order a station was packing when it died is claimable again once its lease expires.
_CLAIMABLE = (OrderStatus.OPEN.value, OrderStatus.PACKING.value)


def claimable_statuses() -> tuple[str, ...]:
    return _CLAIMABLE


class StationNotRegistered(PackstationError):
    default_code = "central.station_not_registered"


def station_id_of(conn: Connection, name: str) -> int:
    """The registered station's id; the admin registers stations (`server add-station`)."""
    found = conn.scalar(select(StationRow.id).where(StationRow.name == name))
    if found is None:
        raise StationNotRegistered("central.station_not_registered", station=name)
    return int(found)


def register_station(conn: Connection, name: str) -> int:
    found = conn.scalar(select(StationRow.id).where(StationRow.name == name))
    if found is not None:
        return int(found)
    try:
        with conn.begin_nested():
            return int(conn.execute(insert(StationRow).values(name=name, next_seq=1)
                                    .returning(StationRow.id)).scalar_one())
    except IntegrityError:  # another process registered it first
        return int(conn.execute(select(StationRow.id).where(StationRow.name == name))
                   .scalar_one())


def _fencing(conn: Connection) -> int:
    """The next fencing number. PostgreSQL: a sequence, which never holds a row lock, so eight
    stations claiming at once do not queue behind one counter row until each commits. SQLite
    (one writer anyway): the counters row."""
    if conn.dialect.name == "postgresql":
        return int(conn.execute(text("SELECT nextval('claim_fencing')")).scalar_one())
    return int(conn.execute(update(CounterRow).where(CounterRow.name == "claim")
                            .values(value=CounterRow.value + 1)
                            .returning(CounterRow.value)).scalar_one())


def _held_elsewhere(conn: Connection, batch_no: str, orders: Sequence[Any], station_id: int,
                    now: datetime, *, sorter: int | None) -> BatchRefusal | None:
    """The first order of the batch another station holds with a live lease, as a refusal
    naming the station (and the order when that station is not the batch's ``sorter``)."""
    for row in orders:
        if row.claim_station_id in (None, station_id) or row.lease_expires_at < now:
            continue
        name = conn.scalar(select(StationRow.name)
                           .where(StationRow.id == row.claim_station_id)) or ""
        if sorter == row.claim_station_id:
            return BatchRefusal("batch.elsewhere", {"batch_no": batch_no, "station": name})
        return BatchRefusal("batch.order_elsewhere", {"batch_no": batch_no,
                                                      "order_no": row.order_no,
                                                      "station": name})
    return None


class SqlClaimStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._skip_locked = engine.dialect.name == "postgresql"
        # benchmarks/central.py compares with stations that wait on each other's row locks
        self.wait_for_locks = False

    def claim_next(self, station: str, now: datetime, lease: timedelta) -> Claim | None:
        free = or_(OrderRow.claim_station_id.is_(None), OrderRow.lease_expires_at < now)
        q = (select(OrderRow.id, OrderRow.order_no)
             .where(OrderRow.status.in_(_CLAIMABLE), free)
             .order_by(OrderRow.delivery_date.is_(None), OrderRow.delivery_date, OrderRow.id)
             .limit(1))
        if self._skip_locked:
            q = q.with_for_update(skip_locked=not self.wait_for_locks, of=OrderRow)
        with self.engine.begin() as conn:
            station_id = station_id_of(conn, station)
            row = conn.execute(q).first()
            if row is None:
                return None
            claim = Claim(row.order_no, now + lease, _fencing(conn))
            # Conditional: on SQLite (no row locks) a second writer must not steal the order
            # between our SELECT and this UPDATE.
            taken = conn.execute(update(OrderRow).where(OrderRow.id == row.id, free).values(
                claim_station_id=station_id, lease_expires_at=claim.lease_expires,
                claim_no=claim.claim)).rowcount
        return claim if taken == 1 else self.claim_next(station, now, lease)

    def claim_order(self, order_no: str, station: str, now: datetime,
                    lease: timedelta) -> Claim | Holding | None:
        """This very order (the packer scanned its pick list): the claim (new, or this
        station's own renewed), the holding of the station that has it, or None when the
        order can't be packed (unknown, packed, shipped, on hold)."""
        q = (select(OrderRow.id, OrderRow.status, OrderRow.claim_station_id,
                    OrderRow.lease_expires_at, OrderRow.claim_no)
             .where(OrderRow.order_no == order_no))
        if self._skip_locked:
            q = q.with_for_update(of=OrderRow)
        with self.engine.begin() as conn:
            station_id = station_id_of(conn, station)
            row = conn.execute(q).first()
            if row is None or row.status not in _CLAIMABLE:
                return None
            held_elsewhere = row.claim_station_id not in (None, station_id)
            if held_elsewhere and row.lease_expires_at >= now:
                name = conn.scalar(select(StationRow.name)
                                   .where(StationRow.id == row.claim_station_id)) or ""
                return Holding(order_no, name, row.lease_expires_at, int(row.claim_no), False)
            number = row.claim_no if row.claim_station_id == station_id else _fencing(conn)
            claim = Claim(order_no, now + lease, int(number))
            conn.execute(update(OrderRow).where(OrderRow.id == row.id).values(
                claim_station_id=station_id, lease_expires_at=claim.lease_expires,
                claim_no=claim.claim))
        return claim

    def claim_batch(self, batch_no: str, station: str, now: datetime,
                    lease: timedelta) -> BatchClaim | BatchRefusal | None:
        """Every order of the batch still to be packed, for this station, in one transaction:
        the picker brings all of the batch's units to one bench, so a batch is sorted whole
        or not at all. Refused while another station holds the batch or one of its orders
        with a live lease (a dead station's batch is taken once its leases expire, as an
        order is). None: no such batch on the server."""
        batch_q = select(BatchRow.id, BatchRow.status, BatchRow.station_id).where(
            BatchRow.batch_no == batch_no)
        orders_q = (select(OrderRow.id, OrderRow.order_no, OrderRow.claim_station_id,
                           OrderRow.lease_expires_at, OrderRow.claim_no)
                    .join(BatchOrderRow, BatchOrderRow.order_id == OrderRow.id)
                    .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
                    .where(BatchRow.batch_no == batch_no, OrderRow.status.in_(_CLAIMABLE))
                    .order_by(BatchOrderRow.slot))
        if self._skip_locked:  # batch first, then its orders: one lock order for everyone
            batch_q = batch_q.with_for_update(of=BatchRow)
            orders_q = orders_q.with_for_update(of=OrderRow)
        with self.engine.begin() as conn:
            station_id = station_id_of(conn, station)
            batch = conn.execute(batch_q).first()
            if batch is None:
                return None
            if batch.status == "done":
                return BatchRefusal("batch.finished", {"batch_no": batch_no})
            orders = conn.execute(orders_q).all()
            refusal = _held_elsewhere(conn, batch_no, orders, station_id, now,
                                      sorter=batch.station_id)
            if refusal is not None:
                return refusal
            claims = []
            for row in orders:
                mine = row.claim_station_id == station_id
                claim = Claim(row.order_no, now + lease,
                              int(row.claim_no) if mine else _fencing(conn))
                conn.execute(update(OrderRow).where(OrderRow.id == row.id).values(
                    claim_station_id=station_id, lease_expires_at=claim.lease_expires,
                    claim_no=claim.claim))
                claims.append(claim)
            conn.execute(update(BatchRow).where(BatchRow.id == batch.id)
                         .values(status="sorting", station_id=station_id))
        return BatchClaim(batch_no, tuple(claims))

    def _held(self, conn: Connection, claim: Claim, station: str) -> ColumnElement[bool]:
        """Still this station's claim. An expired lease that nobody took over still counts:
        the expiry only allows a takeover, and the fencing number says whether one happened
        (a station back from an outage keeps the orders nobody else needed)."""
        return and_(OrderRow.order_no == claim.order_no, OrderRow.claim_no == claim.claim,
                    OrderRow.claim_station_id == station_id_of(conn, station))

    def renew(self, claim: Claim, station: str, now: datetime, lease: timedelta) -> Claim | None:
        with self.engine.begin() as conn:
            renewed = Claim(claim.order_no, now + lease, claim.claim)
            done = conn.execute(update(OrderRow).where(self._held(conn, claim, station))
                                .values(lease_expires_at=renewed.lease_expires)).rowcount
        return renewed if done == 1 else None

    def take_over(self, order_no: str, station: str, now: datetime,
                  lease: timedelta) -> Claim | None:
        """The lead hands a stuck order to `station` now, whatever its lease says."""
        with self.engine.begin() as conn:
            station_id = station_id_of(conn, station)
            q = select(OrderRow.id).where(OrderRow.order_no == order_no,
                                          OrderRow.status.in_(_CLAIMABLE))
            if self._skip_locked:
                q = q.with_for_update(of=OrderRow)
            order_id = conn.scalar(q)
            if order_id is None:
                return None
            claim = Claim(order_no, now + lease, _fencing(conn))
            conn.execute(update(OrderRow).where(OrderRow.id == order_id).values(
                claim_station_id=station_id, lease_expires_at=claim.lease_expires,
                claim_no=claim.claim))
        return claim

    def force_release(self, order_no: str) -> bool:
        """The lead frees a stuck order; the old holder's fencing number stops working."""
        with self.engine.begin() as conn:
            done = conn.execute(update(OrderRow).where(
                OrderRow.order_no == order_no, OrderRow.claim_station_id.is_not(None),
                OrderRow.status.in_(_CLAIMABLE))
                .values(claim_station_id=None, lease_expires_at=None,
                        claim_no=_fencing(conn))).rowcount
        return done == 1

    def holders(self, now: datetime) -> list[Holding]:
        """Who holds what, oldest lease first: the lead's view of the floor."""
        q = (select(OrderRow.order_no, StationRow.name, OrderRow.lease_expires_at,
                    OrderRow.claim_no)
             .join(StationRow, StationRow.id == OrderRow.claim_station_id)
             .where(OrderRow.status.in_(_CLAIMABLE))
             .order_by(OrderRow.lease_expires_at))
        with self.engine.connect() as conn:
            return [Holding(r.order_no, r.name, r.lease_expires_at, int(r.claim_no),
                            r.lease_expires_at < now) for r in conn.execute(q)]

    def release(self, claim: Claim, station: str) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(update(OrderRow).where(
                OrderRow.order_no == claim.order_no, OrderRow.claim_no == claim.claim,
                OrderRow.claim_station_id == station_id_of(conn, station))
                .values(claim_station_id=None, lease_expires_at=None)).rowcount
        return done == 1

    def complete(self, claim: Claim, station: str, now: datetime) -> bool:
        """Fenced: the UPDATE matches only the current claim; the completions table's primary
        key refuses a second completion even if two transactions raced past the check."""
        try:
            with self.engine.begin() as conn:
                station_id = station_id_of(conn, station)
                order_id = conn.execute(
                    update(OrderRow).where(self._held(conn, claim, station),
                                           OrderRow.status.in_((*_CLAIMABLE, "packing")))
                    .values(status=OrderStatus.PACKED.value, packed_at=now)
                    .returning(OrderRow.id)).scalar()
                if order_id is None:
                    return False
                conn.execute(insert(CompletionRow).values(order_id=order_id,
                                                          station_id=station_id,
                                                          claim_no=claim.claim, at=now))
            return True
        except IntegrityError:
            return False
