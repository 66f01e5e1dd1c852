"""What the admin configures: boxes, carriers, services, size classes, rates, surcharges.

Prices and limits are data (seeded as demo data, edited by the admin), never constants in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_PREFECTURE = 0  # rate-table column used when a prefecture has no price of its own ("*")


@dataclass(frozen=True)
class BoxSpec:
    code: str
    name: str
    inner_mm: tuple[int, int, int]
    outer_mm: tuple[int, int, int]
    tare_g: int
    cost_yen: int
    max_weight_g: int = 30_000
    envelope: bool = False
    active: bool = True


@dataclass(frozen=True)
class SizeClassSpec:
    name: str
    max_sum_mm: int | None = None
    max_side_mm: int | None = None
    max_thickness_mm: int | None = None
    max_weight_g: int | None = None
    prices: dict[int, int] = field(default_factory=dict)  # prefecture code → yen; 0 = default

    def price_for(self, prefecture_code: int | None) -> int | None:
        if prefecture_code is not None and prefecture_code in self.prices:
            return self.prices[prefecture_code]
        return self.prices.get(DEFAULT_PREFECTURE)


@dataclass(frozen=True)
class SurchargeSpec:
    # cool_chilled / cool_frozen (key = class name), cod (up_to = band), cod_flat (every COD
    # parcel, on top of its band: ゆうパック 代金引換料), relay (key = pref code)
    kind: str
    price_yen: int
    key: str = ""
    up_to: int | None = None


@dataclass(frozen=True)
class ServiceSpec:
    carrier_code: str
    code: str
    name: str
    classes: tuple[SizeClassSpec, ...]
    thin: bool = False
    envelope_only: bool = False
    cool_allowed: bool = False
    cod_allowed: bool = False
    time_slots: tuple[str, ...] = ()
    date_allowed: bool = True
    surcharges: tuple[SurchargeSpec, ...] = ()
    active: bool = True
    box_codes: tuple[str, ...] = ()  # the only boxes it takes (宅急便コンパクト); () = any box


@dataclass(frozen=True)
class ServiceNames:
    """A service as a label names it: its carrier's code and name, and its own name."""

    carrier_code: str
    carrier: str
    service: str


@dataclass(frozen=True)
class CarrierSpec:
    code: str
    name: str
