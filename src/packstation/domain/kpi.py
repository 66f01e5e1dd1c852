"""The shift lead's KPIs (domain-facts §2). Pure arithmetic on counts the database gives.

- 人時生産性: orders (and units) packed ÷ hours worked. A packer's hours worked are the clock
  hours (Japan time) in which they scanned at least once: an hour with one scan counts whole,
  an hour with none (break, another job) does not count. Simple enough to check by hand.
- 誤出荷率: mis-shipments ÷ shipments, in ppm. A shipment is an order packed (completed or
  short-shipped with the lead's approval) in the period; a mis-shipment is one reported
  afterwards (customer claim, return) against such an order, of one of the kinds below.
- Refused scans at the station are near-misses, not mis-shipments: counted apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")

# 誤出荷の種類 (domain-facts §2): what a customer or the carrier reported.
MISSHIPMENT_KINDS: tuple[str, ...] = (
    "WRONG_ITEM", "WRONG_QTY", "MISSING", "WRONG_ADDRESS", "WRONG_DOCUMENT", "DAMAGED")
MISSHIPMENT_JA = {
    "WRONG_ITEM": "商品違い", "WRONG_QTY": "数量違い", "MISSING": "出荷漏れ",
    "WRONG_ADDRESS": "宛先違い (テレコ)", "WRONG_DOCUMENT": "添付書類違い", "DAMAGED": "破損",
}


def hour_bucket(at: datetime) -> datetime:
    """The clock hour in Japan an event belongs to (its start, JST)."""
    return at.astimezone(JST).replace(minute=0, second=0, microsecond=0)


def hours_worked(times: Iterable[datetime]) -> int:
    """How many distinct Japanese clock hours saw at least one of these events."""
    return len({hour_bucket(t) for t in times})


def per_hour(count: int, hours: int) -> float:
    """A count per hour worked, one decimal; 0.0 when nobody worked."""
    return round(count / hours, 1) if hours > 0 else 0.0


def ppm(part: int, whole: int) -> int:
    """Parts per million, rounded half up; 0 when there is nothing to divide."""
    if whole <= 0:
        return 0
    return (part * 1_000_000 * 2 + whole) // (whole * 2)
