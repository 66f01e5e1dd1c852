"""Packed orders for the carrier hand-off tests (written straight through the unit of work)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from packstation.bootstrap import App
from packstation.domain.model import CoolType, Order, OrderLine, OrderStatus, ShipTo

NOW = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 10:00 in Japan


class FixedClock:
    def now(self) -> datetime:
        return NOW


def yamato_number(body: int) -> str:
    """A 12-digit number with a valid mod-7 check digit (Yamato, Sagawa, Japan Post)."""
    text = f"{body:011d}"
    return text + str(int(text) % 7)


def order(no: str, *, name: str = "山田 太郎", pref: int = 13,
          address1: str = "千代田区永田町1-7-1", address2: str = "",
          status: OrderStatus = OrderStatus.PACKED, cod: int = 0,
          cool: CoolType = CoolType.NONE, slot: str = "", day: date | None = None,
          sku: str = "MUG-WHT", qty: int = 1, price: int = 1200) -> Order:
    return Order(no, "自社EC", status, [OrderLine(1, sku, qty, qty, price)],
                 ShipTo(name, "100-0014", pref, address1, address2, "03-0000-0000"),
                 time_slot=slot, cod_yen=cod, cool=cool, delivery_date=day)


def add_packed(app: App, orders: list[Order], service: str | None = "takkyubin") -> None:
    with app.uow() as uow:
        uow.orders.add_many(orders)
        if service is not None:
            for o in orders:
                uow.orders.set_shipping(o.order_no, service)
        uow.commit()
