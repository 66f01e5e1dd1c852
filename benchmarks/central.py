"""Networked mode against a local PostgreSQL server (a throwaway cluster started here).

Targets (issue 7): push of 10,000 events <= 1 s; >= 200 claims/s with 8 concurrent stations.
For comparison, the same work one row per round-trip: events pushed one per transaction, and
claims taken with a plain FOR UPDATE (stations queue behind each other's locks instead of
skipping them).

    .venv/bin/python benchmarks/central.py
"""

from __future__ import annotations

import multiprocessing
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from sqlalchemy import insert  # noqa: E402
from tests.pgcluster import ThrowawayCluster  # noqa: E402

from packstation.adapters.central import server  # noqa: E402
from packstation.adapters.central.claims import SqlClaimStore  # noqa: E402
from packstation.adapters.central.events import SqlEventSink  # noqa: E402
from packstation.adapters.db.engine import make_engine  # noqa: E402
from packstation.adapters.db.models import OrderRow  # noqa: E402
from packstation.adapters.db.outbox import canonical  # noqa: E402
from packstation.services.sync.loop import OutboundEvent  # noqa: E402

EVENTS = 10_000
ORDERS = 4_000
STATIONS = 8
LEASE = timedelta(minutes=5)


def _events(n: int) -> list[OutboundEvent]:
    now = datetime.now(UTC).isoformat()
    out = []
    for i in range(n):
        if i % 2:
            kind, payload = "units", {"line_no": 1, "delta": 1}
        else:
            kind, payload = "scan", {
                "line_no": 1, "user": "", "kind": "item", "raw": "4912345000019",
                "code": "4912345000019", "sku": "", "units": 1, "serial": "",
                "verdict": "OK", "typed": False, "undoes": "", "at": now}
        out.append(OutboundEvent(str(uuid.uuid4()), i + 1, kind, "B-1", canonical(payload)))
    return out


def _prepare(url: str, orders: int) -> None:
    server.init(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(insert(OrderRow), [{"order_no": f"B-{i}", "status": "open"}
                                        for i in range(1, orders + 1)])
    engine.dispose()
    for i in range(STATIONS):
        server.add_station(url, f"bench-{i}")


def bench_push(url: str, one_by_one: bool) -> float:
    sink = SqlEventSink(make_engine(url))
    events = _events(EVENTS if not one_by_one else EVENTS // 10)
    sink.push("bench-0", events[:1], datetime.now(UTC))  # connect, warm the statement cache
    rest = events[1:]
    started = time.perf_counter()
    if one_by_one:
        for e in rest:
            sink.push("bench-0", [e], datetime.now(UTC))
    else:
        for i in range(0, len(rest), 2000):  # the station's batch size
            sink.push("bench-0", rest[i:i + 2000], datetime.now(UTC))
    seconds = time.perf_counter() - started
    sink.engine.dispose()
    return seconds * (EVENTS - 1) / len(rest)  # per 10,000 events


def _claimer(url: str, station: str, skip_locked: bool, start: float) -> int:
    store = SqlClaimStore(make_engine(url))
    store.wait_for_locks = not skip_locked  # the comparison: plain FOR UPDATE
    while time.time() < start:
        time.sleep(0.001)
    n = 0
    while store.claim_next(station, datetime.now(UTC), LEASE) is not None:
        n += 1
    return n


def bench_claims(url: str, skip_locked: bool) -> tuple[int, float]:
    start = time.time() + 1.5  # every process connected and waiting
    with multiprocessing.get_context("spawn").Pool(STATIONS) as pool:
        started = time.perf_counter()
        counts = pool.starmap(_claimer, [(url, f"bench-{i}", skip_locked, start)
                                         for i in range(STATIONS)])
        seconds = time.perf_counter() - started - max(0.0, start - time.time() + 0)
    return sum(counts), seconds


def main() -> int:
    with ThrowawayCluster() as cluster:
        push_url = cluster.create_database("bench_push")
        _prepare(push_url, 1)
        batched = bench_push(push_url, one_by_one=False)
        single = bench_push(push_url, one_by_one=True)
        results = {}
        for skip in (True, False):
            url = cluster.create_database(f"bench_claims_{int(skip)}")
            _prepare(url, ORDERS)
            t0 = time.perf_counter()
            claimed, _ = bench_claims(url, skip)
            results[skip] = (claimed, time.perf_counter() - t0 - 1.5)
    print(f"push {EVENTS:,} events, batches of 2,000:   {batched:6.2f} s   target <= 1 s  "
          f"{'OK' if batched <= 1 else 'MISSED'}")
    print(f"push {EVENTS:,} events, one per round-trip: {single:6.2f} s   (comparison, "
          f"extrapolated from {EVENTS // 10:,})")
    for skip, label in ((True, "FOR UPDATE SKIP LOCKED"), (False, "plain FOR UPDATE     ")):
        claimed, seconds = results[skip]
        rate = claimed / seconds
        target = f"target >= 200/s  {'OK' if rate >= 200 else 'MISSED'}" if skip else \
            "(comparison)"
        print(f"claims, {STATIONS} stations, {label}: {claimed:,} in {seconds:5.2f} s = "
              f"{rate:6.0f}/s  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
