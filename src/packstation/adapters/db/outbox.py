"""Station side of the sync: every state change the packing repository makes is also written
as an event to the outbox, in the same session (so the same transaction) as the change. The
events carry natural keys (order number, line number, SKU, login), never database ids, which
differ between a station and the server, and never an address.

The server replays them in the station's order (adapters/central/events.py), so its state ends
up exactly as the station's, however late the push comes.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Mapping

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from packstation.adapters.db.models import OrderRow, OutboxRow, SyncStateRow, UserRow
from packstation.services.sync.loop import OutboundEvent, PushOutcome


def canonical(payload: Mapping[str, object]) -> str:
    """One text per payload, so 'same event, same payload' is a plain string comparison."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


class OutboxWriter:
    def __init__(self, session: Session) -> None:
        self.s = session
        self._logins: dict[int, str] = {}

    def add(self, kind: str, order_no: str, payload: Mapping[str, object],
            uuid: str | None = None) -> None:
        self.s.add(OutboxRow(uuid=uuid or str(uuidlib.uuid4()), kind=kind, order_no=order_no,
                             payload=canonical(payload)))

    def login(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id not in self._logins:
            self._logins[user_id] = self.s.scalar(
                select(UserRow.login).where(UserRow.id == user_id)) or ""
        return self._logins[user_id]

    def claim_of(self, order_no: str) -> int | None:
        return self.s.scalar(select(OrderRow.claim_no).where(OrderRow.order_no == order_no))


def backlog(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(OutboxRow)
                              .where(OutboxRow.pushed_at.is_(None))) or 0)


class SqlOutbox:
    """The station's outbox as the sync service sees it (services/sync.py Outbox port)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def pending(self, limit: int) -> list[OutboundEvent]:
        q = (select(OutboxRow.uuid, OutboxRow.seq, OutboxRow.kind, OutboxRow.order_no,
                    OutboxRow.payload)
             .where(OutboxRow.pushed_at.is_(None)).order_by(OutboxRow.seq).limit(limit))
        with Session(self.engine) as s:
            return [OutboundEvent(r.uuid, r.seq, r.kind, r.order_no, r.payload)
                    for r in s.execute(q)]

    def mark_pushed(self, outcome: PushOutcome, seqs: list[int], now: dt.datetime) -> None:
        with Session(self.engine) as s, s.begin():
            s.execute(update(OutboxRow).where(OutboxRow.seq.in_(seqs))
                      .values(pushed_at=now, outcome="applied"))
            for kind, uuids in (("duplicate", outcome.duplicates),
                                ("conflict", outcome.conflicts)):
                if uuids:
                    s.execute(update(OutboxRow).where(OutboxRow.uuid.in_(list(uuids)))
                              .values(outcome=kind))

    def backlog(self) -> int:
        with Session(self.engine) as s:
            return backlog(s)

    def get_state(self, key: str) -> str | None:
        with Session(self.engine) as s:
            return s.scalar(select(SyncStateRow.value).where(SyncStateRow.key == key))

    def set_state(self, key: str, value: str) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(SyncStateRow, key)
            if row is None:
                s.add(SyncStateRow(key=key, value=value))
            else:
                row.value = value
