"""Carrier facts of issue 17, each with a test that fails without its fix: time slots per
carrier with their codes, ネコポス beside クロネコゆうパケット, ゆうパック 代金引換, the コンパクト
boxes and COD cap, 離島 relay fees per carrier, the e飛伝 file encoding, the cool weight cap."""

from __future__ import annotations

from datetime import date

import jaconv
import pytest

from packstation.domain.carrier_csv import Column, Preset, Shipment, Widths, check_preset, render
from packstation.domain.carrier_presets import BUILT_IN, b2, ehiden, yuprint
from packstation.domain.cartonize import Box, Item
from packstation.domain.catalog import ServiceSpec
from packstation.domain.model import CoolType, Order, OrderStatus
from packstation.domain.shipping import (
    CoolOption,
    Destination,
    OrderTerms,
    Service,
    SizeClass,
    cod_fee,
    plan_shipment,
    quote,
)
from packstation.domain.time_slots import CARRIER_SLOTS, carriers_for, parse_slot
from packstation.services.carrier.export import preset_from_json, preset_to_json
from packstation.services.demo import catalog as demo
from packstation.services.imports import csv_rows
from packstation.services.proposal.proposals import _service, delivers_as_asked

WIDTHS = Widths(full=lambda s: jaconv.h2z(s, kana=True, ascii=True, digit=True),
                half=lambda s: jaconv.z2h(s, kana=False, ascii=True, digit=True))
TOKYO = OrderTerms(Destination("東京都"))


def spec(code: str) -> ServiceSpec:
    return next(s for s in demo.services() if s.code == code)


def box(code: str) -> Box:
    b = next(b for b in demo.BOXES if b.code == code)
    return Box(b.code, b.inner_mm, b.outer_mm, b.tare_g, b.cost_yen, b.max_weight_g, b.envelope)


# --- time slots ------------------------------------------------------------------------------

def test_each_carrier_has_its_own_slots() -> None:
    assert CARRIER_SLOTS["japanpost"] == ("午前中", "12-14", "14-16", "16-18", "18-20", "19-21")
    assert CARRIER_SLOTS["sagawa"] == ("午前中", "12-14", "14-16", "16-18", "18-20", "18-21",
                                       "19-21")
    assert CARRIER_SLOTS["yamato"] == ("午前中", "14-16", "16-18", "18-20", "19-21")
    assert carriers_for("12-14") == ("japanpost", "sagawa")
    assert carriers_for("18-21") == ("sagawa",)


@pytest.mark.parametrize(("cell", "slot"), [
    ("12-14", "12-14"), ("１２時～１４時", "12-14"), ("12時頃～14時頃", "12-14"),
    ("18-21", "18-21"), ("18:00〜21:00", "18-21"), ("午前中(8時～12時)", "午前中"),
    ("08-12", "午前中"), ("午前", "午前中"), ("指定なし", ""),
    ("0812", "午前中"), ("1416", "14-16"), ("1921", "19-21"),  # B2クラウド
    ("01", "午前中"), ("12", "12-14"), ("04", "18-21"), ("19", "19-21"),  # e飛伝
    ("51", "午前中"), ("52", "12-14"), ("55", "18-20"), ("57", "19-21"), ("00", ""),  # ゆうプリR
])
def test_import_takes_the_three_carriers_spellings_and_keeps_the_slot_as_asked(
        cell: str, slot: str) -> None:
    assert csv_rows.time_slot(cell) == slot


@pytest.mark.parametrize("cell", ["20-21", "12-13", "夜", "1214", "99"])
def test_a_slot_no_carrier_delivers_is_refused(cell: str) -> None:
    assert parse_slot(cell) is None
    with pytest.raises(csv_rows.CellError):
        csv_rows.time_slot(cell)


def test_each_layout_has_its_carriers_code_for_each_slot() -> None:
    assert ehiden().codes["time_slot"]["18-21"] == "04"
    assert ehiden().codes["time_slot"]["12-14"] == "12"
    assert yuprint().codes["time_slot"]["12-14"] == "52"
    assert set(b2().codes["time_slot"]) == set(CARRIER_SLOTS["yamato"])
    for layout, carrier in (("ehiden", "sagawa"), ("yuprint", "japanpost")):
        assert set(CARRIER_SLOTS[carrier]) <= set(BUILT_IN[layout]().codes["time_slot"])


