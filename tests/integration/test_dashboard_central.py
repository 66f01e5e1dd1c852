"""Networked mode: the central server keeps the dashboard's counts of the scans stations push,
in the batch that applies them, through the station's own role, and a replay counts nothing
twice (the lead's floor is one picture)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, update

from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import DashHourlyRow, OutboxRow
from packstation.services.sync import loop as sync
from tests.integration.networked import Station
from tests.integration.test_central_sync import _pack, station  # noqa: F401 (fixture)


def _server_totals(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    with engine.connect() as conn:
        row = conn.execute(select(func.coalesce(func.sum(DashHourlyRow.scans), 0),
                                  func.coalesce(func.sum(DashHourlyRow.orders), 0),
                                  func.coalesce(func.sum(DashHourlyRow.units), 0))).one()
    engine.dispose()
    return int(row[0]), int(row[1]), int(row[2])


def test_server_counts_pushed_scans_once(station: Station, pg_url: str) -> None:  # noqa: F811
    [claim] = station.claim_and_pull(1)
    units = _pack(station, claim.order_no)
    sync.drain(station.outbox, station.sink(), "st-1", datetime.now(UTC))
    scans, orders, counted_units = _server_totals(pg_url)
    assert (orders, counted_units) == (1, units)
    assert scans >= units + 1  # the items and the completion (and the opening, if pushed)
    with station.engine.begin() as conn:  # a crash before the answer: everything again
        conn.execute(update(OutboxRow).values(pushed_at=None, outcome=""))
    again = station.sink().push("st-1", station.outbox.pending(10_000), datetime.now(UTC))
    assert again.duplicates and not again.applied
    assert _server_totals(pg_url) == (scans, orders, counted_units)
