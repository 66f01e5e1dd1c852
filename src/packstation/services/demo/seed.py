"""`packstation demo-data`: seed the demo shop (catalog, products, users, open orders)."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.model import Role
from packstation.services import auth
from packstation.services.demo import catalog as demo_catalog
from packstation.services.demo import shop as demo_shop
from packstation.services.ports import PinHasher, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

# (login, display name, role, PIN, badge): the demo PINs are printed in the README.
DEMO_USERS = (
    ("sato", "佐藤 健", Role.PACKER, "1111", "BADGE-0001"),
    ("nguyen", "Nguyen (packer)", Role.PACKER, "1112", "BADGE-0002"),
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
    "enclosure_rules": "first_order: 初回お買い物ガイド",
}


@dataclass(frozen=True)
class DemoResult:
    products: int
    orders: int
    users: int
    skipped: bool = False


def seed(uow_factory: UnitOfWorkFactory, hasher: PinHasher, order_count: int = 50,
         if_empty: bool = False) -> DemoResult:
    """Seed everything missing; add `order_count` new open orders after the last demo one."""
    refuse_on_networked_station(uow_factory, "demo data")  # products, users and orders
    with uow_factory() as uow:
        has_orders = uow.orders.count() > 0
        has_products = uow.products.count() > 0
        has_users = bool(uow.users.list_active())
    if if_empty and has_orders:
        return DemoResult(0, 0, 0, skipped=True)
    items = demo_shop.products()
    with uow_factory() as uow:
        if not has_products:
            _seed_catalog(uow_factory)
            uow.products.upsert_many(items)
        _seed_shop(uow)
        first = _next_demo_number(uow)
        uow.orders.add_many(demo_shop.orders(order_count, items, first_no=first))
        uow.audit.record("demo_data", detail={"orders": order_count})
        uow.commit()
    users = 0 if has_users else _seed_users(uow_factory, hasher)
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


def _seed_users(uow_factory: UnitOfWorkFactory, hasher: PinHasher) -> int:
    for login, name, role, pin, badge in DEMO_USERS:
        auth.create_user(uow_factory, hasher, login_name=login, display_name=name, role=role,
                         pin=pin, badge_code=badge)
    return len(DEMO_USERS)


def _next_demo_number(uow: UnitOfWork) -> int:
    """Demo orders are R-1001, R-1002, …: continue after the ones already present."""
    n = uow.orders.count() + 1
    while uow.orders.existing_order_nos([f"R-{1000 + n}"]):
        n += 1
    return n
