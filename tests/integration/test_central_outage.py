"""Networked mode under failure, on a real PostgreSQL server: the station killed with SIGKILL in
the middle of pushes, and the server stopped in the middle of packing."""

from __future__ import annotations

import os
import random
import signal
import time
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
from packstation.services import packing, sync
from tests.integration.networked import open_station, projection, scans_for, seed_server
from tests.pgcluster import ThrowawayCluster

KILLS = 200
EVENTS = 12_000
PUSH_BATCH = 40


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


def _push_forever(station_url: str, server_url: str) -> None:
    """The child: a station pushing its outbox in small batches, until it is killed."""
    from packstation.adapters.central.events import SqlEventSink
    from packstation.adapters.db.outbox import SqlOutbox

    outbox, sink = SqlOutbox(make_engine(station_url)), SqlEventSink(make_engine(server_url))
    sync.drain(outbox, sink, "st-1", datetime.now(UTC), batch=PUSH_BATCH)
    time.sleep(60)  # done before the kill: wait for it like a station idling


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
    killed_mid_push = 0
    for _ in range(KILLS):
        # A plain fork: the child has everything imported already, so it is pushing within
        # a millisecond or two and the kills land all over the push cycle.
        pid = os.fork()
        if pid == 0:
            try:
                _push_forever(station_url, pg_url)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.12))
        killed_mid_push += os.waitpid(pid, os.WNOHANG) == (0, 0)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    from packstation.adapters.central.events import SqlEventSink
    from packstation.adapters.db.outbox import SqlOutbox

    outbox = SqlOutbox(make_engine(station_url))
    pushed_by_children = EVENTS - outbox.backlog()
    sync.drain(outbox, SqlEventSink(make_engine(pg_url)), "st-1", datetime.now(UTC))

    assert killed_mid_push == KILLS  # every kill landed while the child was working
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
