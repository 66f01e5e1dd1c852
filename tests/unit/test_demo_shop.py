"""The demo shop must look like a real one: valid JANs, look-alikes, orders everywhere."""

from collections import Counter

from stdnum import ean

from packstation.domain.model import CoolType
from packstation.services.demo import catalog as demo_catalog
from packstation.services.demo import shop as demo_shop


def test_at_least_40_products_all_with_valid_jan_codes() -> None:
    products = demo_shop.products()
    assert len(products) >= 40
    codes = [c.code for p in products for c in p.codes]
    assert len(codes) == len(set(codes)), "a barcode must identify one product"
    for p in products:
        unit = [c for c in p.codes if c.units == 1]
        assert unit and unit[0].code.startswith("49") and len(unit[0].code) == 13
        assert all(ean.is_valid(c.code) for c in p.codes), p.sku


def test_case_codes_count_units_and_look_alike_variants_exist() -> None:
    products = {p.sku: p for p in demo_shop.products()}
    assert any(c.units == 12 and len(c.code) == 14 for c in products["PEN-BLK"].codes)
    tees = [s for s in products if s.startswith("TEE-")]
    assert {"TEE-RED-M", "TEE-RED-L", "TEE-BLU-M"} <= set(tees)
    assert products["TEE-RED-M"].name_ja != products["TEE-RED-L"].name_ja


def test_fifty_orders_spread_over_every_prefecture_with_options() -> None:
    orders = demo_shop.orders(50, demo_shop.products())
    assert len(orders) == 50
    prefs = {o.ship_to.prefecture_code for o in orders if o.ship_to}
    assert len(prefs) == 47
    assert sum(o.cod_yen > 0 for o in orders) >= 3
    assert Counter(o.cool for o in orders)[CoolType.FROZEN] >= 2
    assert any(o.cool is CoolType.CHILLED for o in orders)
    assert sum(o.gift for o in orders) >= 3
    assert sum(bool(o.time_slot) for o in orders) >= 5
    assert any(len(o.lines) > 1 for o in orders)
    assert any(line.qty > 1 for o in orders for line in o.lines)
    assert len({o.order_no for o in orders}) == 50


def test_catalog_has_the_services_of_domain_facts() -> None:
    codes = {s.code for s in demo_catalog.services()}
    assert {"takkyubin", "compact", "nekopos", "yupack", "yupacket", "clickpost", "lp_light",
            "lp_plus", "hikyaku"} <= codes
    yupacket = next(s for s in demo_catalog.services() if s.code == "yupacket")
    # domain-facts.md §4: ゆうパケット 1/2/3 cm at 250/310/360 円
    assert [(c.max_thickness_mm, c.price_for(13)) for c in yupacket.classes] == [
        (10, 250), (20, 310), (30, 360)]
    takkyubin = next(s for s in demo_catalog.services() if s.code == "takkyubin")
    sixty = takkyubin.classes[0]
    assert all(sixty.price_for(code) for code in range(1, 48)), "a price for all 47"
    assert sixty.price_for(1) > sixty.price_for(13), "北海道 costs more than 東京 from 関東"
