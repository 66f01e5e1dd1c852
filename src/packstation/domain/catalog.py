"""What the admin configures: boxes, carriers, services, size classes, rates, surcharges.

Prices and limits are data (seeded as demo data, edited by the admin), never constants in code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

DEFAULT_PREFECTURE = 0  # rate-table column used when a prefecture has no price of its own ("*")
# 適用開始日 of a table stored before tables had dates: in force since ever.
SINCE_EVER = date(2000, 1, 1)


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
class RateTable:
    """One published rate table of a service and the day it applies from (適用開始日).

    Carriers revise their rates on a date (ヤマト 2024-04 and 2025-10, 日本郵便 2024-10): a
    shop loads next year's table in advance and each shipment is priced with the table in force
    on its ship date."""

    effective_from: date
    prices: Mapping[str, Mapping[int, int]]  # size class name → prefecture code → yen


class TableState(StrEnum):
    PAST = "past"  # replaced by a later table already in force
    IN_FORCE = "in_force"
    UPCOMING = "upcoming"  # loaded in advance: applies from its date


def table_states(tables: Sequence[RateTable], today: date) -> list[TableState]:
    """Each table's state on ``today``, in the order given."""
    started = [t.effective_from for t in tables if t.effective_from <= today]
    current = max(started) if started else None
    return [TableState.UPCOMING if t.effective_from > today else
            TableState.IN_FORCE if t.effective_from == current else TableState.PAST
            for t in tables]


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
    # Every dated table, oldest first. Empty: the classes' own prices are the only table (in
    # force since ever). When given, ``classes[i].prices`` is the table in force "today" as
    # the repository saw it; pricing a shipment goes through ``priced_on(ship_date)``.
    rate_tables: tuple[RateTable, ...] = ()

    def table_on(self, day: date) -> RateTable | None:
        """The table in force on ``day``: the latest whose 適用開始日 is on or before it."""
        if not self.rate_tables:
            return RateTable(SINCE_EVER, {c.name: c.prices for c in self.classes})
        in_force = [t for t in self.rate_tables if t.effective_from <= day]
        return max(in_force, key=lambda t: t.effective_from) if in_force else None

    def priced_on(self, day: date) -> ServiceSpec:
        """This service with the prices of the table in force on ``day`` (none before the
        first table: a service without a price is never offered)."""
        if not self.rate_tables:
            return self
        table = self.table_on(day)
        prices = table.prices if table is not None else {}
        return replace(self, classes=tuple(replace(c, prices=dict(prices.get(c.name, {})))
                                           for c in self.classes))

    def with_table(self, table: RateTable) -> ServiceSpec:
        """This service with ``table`` added, or replacing the one of the same date."""
        tables = self.rate_tables
        if not tables and any(c.prices for c in self.classes):
            tables = (RateTable(SINCE_EVER, {c.name: dict(c.prices) for c in self.classes}),)
        kept = [t for t in tables if t.effective_from != table.effective_from]
        return replace(self, rate_tables=tuple(sorted([*kept, table],
                                                      key=lambda t: t.effective_from)))


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
