from __future__ import annotations

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import NotFound
from packstation.domain.model import OrderStatus
from packstation.services import orders


def test_search_by_order_number_customer_name_and_sku(demo_app: App) -> None:
    everything = orders.search(demo_app.uow)
    assert len(everything) == 50
    by_no = orders.search(demo_app.uow, "R-1007")
    assert [o.order_no for o in by_no] == ["R-1007"]
    name = everything[3].customer_name
    surname = name.split()[0]
    hits = orders.search(demo_app.uow, surname)
    assert hits and all(surname in o.customer_name for o in hits)
    sku_hits = orders.search(demo_app.uow, "GYOZA-FRZ")
    assert sku_hits and all(o.cool == "frozen" for o in sku_hits)
    assert orders.search(demo_app.uow, "100%_") == []  # LIKE wildcards are literal


def test_status_filter(demo_app: App) -> None:
    assert len(orders.search(demo_app.uow, statuses=(OrderStatus.OPEN,))) == 50
    assert orders.search(demo_app.uow, statuses=(OrderStatus.PACKED,)) == []


def test_detail_shows_lines_and_flags_missing_dimensions(demo_app: App) -> None:
    detail = orders.detail(demo_app.uow, "R-1006")  # the demo order with the new sample
    assert any(line.missing_measurements for line in detail.lines)
    assert detail.summary.prefecture and detail.postal_code
    with pytest.raises(NotFound):
        orders.detail(demo_app.uow, "NOPE")


def test_orders_json_contract_shape(demo_app: App) -> None:
    rows = orders.list_for_export(demo_app.uow, OrderStatus.OPEN)
    assert len(rows) == 50
    first = rows[0]
    assert set(first) == {"order_no", "status", "lines", "prefecture"}
    assert first["status"] == "open"
    assert all(set(line) == {"sku", "qty"} for line in first["lines"])  # type: ignore[union-attr]
