"""Carrier service choice on Japanese cases. Figures (§4) are the carriers' published
limits.

The rate tables below are demo data shaped like the carriers' published ones; the tests check
the rules (limits, cheapest class, total cost), not the carriers' current prices.
"""

from __future__ import annotations

from packstation.domain.cartonize import Box, Item
from packstation.domain.model import CoolType
from packstation.domain.shipping import (
    CodBand,
    CoolOption,
    Destination,
    OrderTerms,
    Service,
    SizeClass,
    plan_shipment,
    price_for,
    quote,
)

TOKYO = OrderTerms(Destination("東京都"))


def _cls(name: str, max_sum: int, kg: int, prices: dict[str, int], *,
         side: int | None = None, thick: int | None = None) -> SizeClass:
    return SizeClass(name, max_sum, kg * 1000, prices, max_side_mm=side, max_thickness_mm=thick)


# §4: ゆうパケット 三辺合計 ≤ 60 cm, longest ≤ 34 cm, ≤ 1 kg, thickness 1 / 2 / 3 cm at
# 250 / 310 / 360 円.
YUPACKET = Service("yupacket", (
    _cls("1cm", 600, 1, {"*": 250}, side=340, thick=10),
    _cls("2cm", 600, 1, {"*": 310}, side=340, thick=20),
    _cls("3cm", 600, 1, {"*": 360}, side=340, thick=30)), thin=True)
# §4: クリックポスト ≤ 34 × 25 × 3 cm, 1 kg, flat 185 円.
CLICKPOST = Service("clickpost", (_cls("flat", 620, 1, {"*": 185}, side=340, thick=30),),
                    thin=True)
# §4: 宅急便 60 / 80 / 100 / 120 cm at 2 / 5 / 10 / 15 kg, longest ≤ 170 cm; クール up to
# 120 cm and 15 kg with a surcharge by size; price by destination (関東 from 関東 here).
_SIZES = ((60, 2), (80, 5), (100, 10), (120, 15))
_RATES = {60: (890, 1260, 1060), 80: (1150, 1530, 1320), 100: (1430, 1830, 1600),
          120: (1700, 2130, 1870)}
TAKKYUBIN = Service(
    "takkyubin",
    tuple(_cls(str(size), size * 10, kg,
               {"関東": _RATES[size][0], "北海道": _RATES[size][1], "*": _RATES[size][2]},
               side=1700) for size, kg in _SIZES),
    cool=CoolOption(max_sum_mm=1200, max_weight_g=15000,
                    chilled_yen={"60": 220, "80": 330, "100": 440, "120": 660},
                    frozen_yen={"60": 220, "80": 330, "100": 440, "120": 660}),
    cod_bands=(CodBand(10000, 330), CodBand(30000, 440), CodBand(100000, 660)),
    relay_fee_yen={"東京都": 1200, "沖縄県": 1700, "*": 800})

B60 = Box("B60", (250, 180, 100), (260, 190, 110), tare_g=150, cost_yen=40,
          max_weight_g=20000)
B80 = Box("B80", (350, 250, 150), (360, 260, 160), tare_g=250, cost_yen=60,
          max_weight_g=20000)
# A card-board mailer for the thin services: 32 + 24 + 3 = 59 cm, dearer than the B60 carton.
MAILER = Box("B-YP", (312, 232, 28), (320, 240, 30), tare_g=30, cost_yen=60, max_weight_g=1000,
             envelope=True)
SHIRT = Item("TSHIRT", (240, 170, 25), 250)  # folded shirt in a bag, 25 mm thick


def test_25mm_shirt_goes_yupacket_3cm_not_takkyubin_60() -> None:
    # §4: thickness ≤ 3 cm → ゆうパケット 3cm class 360 円, far below 宅急便 60.
    cheap_mailer = Box("B-YP", MAILER.inner_mm, MAILER.outer_mm, 30, 40, 1000, envelope=True)
    plan = plan_shipment([SHIRT], [B60, cheap_mailer], [YUPACKET, TAKKYUBIN], TOKYO)
    assert plan.best is not None
    [shipment] = plan.best.shipments
    assert shipment.package.box.code == "B-YP"
    assert shipment.quote is not None
    assert (shipment.quote.service, shipment.quote.size_class) == ("yupacket", "3cm")
    assert shipment.quote.total_yen == 360
    assert plan.best.total_yen == 400
    # Runner-up (tied at 930 円 with B60 by 宅急便; ties go by box code): the same mailer
    # by 宅急便 60, whose 関東 rate is shown with its region.
    assert plan.explanation == ("B-YP 40円 + yupacket 3cm 360円 = 400円; "
                                "next: B-YP + takkyubin 60 (関東) 930円 (+530円)")
    assert [p.total_yen for p in plan.alternatives] == [930, 930]


