"""Networked mode under failure, on a real PostgreSQL server: the station killed with SIGKILL in
the middle of pushes, and the server stopped in the middle of packing."""

from __future__ import annotations

import os
import random
import signal
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import (
    AuditRow,
    EventRow,
    OrderLineRow,
    OrderRow,
    OutboxRow,
    ScanEventRow,
)
from packstation.adapters.db.outbox import canonical
from packstation.services.packing import bench as packing
from packstation.services.sync import loop as sync
from tests.integration.networked import (
    confirm_handling,
    open_station,
    projection,
    scans_for,
    seed_server,
)
from tests.pgcluster import ThrowawayCluster

KILLS = 200
PUSH_BATCH = 40
MAX_STEPS = 6  # a kill lands after 0-6 push steps: at most 2 whole batches + 1 cut per trial
EVENTS = PUSH_BATCH * (3 * KILLS + 10)  # so the children never run out of work


def _outbox_rows(count: int) -> tuple[list[dict[str, object]], dict[str, int]]:
    """Scans, unit deltas and audit records, as a station writes them. Applying any of them
    twice would show on the server: an extra row, or a line counted past the deltas."""
    now = datetime.now(UTC).isoformat()
    rows, totals = [], {"scan": 0, "units": 0, "audit": 0}
    for i in range(count):
        kind = ("scan", "units", "audit")[i % 3]
        payload: dict[str, object]
        if kind == "scan":
            payload = {"line_no": None, "user": "sato", "kind": "item", "raw": f"X{i}",
                       "code": f"X{i}", "sku": "", "units": 0, "serial": "",
                       "verdict": "UNKNOWN_CODE", "typed": False, "undoes": "", "at": now}
        elif kind == "units":
            payload = {"line_no": 1, "delta": 1}
        else:
            payload = {"action": "reprint", "user": "sato", "target": "R-1001",
                       "detail": {"n": i}, "approved_by": "", "at": now}
        totals[kind] += 1
        rows.append({"uuid": str(uuid.uuid4()), "kind": kind, "order_no": "R-1001",
                     "payload": canonical(payload)})
    return rows, totals


class _Told:
    """Wraps the outbox or the sink of the child: writes one byte to the parent at each step
    of a push, so the parent can kill it right after a chosen one (S: about to send, C: the
    server committed, M: marked sent here)."""

    def __init__(self, inner: object, fd: int) -> None:
        self.inner, self.fd = inner, fd

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def push(self, *args: object) -> object:
        os.write(self.fd, b"S")
        outcome = self.inner.push(*args)  # type: ignore[attr-defined]
        os.write(self.fd, b"C")
        return outcome

    def mark_pushed(self, *args: object) -> None:
        self.inner.mark_pushed(*args)  # type: ignore[attr-defined]
        os.write(self.fd, b"M")


def _push_until_killed(station_url: str, server_url: str, fd: int) -> None:
    """The child: a station pushing its outbox in small batches, until it is killed."""
    from packstation.adapters.central.events import SqlEventSink
    from packstation.adapters.db.outbox import SqlOutbox

    outbox = _Told(SqlOutbox(make_engine(station_url)), fd)
    sink = _Told(SqlEventSink(make_engine(server_url)), fd)
    sync.drain(outbox, sink, "st-1", datetime.now(UTC), batch=PUSH_BATCH)  # type: ignore[arg-type]
    os.write(fd, b"D")
    signal.pause()  # done: idle like a station until the kill


def _read_steps(fd: int, steps: int) -> bytes:
    """The child's next `steps` step bytes (fewer if it finished or died)."""
    seen = b""
    while len(seen) < steps and not seen.endswith(b"D"):
        byte = os.read(fd, 1)
        if not byte:
            break
        seen += byte
    return seen


def _count(url: str, query: object) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        n = conn.scalar(query)  # type: ignore[call-overload]
    engine.dispose()
    return int(n or 0)


