"""A networked station's whole working day with nothing but its own login role.

Every other networked test talks to the server as the database owner; production stations
log in as members of the station group (adapters/central/server.py: SELECT on what they read,
INSERT on the logs, UPDATE of a few columns). A missing grant shows up here, not at a shop.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from packstation.adapters.central.claims import SqlClaimStore
from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import OrderRow, ProductRow
from packstation.bootstrap import build
from packstation.config import Config
from packstation.services.packing import bench as packing
from packstation.services.proposal import proposals as proposal
from packstation.services.sync import loop as sync
from tests.integration.networked import Station, scans_for, seed_server, unit_codes

NOW = datetime.now(UTC)


def _as(pg_url: str, role: str) -> str:
    url = pg_url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://{role}@")
    assert url != pg_url
    return url


def test_a_station_works_a_day_with_its_own_role(pg_url: str, demo_template: Path,
                                                 tmp_path: Path) -> None:
    import shutil

    seed_server(pg_url, orders=5, stations=("st-a", "st-b"))
    shutil.copy(demo_template, tmp_path / "a.db")
    app = build(Config(f"sqlite:///{tmp_path / 'a.db'}", "st-a",
                       server_url=_as(pg_url, "st-a")))
    owner = make_engine(pg_url)
    try:
        link, loop = app.link, app.sync
        assert loop.run_once().last_error == ""  # push, heartbeat, addresses, catalogue
        # Open, choose the box, refuse a wrong item, pack, complete: claims, pull, events.
        assert link.ensure_claim("R-1001", NOW).allowed
        station = Station("st-a", app, _as(pg_url, "st-a"))
        bench = station.bench()
        view = proposal.suggest(app.uow, "R-1001")
        assert view.best is not None
        proposal.choose(app.uow, None, "R-1001", view.best, best=view.best)
        codes = scans_for(station, "R-1001")
        wrong = next(c for c, _s in unit_codes(app.uow.engine).values() if c not in codes)
        assert packing.scan(bench, "R-1001", wrong).verdict == "WRONG_ITEM"
        for code in codes:
            assert packing.scan(bench, "R-1001", code).verdict == "OK"
        assert packing.complete(bench, "R-1001").verdict == "COMPLETED"
        status = loop.run_once()
        assert (status.last_error, status.backlog) == ("", 0)
        with owner.connect() as conn:
            assert conn.scalar(select(OrderRow.status).where(OrderRow.order_no == "R-1001")) \
                == "packed"
        # The centre changes the catalogue: the station reads it all again.
        with owner.begin() as conn:
            conn.execute(update(ProductRow).where(ProductRow.sku == "TEE-RED-M")
                         .values(weight_g=321))
        assert loop.run_once().last_error == ""
        with app.uow() as uow:
            product = uow.products.get("TEE-RED-M")
        assert product is not None and product.weight_g == 321
        # The lead's tools at this station: who holds what, take over, release, conflicts.
        other = SqlClaimStore(make_engine(_as(pg_url, "st-b")))
        stuck = other.claim_order("R-1002", "st-b", NOW - timedelta(hours=1),
                                  timedelta(minutes=5))
        assert stuck is not None
        assert [h.station for h in link.holders(NOW)] == ["st-b"]
        assert link.take_over("R-1002", NOW) is not None
        assert link.release("R-1002")
        forged = sync.OutboundEvent("c0ffee00-0000-4000-8000-000000000001", 10_000, "status",
                                    "R-1002", '{"status":"packing","hold_reason":"",'
                                    '"at":"2026-11-23T00:00:00+00:00"}')
        link.sink().push("st-a", [forged], NOW)  # not held by st-a any more: a conflict
        [conflict] = link.conflicts()
        assert link.resolve_conflict(conflict.id, "suzuki", NOW)
        assert link.conflicts() == []
        # The centre ships the order: the station forgets the address.
        with owner.begin() as conn:
            conn.execute(update(OrderRow).where(OrderRow.order_no == "R-1001")
                         .values(status="shipped"))
        assert loop.run_once().last_error == ""
        with app.uow() as uow:
            order = uow.orders.get("R-1001")
        assert order is not None and order.ship_to is None
    finally:
        app.close()
        owner.dispose()

