"""What goes on a label and a 納品書 (domain/documents.py, label_layout.py): no rendering."""

from __future__ import annotations

from datetime import date

import pytest

from packstation.domain import barcodes
from packstation.domain.documents import (
    CODABAR,
    CODE128,
    ShippingChoice,
    build_label,
    build_slip,
    tracking_barcode,
)
from packstation.domain.invoice import RateTotal
from packstation.domain.label_layout import (
    LABEL_SIZES_MM,
    MARGIN,
    Bars,
    Text,
    layout_label,
    text_width,
)
from packstation.domain.model import CoolType
from tests.documents_fixtures import RECIPIENT, TRACKING, order, products, shop

YAMATO = ShippingChoice("yamato", "ヤマト運輸", "宅急便", "60")


def test_fixture_tracking_number_is_a_valid_yamato_number() -> None:
    assert barcodes.yamato_check_ok(TRACKING)


def test_label_carries_recipient_sender_service_marks_and_both_barcodes() -> None:
    label = build_label(order(cod_yen=12345), shop(), YAMATO)
    assert label.ship_to.name == RECIPIENT
    assert label.ship_to.lines[0] == "北海道札幌市中央区北一条西1-1-1"
    assert label.sender.name == "パックステーション商店"
    assert (label.carrier, label.service, label.size_class) == ("ヤマト運輸", "宅急便", "60")
    assert (label.delivery_date, label.time_slot) == ("11月25日(水)", "14-16時")
    assert (label.cool, label.cod_yen) == ("冷凍", 12345)
    assert (label.order_barcode.symbology, label.order_barcode.data) == (CODE128, "R-2001")
    assert label.tracking is not None
    assert (label.tracking.symbology, label.tracking.data) == (CODABAR, f"A{TRACKING}A")
    assert label.tracking.text == "1234-5678-9013"
    assert label.units == 6


@pytest.mark.parametrize(("carrier", "number", "symbology", "data"), [
    ("yamato", "123456789013", CODABAR, "A123456789013A"),
    ("sagawa", "123456789013", CODABAR, "A123456789013A"),
    ("japanpost", "123456789013", CODABAR, "A123456789013A"),
    ("dhl", "1234567890", CODE128, "1234567890"),
    ("japanpost", "EJ123456789JP", CODE128, "EJ123456789JP"),  # letters: not NW-7
])
def test_tracking_symbology_by_carrier(carrier: str, number: str, symbology: str,
                                       data: str) -> None:
    found = tracking_barcode(carrier, number)
    assert found is not None and (found.symbology, found.data) == (symbology, data)


def test_no_tracking_number_no_tracking_barcode() -> None:
    label = build_label(order(tracking_no=""), shop(), YAMATO)
    assert label.tracking is None
    texts = [e.text for e in layout_label(label) if isinstance(e, Text)]
    assert "お問合せ伝票番号: 発番前" in texts


def test_plain_order_has_no_marks_and_says_no_date() -> None:
    label = build_label(order(cool=CoolType.NONE, delivery_date=None, time_slot=""), shop(),
                        ShippingChoice())
    assert label.cool == "" and label.cod_yen == 0
    texts = [e for e in layout_label(label) if isinstance(e, Text)]
    assert not any(t.inverse for t in texts), "no size class, no cool, no COD: no black marks"
    assert any("指定なし" in t.text for t in texts)
    assert any("配送サービス未選択" in t.text for t in texts)


