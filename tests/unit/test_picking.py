"""Pick lists (issue 20): shelf labels normalised as a Japanese keyboard types them, lines in
the order a picker walks (natural order, unshelved last), one stop per SKU."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.model import CoolType, Order, OrderLine, OrderStatus, Product, ProductCode
from packstation.domain.picking import location_key, normalise_location, pick_list


def test_full_width_and_long_vowel_dashes_become_one_shelf_label() -> None:
    assert normalise_location("Ａ－０１－０３") == "A-01-03"
    assert normalise_location(" a-1-3 ") == "A-1-3"
    assert normalise_location("2Fー B") is None, "a space inside is not a label"
    assert normalise_location("2Fー1") == "2F-1"
    assert normalise_location("") == ""


def test_what_is_not_a_shelf_label_is_refused() -> None:
    for bad in ("A--1", "-A1", "A1-", "棚A", "A/1", "A" * 21):
        assert normalise_location(bad) is None, bad
    assert normalise_location("A" * 20) == "A" * 20


def test_shelves_sort_naturally_and_unshelved_come_last() -> None:
    shelves = ["A-10-1", "", "A-2-10", "B-1-1", "A-2-2", "A-2-9"]
    assert sorted(shelves, key=location_key) == ["A-2-2", "A-2-9", "A-2-10", "A-10-1",
                                                 "B-1-1", ""]


@given(st.lists(st.from_regex(r"[A-C]-[0-9]{1,2}-[0-9]{1,2}", fullmatch=True), min_size=2))
def test_natural_order_agrees_with_the_numbers(labels: list[str]) -> None:
    ordered = sorted(labels, key=location_key)
    numbers = [(z, int(a), int(b)) for z, a, b in (label.split("-") for label in ordered)]
    assert numbers == sorted(numbers)


def _product(sku: str, location: str) -> Product:
    return Product(sku, f"{sku}の名前", codes=[ProductCode("4900000000001"),
                                             ProductCode("14900000000008", 12)],
                   location=location)


def test_the_list_walks_the_shelves_and_adds_split_lines_of_one_sku() -> None:
    order = Order("R-1", "test", OrderStatus.OPEN,
                  [OrderLine(1, "Z", 1), OrderLine(2, "X", 2), OrderLine(3, "Y", 1),
                   OrderLine(4, "X", 3), OrderLine(5, "GONE", 1)],
                  cool=CoolType.FROZEN, gift=True, notes="のし")
    products = {"X": _product("X", "B-1-1"), "Y": _product("Y", "A-10-1"),
                "Z": _product("Z", "A-9-1")}
    pick = pick_list(order, products)
    assert [(ln.sku, ln.location, ln.qty) for ln in pick.lines] == [
        ("Z", "A-9-1", 1), ("Y", "A-10-1", 1), ("X", "B-1-1", 5), ("GONE", "", 1)]
    assert pick.units == 8 and pick.unshelved == 1
    assert pick.lines[0].code == "4900000000001", "the unit code, not the case code"
    assert (pick.cool, pick.gift, pick.notes) == (CoolType.FROZEN, True, "のし")
