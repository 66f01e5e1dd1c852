"""Networked mode: the station pushes its outbox to the central server in batches.

Every change is first committed to the station's own SQLite (the outbox is written in the same
transaction, adapters/db/outbox.py), so the packer never waits on the network. `push_once`
sends the oldest unsent events; the server applies each event once (its UUID is the key) and
answers per event: applied, duplicate (already there, same payload: a harmless replay after a
crash) or conflict (same UUID with another payload, or a completion whose claim was taken over:
kept for the lead, never a silent overwrite). Only then are the events marked sent here, so a
crash between the two ends in a replay, never a loss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from packstation.services.ports import Clock
from packstation.services.sync.claims import BatchRefusal, Claim, Holding

# A push older than this while events wait is a stalled sync: the status bar turns red.
STALLED_AFTER = timedelta(minutes=2)
BATCH = 2000


@dataclass(frozen=True)
class OutboundEvent:
    uuid: str
    seq: int  # the station's own sequence
    kind: str
    order_no: str
    payload: str  # canonical JSON


@dataclass(frozen=True)
class PushOutcome:
    applied: frozenset[str] = field(default_factory=frozenset)
    duplicates: frozenset[str] = field(default_factory=frozenset)
    conflicts: frozenset[str] = field(default_factory=frozenset)

    def outcome(self, uuid: str) -> str:
        if uuid in self.conflicts:
            return "conflict"
        return "duplicate" if uuid in self.duplicates else "applied"


class EventSink(Protocol):
    """The central server. One call = one server transaction; raises OSError-like errors
    (ServerUnavailable) when it can't be reached."""

    def push(self, station: str, events: list[OutboundEvent], now: datetime) -> PushOutcome: ...


class Outbox(Protocol):
    """The station's outbox. Each call is its own local transaction."""

    def pending(self, limit: int) -> list[OutboundEvent]: ...

    def mark_pushed(self, outcome: PushOutcome, seqs: list[int], now: datetime) -> None: ...

    def backlog(self) -> int: ...

    def get_state(self, key: str) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...


class ServerUnavailable(Exception):
    """The server can't be reached now; the events stay queued."""


@dataclass(frozen=True)
class PushReport:
    sent: int
    conflicts: int
    backlog: int


@dataclass(frozen=True)
class SyncStatus:
    backlog: int
    last_ok: datetime | None
    last_error: str
    stalled: bool

    @property
    def online(self) -> bool:
        return not self.last_error


def push_once(outbox: Outbox, sink: EventSink, station: str, now: datetime,
              batch: int = BATCH) -> PushReport:
    """Send one batch. Raises ServerUnavailable (after noting it) when the server is away."""
    events = outbox.pending(batch)
    if not events:  # nothing to send: says nothing about the server (SyncLoop checks it)
        return PushReport(0, 0, 0)
    try:
        outcome = sink.push(station, events, now)
    except ServerUnavailable as e:
        outbox.set_state("last_error", str(e)[:200] or "server unavailable")
        raise
    outbox.mark_pushed(outcome, [e.seq for e in events], now)
    outbox.set_state("last_push_ok", now.isoformat())
    outbox.set_state("last_error", "")
    return PushReport(len(events), len(outcome.conflicts), outbox.backlog())


def drain(outbox: Outbox, sink: EventSink, station: str, now: datetime,
          batch: int = BATCH) -> int:
    """Push until the outbox is empty; returns how many events were sent."""
    sent = 0
    while True:
        report = push_once(outbox, sink, station, now, batch)
        sent += report.sent
        if report.sent == 0 or report.backlog == 0:
            return sent


def status(outbox: Outbox, now: datetime) -> SyncStatus:
    backlog = outbox.backlog()
    raw = outbox.get_state("last_push_ok")
    last_ok = datetime.fromisoformat(raw) if raw else None
    error = outbox.get_state("last_error") or ""
    stalled = backlog > 0 and (last_ok is None or now - last_ok > STALLED_AFTER)
    return SyncStatus(backlog, last_ok, error, stalled)


# --- the station's link to the server: claim on open, heartbeat, background push ------------


@dataclass(frozen=True)
class OpenAnswer:
    """May this station open the order? If not, the verdict to show: HELD_ELSEWHERE (with
    the station holding it), ALREADY_PACKED (packed elsewhere: the local copy is stale) or
    NOT_CLAIMED_OFFLINE (the server is away and this station holds no lease on it)."""

    allowed: bool
    verdict: str = ""
    held_by: str = ""


@dataclass(frozen=True)
class ConflictView:
    """An event the server kept instead of applying (for the lead)."""

    id: int
    at: datetime
    station: str
    order_no: str
    kind: str
    reason: str  # payload_differs / claim_lost / already_completed / serial_shipped_twice


class ServerLink(Protocol):
    """What a networked station asks of the server (adapters/central/link.py)."""

    station: str

    def ensure_claim(self, order_no: str, now: datetime) -> OpenAnswer:
        """Held here already (works offline), or claimed now and pulled from the server."""
        ...

    def claim_batch(self, batch_no: str, now: datetime) -> BatchRefusal | None:
        """Claim every order of the batch still to be packed, with the batch itself, and pull
        them; or, offline, allow the batch this station already sorts. None: allowed (or
        unknown on the server: the local lookup then says so)."""
        ...

    def heartbeat(self, now: datetime) -> list[str]:
        """Renew the leases of the orders this station holds; returns those it lost."""
        ...

    def forget_addresses(self, now: datetime) -> int: ...

    def pull_catalog(self) -> bool:
        """Products, boxes, services and rates, settings and users, when they changed."""
        ...

    def outbox(self) -> Outbox: ...

    def sink(self) -> EventSink: ...

    # the lead's tools (services/floor.py)
    def holders(self, now: datetime) -> list[Holding]: ...

    def take_over(self, order_no: str, now: datetime) -> Claim | None: ...

    def release(self, order_no: str) -> bool: ...

    def conflicts(self) -> list[ConflictView]: ...

    def resolve_conflict(self, conflict_id: int, login: str, now: datetime) -> bool: ...

    def close(self) -> None:
        """Release the connection to the server (at exit)."""
        ...


class SyncLoop:
    """Runs in its own thread on a networked station: push, heartbeat, forget addresses,
    every `interval` seconds. The UI reads `snapshot` (one reference, replaced atomically)."""

    def __init__(self, link: ServerLink, clock: Clock, interval: float = 2.0) -> None:
        import threading

        self.link, self.clock, self.interval = link, clock, interval
        self.snapshot = SyncStatus(0, None, "", False)
        self.lost: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self.interval)

    def run_once(self) -> SyncStatus:
        now = self.clock.now()
        outbox = self.link.outbox()
        try:
            drain(outbox, self.link.sink(), self.link.station, now)
            self.lost = self.link.heartbeat(now)  # reaches the server even with nothing to send
            self.link.forget_addresses(now)
            self.link.pull_catalog()
            outbox.set_state("last_push_ok", now.isoformat())
            outbox.set_state("last_error", "")
        except ServerUnavailable as e:  # the backlog waits; the status bar says offline
            outbox.set_state("last_error", str(e)[:200] or "server unavailable")
        except Exception as e:
            outbox.set_state("last_error", f"{type(e).__name__}: {e}"[:200])
        self.snapshot = status(outbox, self.clock.now())
        return self.snapshot
