"""The station's sync loop: online, offline and stalled, as the status bar shows them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from packstation.services.sync import loop as sync


class _Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.t


class _Outbox:
    def __init__(self, events: int = 0) -> None:
        self.events = [sync.OutboundEvent(f"u{i}", i, "audit", "", "{}") for i in range(events)]
        self.state: dict[str, str] = {}

    def pending(self, limit: int) -> list[sync.OutboundEvent]:
        return self.events[:limit]

    def mark_pushed(self, outcome: sync.PushOutcome, seqs: list[int], now: datetime) -> None:
        self.events = [e for e in self.events if e.seq not in seqs]

    def backlog(self) -> int:
        return len(self.events)

    def get_state(self, key: str) -> str | None:
        return self.state.get(key)

    def set_state(self, key: str, value: str) -> None:
        self.state[key] = value


class _Link:
    station = "st-1"

    def __init__(self, outbox: _Outbox) -> None:
        self.box, self.up = outbox, True

    def _check(self) -> None:
        if not self.up:
            raise sync.ServerUnavailable("connection refused")

    def outbox(self) -> _Outbox:
        return self.box

    def sink(self) -> _Link:
        return self

    def push(self, station: str, events: list[sync.OutboundEvent],
             now: datetime) -> sync.PushOutcome:
        self._check()
        return sync.PushOutcome(frozenset(e.uuid for e in events))

    def heartbeat(self, now: datetime) -> list[str]:
        self._check()
        return []

    def forget_addresses(self, now: datetime) -> int:
        return 0

    def pull_catalog(self) -> bool:
        return False


def test_server_away_with_nothing_to_send_still_shows_offline() -> None:
    clock, link = _Clock(), _Link(_Outbox())
    loop = sync.SyncLoop(link, clock)  # type: ignore[arg-type]
    assert loop.run_once().online
    link.up = False
    clock.t += timedelta(seconds=2)
    status = loop.run_once()
    assert not status.online and status.backlog == 0 and not status.stalled
    assert status.last_ok == clock.t - timedelta(seconds=2)


def test_backlog_waits_turns_stalled_then_drains_when_the_server_is_back() -> None:
    clock, link = _Clock(), _Link(_Outbox(events=5))
    loop = sync.SyncLoop(link, clock)  # type: ignore[arg-type]
    link.up = False
    assert loop.run_once().backlog == 5
    clock.t += sync.STALLED_AFTER + timedelta(seconds=1)
    assert loop.run_once().stalled
    link.up = True
    status = loop.run_once()
    assert status.online and status.backlog == 0 and not status.stalled
