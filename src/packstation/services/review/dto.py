"""What the lead's review returns: mis-picks, look-alike pairs, KPIs, CSV exports."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.domain.verdicts import Verdict


@dataclass(frozen=True)
class MisPickFilter:
    """Which refused scans the lead looks at. Times are UTC: since inclusive, until exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    user_id: int | None = None  # the packer
    sku: str = ""  # an expected or the scanned SKU, or its beginning ("TEE-RED" = every red tee)
    verdict: Verdict | None = None  # None = every reason
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
    verdict: Verdict
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


@dataclass(frozen=True)
class MisPickPage:
    """What the review page shows for one set of filters."""

    records: list[MisPickView]
    pairs: list[LookalikePair]
    hours: list[PackerHourCount]
