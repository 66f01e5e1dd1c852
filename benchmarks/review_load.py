"""The lead's review screen on a month of a busy warehouse's scan log: one refresh of the
mis-pick page (records, look-alike pairs, packer × hour counts) and of the KPI page (orders,
units, hours worked, refused scans, mis-shipments per packer).

Targets (ours: the DB executor is serialized, so each task of a refresh holds up the station's
scans while it runs; the KPI page reads its period one day per task):
  mis-pick page (one task), one day / 30 days   ≤ 200 ms / ≤ 500 ms
  KPI page, the longest one-day task            ≤ 200 ms
  KPI page, 30 days in all                      ≤ 5000 ms
Data: 10 packers × 8 h × 40 orders/h × 3 units, every day for 30 days: ~480,000 scan events
and ~9,600 refused scans, written straight into a SQLite file (WAL) through the ORM tables.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta

DAYS, PACKERS, ORDERS_PER_HOUR, HOURS, UNITS = 30, 10, 40, 8, 3
TARGETS_MS = {"mis-pick page, one day": 200, "mis-pick page, 30 days": 500,
              "KPI page, longest one-day task": 200, "KPI page, 30 days in all": 5000}
LOOKALIKE = [("TEE-RED-M", "TEE-RED-L"), ("SOCK-NVY-M", "SOCK-BLK-M"), ("CAP-NVY", "CAP-BLK")]


def _fill(app: object, first_day: date) -> None:
    from sqlalchemy import insert

    from packstation.adapters.db.models import MisPickRow, ScanEventRow, StationRow, UserRow

    engine = app.uow.engine  # type: ignore[attr-defined]
    rng = random.Random(7)
    with engine.begin() as conn:
        conn.execute(insert(UserRow), [
            {"login": f"p{i}", "display_name": f"作業者 {i}", "role": "packer", "pin_hash": "x"}
            for i in range(PACKERS)])
        conn.execute(insert(StationRow), [{"name": f"st-{i}"} for i in range(PACKERS)])
        users = dict(conn.execute(UserRow.__table__.select().with_only_columns(
            UserRow.login, UserRow.id)).all())
        stations = dict(conn.execute(StationRow.__table__.select().with_only_columns(
            StationRow.name, StationRow.id)).all())
        seq = 0
        for day in range(DAYS):
            events, refusals = [], []
            start = datetime.combine(first_day + timedelta(days=day), datetime.min.time(),
                                     UTC)  # 09:00 JST
            for p in range(PACKERS):
                uid, sid = users[f"p{p}"], stations[f"st-{p}"]
                for n in range(ORDERS_PER_HOUR * HOURS):
                    at = start + timedelta(seconds=n * 3600 // ORDERS_PER_HOUR)
                    kinds = ["OPENED"] + ["OK"] * UNITS + ["COMPLETED"]
                    if rng.random() < 0.1:
                        kinds.insert(1, "WRONG_ITEM")
                    for k, verdict in enumerate(kinds):
                        seq += 1
                        events.append({"uuid": str(uuid.uuid4()), "station_id": sid, "seq": seq,
                                       "user_id": uid, "raw": "4912345000019", "verdict": verdict,
                                       "units": 1 if verdict == "OK" else 0,
                                       "created_at": at + timedelta(seconds=k * 10)})
                        if verdict == "WRONG_ITEM":
                            meant, got = rng.choice(LOOKALIKE)
                            refusals.append({"seq": seq, "station_id": sid, "user_id": uid,
                                             "expected_skus": meant, "scanned_code": "x",
                                             "scanned_sku": got, "verdict": verdict,
                                             "created_at": at})
            conn.execute(insert(ScanEventRow), events)
            ids = dict(conn.execute(ScanEventRow.__table__.select().with_only_columns(
                ScanEventRow.seq, ScanEventRow.id).where(
                    ScanEventRow.seq > events[0]["seq"] - 1)).all())
            conn.execute(insert(MisPickRow), [
                {k: v for k, v in r.items() if k != "seq"} | {"scan_event_id": ids[r["seq"]]}
                for r in refusals])


def _ms(work: object, runs: int = 5) -> float:
    """Median wall time of work() in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.review import kpis, mispicks
    from packstation.services.review.dto import MisPickFilter
    from packstation.ui.screens.review.kpi import kpi_days

    app = build(Config(f"sqlite:///{tempfile.mkdtemp()}/review.db", "bench"))
    first = date(2025, 3, 1)
    t0 = time.perf_counter()
    _fill(app, first)
    print(f"filled {DAYS} days in {time.perf_counter() - t0:.1f} s")
    last_day = first + timedelta(days=DAYS - 1)
    failed = False
    figures: dict[str, float] = {}
    for label, since_day in (("one day", last_day), ("30 days", first)):
        since, until = mispicks.day_range(since_day, last_day)
        figures[f"mis-pick page, {label}"] = _ms(
            lambda s=since, u=until: app.services.review.page(MisPickFilter(since=s, until=u)))
    days = kpi_days(first, last_day)
    per_day = [_ms(lambda a=a, b=b: kpis.report(app.uow, a, b), runs=3) for a, b in days]
    figures["KPI page, longest one-day task"] = max(per_day)
    figures["KPI page, 30 days in all"] = _ms(lambda: kpis.combine(
        [kpis.report(app.uow, a, b) for a, b in days]), runs=3)
    for name, ms in figures.items():
        target = TARGETS_MS[name]
        failed |= ms > target
        print(f"{name}: median {ms:.0f} ms (target ≤ {target} ms) "
              f"{'OK' if ms <= target else 'MISSED'}")
    app.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
