"""A networked station's link to the central server (services/sync.py ServerLink).

Opening an order claims it on the server and pulls it (lines, products, the address) into the
station's SQLite; an order the station already holds opens without the server, so packing goes
on through an outage.
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from packstation.adapters.central.claims import SqlClaimStore
from packstation.adapters.central.events import SqlEventSink, conflicts
from packstation.adapters.central.pull import (
    forget_addresses,
    pull_batch,
    pull_catalog,
    pull_order,
)
from packstation.adapters.db.engine import make_engine, server_error_line
from packstation.adapters.db.models import BatchRow, EventConflictRow, OrderRow, UserRow
from packstation.adapters.db.outbox import SqlOutbox
from packstation.services.sync.claims import (
    DEFAULT_LEASE,
    BatchClaim,
    BatchRefusal,
    Claim,
    Holding,
)
from packstation.services.sync.loop import ConflictView, OpenAnswer, ServerUnavailable

_OPEN = ("open", "packing")


class SqlServerLink:
    def __init__(self, local: Engine, server_url: str, station: str,
                 lease: timedelta = DEFAULT_LEASE) -> None:
        self.local, self.station, self.lease = local, station, lease
        self.server = make_engine(server_url)
        self.claims = SqlClaimStore(self.server)
        self._sink = SqlEventSink(self.server)

    def outbox(self) -> SqlOutbox:
        return SqlOutbox(self.local)

    def sink(self) -> SqlEventSink:
        return self._sink

    def _held_here(self) -> list[Claim]:
        with self.local.connect() as conn:
            rows = conn.execute(select(OrderRow.order_no, OrderRow.lease_expires_at,
                                       OrderRow.claim_no)
                                .where(OrderRow.claim_no.is_not(None),
                                       OrderRow.status.in_(_OPEN))).all()
        return [Claim(r.order_no, r.lease_expires_at, int(r.claim_no)) for r in rows]

    def ensure_claim(self, order_no: str, now: dt.datetime) -> OpenAnswer:
        try:
            got = self.claims.claim_order(order_no, self.station, now, self.lease)
            if isinstance(got, Holding):
                return OpenAnswer(False, "HELD_ELSEWHERE", got.station)
            if got is None:
                return self._not_claimable(order_no)
            pull_order(self.server, self.local, got)
            return OpenAnswer(True)
        except OperationalError:  # the server is away: only the orders held here
            held = self._holds(order_no)
            return OpenAnswer(held, "" if held else "NOT_CLAIMED_OFFLINE")

    def claim_batch(self, batch_no: str, now: dt.datetime) -> BatchRefusal | None:
        try:
            got = self.claims.claim_batch(batch_no, self.station, now, self.lease)
            if isinstance(got, BatchClaim):
                pull_batch(self.server, self.local, got)
            return got if isinstance(got, BatchRefusal) else None
        except OperationalError:  # the server is away: only the batch sorted here goes on
            if self._sorting(batch_no):
                return None
            return BatchRefusal("batch.offline", {"batch_no": batch_no})

    def _sorting(self, batch_no: str) -> bool:
        with self.local.connect() as conn:
            return conn.scalar(select(BatchRow.id).where(
                BatchRow.batch_no == batch_no, BatchRow.status == "sorting")) is not None

    def _not_claimable(self, order_no: str) -> OpenAnswer:
        """Unknown on the server: let the local lookup say UNKNOWN_ORDER. Known but packed,
        shipped or on hold there: the local copy is stale, refuse it."""
        with self.server.connect() as conn:
            exists = conn.scalar(select(OrderRow.id).where(OrderRow.order_no == order_no))
        return OpenAnswer(True) if exists is None else OpenAnswer(False, "ALREADY_PACKED")

    def _holds(self, order_no: str) -> bool:
        with self.local.connect() as conn:
            return conn.scalar(select(OrderRow.id).where(
                OrderRow.order_no == order_no, OrderRow.claim_no.is_not(None),
                OrderRow.status.in_(_OPEN))) is not None

    def heartbeat(self, now: dt.datetime) -> list[str]:
        try:
            return [c.order_no for c in self._held_here()
                    if self.claims.renew(c, self.station, now, self.lease) is None]
        except OperationalError as e:
            raise ServerUnavailable(server_error_line(e)) from e

    def pull_catalog(self) -> bool:
        try:
            return pull_catalog(self.server, self.local)
        except OperationalError as e:
            raise ServerUnavailable(server_error_line(e)) from e

    def forget_addresses(self, now: dt.datetime) -> int:
        try:
            return forget_addresses(self.server, self.local, now)
        except OperationalError as e:
            raise ServerUnavailable(server_error_line(e)) from e

    def close(self) -> None:
        self.server.dispose()

    # -- the lead's tools ----------------------------------------------------------------------
    def holders(self, now: dt.datetime) -> list[Holding]:
        return self.claims.holders(now)

    def take_over(self, order_no: str, now: dt.datetime) -> Claim | None:
        claim = self.claims.take_over(order_no, self.station, now, self.lease)
        if claim is not None:
            pull_order(self.server, self.local, claim)
        return claim

    def release(self, order_no: str) -> bool:
        return self.claims.force_release(order_no)

    def conflicts(self) -> list[ConflictView]:
        return conflicts(self.server)

    def resolve_conflict(self, conflict_id: int, login: str, now: dt.datetime) -> bool:
        with self.server.begin() as conn:
            user_id = conn.scalar(select(UserRow.id).where(UserRow.login == login))
            return conn.execute(update(EventConflictRow).where(
                EventConflictRow.id == conflict_id, EventConflictRow.resolved_at.is_(None))
                .values(resolved_by=user_id, resolved_at=now)).rowcount == 1
