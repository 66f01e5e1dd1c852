from __future__ import annotations

import pytest
from sqlalchemy import event

from packstation.bootstrap import App
from packstation.domain.errors import NotFound
from packstation.domain.model import OrderStatus
from packstation.services import orders
from packstation.services.imports import csv_import


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


def _import_orders(app: App, rows: list[tuple[str, str]]) -> None:
    """(order number, delivery date) orders of one mug each, through the CSV import."""
    head = "order_no,sku,qty,ship_name,postal_code,prefecture,address1,delivery_date\n"
    body = "".join(f"{no},MUG-WHT,1,山田 太郎,100-0001,東京都,千代田区1-1,{day}\n"
                   for no, day in rows)
    csv_import.import_file(app.uow, "orders", (head + body).encode(), source="t.csv")


def test_detail_of_an_order_whose_number_is_part_of_more_than_50_others(demo_app: App) -> None:
    # The order list's search matches parts of numbers: 'A-1' finds A-1-01 … A-1-60 first
    # (earlier delivery dates sort first), and A-1 itself fell past the 50 shown.
    _import_orders(demo_app, [(f"A-1-{n:02d}", "2026-11-01") for n in range(1, 61)]
                   + [("A-1", "2026-12-24")])
    detail = orders.detail(demo_app.uow, "A-1")
    assert detail.summary.order_no == "A-1" and detail.summary.unit_count == 1


def test_orders_json_reads_every_order_with_a_few_queries_not_one_each(demo_app: App) -> None:
    engine = demo_app.uow.engine  # type: ignore[attr-defined]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        rows = orders.list_for_export(demo_app.uow)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(rows) == 50 and len(statements) <= 5
    with demo_app.uow() as uow:  # the same lines as each order read on its own
        for row in rows:
            order = uow.orders.get(str(row["order_no"]))
            assert order is not None and row["status"] == order.status.value
            assert row["lines"] == [{"sku": ln.sku, "qty": ln.qty} for ln in order.lines]
