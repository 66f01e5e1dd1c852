"""`packstation demo-data`: seed the demo shop (catalog, products, users, open orders)."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.errors import StateError
from packstation.domain.model import Role
from packstation.domain.printing import PrinterSpec
from packstation.services import auth
from packstation.services.demo import catalog as demo_catalog
from packstation.services.demo import shop as demo_shop
from packstation.services.ports import PinHasher, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

# (login, display name, role, PIN, badge): the demo PINs are printed in the README.
DEMO_USERS = (
    ("sato", "佐藤 健", Role.PACKER, "1111", "BADGE-0001"),
    ("nguyen", "グエン ヴァン アン", Role.PACKER, "1112", "BADGE-0002"),
    ("suzuki", "鈴木 美香", Role.LEAD, "2222", "BADGE-0100"),
    ("admin", "山田 管理者", Role.ADMIN, "9999", "BADGE-0900"),
)

# The demo shop on labels and slips (a made-up company; the registration number has a valid
# check digit but belongs to nobody we know of).
DEMO_SHOP: dict[str, object] = {
    "shop_name": "パックステーション商店",
    "shop_postal_code": "135-0061",
    "shop_address": "東京都江東区豊洲1-2-3 物流センター4F",
    "shop_phone": "03-1234-5678",
    "shop_logo_path": "resources/shop-logo.png",
    "invoice_registration_no": "T1180301018771",
    # A flyer in every first order of a customer (a badge on the bench: 同梱物).
    "enclosure_rules": "first_order：初回お買い物ガイド",  # 「：」 as a Japanese admin types it
}


# Files in the station's data folder (prints/): the first label "prints" on any PC.
DEMO_PRINTERS = (
    PrinterSpec("ラベル (フォルダー)", "folder", "prints", "4x6", 203, "pdf"),
    PrinterSpec("納品書 (フォルダー)", "folder", "prints", "A4", 300, "pdf"),
)


@dataclass(frozen=True)
class DemoResult:
    products: int
    orders: int
    users: int
    skipped: bool = False


def seed(uow_factory: UnitOfWorkFactory, hasher: PinHasher, order_count: int = 50,
         if_empty: bool = False, force: bool = False, *, station: str = "",
         pins_to_change: bool = False) -> DemoResult:
    """Seed everything missing; add `order_count` new open orders after the last demo one.

    Refused (StateError) on a database holding real orders, unless ``force``: made-up orders
    with made-up addresses would be packed and shipped among the real ones. `station`: also
    give that station the demo printers (files in its data folder), printing by itself on
    completion, so the first label prints without a printer. `pins_to_change`: the demo
    users' PINs are printed in the README, so each is asked for a new one at their first
    login (`make run`)."""
    refuse_on_networked_station(uow_factory, "demo data")  # products, users and orders
    with uow_factory() as uow:
        orders = uow.orders.count()
        real = orders - _demo_orders(uow)
        has_products = uow.products.count() > 0
        has_users = bool(uow.users.list_active())
    if if_empty and orders:
        return DemoResult(0, 0, 0, skipped=True)
    if real > 0 and not force:
        raise StateError("cli.demo_on_real_orders", count=real)
    items = demo_shop.products()
    with uow_factory() as uow:
        if not has_products:
            _seed_catalog(uow_factory)
            uow.products.upsert_many(items)
        _seed_shop(uow)
        if station:
            _seed_printers(uow, station)
        first = _next_demo_number(uow)
        uow.orders.add_many(demo_shop.orders(order_count, items, first_no=first))
        uow.audit.record("demo_data", detail={"orders": order_count})
        uow.commit()
    users = 0 if has_users else _seed_users(uow_factory, hasher, pins_to_change)
    return DemoResult(0 if has_products else len(items), order_count, users)


def _seed_catalog(uow_factory: UnitOfWorkFactory) -> None:
    with uow_factory() as uow:
        for carrier in demo_catalog.CARRIERS:
            uow.catalog.save_carrier(carrier)
        for box in demo_catalog.BOXES:
            uow.catalog.save_box(box)
        for service in demo_catalog.services():
            uow.catalog.save_service(service)
        uow.commit()


def _seed_shop(uow: UnitOfWork) -> None:
    """The demo shop's name and address, unless an admin has set the shop up already."""
    if uow.settings.get("shop_name"):
        return
    for key, value in DEMO_SHOP.items():
        uow.settings.put(key, value)


def _seed_users(uow_factory: UnitOfWorkFactory, hasher: PinHasher, to_change: bool) -> int:
    for login, name, role, pin, badge in DEMO_USERS:
        auth.create_user(uow_factory, hasher, login_name=login, display_name=name, role=role,
                         pin=pin, badge_code=badge, must_change_pin=to_change)
    return len(DEMO_USERS)


def has_orders(uow_factory: UnitOfWorkFactory) -> bool:
    with uow_factory() as uow:
        return uow.orders.count() > 0


def _demo_orders(uow: UnitOfWork) -> int:
    """How many of the orders demo-data added (each run records its count in the audit)."""
    total = 0
    for run in uow.audit.recent("demo_data", limit=100_000):
        detail = run.get("detail")
        if isinstance(detail, dict):
            total += int(detail.get("orders", 0))
    return total


def _seed_printers(uow: UnitOfWork, station: str) -> None:
    """Two "print to folder" printers, unless the shop has printers; the station uses them
    unless it has its own set up already."""
    if not uow.printing.printers():
        for printer in DEMO_PRINTERS:
            uow.printing.save_printer(printer)
    station_id = uow.packing.station_id(station)
    if uow.printing.station_printing(station_id) != (None, None, False):
        return
    label, slip = (uow.printing.printer_by_name(p.name) for p in DEMO_PRINTERS)
    if label is not None and slip is not None:
        uow.printing.save_station_printing(station_id, label.id, slip.id, True)


def _next_demo_number(uow: UnitOfWork) -> int:
    """Demo orders are R-1001, R-1002, …: continue after the ones already present."""
    n = uow.orders.count() + 1
    while uow.orders.existing_order_nos([f"R-{1000 + n}"]):
        n += 1
    return n
