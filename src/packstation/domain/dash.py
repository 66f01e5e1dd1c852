"""The lead's daily measures (毎日カイゼン, issue 19; definitions: docs/kpi.md). Pure arithmetic
on counts the database keeps: the dashboard, the floor board and the daily report all compute
their figures here, so the three always agree.

Days and hours are Japanese (JST). Rates are rounded half up (one decimal for percentages and
per-thousand figures, whole numbers for ppm, see domain/kpi.ppm).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from packstation.domain.kpi import JST, per_hour, ppm
from packstation.domain.messages import Msg

__all__ = ["JST", "ppm"]

WEEKDAYS_JA = "月火水木金土日"
DEFAULT_CUTOFFS = "14:00,14:00,14:00,14:00,14:00,,"  # Monday…Sunday; "" = no shipping


@dataclass(frozen=True)
class HourBucket:
    """One packer in one Japanese clock hour of one day in which they scanned at least once
    (the bucket exists because of that scan: its count is the packer's hours worked)."""

    hour: int  # 0-23, JST
    user_id: int | None
    orders: int  # orders packed (completed, or short-shipped with the lead's approval)
    units: int  # units accepted, net of undos
    refused: int  # refused scans (near-misses)


@dataclass(frozen=True)
class PackerRate:
    """人時生産性 of one packer over the buckets given."""

    user_id: int | None
    orders: int
    units: int
    hours: int
    orders_per_hour: float
    units_per_hour: float


@dataclass(frozen=True)
class ReasonRate:
    """検品エラー of one reason: refused scans per 1,000 units packed."""

    reason: str
    count: int
    per_1000: float


# --- 出荷件数・点数 and 人時生産性 ------------------------------------------------------------

def by_hour(buckets: Iterable[HourBucket]) -> tuple[list[int], list[int]]:
    """Orders and units packed in each of the day's 24 hours (index = JST hour)."""
    orders, units = [0] * 24, [0] * 24
    for b in buckets:
        orders[b.hour] += b.orders
        units[b.hour] += b.units
    return orders, units


def productivity(buckets: Iterable[HourBucket]) -> list[PackerRate]:
    """Per packer: orders and units per hour worked; busiest first (orders, then units)."""
    totals: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0])
    for b in buckets:
        t = totals[b.user_id]
        t[0] += b.orders
        t[1] += b.units
        t[2] += 1
    rates = [PackerRate(uid, o, u, h, per_hour(o, h), per_hour(u, h))
             for uid, (o, u, h) in totals.items()]
    return sorted(rates, key=lambda r: (-r.orders, -r.units, r.user_id or 0))


def total_rate(rates: Sequence[PackerRate]) -> PackerRate:
    """Every packer together: person-hours summed (two packers in one hour = 2 hours)."""
    o, u, h = (sum(r.orders for r in rates), sum(r.units for r in rates),
               sum(r.hours for r in rates))
    return PackerRate(None, o, u, h, per_hour(o, h), per_hour(u, h))


# --- rates -----------------------------------------------------------------------------------

def _half_up_tenths(numerator: int, denominator: int) -> float:
    """numerator / denominator to one decimal, rounded half up; 0.0 over nothing."""
    if denominator <= 0:
        return 0.0
    tenths = (numerator * 10 * 2 + denominator) // (denominator * 2)
    return tenths / 10


def per_thousand(part: int, whole: int) -> float:
    return _half_up_tenths(part * 1000, whole)


def percent(part: int, whole: int) -> float:
    return _half_up_tenths(part * 100, whole)


def errors_per_1000(refused: Mapping[str, int], units: int) -> list[ReasonRate]:
    """検品エラー by reason per 1,000 units packed, most frequent first (then by code)."""
    rows = [ReasonRate(reason, n, per_thousand(n, units)) for reason, n in refused.items() if n]
    return sorted(rows, key=lambda r: (-r.count, r.reason))


# --- lead time -------------------------------------------------------------------------------