def test_demo_services_offer_their_carriers_slots() -> None:
    assert spec("yupack").time_slots == CARRIER_SLOTS["japanpost"]
    assert spec("hikyaku").time_slots == CARRIER_SLOTS["sagawa"]
    assert spec("takkyubin").time_slots == CARRIER_SLOTS["yamato"]


def test_only_services_that_deliver_the_slot_are_proposed() -> None:
    order = Order("R-1", "", OrderStatus.OPEN, [], time_slot="18-21")
    able = {s.code for s in demo.services() if delivers_as_asked(s, order)}
    assert able == {"hikyaku"}
    order.time_slot = "12-14"
    able = {s.code for s in demo.services() if delivers_as_asked(s, order)}
    assert able == {"yupack", "hikyaku"}


# --- ネコポス and クロネコゆうパケット ----------------------------------------------------------

def test_nekopos_and_kuroneko_yupacket_are_two_services_with_their_own_b2_codes() -> None:
    assert b2().codes["service"]["nekopos"] == "A"
    assert b2().codes["service"]["kuroneko_yupacket"] == "7"
    assert spec("nekopos").name == "ネコポス"
    assert spec("kuroneko_yupacket").name == "クロネコゆうパケット"
    assert spec("nekopos").carrier_code == spec("kuroneko_yupacket").carrier_code == "yamato"


def test_nekopos_takes_25mm_where_kuroneko_yupacket_takes_30mm() -> None:
    mailer = Box("M28", (320, 230, 26), (330, 235, 28), 30, 60, 1000, envelope=True)
    assert quote(_service(spec("kuroneko_yupacket")), mailer, 400, TOKYO) is not None
    assert quote(_service(spec("nekopos")), mailer, 400, TOKYO) is None
    thin = Box("M20", (300, 220, 18), (310, 225, 20), 20, 40, 1000, envelope=True)
    assert quote(_service(spec("nekopos")), thin, 400, TOKYO) is not None


# --- cash on delivery ----------------------------------------------------------------------

def test_yupack_cod_is_a_flat_290_yen_plus_the_remittance_fee_not_yamatos_bands() -> None:
    yupack, takkyubin = _service(spec("yupack")), _service(spec("takkyubin"))
    assert cod_fee(yupack, 5_000) == 290 + 200
    assert cod_fee(yupack, 12_000) == 290 + 200
    assert cod_fee(yupack, 60_000) == 290 + 410
    assert cod_fee(takkyubin, 12_000) == 440, "宅急便コレクト keeps its bands"


def test_compact_collect_is_capped_at_30000_yen() -> None:
    compact = _service(spec("compact"))
    assert cod_fee(compact, 30_000) is not None
    assert cod_fee(compact, 30_001) is None
    assert cod_fee(_service(spec("takkyubin")), 30_001) is not None


# --- 宅急便コンパクト ------------------------------------------------------------------------

def test_compact_is_650_yen_base_and_takes_only_yamatos_own_boxes() -> None:
    compact = _service(spec("compact"))
    found = quote(compact, box("COMPACT"), 800, TOKYO)
    assert found is not None and found.base_yen == 650
    assert quote(compact, box("COMPACT-THIN"), 500, TOKYO) is not None
    small = Box("SMALL", (240, 190, 40), (248, 198, 46), 60, 40, 5000)  # fits, not Yamato's
    assert quote(compact, small, 500, TOKYO) is None


def test_the_compact_box_never_goes_with_another_service() -> None:
    item = Item("CASE", (200, 150, 30), 200)
    plan = plan_shipment([item], [box("COMPACT"), box("B60")],
                         [_service(spec("compact")), _service(spec("takkyubin"))])
    offered = [plan.best, *plan.alternatives]
    pairs = {(s.package.box.code, s.quote.service) for p in offered if p
             for s in p.shipments if s.quote}
    assert ("COMPACT", "compact") in pairs
    assert ("COMPACT", "takkyubin") not in pairs
    assert all(svc == "compact" for code, svc in pairs if code.startswith("COMPACT"))


