"""What packing returns and records: the order at the bench, scans, verdicts."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.domain.handling import AckKind, Badge
from packstation.domain.messages import Msg
from packstation.domain.verdicts import Verdict
from packstation.services.dto import LineView


@dataclass(frozen=True)
class PackingOrder:
    """An order as the bench sees it while scanning."""

    order_no: str
    status: str
    tracking_no: str
    lines: tuple[LineView, ...]
    station_id: int | None
    cool: str = "none"
    gift: bool = False


@dataclass(frozen=True)
class OrderState:
    """The little a scan needs to know about its order."""

    order_no: str
    status: str
    units_left: int


@dataclass(frozen=True)
class ScanRecord:
    """One scan event (accepted or refused), as stored. Append-only; an undo is another one."""

    uuid: str
    station_id: int
    seq: int
    order_no: str | None
    line_no: int | None
    user_id: int | None
    kind: str  # item / count / undo / label / open / complete / override
    raw: str
    code: str
    sku: str
    units: int
    serial: str
    verdict: str
    typed: bool
    at: datetime
    undoes: str = ""


@dataclass(frozen=True)
class MisPickRecord:
    at: datetime
    station_id: int
    user_id: int | None
    order_no: str | None
    expected_skus: str
    scanned_code: str
    scanned_sku: str
    verdict: str
    resolution: str = ""


@dataclass(frozen=True)
class HandlingView:
    """The order's handling badges and where its acknowledgements stand."""

    badges: tuple[Badge, ...] = ()
    needed: tuple[AckKind, ...] = ()  # acknowledgements completion asks for
    done: tuple[AckKind, ...] = ()  # those already recorded

    @property
    def missing(self) -> tuple[AckKind, ...]:
        return tuple(k for k in self.needed if k not in self.done)


@dataclass(frozen=True)
class ProductView:
    """A product as the packer sees it: what was scanned instead of the expected item."""

    sku: str
    name_ja: str
    name_en: str = ""
    image_path: str = ""


@dataclass(frozen=True)
class ScanResult:
    """What the packer is told, only after the event is durably committed."""

    verdict: Verdict
    order_no: str | None
    sku: str = ""
    line_no: int | None = None
    units: int = 0
    remaining: int = 0  # on this line
    order_remaining: int = 0  # units still to scan on the whole order
    detail: str = ""
    lines: tuple[LineView, ...] = ()  # every line, when the whole list changed (open, undo…)
    other_order_no: str = ""  # LABEL_MISMATCH: whose label this is
    line: LineView | None = None  # the one line an item scan changed (fast repaint)
    handling: HandlingView | None = None  # badges and acknowledgements (open, ack, complete)
    scanned: ProductView | None = None  # WRONG_ITEM: the product the packer holds
    expected: LineView | None = None  # WRONG_ITEM: a line the order still needs
    repeat: int = 0  # a refusal: how many times in a row it came (1 = first); else 0
    message: Msg | None = None  # ACK_MISSING, ACK_NOT_NEEDED, ACKNOWLEDGED: what to say


# --- mis-pick review (the shift lead's log of refused scans) ---------------------------------


# --- sorting a batch at the bench (種まき, issue 20) ---------------------------------------

@dataclass(frozen=True)
class SlotView:
    slot: int
    order_no: str
    units: int  # ordered
    sorted: int  # put into the slot so far

    @property
    def full(self) -> bool:
        return self.sorted >= self.units


@dataclass(frozen=True)
class ShortSlot:
    """An order of a finished batch whose units did not all arrive (欠品)."""

    slot: int
    order_no: str
    missing: tuple[tuple[str, int], ...]  # (SKU, units)
    held: bool  # part of it is in the slot: on hold; nothing arrived: back to the open orders


@dataclass(frozen=True)
class SortResult:
    """What the sorter is told, only after the scan is durably committed. ``slot`` is where
    the unit in hand goes (0 when it goes nowhere); ``slot_full``: that order is complete and
    goes to packing."""

    verdict: Verdict
    batch_no: str | None
    slot: int = 0
    order_no: str | None = None
    sku: str = ""
    slot_full: bool = False
    slots: tuple[SlotView, ...] = ()
    detail: str = ""
    repeat: int = 0
    short: tuple[ShortSlot, ...] = ()  # FINISHED: the orders that came up short

    @property
    def slots_left(self) -> int:
        return sum(1 for s in self.slots if not s.full)
