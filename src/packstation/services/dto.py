"""Data handed to the UI and the CLI. Plain, frozen, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True)
class OrderSummary:
    order_no: str
    status: str
    channel: str
    prefecture_code: int | None
    prefecture: str
    customer_name: str
    delivery_date: date | None
    time_slot: str
    cod_yen: int
    cool: str
    gift: bool
    line_count: int
    unit_count: int


class OrderLines(NamedTuple):
    """An order's number, status and prefecture with its (SKU, quantity) lines: the
    `orders --json` shape, read for every order at once (a tuple: 100,000 are made)."""

    order_no: str
    status: str
    prefecture_code: int | None
    lines: list[tuple[str, int]]


@dataclass(frozen=True)
class LineView:
    line_no: int
    sku: str
    name_ja: str
    name_en: str
    qty: int
    scanned_qty: int
    image_path: str
    missing_measurements: bool


@dataclass(frozen=True)
class OrderDetail:
    summary: OrderSummary
    lines: tuple[LineView, ...]
    postal_code: str
    address: str
    phone: str
    notes: str
    tracking_no: str
    hold_reason: str


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in at this station."""

    user_id: int
    login: str
    display_name: str
    role: str
    language: str


@dataclass(frozen=True)
class ImportReport:
    kind: str
    rows: int
    added: int
    updated: int
    encoding: str


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
class ScanResult:
    """What the packer is told, only after the event is durably committed."""

    verdict: str
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


# --- mis-pick review (the shift lead's log of refused scans) ---------------------------------


@dataclass(frozen=True)
class MisPickFilter:
    """Which refused scans the lead looks at. Times are UTC: since inclusive, until exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    user_id: int | None = None  # the packer
    sku: str = ""  # an expected or the scanned SKU, or its beginning ("TEE-RED" = every red tee)
    verdict: str = ""  # "" = every reason
    reviewed: bool | None = None  # None = both, False = still to review
    limit: int | None = 1000


@dataclass(frozen=True)
class MisPickView:
    """One refused scan as the lead sees it. `at` and `reviewed_at` are UTC."""

    id: int
    at: datetime
    station: str
    user_id: int | None
    packer: str
    order_no: str
    expected_skus: str  # the order's still-needed SKUs at that moment, comma-separated
    scanned_code: str
    scanned_sku: str
    verdict: str
    resolution: str
    reviewed_by: str
    reviewed_at: datetime | None
    review_comment: str


@dataclass(frozen=True)
class LookalikePair:
    """Expected X, scanned Y instead: how often (WRONG_ITEM only)."""

    expected_sku: str
    scanned_sku: str
    count: int


@dataclass(frozen=True)
class PackerHourCount:
    """Refused scans of one packer in one hour of the day (0-23, Japan time)."""

    user_id: int | None
    packer: str
    hour: int
    count: int


@dataclass(frozen=True)
class CsvSubstitution:
    """A character the chosen encoding cannot hold, and what was written instead."""

    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str
    char: str
    replacement: str


@dataclass(frozen=True)
class CsvExport:
    data: bytes
    substitutions: tuple[CsvSubstitution, ...] = ()
    rows: int = 0


# --- the lead's KPIs (services/kpis.py) ------------------------------------------------------

@dataclass(frozen=True)
class PackerCounts:
    """What one packer did in a period, as the database counts it."""

    user_id: int | None
    packer: str
    orders: int  # orders packed (completed, or short-shipped with approval)
    units: int  # units accepted, net of undos
    refused: int  # refused scans (near-misses)
    misshipments: int = 0  # reported later against orders this packer packed in the period


@dataclass(frozen=True)
class PackerKpi:
    user_id: int | None
    packer: str
    orders: int
    units: int
    hours: int  # clock hours (JST) with at least one scan
    orders_per_hour: float
    units_per_hour: float
    refused: int
    misshipments: int
    misship_ppm: int


@dataclass(frozen=True)
class KpiReport:
    since: datetime
    until: datetime
    packers: tuple[PackerKpi, ...]
    total: PackerKpi  # every packer together (hours summed: labour hours)


@dataclass(frozen=True)
class MisShipmentView:
    id: int
    order_no: str
    kind: str
    note: str
    reported_at: datetime
    reported_by: str
    packer: str  # who packed the order
