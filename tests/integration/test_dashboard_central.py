"""Networked mode: the central server keeps the dashboard's counts of the scans stations push,
in the batch that applies them, through the station's own role, and a replay counts nothing
twice (the lead's floor is one picture)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select, update

from packstation.adapters.db.dash_repo import SqlDashRepository
from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import DashHourlyRow, OutboxRow
from packstation.bootstrap import build
from packstation.config import Config
from packstation.services.packing import bench as packing
from packstation.services.sync import loop as sync
from tests.integration.networked import Station, scans_for, seed_server
from tests.integration.test_central_sync import _pack, station  # noqa: F401 (fixture)

NOW = datetime.now(UTC)


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


def test_a_networked_lead_reads_the_whole_floor_with_the_stations_role(
        pg_url: str, demo_template: Path, tmp_path: Path) -> None:
    """The dashboard and the floor board of station st-a read the central database through
    st-a's own login role: another station's packing is in the figures."""
    seed_server(pg_url, orders=5, stations=("st-a", "st-b"))
    shutil.copy(demo_template, tmp_path / "a.db")
    role_url = pg_url.replace("postgresql+psycopg://postgres@", "postgresql+psycopg://st-a@")
    app = build(Config(f"sqlite:///{tmp_path / 'a.db'}", "st-a", server_url=role_url))
    owner = make_engine(pg_url)
    try:
        assert app.sync is not None and app.sync.run_once().last_error == ""
        assert app.link is not None and app.link.ensure_claim("R-1001", NOW).allowed
        station = Station("st-a", app, role_url)
        for code in scans_for(station, "R-1001"):
            assert packing.scan(station.bench(), "R-1001", code).verdict == "OK"
        assert packing.complete(station.bench(), "R-1001").verdict == "COMPLETED"
        assert app.sync.run_once().last_error == ""
        today = app.services.dash.today()
        with owner.begin() as conn:  # st-b's packer packed 7 orders this morning
            conn.execute(insert(DashHourlyRow).values(day=today, hour=3, user_id=999_999,
                                                      scans=20, orders=7, units=12, refused=0))
        f = app.services.dash.day(today)
        assert f.orders == 8, "st-a's order and st-b's seven"
        with app.uow() as uow:  # the station's own database knows its own order only
            local = SqlDashRepository(uow.session).hours(today, today)[today]
        assert sum(b.orders for b in local) == 1
        board = app.services.dash.floor()
        assert board.packed_today == 8 and board.print_failures == 0
        assert app.services.dash.view(day=today).today.orders == 8
    finally:
        app.close()
        owner.dispose()
