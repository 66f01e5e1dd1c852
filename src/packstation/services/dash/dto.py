"""What the dashboard, the floor board and the daily report show (services/dash/api.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from packstation.domain.dash import ReasonRate
from packstation.services.review.dto import LookalikePair


@dataclass(frozen=True)
class PrefectureOrders:
    """Orders packed on one day to one prefecture (0 = unknown): cost and volume."""

    prefecture_code: int
    orders: int
    priced: int
    cost_yen: int
    measured: int
    items_mm3: int
    boxes_mm3: int


@dataclass(frozen=True)
class PackerFigure:
    user_id: int | None
    packer: str
    orders: int
    units: int
    hours: int
    orders_per_hour: float
    units_per_hour: float


@dataclass(frozen=True)
class Targets:
    """The admin's targets, drawn as lines on the trends."""

    misship_ppm: int
    errors_per_1000: int
    same_day_pct: int


@dataclass(frozen=True)
class DayFigures:
    """Every measure of one Japanese day (docs/kpi.md)."""

    day: date
    orders_by_hour: tuple[int, ...]  # 24, index = JST hour
    units_by_hour: tuple[int, ...]
    orders: int
    units: int
    packers: tuple[PackerFigure, ...]
    total: PackerFigure
    misshipments: int
    misship_ppm: int
    refused: int
    errors_per_1000: float
    errors: tuple[ReasonRate, ...]
    cutoff: time | None  # None: not a shipping day
    same_day_received: int
    same_day_shipped: int
    same_day_pct: float | None
    lead_median_min: int | None
    lead_p90_min: int | None
    priced_orders: int
    cost_yen: int
    cost_per_order_yen: int
    baseline_yen: int | None  # None: no baseline set
    saving_yen: int | None
    measured_orders: int
    fill_pct: float | None
    pairs: tuple[LookalikePair, ...]


@dataclass(frozen=True)
class TrendPoint:
    day: date
    orders: int
    units: int
    misship_ppm: int
    errors_per_1000: float


@dataclass(frozen=True)
class DashboardView:
    """The dashboard tab in one read: today, its hours against yesterday and the same weekday
    last week, and the trend of the last days with the targets."""

    today: DayFigures
    yesterday_by_hour: tuple[int, ...]
    last_week_by_hour: tuple[int, ...]
    trend: tuple[TrendPoint, ...]
    targets: Targets


@dataclass(frozen=True)
class StationNow:
    station: str
    packer: str
    order_no: str


@dataclass(frozen=True)
class FloorBoard:
    """The wall screen: what is left against the cutoff, the pace, who is where, problems."""

    at: datetime
    cutoff: time | None
    remaining: int  # open or being packed
    due_today: int  # of those, received before today's cutoff
    packed_today: int
    this_hour: int  # orders packed in the current clock hour so far
    last_hour: int  # orders packed in the clock hour before
    stations: tuple[StationNow, ...]
    holds: int
    print_failures: int


@dataclass(frozen=True)
class OrderPacked:
    """Drill-down: one order behind a point of a chart."""

    order_no: str
    packed_at: datetime
    packer: str