def lead_minutes(ordered_at: datetime, packed_at: datetime) -> int:
    """Order-to-ship lead time in whole minutes (cut down; never below 0: a clock that was
    wrong when the order was imported must not give a negative time)."""
    return max(int((packed_at - ordered_at).total_seconds() // 60), 0)


def percentile(histogram: Mapping[int, int], p: int) -> int | None:
    """The p-th percentile (nearest rank) of values given as {value: how many}: the smallest
    value with at least p % of all at or below it. None when there is none."""
    n = sum(histogram.values())
    if n <= 0:
        return None
    rank = max(math.ceil(p * n / 100), 1)
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return max(histogram)  # unreachable: seen reaches n ≥ rank


# --- 当日出荷: cutoffs per weekday ----------------------------------------------------------

_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse_cutoffs(text: str) -> tuple[tuple[time | None, ...], list[Msg]]:
    """The shop's 当日出荷 cutoff per weekday, Monday first, comma-separated "HH:MM" ("" = no
    shipping that day), e.g. "14:00,14:00,14:00,14:00,12:00,,"; problems name the weekday."""
    parts = [p.strip() for p in unicodedata.normalize("NFKC", text).split(",")]
    problems: list[Msg] = []
    if len(parts) != 7:
        return (None,) * 7, [Msg("dash.cutoffs_need_seven", found=len(parts))]
    cutoffs: list[time | None] = []
    for day, part in zip(WEEKDAYS_JA, parts, strict=True):
        m = _TIME.fullmatch(part)
        if not part:
            cutoffs.append(None)
        elif m and int(m[1]) < 24 and int(m[2]) < 60:
            cutoffs.append(time(int(m[1]), int(m[2])))
        else:
            cutoffs.append(None)
            problems.append(Msg("dash.bad_cutoff", weekday=day, value=part))
    return tuple(cutoffs), problems


def parse_time(text: str) -> time | None:
    """"HH:MM" (full-width digits too) as a time of day, None when it is not one."""
    m = _TIME.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if m and int(m[1]) < 24 and int(m[2]) < 60:
        return time(int(m[1]), int(m[2]))
    return None


def is_public_holiday(day: date) -> bool:
    """国民の祝日 (and 振替休日) from jpholiday, imported on first use. Without jpholiday
    installed only the weekdays without a cutoff are days off (docs/kpi.md)."""
    try:
        import jpholiday
    except ImportError:  # pragma: no cover - jpholiday is a dependency; kept for old installs
        return False
    return bool(jpholiday.is_holiday(day))


def cutoff_on(day: date, cutoffs: Sequence[time | None],
              holiday: Callable[[date], bool] = is_public_holiday) -> time | None:
    """The day's cutoff, or None when the shop does not ship that day (no cutoff set for the
    weekday, or a public holiday)."""
    cutoff = cutoffs[day.weekday()]
    if cutoff is None or holiday(day):
        return None
    return cutoff


def same_day_window(day: date, cutoff: time) -> tuple[datetime, datetime, datetime]:
    """(received from, received before, packed before), UTC: the orders received on the day
    before its cutoff, and the end of that day by which they must be packed."""
    start = datetime.combine(day, time(), JST)
    return (start.astimezone(UTC), datetime.combine(day, cutoff, JST).astimezone(UTC),
            (start + timedelta(days=1)).astimezone(UTC))


def day_range(day: date) -> tuple[datetime, datetime]:
    """A Japanese day as a UTC [since, until) range."""
    start = datetime.combine(day, time(), JST)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def jst_day_hour(at: datetime) -> tuple[date, int]:
    local = at.astimezone(JST)
    return local.date(), local.hour


# --- shipping cost and box fill ---------------------------------------------------------------

@dataclass(frozen=True)
class CostCarton:
    """One carton of a packed order, priced: the carrier's rate plus the box."""

    rate_yen: int | None  # None: no rate found for the service, size and prefecture
    box_cost_yen: int | None  # None: unknown box


def order_cost(cartons: Sequence[CostCarton]) -> int | None:
    """What the order cost to ship (rates + boxes), or None when any part is unknown (the
    order is then left out of the cost figures rather than counted too cheap)."""
    if not cartons:
        return None
    total = 0
    for c in cartons:
        if c.rate_yen is None or c.box_cost_yen is None:
            return None
        total += c.rate_yen + c.box_cost_yen
    return total


def cost_per_order(cost_yen: int, orders: int) -> int:
    """Whole yen, rounded half up; 0 over no order."""
    return (cost_yen * 2 + orders) // (orders * 2) if orders > 0 else 0


def baseline_cost(orders_by_prefecture: Mapping[int, int], rate_of: Callable[[int], int | None],
                  box_cost_yen: int) -> tuple[int, int]:
    """(yen, orders priced) had every order gone the shop's old way (the admin's baseline: one
    service, one size, one box): rate for its prefecture + the box. Prefectures the baseline
    service has no rate for are left out."""
    yen = orders = 0
    for prefecture, n in orders_by_prefecture.items():
        rate = rate_of(prefecture)
        if rate is not None:
            yen += n * (rate + box_cost_yen)
            orders += n
    return yen, orders


def volume_mm3(length_mm: int | None, width_mm: int | None, height_mm: int | None) -> int | None:
    if not length_mm or not width_mm or not height_mm:
        return None
    return length_mm * width_mm * height_mm


def fill_rate(items_mm3: int, boxes_mm3: int) -> float:
    """Box fill rate in percent: the items' volume over the boxes' inner volume, summed over
    the orders (a big box counts more than a small one)."""
    return percent(items_mm3, boxes_mm3)
