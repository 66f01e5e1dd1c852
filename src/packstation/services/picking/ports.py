"""What batch picking needs from storage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from packstation.domain.batches import OrderDigest


@dataclass(frozen=True)
class BatchRecord:
    batch_no: str
    status: str  # open / sorting / done
    station_id: int | None
    slots: dict[int, str]  # slot → order number
    created_at: datetime
    rule: str = ""


class BatchRepository(Protocol):
    def eligible_orders(self, now: datetime) -> list[OrderDigest]:
        """Open orders (not packing, held, packed, cancelled) in no unfinished batch, and
        held by no station now (central database)."""
        ...

    def next_sequence(self) -> int:
        """The next batch number; held for this transaction (a second creator waits)."""
        ...

    def add(self, batch_no: str, order_nos: Sequence[str], *, rule: str,
            created_by: int | None, at: datetime) -> None:
        """Slots 1…n in the order given."""
        ...

    def get(self, batch_no: str) -> BatchRecord | None: ...

    def quantities(self, batch_no: str) -> dict[int, dict[str, int]]:
        """slot → SKU → ordered quantity."""
        ...

    def set_status(self, batch_no: str, status: str, station_id: int | None) -> None: ...

    def free(self, order_no: str) -> None:
        """The order leaves this station (networked: its claim goes back to the server)."""
        ...

    def slots_needing(self, batch_no: str, sku: str) -> list[tuple[int, str]]:
        """(slot, order number) of the batch's orders still to be packed that need more of
        the SKU, by slot."""
        ...

    def holds_sku(self, batch_no: str, sku: str) -> bool: ...

    def progress(self, batch_no: str) -> list[tuple[int, str, int, int]]:
        """(slot, order number, units ordered, units sorted) of every slot."""
        ...

    def missing(self, batch_no: str) -> list[tuple[int, str, str, int]]:
        """(slot, order number, SKU, units still missing) of the batch's orders still to be
        packed, by slot."""
        ...

    def sorting_at(self, station_id: int) -> str | None:
        """The batch this station is sorting, if any."""
        ...

    def batch_of(self, order_no: str) -> tuple[str, int] | None:
        """(batch number, slot) of the order's unfinished batch."""
        ...
