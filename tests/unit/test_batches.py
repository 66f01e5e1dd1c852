"""Batches (issue 20): which open orders go together, the lead's filters read strictly (every
problem at once), and the total pick list with each SKU's slots in shelf order."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from packstation.domain.batches import (
    BatchFilter,
    OrderDigest,
    choose,
    is_batch_no,
    parse_filters,
    total_pick_list,
)
from packstation.domain.errors import BadInput
from packstation.domain.model import CoolType, Product

TODAY = date(2026, 12, 3)


def _order(no: str, units: int = 1, cool: CoolType = CoolType.NONE, hour: int = 1,
           **extra: object) -> OrderDigest:
    values: dict[str, object] = {"gift": False, "channel": "楽天市場",
                                 "ordered_at": datetime(2026, 12, 3, hour, tzinfo=UTC),
                                 "delivery_date": None}
    values.update(extra)
    return OrderDigest(no, units, cool, **values)  # type: ignore[arg-type]


def test_the_oldest_matching_orders_fill_the_rack_first() -> None:
    orders = [_order("R-3", hour=5), _order("R-1", hour=1), _order("R-2", units=3, hour=2),
              _order("R-4", hour=3, ordered_at=None)]
    chosen = choose(orders, parse_filters(["single"], 10), 10, TODAY)
    assert [o.order_no for o in chosen] == ["R-1", "R-3", "R-4"], "unknown time last"
    assert [o.order_no for o in choose(orders, BatchFilter(), 2, TODAY)] == ["R-1", "R-2"]


def test_each_filter_keeps_only_its_orders() -> None:
    orders = [_order("COOL", cool=CoolType.FROZEN), _order("GIFT", gift=True),
              _order("AMZ", channel="Amazon"), _order("LATE", hour=8),  # 17:00 JST
              _order("DUE", delivery_date=date(2026, 12, 4)), _order("MULTI", units=2)]
    def names(*filters: str) -> list[str]:
        return sorted(o.order_no for o in choose(orders, parse_filters(list(filters), 50), 50,
                                                   TODAY))
    assert names("cool") == ["COOL"]
    assert "COOL" not in names("normal")
    assert names("gift") == ["GIFT"]
    assert names("channel=Amazon") == ["AMZ"]
    assert "LATE" not in names("before=15:00") and "AMZ" in names("before=15:00")
    assert names("due=2026-12-05") == ["DUE"]
    assert names("multi") == ["MULTI"]
    assert names("single", "gift") == ["GIFT"], "filters add up"


def test_the_carrier_filter_asks_the_oldest_orders_only_until_the_rack_is_full() -> None:
    orders = [_order(f"R-{n}", hour=n) for n in range(1, 9)]
    carriers = {"R-1": "yamato", "R-2": "sagawa", "R-3": "sagawa", "R-4": "", "R-5": "sagawa",
                "R-6": "sagawa", "R-7": "sagawa", "R-8": "sagawa"}
    asked: list[str] = []

    def carrier_of(order: OrderDigest) -> str:
        asked.append(order.order_no)
        return carriers[order.order_no]

    rule = parse_filters(["carrier=sagawa", "single"], 3)
    assert rule.carrier == "sagawa"
    chosen = choose(orders, rule, 3, TODAY, carrier_of)
    assert [o.order_no for o in chosen] == ["R-2", "R-3", "R-5"]
    assert asked == ["R-1", "R-2", "R-3", "R-4", "R-5"], "priced only until the rack is full"
    assert choose(orders, parse_filters(["single"], 3), 3, TODAY, carrier_of)[0].order_no \
        == "R-1" and len(asked) == 5, "no carrier rule: nothing priced"


def test_bad_filters_are_all_named_at_once_and_nothing_is_applied() -> None:
    with pytest.raises(BadInput) as refused:
        parse_filters(["single", "colour=red", "before=25:00", "due=tomorrow"], 0)
    problems = refused.value.problems
    assert [p.column for p in problems] == ["--max-orders", "--filter", "--filter", "--filter"]
    assert problems[1].problem.params["value"] == "colour=red"
    assert parse_filters(["before=09:30"], 5).ordered_before == time(9, 30)


def test_the_total_list_adds_each_sku_once_with_its_slots_in_shelf_order() -> None:
    products = {"A": Product("A", "商品A", location="B-1-1"),
                "B": Product("B", "商品B", location="A-10-1"),
                "C": Product("C", "商品C", location="A-9-9")}
    slots = {1: {"A": 2, "B": 1}, 2: {"A": 1}, 3: {"C": 4, "X": 1}}
    pick = total_pick_list("B-0001", slots, products)
    assert [(ln.sku, ln.qty, [(s.slot, s.qty) for s in ln.slots]) for ln in pick.lines] == [
        ("C", 4, [(3, 4)]), ("B", 1, [(1, 1)]), ("A", 3, [(1, 2), (2, 1)]), ("X", 1, [(3, 1)])]
    assert (pick.orders, pick.units) == (3, 9)


def test_batch_numbers() -> None:
    assert is_batch_no("B-0001") and is_batch_no("B-12345")
    assert is_batch_no("B-1") and not is_batch_no("R-1001") and not is_batch_no("B-")
