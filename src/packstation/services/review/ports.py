"""Ports of the lead's review: refused scans (mis-picks) and the KPIs."""


from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from packstation.services.review.dto import (
    LookalikePair,
    MisPickFilter,
    MisPickView,
    MisShipmentView,
    PackerCounts,
    PackerHourCount,
)


class MisPickRepository(Protocol):
    """The lead's review of refused scans (table mispicks)."""

    def search(self, f: MisPickFilter) -> list[MisPickView]:
        """Newest first, at most f.limit."""
        ...

    def lookalike_pairs(self, f: MisPickFilter, top: int = 10) -> list[LookalikePair]:
        """WRONG_ITEM records as (expected, scanned) pairs, most frequent first; the expected
        SKU is the order's still-needed SKU that looks most like the scanned one."""
        ...

    def counts_by_packer_hour(self, f: MisPickFilter,
                              utc_offset_hours: int = 9) -> list[PackerHourCount]:
        """Refused scans per packer and hour of the day (local time at the given offset)."""
        ...

    def mark_reviewed(self, ids: Sequence[int], reviewer_id: int, comment: str,
                      at: datetime) -> int:
        """Set reviewer, time and comment on the given records; returns how many exist."""
        ...


class KpiRepository(Protocol):
    """The lead's KPIs: per-packer counts from the scan log; reported mis-shipments."""

    def packer_counts(self, since: datetime, until: datetime) -> list[PackerCounts]:
        """Per packer (user id None: scans without a user): orders packed, units net of
        undos, refused scans, mis-shipments of the orders they packed; since ≤ t < until."""
        ...

    def hours_worked(self, since: datetime, until: datetime) -> dict[int | None, int]:
        """Per user id, the Japanese clock hours with at least one scan event (see
        domain/kpi.hours_worked, the definition)."""
        ...

    def order_status(self, order_no: str) -> tuple[int, str] | None:
        """(order id, status), None for an unknown order."""
        ...

    def has_misshipment(self, order_id: int, kind: str) -> bool: ...

    def add_misshipment(self, order_id: int, kind: str, note: str, reported_by: int,
                        at: datetime) -> None: ...

    def misshipments(self, since: datetime, until: datetime) -> list[MisShipmentView]:
        """Mis-shipments of the orders packed in the period, newest report first."""
        ...
