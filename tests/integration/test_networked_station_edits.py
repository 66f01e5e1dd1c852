"""A networked station edits only what is its own.

Its catalogue, shop settings, users and orders are copies the next sync replaces: an edit there
would vanish silently, so the services refuse it (CentrallyManaged) and change nothing. The
settings of its own bench (scale, camera, printer font, sound) are its own, and the sync leaves
them alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import AuditRow, BoxRow, SettingRow
from packstation.adapters.db.uow import SqlUnitOfWorkFactory
from packstation.adapters.security import Argon2PinHasher, SystemClock
from packstation.domain.catalog import CarrierSpec
from packstation.domain.errors import CentrallyManaged
from packstation.domain.model import Role
from packstation.domain.users import UserForm
from packstation.services import auth
from packstation.services import settings as settings_service
from packstation.services.admin import catalog as catalog_admin
from packstation.services.admin import products as product_admin
from packstation.services.admin import rate_csv
from packstation.services.admin import users as users_admin
from packstation.services.carrier import export as carrier_export
from packstation.services.carrier import tracking as carrier_tracking
from packstation.services.demo import seed as demo
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_import
from packstation.services.review import kpis
from packstation.services.sync.networked import STATION_SETTINGS

ADMIN = SessionUser(4, "admin", "管理者", "admin", "ja")
TODAY = date(2026, 12, 3)
PRODUCTS_CSV = "sku,name_ja,jan\nNEW-1,新商品,4901234567894\n".encode()
ORDERS_CSV = ("order_no,sku,qty,ship_name,postal_code,prefecture,address1\n"
              "N-1,TEE-RED-M,1,山田 花子,100-0001,東京都,千代田区1-1\n").encode()


@pytest.fixture
def station(demo_db: str) -> Iterator[SqlUnitOfWorkFactory]:
    """The demo shop's file as a networked station opens it (bootstrap: outbox = networked)."""
    engine = make_engine(demo_db)
    yield SqlUnitOfWorkFactory(engine, outbox=True)
    engine.dispose()


def _snapshot(uow: SqlUnitOfWorkFactory) -> tuple[object, ...]:
    """Everything an edit could touch: the catalogue, products, users, orders, settings."""
    with uow() as u:
        return (u.catalog.boxes(active_only=False), u.catalog.carriers(),
                u.catalog.services(active_only=False), u.products.list_all(),
                [x.login for x in u.users.list_active()], u.orders.count(),
                settings_service.read(u))


EDITS: dict[str, Callable[[SqlUnitOfWorkFactory], object]] = {
    "boxes": lambda uow: catalog_admin.save_box(
        uow, ADMIN, catalog_admin.list_boxes(uow, ADMIN)[0]),
    "carriers": lambda uow: catalog_admin.save_carrier(uow, ADMIN, CarrierSpec("new", "新運送")),
    "services": lambda uow: catalog_admin.save_service(
        uow, ADMIN, catalog_admin.list_services(uow, ADMIN)[0]),
    "rate tables": lambda uow: rate_csv.import_rates(
        uow, ADMIN, "takkyubin", rate_csv.export_rates(uow, ADMIN, "takkyubin", today=TODAY),
        today=TODAY),
    "products": lambda uow: product_admin.save_measurements(
        uow, ADMIN, "TEE-RED-M", product_admin.Measurements(300, 200, 50, 250)),
    "products ": lambda uow: csv_import.import_file(uow, "products", PRODUCTS_CSV, actor=ADMIN),
    "orders": lambda uow: csv_import.import_file(uow, "orders", ORDERS_CSV, actor=ADMIN),
    "carrier layouts": lambda uow: carrier_export.save_preset(
        uow, ADMIN, carrier_export.get_preset(uow, "b2")),
    "users": lambda uow: auth.create_user(uow, Argon2PinHasher(), login_name="new",
                                          display_name="新人", role=Role.PACKER, pin="5555"),
    "users ": lambda uow: users_admin.add_user(uow, Argon2PinHasher(), SystemClock(), ADMIN,
                                               UserForm("new", "新人", "packer", "5555")),
    "users  ": lambda uow: users_admin.set_active(uow, SystemClock(), ADMIN, "sato", False),
}


@pytest.mark.parametrize("what", EDITS)
def test_shared_data_is_not_edited_on_a_networked_station(
        station: SqlUnitOfWorkFactory, what: str) -> None:
    before = _snapshot(station)
    with pytest.raises(CentrallyManaged) as refused:
        EDITS[what](station)
    assert (refused.value.code, refused.value.params["what"]) == (
        "error.centrally_managed", what.strip())
    assert _snapshot(station) == before, "refused means nothing changed"


