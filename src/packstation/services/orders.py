"""Order list, search and detail for the order screen and `packstation orders`."""

from __future__ import annotations

from collections.abc import Callable

from packstation.domain import prefectures
from packstation.domain.errors import NotFound
from packstation.domain.model import Order, OrderStatus, Product
from packstation.services.dto import LineView, OrderDetail, OrderSummary
from packstation.services.ports import UnitOfWorkFactory


def search(
    uow_factory: UnitOfWorkFactory,
    text: str = "",
    statuses: tuple[OrderStatus, ...] = (),
    limit: int = 500,
) -> list[OrderSummary]:
    """Search by order number, customer name or SKU (any part of it)."""
    with uow_factory() as uow:
        return uow.orders.search(text.strip(), statuses, limit)


def list_for_export(
    uow_factory: UnitOfWorkFactory, status: OrderStatus | None = None
) -> list[dict[str, object]]:
    """The `orders --json` contract shape: every order read at once (one query), not one
    query per order (100,000 orders took minutes)."""
    with uow_factory() as uow:
        found = uow.orders.with_lines((status,) if status else ())
    names = {p.code: p.name for p in prefectures.PREFECTURES}
    return [{"order_no": o.order_no, "status": o.status, "lines": o.lines,
             "prefecture": names.get(o.prefecture_code or 0, "")} for o in found]


def detail(uow_factory: UnitOfWorkFactory, order_no: str) -> OrderDetail:
    with uow_factory() as uow:
        order = uow.orders.get(order_no)
        if order is None:
            raise NotFound("no such order", order_no=order_no)
        summary = uow.orders.summary(order_no)  # not a search: R-1 would find R-10 … R-19
        if summary is None:
            raise NotFound("no such order", order_no=order_no)
        lines = tuple(_line_view(uow.products.get, order, i) for i in range(len(order.lines)))
    return _detail(order, summary, lines)


def _line_view(
    get_product: Callable[[str], Product | None], order: Order, index: int
) -> LineView:
    line = order.lines[index]
    product = get_product(line.sku)
    return LineView(
        line.line_no, line.sku,
        product.name_ja if product else line.sku,
        product.name_en if product else "",
        line.qty, line.scanned_qty,
        product.image_path if product else "",
        bool(product and product.missing_measurements),
    )


def _detail(order: Order, summary: OrderSummary, lines: tuple[LineView, ...]) -> OrderDetail:
    ship = order.ship_to
    pref = prefectures.by_code(ship.prefecture_code) if ship else None
    address = f"{pref.name if pref else ''}{ship.address1} {ship.address2}".strip() if ship else ""
    return OrderDetail(
        summary, lines,
        ship.postal_code if ship else "", address, ship.phone if ship else "",
        order.notes, order.tracking_no, "",
    )