def test_kill_9_during_push_loses_and_duplicates_nothing(pg_url: str, demo_template: Path,
                                                        tmp_path: Path) -> None:
    seed_server(pg_url)
    station = open_station(demo_template, tmp_path / "station.db", "st-1", pg_url)
    station_url = f"sqlite:///{tmp_path / 'station.db'}"
    rows, totals = _outbox_rows(EVENTS)
    with station.engine.begin() as conn:
        conn.execute(insert(OutboxRow), rows)
    station.close()
    line_before = _count(pg_url, select(OrderLineRow.scanned_qty).join(OrderRow).where(
        OrderRow.order_no == "R-1001", OrderLineRow.line_no == 1))

    rng = random.Random(1)
    killed_mid_push, killed_after = 0, {b"": 0, b"S": 0, b"C": 0, b"M": 0}
    for _ in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()  # the child has everything imported already
        if pid == 0:
            try:
                os.close(read_fd)
                _push_until_killed(station_url, pg_url, write_fd)
            finally:
                os._exit(0)
        os.close(write_fd)
        # Kill right after a chosen step: before the first push, while sending, after the
        # server committed but before the station marked the batch (the replay case), or
        # after the mark.
        seen = _read_steps(read_fd, rng.randint(0, MAX_STEPS))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        killed_mid_push += not seen.endswith(b"D")
        killed_after[seen[-1:]] += 1
    from packstation.adapters.central.events import SqlEventSink
    from packstation.adapters.db.outbox import SqlOutbox

    outbox = SqlOutbox(make_engine(station_url))
    pushed_by_children = EVENTS - outbox.backlog()
    sync.drain(outbox, SqlEventSink(make_engine(pg_url)), "st-1", datetime.now(UTC))

    assert killed_mid_push == KILLS  # every kill landed while the child was working
    assert min(killed_after.values()) > 10, killed_after  # at every step of the push
    assert pushed_by_children > 0  # the children made progress between the kills
    assert outbox.backlog() == 0
    assert _count(pg_url, select(func.count()).select_from(EventRow)) == EVENTS
    assert _count(pg_url, select(func.count()).select_from(ScanEventRow)) == totals["scan"]
    assert _count(pg_url, select(func.count()).select_from(AuditRow)
                  .where(AuditRow.station_id.is_not(None))) == totals["audit"]
    line_after = _count(pg_url, select(OrderLineRow.scanned_qty).join(OrderRow).where(
        OrderRow.order_no == "R-1001", OrderLineRow.line_no == 1))
    assert line_after - line_before == totals["units"]


SCANS = 300


def _pack_300(template: Path, db: Path, server_url: str, cluster: ThrowawayCluster | None
              ) -> tuple[int, sync.SyncStatus | None]:
    """Pack claimed orders until 300 items are scanned, pushing every 10 scans. With a
    cluster: stop the server after scan 100 and start it again only after scan 300."""
    station = open_station(template, db, "st-1", server_url)
    claims = station.claim_and_pull(120)
    failed_pushes, scanned, offline_status = 0, 0, None
    for claim in claims:
        for code in scans_for(station, claim.order_no):
            assert packing.scan(station.bench(), claim.order_no, code).verdict == "OK"
            scanned += 1
            if scanned == 100 and cluster is not None:
                cluster.stop_server()
            if scanned % 10 == 0:
                try:
                    sync.push_once(station.outbox, station.sink(), "st-1", datetime.now(UTC))
                except sync.ServerUnavailable:
                    failed_pushes += 1
            if scanned == SCANS:
                break
        if scanned == SCANS:
            break
        confirm_handling(station, claim.order_no)
        assert packing.complete(station.bench(), claim.order_no).verdict == "COMPLETED"
    if cluster is not None:
        offline_status = sync.status(station.outbox, datetime.now(UTC))
        cluster.start_server()
    sync.drain(station.outbox, station.sink(), "st-1", datetime.now(UTC))
    assert station.outbox.backlog() == 0
    station.close()
    return failed_pushes, offline_status


def test_server_stopped_mid_packing_station_goes_on_and_drains(
        pg_cluster: ThrowawayCluster, pg_url: str, demo_template: Path, tmp_path: Path) -> None:
    calm_url = pg_cluster.create_database("t_outage_control")
    try:
        seed_server(calm_url, orders=150)
        seed_server(pg_url, orders=150)
        failed, status = _pack_300(demo_template, tmp_path / "outage.db", pg_url, pg_cluster)
        assert failed >= 19  # every push from scan 100 to 300 found the server away
        assert status is not None and status.backlog > 0 and not status.online
        calm_failed, _ = _pack_300(demo_template, tmp_path / "calm.db", calm_url, None)
        assert calm_failed == 0
        assert projection(pg_url) == projection(calm_url)
        assert _count(pg_url, select(func.count()).select_from(ScanEventRow)) > SCANS
    finally:
        if not pg_cluster.running:
            pg_cluster.start_server()
        pg_cluster.drop_database("t_outage_control")