@pytest.mark.parametrize("what", EDITS)
def test_the_same_edits_work_standalone(demo_db: str, what: str) -> None:
    """The guard is about networked mode only: standalone, every edit above goes through."""
    engine = make_engine(demo_db)
    standalone = SqlUnitOfWorkFactory(engine)
    before, audited = _snapshot(standalone), _audit_rows(standalone)
    EDITS[what](standalone)
    assert _audit_rows(standalone) > audited, "the edit ran (every admin edit is audited)"
    if what not in ("boxes", "services", "rate tables", "carrier layouts"):  # re-saved as is
        assert _snapshot(standalone) != before
    engine.dispose()


def _audit_rows(uow: SqlUnitOfWorkFactory) -> int:
    with uow.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(AuditRow)) or 0)


LEAD = SessionUser(3, "suzuki", "鈴木", "lead", "ja")
CLOCK = SystemClock()
FLOOR_WORK: dict[str, Callable[[SqlUnitOfWorkFactory], object]] = {
    # The whole floor's work: one CSV for the carrier, all tracking numbers, the lead's log.
    "carrier exports": lambda uow: carrier_export.export(uow, CLOCK, "b2"),
    "tracking numbers": lambda uow: carrier_tracking.import_tracking(
        uow, CLOCK, "b2", "お客様管理番号,伝票番号\r\nR-1001,123456789013\r\n".encode()),
    "mis-shipment reports": lambda uow: kpis.report_misshipment(
        uow, LEAD, "R-1001", "wrong_item", note="お客様から連絡", clock=CLOCK),
    "demo data": lambda uow: demo.seed(uow, Argon2PinHasher(), 5),
}


@pytest.mark.parametrize("what", FLOOR_WORK)
def test_the_floors_paperwork_is_done_centrally(station: SqlUnitOfWorkFactory,
                                               what: str) -> None:
    before, audited = _snapshot(station), _audit_rows(station)
    with pytest.raises(CentrallyManaged) as refused:
        FLOOR_WORK[what](station)
    assert (refused.value.code, refused.value.params["what"]) == ("error.centrally_managed", what)
    assert (_snapshot(station), _audit_rows(station)) == (before, audited)


def test_a_station_keeps_its_own_bench_settings(station: SqlUnitOfWorkFactory) -> None:
    current = settings_service.load(station)
    everything = {name: getattr(current, name) for name in current.__dataclass_fields__}
    # The scale dialog sends every field it shows; only the bench's own may differ.
    saved = settings_service.save(station, ADMIN, {**everything, "scale_kind": "mtsics",
                                                   "scale_port": "/dev/ttyUSB1",
                                                   "sound_volume": 40})
    assert (saved.scale_kind, saved.scale_port, saved.sound_volume) == (
        "mtsics", "/dev/ttyUSB1", 40)
    with pytest.raises(CentrallyManaged, match="shop_name, idle_lock_minutes"):
        settings_service.save(station, ADMIN, {"shop_name": "支店", "idle_lock_minutes": 3,
                                               "scale_port": "/dev/ttyUSB2"})
    after = settings_service.load(station)
    assert after == saved, "all or nothing: the scale port did not change either"


def test_bench_settings_are_the_stations_own() -> None:
    known = set(settings_service.Settings.__dataclass_fields__)
    assert known >= STATION_SETTINGS, "a station key that is not a setting: a typo"
    assert "shop_name" not in STATION_SETTINGS and "weight_tolerance_pct" not in STATION_SETTINGS


@pytest.mark.postgres
def test_sync_leaves_the_bench_settings_and_brings_the_shops(pg_url: str,
                                                             tmp_path: Path) -> None:
    from packstation.adapters.central.pull import pull_catalog
    from packstation.bootstrap import build
    from packstation.config import Config
    from tests.integration.networked import seed_server

    seed_server(pg_url, orders=1)
    server = make_engine(pg_url)
    url = f"sqlite:///{tmp_path / 'station.db'}"
    build(Config(url, "st-1")).close()
    station = make_engine(url)
    assert pull_catalog(server, station)
    local = SqlUnitOfWorkFactory(station, outbox=True)
    settings_service.save(local, ADMIN, {"scale_kind": "hid", "zpl_kanji_font": "E:ANMDJ.TTF"})
    central = SqlUnitOfWorkFactory(server)  # the admin PC, on the central database
    settings_service.save(central, ADMIN, {"shop_name": "本部商店", "scale_kind": "mtsics",
                                           "zpl_kanji_font": ""})
    assert pull_catalog(server, station)
    mine = settings_service.load(local)
    assert mine.shop_name == "本部商店", "the shop's settings come from the centre"
    assert (mine.scale_kind, mine.zpl_kanji_font) == ("hid", "E:ANMDJ.TTF"), "the bench's stay"
    with server.begin() as conn:  # a later change of the centre's own scale setting
        conn.execute(update(SettingRow).where(SettingRow.key == "scale_kind")
                     .values(value='"none"'))
    pull_catalog(server, station)
    assert settings_service.load(local).scale_kind == "hid"
    with station.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BoxRow)) > 0
    server.dispose()
    station.dispose()