@pytest.mark.parametrize("size", sorted(LABEL_SIZES_MM))
def test_layout_stays_inside_the_label_even_with_long_addresses(size: str) -> None:
    long = order(ship_to=order().ship_to.__class__(
        "長谷川 左衛門三郎太", "060-0001", 1, "札幌市中央区北一条西一丁目一番一号" * 2,
        "グランドメゾン緑が丘ステーションフロントタワー 3005号室", "011-000-0000",
        "株式会社ながいなまえ"))
    width, height = LABEL_SIZES_MM[size]
    long.cod_yen = 123_456  # with クール and 個口: three marks, more than one line holds
    elements = [*layout_label(build_label(long, shop(), YAMATO), size),
                *layout_label(build_label(long, shop(), YAMATO, 1, 2), size)]
    assert any(isinstance(e, Text) and e.text == "個口 1/2" for e in elements)
    for e in elements:
        if isinstance(e, Text):
            assert e.x + min(text_width(e.text, e.size), e.max_w) <= width - MARGIN + 0.01, e
            assert e.y + e.size <= height - MARGIN, e
        if isinstance(e, Bars):
            assert e.x + e.max_w <= width and e.y + e.height <= height - MARGIN, e


def test_unknown_label_size_is_refused() -> None:
    with pytest.raises(ValueError, match="a5"):
        layout_label(build_label(order(), shop(), YAMATO), "a5")


def test_slip_totals_and_tax_per_rate_with_the_product_rate_as_fallback() -> None:
    slip = build_slip(order(), products(), shop(), gift=False, prices_include_tax=True,
                      today=date(2030, 1, 1))
    assert slip.order_date == "2026年11月23日", "ordered 16:30 UTC = 01:30 on the 23rd in Japan"
    assert [ln.reduced_rate for ln in slip.lines] == [False, True, True]
    assert slip.total_yen == 2 * 2480 + 2980 + 3 * 1480
    assert slip.rate_totals == (RateTotal(10, 4960, 4510, 450),
                                RateTotal(8, 7420, 7420 - 549, 549))
    assert slip.qualified_invoice and slip.shop.registration_no == "T1180301018771"


def test_slip_of_an_unregistered_shop_is_not_a_qualified_invoice() -> None:
    slip = build_slip(order(), products(), shop(registration_no=""), gift=False,
                      prices_include_tax=True, today=date(2026, 11, 23))
    assert not slip.qualified_invoice
    assert slip.total_yen == 12380


def test_gift_slip_holds_no_price_at_all() -> None:
    slip = build_slip(order(cod_yen=5000), products(), shop(), gift=True,
                      prices_include_tax=True, today=date(2026, 11, 23))
    assert all(ln.unit_price_yen is None and ln.amount_yen is None for ln in slip.lines)
    assert slip.total_yen is None and slip.rate_totals == () and slip.cod_yen is None
    assert not slip.qualified_invoice
    assert [ln.qty for ln in slip.lines] == [2, 1, 3]


def test_a_long_address_takes_more_lines_instead_of_tiny_print() -> None:
    from packstation.domain.label_layout import wrap

    address = ("北海道札幌市中央区北一条西一丁目一番一号"
               "グランドメゾン緑が丘ステーションフロントタワー3005号室")
    lines = wrap(address, 5.0, 93.6)
    assert len(lines) >= 2 and "".join(lines) == address
    assert all(text_width(line, 4.0) <= 93.6 for line in lines)
    assert wrap("札幌市中央区1-1", 5.0, 93.6) == ["札幌市中央区1-1"]
    label = build_label(order(ship_to=order().ship_to.__class__(
        "山田 花子", "060-0001", 1, address[3:], "", "011-000-0000")), shop(), YAMATO)
    texts = [e for e in layout_label(label) if isinstance(e, Text)]
    assert "".join(t.text for t in texts if t.text.startswith("北海道") or
                   t.text in lines[1:]) == address
    assert min(t.size for t in texts if t.text in lines) >= 4.0, "readable, not squeezed"


def test_an_address_that_fits_no_label_is_a_clear_error() -> None:
    from packstation.domain.errors import StateError

    huge = order(ship_to=order().ship_to.__class__(
        "山田 花子", "060-0001", 1, "札幌市中央区北一条西一丁目一番一号" * 40, "", ""))
    with pytest.raises(StateError, match="do not fit a 4x6 label"):
        layout_label(build_label(huge, shop(), YAMATO))
