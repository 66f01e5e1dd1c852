"""The 納品書 as a 適格簡易請求書 (issue 17): 送料, 代引手数料 and discounts count in the totals
and in the tax per rate; 取引年月日 is the day of supply (the ship date), not the order date."""

from __future__ import annotations

from datetime import date

from packstation.domain.documents import SlipCharge, build_slip, slip_charges, yen
from packstation.domain.invoice import RateTotal
from tests.documents_fixtures import order, products, shop

GOODS_10 = 2 * 2480  # TEE-RED-M at 10 %
GOODS_8 = 2980 + 3 * 1480  # RICE-5KG and GYOZA-FRZ at 8 %


def test_shipping_cod_fee_and_discount_are_in_the_totals_with_their_rates() -> None:
    o = order(shipping_fee_yen=880, cod_fee_yen=330, discount_yen=500, discount_rate_pct=8)
    slip = build_slip(o, products(), shop(), gift=False, prices_include_tax=True,
                      today=date(2026, 11, 24))
    assert slip.charges == (SlipCharge("送料", 880, 10), SlipCharge("代引手数料", 330, 10),
                            SlipCharge("値引き", -500, 8))
    ten, eight = GOODS_10 + 880 + 330, GOODS_8 - 500
    assert slip.rate_totals == (RateTotal(10, ten, ten - ten * 10 // 110, ten * 10 // 110),
                                RateTotal(8, eight, eight - eight * 8 // 108, eight * 8 // 108))
    assert slip.total_yen == GOODS_10 + GOODS_8 + 880 + 330 - 500


def test_charges_in_a_shop_with_tax_excluded_prices_get_their_tax_added() -> None:
    o = order(shipping_fee_yen=800)
    slip = build_slip(o, products(), shop(), gift=False, prices_include_tax=False,
                      today=date(2026, 11, 24))
    ten = slip.rate_totals[0]
    assert (ten.rate_pct, ten.total_excl_yen, ten.tax_yen) == (10, GOODS_10 + 800,
                                                               (GOODS_10 + 800) // 10)


def test_an_order_without_charges_lists_none_and_a_gift_slip_hides_them() -> None:
    assert slip_charges(order()) == ()
    gift = build_slip(order(shipping_fee_yen=880), products(), shop(), gift=True,
                      prices_include_tax=True, today=date(2026, 11, 24))
    assert gift.charges == () and gift.total_yen is None and gift.transaction_date == ""


def test_the_transaction_date_is_the_ship_date_not_the_order_date() -> None:
    slip = build_slip(order(), products(), shop(), gift=False, prices_include_tax=True,
                      today=date(2026, 11, 26))
    assert slip.order_date == "2026年11月23日"
    assert slip.transaction_date == "2026年11月26日"
    later = build_slip(order(), products(), shop(), gift=False, prices_include_tax=True,
                       today=date(2026, 11, 30), ship_date=date(2026, 11, 27))
    assert later.transaction_date == "2026年11月27日"


def test_a_discount_prints_as_a_negative_amount() -> None:
    assert yen(-500) == "-¥500" and yen(1234) == "¥1,234"
