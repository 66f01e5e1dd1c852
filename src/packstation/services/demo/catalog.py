"""The demo shop's boxes, carriers and services (domain-facts.md §4), with plausible rates.

Rates are from a 関東 origin to each region; every one is admin-editable data.
"""

from __future__ import annotations

from packstation.domain.catalog import (
    DEFAULT_PREFECTURE,
    BoxSpec,
    CarrierSpec,
    ServiceSpec,
    SizeClassSpec,
    SurchargeSpec,
)
from packstation.domain.prefectures import PREFECTURES
from packstation.domain.time_slots import CARRIER_SLOTS

# Distance tier of each region from a 関東 warehouse: drives the demo price steps.
_TIER = {"関東": 0, "南東北": 1, "信越": 1, "中部": 1, "北陸": 1, "北東北": 2, "関西": 2,
         "中国": 3, "四国": 3, "九州": 4, "北海道": 4, "沖縄": 5}

CARRIERS = (
    CarrierSpec("yamato", "ヤマト運輸"),
    CarrierSpec("japanpost", "日本郵便"),
    CarrierSpec("sagawa", "佐川急便"),
)

BOXES = (
    BoxSpec("ENV-A4", "A4封筒(薄型)", (330, 240, 30), (340, 250, 30), 20, 15, 4000, envelope=True),
    BoxSpec("THIN-A4", "A4薄型ダンボール 3cm", (310, 220, 26), (320, 230, 30), 90, 45, 4000),
    BoxSpec("COMPACT", "宅急便コンパクト専用BOX", (240, 195, 45), (250, 200, 50), 100, 70, 5000),
    BoxSpec("COMPACT-THIN", "宅急便コンパクト薄型専用BOX", (330, 240, 20), (340, 248, 25), 60, 70,
            5000),
    BoxSpec("B60", "60サイズ箱", (270, 190, 100), (280, 200, 110), 200, 60),
    BoxSpec("B80", "80サイズ箱", (370, 260, 120), (380, 270, 130), 350, 90),
    BoxSpec("B100", "100サイズ箱", (430, 320, 210), (440, 330, 220), 550, 130),
    BoxSpec("B120", "120サイズ箱", (505, 365, 275), (520, 380, 290), 800, 180),
    BoxSpec("B140", "140サイズ箱", (585, 405, 355), (600, 420, 370), 1100, 250),
)


def _by_prefecture(base: int, per_tier: int, okinawa_extra: int = 0) -> dict[int, int]:
    prices = {DEFAULT_PREFECTURE: base + per_tier * 2}
    for p in PREFECTURES:
        extra = okinawa_extra if p.region == "沖縄" else 0
        prices[p.code] = base + per_tier * _TIER[p.region] + extra
    return prices


