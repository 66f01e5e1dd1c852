"""Port of the dashboard: the counts packing keeps (dash_* tables) and a few live reads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from packstation.domain.dash import HourBucket
from packstation.services.dash.dto import OrderPacked, PrefectureOrders, StationNow


class DashRepository(Protocol):
    def hours(self, first: date, last: date) -> dict[date, list[HourBucket]]:
        """Per JST day, every (hour, packer) with at least one scan."""
        ...

    def day_totals(self, first: date, last: date) -> dict[date, tuple[int, int]]:
        """Per JST day with any scan: (orders, units) packed."""
        ...

    def orders_by_hour(self, days: Sequence[date]) -> dict[date, list[int]]:
        """Orders packed in each JST hour (24 values) of each day asked for."""
        ...

    def refusals(self, first: date, last: date) -> dict[date, dict[str, int]]: ...

    def orders(self, first: date, last: date) -> dict[date, list[PrefectureOrders]]: ...

    def lead_times(self, first: date, last: date) -> dict[date, dict[int, int]]:
        """Per day, {lead time in whole minutes: orders}."""
        ...

    def misshipments(self, since: datetime, until: datetime) -> dict[date, int]:
        """Mis-shipments of the orders packed in [since, until), by the JST day of packing."""
        ...

    def received_before(self, since: datetime, before: datetime,
                        packed_by: datetime) -> tuple[int, int]:
        """(orders received in [since, before), of them packed before packed_by); cancelled
        orders left out."""
        ...

    def names(self, user_ids: Sequence[int]) -> dict[int, str]: ...

    def rate(self, service_code: str, size_class: str, prefecture_code: int,
             day: date) -> int | None:
        """The rate for the prefecture, else the table's default row (prefecture 0), in the
        table in force on ``day``."""
        ...

    def box_cost(self, box_code: str) -> int | None: ...

    # --- the floor board -----------------------------------------------------------------
    def open_orders(self, received_before: datetime | None) -> tuple[int, int]:
        """(orders open or being packed, of them received before the given time)."""
        ...

    def stations_now(self) -> list[StationNow]: ...

    def holds_and_print_failures(self) -> tuple[int, int]: ...

    # --- drill-down ----------------------------------------------------------------------
    def packed_orders(self, since: datetime, until: datetime,
                      limit: int = 500) -> list[OrderPacked]: ...