def test_thickness_class_follows_the_outer_box() -> None:
    # The same rule, class by class: a 10 mm and a 20 mm mailer get the 1cm and 2cm prices.
    for thick, name, price in ((10, "1cm", 250), (20, "2cm", 310), (30, "3cm", 360)):
        box = Box("M", (312, 232, thick - 2), (320, 240, thick), 20, 10, 1000, envelope=True)
        found = quote(YUPACKET, box, 300, TOKYO)
        assert found is not None and (found.size_class, found.total_yen) == (name, price)
    too_thick = Box("M", (312, 232, 33), (320, 240, 35), 20, 10, 1000, envelope=True)
    assert quote(YUPACKET, too_thick, 300, TOKYO) is None


def test_350mm_item_cannot_go_clickpost() -> None:
    # §4: クリックポスト ≤ 34 × 25 × 3 cm: a 350 mm poster tube in a 360 mm mailer is refused.
    long_mailer = Box("M-L", (352, 240, 28), (360, 250, 30), 30, 30, 1000, envelope=True)
    assert quote(CLICKPOST, long_mailer, 330, TOKYO) is None
    plan = plan_shipment([Item("POSTER", (350, 60, 25), 300)], [long_mailer, B80],
                         [CLICKPOST, TAKKYUBIN], TOKYO)
    assert plan.best is not None
    assert all(s.quote is not None and s.quote.service != "clickpost"
               for p in (plan.best, *plan.alternatives) for s in p.shipments)
    # 330 mm fits: クリックポスト 185 円 beats everything else.
    short_mailer = Box("M-S", (332, 240, 28), (340, 250, 30), 30, 30, 1000, envelope=True)
    plan = plan_shipment([Item("POSTER", (330, 60, 25), 300)], [short_mailer, B80],
                         [CLICKPOST, TAKKYUBIN], TOKYO)
    assert plan.best is not None and plan.best.total_yen == 30 + 185


def test_hokkaido_price_applies_when_the_table_has_one() -> None:
    # §4: price = f(service, class, region, destination prefecture).
    table = TAKKYUBIN.classes[0].price_yen
    assert price_for(table, Destination("北海道")) == ("北海道", 1260)
    assert price_for(table, Destination("東京")) == ("関東", 890)  # region of 東京都
    assert price_for(table, Destination("大阪府")) == ("*", 1060)
    assert price_for(table, Destination(None)) == ("*", 1060)
    plan = plan_shipment([Item("BOX", (200, 150, 80), 800)], [B60], [TAKKYUBIN],
                         OrderTerms(Destination("北海道")))
    assert plan.best is not None and plan.best.total_yen == 40 + 1260
    assert "takkyubin 60 (北海道) 1260円" in plan.explanation


def test_cool_refuses_thin_services() -> None:
    # §4: thin services go through the post box; クール needs 宅急便 (surcharge by size).
    cool_yupacket = Service("yupacket", YUPACKET.classes, thin=True,
                            cool=CoolOption(chilled_yen={"3cm": 100}))
    chilled = OrderTerms(Destination("東京都"), cool=CoolType.CHILLED)
    assert quote(cool_yupacket, MAILER, 280, chilled) is None
    plan = plan_shipment([SHIRT], [B60, MAILER], [cool_yupacket, TAKKYUBIN], chilled)
    assert plan.best is not None
    [shipment] = plan.best.shipments
    assert shipment.quote is not None and shipment.quote.service == "takkyubin"
    assert (shipment.quote.cool_yen, shipment.quote.total_yen) == (220, 890 + 220)


def test_cool_caps_refuse_a_box_over_120_size() -> None:
    # §4: クール宅急便 up to 120 size, while plain 宅急便 goes on to 140 and more.
    with_140 = Service(TAKKYUBIN.code, (*TAKKYUBIN.classes,
                                        _cls("140", 1400, 20, {"*": 2200}, side=1700)),
                       cool=TAKKYUBIN.cool)
    big = Box("B140", (450, 450, 440), (460, 460, 460), 600, 150, 25000)  # 三辺 138 cm
    plain = quote(with_140, big, 3000, TOKYO)
    assert plain is not None and plain.size_class == "140"
    frozen = OrderTerms(Destination("東京都"), cool=CoolType.FROZEN)
    assert quote(with_140, big, 3000, frozen) is None
    assert quote(with_140, B80, 3000, frozen) is not None
    assert quote(with_140, B80, 16000, frozen) is None  # cool weight cap 15 kg


def test_dearer_envelope_box_that_gets_a_thin_service_wins() -> None:
    # Box choice minimises the total, not the box: 60 + 360 円 beats 40 + 890 円.
    plan = plan_shipment([SHIRT], [B60, MAILER], [YUPACKET, TAKKYUBIN], TOKYO)
    assert plan.best is not None
    assert [s.package.box.code for s in plan.best.shipments] == ["B-YP"]
    assert plan.best.total_yen == 420
    assert [p.total_yen for p in plan.alternatives] == [930, 950]
    assert plan.alternatives[0].signature == (("B60", "takkyubin"),)


