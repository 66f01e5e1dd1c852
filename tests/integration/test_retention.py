"""A standalone station forgets customers' names, addresses and phones once an order was
shipped longer ago than `personal_data_retention_days` (issue 16: only networked stations
did), at start and daily; documents for such an order are then refused."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import StateError
from packstation.services import retention
from packstation.services import settings as settings_service
from packstation.services.carrier import export as carrier_export
from packstation.services.carrier import tracking as carrier_tracking
from packstation.services.demo import seed as demo
from packstation.services.dto import SessionUser
from packstation.services.printing import documents
from tests.carrier_data import NOW, add_packed, order, yamato_number

ADMIN = SessionUser(4, "admin", "管理者", "admin", "ja")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.at = now

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def shop(app: App) -> Iterator[App]:
    demo.seed(app.uow, app.hasher, 0)
    yield app


def ship(app: App, clock: Clock, *order_nos: str) -> None:
    """Packed orders R-… (notes with a name in them), handed over and shipped at clock."""
    add_packed(app, [dataclasses.replace(order(no), notes="山田様 宛") for no in order_nos])
    carrier_export.export(app.uow, clock, "b2", write=lambda _d: None)
    rows = "\r\n".join(f"{no},0,0,{yamato_number(100 + i)}" for i, no in enumerate(order_nos))
    data = f"お客様管理番号,送り状種類,クール区分,伝票番号\r\n{rows}\r\n".encode("cp932")
    carrier_tracking.import_tracking(app.uow, clock, "b2", data)


def test_shipped_orders_lose_name_address_phone_and_notes_after_the_retention_days(
        shop: App) -> None:
    clock = Clock(NOW)
    ship(shop, clock, "R-1", "R-2")
    add_packed(shop, [order("R-3")])  # packed, not shipped: kept whatever its age
    settings_service.save(shop.uow, ADMIN, {"personal_data_retention_days": 10})
    clock.at = NOW + timedelta(days=10)
    assert retention.purge_personal_data(shop.uow, clock) == 0  # not yet past the days
    clock.at = NOW + timedelta(days=10, seconds=1)
    assert retention.purge_personal_data(shop.uow, clock) == 2
    with shop.uow() as uow:
        r1, r3 = uow.orders.get("R-1"), uow.orders.get("R-3")
        purged = uow.audit.recent("personal_data_purged")
    assert r1 is not None and r1.ship_to is None and r1.notes == ""
    assert [(ln.sku, ln.qty) for ln in r1.lines] == [("MUG-WHT", 1)]  # the record stays
    assert r1.tracking_no
    assert r3 is not None and r3.ship_to is not None and r3.ship_to.name == "山田 太郎"
    assert purged and purged[0]["detail"] == {"orders": 2, "retention_days": 10}
    assert retention.purge_personal_data(shop.uow, clock) == 0  # nothing left to forget
    with pytest.raises(StateError, match="no customer address"):
        documents.label(shop.uow, shop.renderer, "R-1")


def test_the_station_purges_when_it_starts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'station.db'}"
    app = build(Config(url, "t"))
    demo.seed(app.uow, app.hasher, 0)
    ship(app, Clock(datetime.now(NOW.tzinfo) - timedelta(days=400)), "R-1")
    with app.uow() as uow:
        before = uow.orders.get("R-1")
    app.close()
    assert before is not None and before.ship_to is not None
    app = build(Config(url, "t"))  # the next start (GUI or CLI)
    try:
        with app.uow() as uow:
            after = uow.orders.get("R-1")
        assert after is not None and after.ship_to is None
    finally:
        app.close()
