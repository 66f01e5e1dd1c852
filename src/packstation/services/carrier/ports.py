"""What the carrier hand-off needs from the database (adapters/db/carrier_repo.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True)
class PackedOrder:
    """A packed order as the carrier file needs it (personal data: never logged)."""

    order_no: str
    service_code: str  # the chosen service(s), comma-separated; "" = none chosen
    delivery_date: date | None
    time_slot: str
    cod_yen: int
    cool: str
    name: str
    company: str
    postal_code: str
    prefecture_code: int
    address1: str
    address2: str
    phone: str
    items: tuple[tuple[str, int, int, int], ...]  # (name, qty, unit price yen, tax rate %)
    cartons: int = 1  # 個口: parcels in the accepted proposal


@dataclass(frozen=True)
class TrackingTarget:
    """An order a tracking number may be attached to, as it stands."""

    order_no: str
    status: str
    tracking_no: str
    exported_carrier: str


class CarrierRepository(Protocol):
    def packed_not_exported(self) -> list[PackedOrder]:
        """Packed orders not yet handed to a carrier (no export, no tracking number)."""
        ...

    def mark_exported(self, order_nos: Sequence[str], carrier: str, at: datetime) -> None: ...

    def targets(self, order_nos: Sequence[str]) -> dict[str, TrackingTarget]: ...

    def tracking_owners(self, tracking_nos: Sequence[str]) -> dict[str, str]:
        """Tracking number → the order that already has it."""
        ...

    def mark_shipped(self, tracking: Sequence[tuple[str, str]], at: datetime) -> None:
        """(order_no, tracking_no) pairs: set the number, status shipped, shipped_at."""
        ...