def test_envelope_only_service_takes_envelopes_only() -> None:
    # §4: レターパック needs its own envelope; 430 円 light, A4 (34 × 24.8), ≤ 3 cm, 4 kg.
    letterpack = Service("letterpack_light", (_cls("A4", 620, 4, {"*": 430}, side=340,
                                                    thick=30),), thin=True,
                         envelope_only=True)
    carton = Box("C", MAILER.inner_mm, MAILER.outer_mm, 30, 10, 1000)
    assert quote(letterpack, carton, 300, TOKYO) is None
    assert quote(letterpack, MAILER, 300, TOKYO) is not None


def test_charged_class_is_the_larger_of_size_and_weight_class() -> None:
    # §4: 宅急便 60 carries 2 kg; 3 kg in a 60-size box is charged as 80.
    light, heavy = quote(TAKKYUBIN, B60, 1500, TOKYO), quote(TAKKYUBIN, B60, 3000, TOKYO)
    assert light is not None and light.size_class == "60"
    assert heavy is not None and (heavy.size_class, heavy.total_yen) == ("80", 1150)
    assert quote(TAKKYUBIN, B60, 16000, TOKYO) is None  # over every weight class


def test_cod_fee_by_amount_band_and_only_cod_services() -> None:
    # §4: 代金引換 fee by amount band; a thin service without COD is not offered.
    cod = OrderTerms(Destination("東京都"), cod_yen=12000)
    assert quote(YUPACKET, MAILER, 280, cod) is None
    found = quote(TAKKYUBIN, B60, 1000, cod)
    assert found is not None and (found.cod_yen, found.total_yen) == (440, 890 + 440)
    too_much = OrderTerms(Destination("東京都"), cod_yen=200000)
    assert quote(TAKKYUBIN, B60, 1000, too_much) is None


def test_remote_island_relay_fee() -> None:
    # §4: islands (離島) add a relay fee (中継料) per package.
    island = OrderTerms(Destination("東京都", remote_island=True))  # e.g. 伊豆諸島
    found = quote(TAKKYUBIN, B60, 1000, island)
    assert found is not None and (found.relay_yen, found.total_yen) == (1200, 890 + 1200)
    okinawa = quote(TAKKYUBIN, B60, 1000, OrderTerms(Destination("沖縄", remote_island=True)))
    assert okinawa is not None and okinawa.relay_yen == 1700


def test_two_thin_packages_beat_one_carton() -> None:
    # Two shirts: 2 × (60 + 360) = 840 円 beat one B60 by 宅急便 (40 + 890 = 930 円).
    plan = plan_shipment([SHIRT, SHIRT], [B60, MAILER], [YUPACKET, TAKKYUBIN], TOKYO)
    assert plan.best is not None
    assert plan.best.signature == (("B-YP", "yupacket"), ("B-YP", "yupacket"))
    assert plan.best.total_yen == 840
    assert plan.explanation.endswith("in 2 packages; next: B60 + takkyubin 60 (関東) 930円 "
                                     "(+90円)")


def test_no_services_means_boxes_by_box_cost() -> None:
    plan = plan_shipment([SHIRT], [B60, MAILER, B80], [])
    assert plan.best is not None
    assert [s.quote for s in plan.best.shipments] == [None]
    assert plan.best.total_yen == 40
    assert plan.explanation == "B60 40円 = 40円; next: B-YP 60円 (+20円)"


def test_one_order_never_splits_across_two_carriers() -> None:
    """A big item and a shirt need two packages. Per package, the cheapest would be 宅急便
    (ヤマト) for the big one and ゆうパケット (日本郵便) for the shirt; one order goes with one
    carrier (one delivery, one waybill to collect on), so both go by ヤマト."""
    from dataclasses import replace

    big = Item("RACK", (340, 240, 140), 3000)
    mixed = plan_shipment([big, SHIRT], [B60, B80, MAILER], [YUPACKET, TAKKYUBIN], TOKYO)
    assert mixed.best is not None  # services without a carrier: cheapest per package
    assert {s.quote.service for s in mixed.best.shipments if s.quote} == {"takkyubin",
                                                                         "yupacket"}
    services = [replace(YUPACKET, carrier="japanpost"), replace(TAKKYUBIN, carrier="yamato")]
    plan = plan_shipment([big, SHIRT], [B60, B80, MAILER], services, TOKYO)
    assert plan.best is not None and len(plan.best.shipments) == 2
    assert {s.quote.service for s in plan.best.shipments if s.quote} == {"takkyubin"}
    assert plan.best.total_yen > mixed.best.total_yen, "dearer, and still the rule"
    for other in plan.alternatives:
        carriers = {("japanpost" if s.quote.service == "yupacket" else "yamato")
                    for s in other.shipments if s.quote}
        assert len(carriers) == 1, other.signature