def _sized(sizes: list[tuple[int, int, int]], base: int, tier: int, max_side: int,
           okinawa: int = 0) -> tuple[SizeClassSpec, ...]:
    """Size classes from (三辺合計 cm, weight kg, price step) rows."""
    return tuple(
        SizeClassSpec(str(cm), max_sum_mm=cm * 10, max_side_mm=max_side, max_weight_g=kg * 1000,
                      prices=_by_prefecture(base + step, tier + step // 8, okinawa))
        for cm, kg, step in sizes
    )


def _flat(name: str, price: int, **limits: int | None) -> SizeClassSpec:
    return SizeClassSpec(name, prices={DEFAULT_PREFECTURE: price}, **limits)


YAMATO_SLOTS = CARRIER_SLOTS["yamato"]
POST_SLOTS = CARRIER_SLOTS["japanpost"]
COD_BANDS = (SurchargeSpec("cod", 330, up_to=10_000), SurchargeSpec("cod", 440, up_to=30_000),
             SurchargeSpec("cod", 660, up_to=100_000), SurchargeSpec("cod", 1100, up_to=300_000))
COMPACT_COD = COD_BANDS[:2]  # 宅急便コンパクトコレクト: up to 30,000 yen
# ゆうパック 代金引換: 代金引換料 290 yen whatever the amount, plus the fee for sending the money
# to the shop's ゆうちょ account (by amount). See docs/carrier-handoff.md for sources.
YUPACK_COD = (SurchargeSpec("cod_flat", 290), SurchargeSpec("cod", 200, up_to=49_999),
              SurchargeSpec("cod", 410, up_to=300_000))
COMPACT_BOXES = ("COMPACT", "COMPACT-THIN")  # ヤマト's own boxes: no other box gets コンパクト
_COOL = ((60, 275), (80, 330), (100, 440), (120, 660))


def _cool_surcharges() -> tuple[SurchargeSpec, ...]:
    return tuple(SurchargeSpec(kind, yen, key=str(cm))
                 for kind in ("cool_chilled", "cool_frozen") for cm, yen in _COOL)


def services() -> tuple[ServiceSpec, ...]:
    takkyubin = [(60, 2, 0), (80, 5, 340), (100, 10, 660), (120, 15, 990), (140, 20, 1320),
                 (160, 25, 1650), (180, 30, 2500), (200, 30, 3480)]
    yupack = [(60, 25, 0), (80, 25, 300), (100, 25, 610), (120, 25, 900), (140, 25, 1190),
              (160, 25, 1460), (170, 25, 1700)]
    hikyaku = [(60, 2, 0), (80, 5, 330), (100, 10, 660), (140, 20, 1320), (160, 30, 1650)]
    relay = (SurchargeSpec("relay", 1200, key="47"),)
    return (
        ServiceSpec("yamato", "takkyubin", "宅急便", _sized(takkyubin, 940, 130, 1700, 300),
                    cool_allowed=True, cod_allowed=True, time_slots=YAMATO_SLOTS,
                    surcharges=_cool_surcharges() + COD_BANDS),
        ServiceSpec("yamato", "compact", "宅急便コンパクト",
                    (SizeClassSpec("compact", prices=_by_prefecture(650, 60)),),
                    cod_allowed=True, time_slots=YAMATO_SLOTS, surcharges=COMPACT_COD,
                    box_codes=COMPACT_BOXES),
        ServiceSpec("yamato", "kuroneko_yupacket", "クロネコゆうパケット",
                    (_flat("kuroneko_yupacket", 385, max_sum_mm=600, max_side_mm=340,
                           max_thickness_mm=30, max_weight_g=1000),), thin=True,
                    date_allowed=False),
        ServiceSpec("yamato", "nekopos", "ネコポス",
                    (_flat("nekopos", 385, max_sum_mm=565, max_side_mm=312,
                           max_thickness_mm=25, max_weight_g=1000),), thin=True,
                    date_allowed=False),
        ServiceSpec("japanpost", "yupack", "ゆうパック", _sized(yupack, 870, 120, 1700, 250),
                    cod_allowed=True, time_slots=POST_SLOTS, surcharges=YUPACK_COD),
        ServiceSpec("japanpost", "yupacket", "ゆうパケット", tuple(
            _flat(f"{cm}cm", yen, max_sum_mm=600, max_side_mm=340, max_thickness_mm=cm * 10,
                  max_weight_g=1000) for cm, yen in ((1, 250), (2, 310), (3, 360))),
            thin=True, date_allowed=False),
        ServiceSpec("japanpost", "clickpost", "クリックポスト",
                    (_flat("clickpost", 185, max_sum_mm=620, max_side_mm=340,
                           max_thickness_mm=30, max_weight_g=1000),), thin=True,
                    date_allowed=False),
        ServiceSpec("japanpost", "lp_light", "レターパックライト",
                    (_flat("light", 430, max_side_mm=340, max_thickness_mm=30,
                           max_weight_g=4000),), thin=True, envelope_only=True,
                    date_allowed=False),
        ServiceSpec("japanpost", "lp_plus", "レターパックプラス",
                    (_flat("plus", 600, max_side_mm=340, max_weight_g=4000),), thin=True,
                    envelope_only=True, date_allowed=False),
        ServiceSpec("sagawa", "hikyaku", "飛脚宅配便", _sized(hikyaku, 880, 140, 1600, 300),
                    cod_allowed=True, time_slots=CARRIER_SLOTS["sagawa"],
                    surcharges=COD_BANDS + relay),
    )