# --- 離島 --------------------------------------------------------------------------------------

def test_relay_fee_per_carrier_sagawa_charges_japan_post_does_not() -> None:
    def relay(code: str) -> int | None:
        island = OrderTerms(Destination("沖縄県", remote_island=True))
        found = quote(_service(spec(code)), box("B60"), 1000, island)
        return found.relay_yen if found else None

    assert relay("hikyaku") == 1200
    assert relay("yupack") == 0
    assert relay("takkyubin") == 0


# --- e飛伝Ⅲ file -------------------------------------------------------------------------------

def _ship() -> Shipment:
    return Shipment("R-1", "hikyaku", date(2026, 12, 3), "髙橋 花子", "100-0014", "東京都",
                    "千代田区永田町1-7-1", time_slot="18-21")


def test_ehiden_template_name_and_utf8_with_bom_per_account() -> None:
    import packstation.domain.carrier_presets as presets

    assert "標準_飛脚宅配便_CSV_ヘッダ有" in (presets.__doc__ or "")
    plain = render(ehiden(), [_ship()], WIDTHS).data
    assert not plain.startswith(b"\xef\xbb\xbf") and "髙橋".encode("cp932") in plain
    utf8 = Preset(**{**preset_to_json(ehiden()), "columns": ehiden().columns,
                     "encoding": "utf-8-sig"})
    data = render(utf8, [_ship()], WIDTHS).data
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == plain.decode("cp932")
    assert ",04," in data.decode("utf-8-sig"), "18-21 written as e飛伝 code 04"
    assert preset_from_json(preset_to_json(utf8)).encoding == "utf-8-sig"
    assert preset_from_json({"carrier": "ehiden"}).encoding == "cp932"


def test_an_unknown_encoding_is_a_layout_problem() -> None:
    bad = Preset("ehiden", "x", (Column("No", "order_no"),), encoding="latin-1",
                 tracking_order_column="No", tracking_number_column="No")
    assert [p.problem.code for p in check_preset(bad)] == ["carrier.unknown_encoding"]


# --- クール ------------------------------------------------------------------------------------

def test_cool_weight_cap_15kg_refuses_a_heavier_parcel_even_where_its_class_is_priced() -> None:
    heavy = SizeClass("120", 1200, 25_000, {"*": 1700})  # the class alone would take 25 kg
    cool = Service("cool", (heavy,), cool=CoolOption(1200, 15_000, {"120": 660}, {"120": 660}))
    carton = Box("B100", (400, 300, 200), (410, 310, 210), 500, 100, 30_000)
    chilled = OrderTerms(Destination("東京都"), cool=CoolType.CHILLED)
    assert quote(cool, carton, 15_000, chilled) is not None
    assert quote(cool, carton, 15_001, chilled) is None
    assert quote(cool, carton, 15_001, TOKYO) is not None, "only the cool parcel is capped"


def test_demo_cool_service_is_capped_at_15kg() -> None:
    cool = _service(spec("takkyubin")).cool
    assert cool is not None and cool.max_weight_g == 15_000


def test_the_admin_form_keeps_the_boxes_a_service_takes_and_reads_slot_spellings() -> None:
    from packstation.services.admin.catalog_forms import ServiceForm, read_service_form

    form = ServiceForm("yamato", "compact", "宅急便コンパクト", [["compact", "", "", "", ""]],
                       [["cod", "", "30000", "440"]], "午前中、14時～16時 19-21",
                       {"cod_allowed": True}, "COMPACT、 COMPACT-THIN COMPACT")
    service, problems = read_service_form(form)
    assert problems == []
    assert service.box_codes == ("COMPACT", "COMPACT-THIN")
    assert service.time_slots == ("午前中", "14-16", "19-21")
    assert _service(service).box_codes == frozenset({"COMPACT", "COMPACT-THIN"})
