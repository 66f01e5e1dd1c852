"""Ports of packing at the bench: the packing repository, the camera's decoder and frames."""


from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from packstation.domain.camera import Decoded
from packstation.domain.handling import AckKind, HandlingFacts
from packstation.domain.model import OrderStatus
from packstation.domain.verdicts import ProductMatch
from packstation.services.dto import LineView
from packstation.services.packing.dto import (
    MisPickRecord,
    OrderState,
    PackingOrder,
    ProductView,
    ScanRecord,
)


class PackingRepository(Protocol):
    """What scanning at the bench needs, as narrow, fast queries."""

    def station_id(self, name: str) -> int:
        """The station's id, registering it on first use."""
        ...

    def station_name(self, station_id: int) -> str: ...

    def next_seq(self, station_id: int) -> int:
        """The station's next event sequence number (taken in this transaction)."""
        ...

    def order_for_packing(self, order_no: str) -> PackingOrder | None: ...

    def order_state(self, order_no: str) -> OrderState | None: ...

    def lines_of_sku(self, order_no: str, sku: str) -> tuple[LineView, ...]: ...

    def expected_skus(self, order_no: str) -> str:
        """The SKUs still needed on the order, comma-separated (for the mis-pick record)."""
        ...

    def order_at_station(self, station_id: int, user_id: int | None = None) -> str | None:
        """The order this station had open (status packing), for a restart; with a user,
        only an order that user opened."""
        ...

    def set_status(self, order_no: str, status: OrderStatus, *, station_id: int | None,
                   user_id: int | None, at: datetime, hold_reason: str = "") -> None: ...

    def match_code(self, candidates: Sequence[str]) -> ProductMatch | None: ...

    def serial_shipped(self, sku: str, serial: str) -> bool: ...

    def add_scan(self, event: ScanRecord) -> int: ...

    def add_units(self, order_no: str, line_no: int, units: int) -> None: ...

    def set_line_qty(self, order_no: str, line_no: int, qty: int) -> None: ...

    def add_serial(self, sku: str, serial: str, order_no: str, scan_event_id: int) -> None: ...

    def remove_serial(self, scan_uuid: str) -> None: ...

    def add_mispick(self, record: MisPickRecord, scan_event_id: int) -> None: ...

    def last_undoable_scan(self, order_no: str) -> ScanRecord | None: ...

    def order_by_tracking(self, tracking_no: str) -> str | None: ...

    # --- handling instructions and the packer's view of a refusal (issue 14) ---------------
    def handling_facts(self, order_no: str) -> HandlingFacts | None:
        """The order's cool, gift, delivery and enclosure fields and its products' flags."""
        ...

    def acknowledged(self, order_no: str) -> frozenset[AckKind]:
        """The acknowledgements recorded for the order (scan events of kind "ack")."""
        ...

    def product_view(self, sku: str) -> ProductView | None: ...

    def first_open_line(self, order_no: str) -> LineView | None:
        """The first line with units still to scan (what the packer should hold)."""
        ...

    def recent_results(self, station_id: int, limit: int) -> list[tuple[str, str, str]]:
        """The station's last events, newest first: (order number, verdict, code)."""
        ...


class BarcodeDecoder(Protocol):
    """Finds barcodes in an image (adapters/scanning/decode.py: zxing-cpp + pyzbar)."""

    def decode_still(self, image: object) -> list[Decoded]:
        """A photo or file: every decoder option and preprocessing; slow is fine."""
        ...

    def decode_frame(self, image: object) -> list[Decoded]:
        """A live camera frame: fast enough for 20 frames a second."""
        ...


class FrameSource(Protocol):
    """A camera, a video file or a test's fake: BGR frames one after another."""

    def read(self) -> object | None:
        """The next frame, or None when the source has ended or failed."""
        ...

    def close(self) -> None: ...


class EvidenceRecorder(Protocol):
    """The evidence video of a packing (adapters/scanning/evidence.py): from the first item
    scan to completion, one file per order, old files purged."""

    @property
    def recording(self) -> object | None:
        """The file being written, or None."""
        ...

    def start(self, order_no: str) -> None: ...

    def stamp(self, text: str) -> None: ...

    def write(self, frame: object) -> None: ...

    def stop(self) -> object | None: ...

    def purge(self) -> object: ...
