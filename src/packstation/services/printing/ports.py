"""Ports and data of printing: the document source, the printer drivers, the job store.

`DocumentSource` is implemented by the documents feature (label PDF/ZPL, 納品書 PDF);
`PrinterDriver` by adapters/printing (Qt system printers, CUPS raw queues, raw TCP 9100);
`PrintRepository` by adapters/db/print_repo.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from packstation.domain.batches import TotalPickList
from packstation.domain.documents import LabelContent, SlipContent
from packstation.domain.handling import SheetRow
from packstation.domain.picking import PickList
from packstation.domain.printing import Failure, JobStatus, PrinterSpec


@dataclass(frozen=True)
class PrintTarget:
    """What the printer needs, so the document is made for it (format, stock, resolution)."""

    format: str      # pdf / zpl
    media: str       # 4x6 / A6 / A4 / A5
    dpi: int         # 203 / 300
    kanji_font: bool  # ZPL: the printer has a Kanji font (else Japanese text as ^GF)


@dataclass(frozen=True)
class PrintData:
    data: bytes
    mime: str        # application/pdf or application/x-zpl
    media: str = ""  # the stock it was laid out for; "" = the target's
    name: str = ""   # e.g. R-1001-label: the file name where a printer writes files


class DocumentSource(Protocol):
    def render(self, order_no: str, kind: str, target: PrintTarget) -> PrintData:
        """The order's label or 納品書, made for the target. Raises NotFound for an unknown
        order. Called from a printer's worker thread: must be thread-safe."""
        ...


class PrinterDriver(Protocol):
    """One back-end. Both calls raise domain.printing.PrintFailed with the reason."""

    def check(self, printer: PrinterSpec, kind: str) -> None:
        """Preflight: the printer exists, answers and has the right stock (when it can tell)."""
        ...

    def send(self, printer: PrinterSpec, document: PrintData) -> None:
        """Deliver the whole document, or raise: never report a partial job as printed."""
        ...


@dataclass(frozen=True)
class StationPrinting:
    station: str
    label_printer: str | None = None  # printer names
    slip_printer: str | None = None
    auto_print: bool = False


@dataclass(frozen=True)
class JobView:
    id: int
    station: str
    order_no: str
    kind: str
    printer: str | None
    status: JobStatus
    attempts: int
    failure: Failure | None  # None: nothing went wrong (yet)
    detail: str
    reprint: bool
    reason: str
    created_at: datetime
    version: int = 1       # grows with every change of the job: the newest view wins
    printer_id: int | None = None
    tracking_no: str = ""  # filled when a label printed: what the label check expects


@dataclass(frozen=True)
class NewJob:
    station_id: int
    order_no: str
    kind: str
    printer_id: int | None
    status: str
    user_id: int | None
    at: datetime
    reprint: bool = False
    reason: str = ""
    failure: str = ""
    detail: str = ""


class PrintRepository(Protocol):
    def printers(self, active_only: bool = False) -> list[PrinterSpec]: ...

    def printer(self, printer_id: int) -> PrinterSpec | None: ...

    def printer_by_name(self, name: str) -> PrinterSpec | None: ...

    def save_printer(self, printer: PrinterSpec) -> int:
        """Insert (id None) or update by id; returns the id."""
        ...

    def station_printing(self, station_id: int) -> tuple[int | None, int | None, bool]:
        """(label printer id, slip printer id, auto print) of the station."""
        ...

    def save_station_printing(self, station_id: int, label_printer_id: int | None,
                              slip_printer_id: int | None, auto_print: bool) -> None: ...

    def add_job(self, job: NewJob) -> int: ...

    def job(self, job_id: int) -> JobView | None: ...

    def jobs(self, station_id: int | None, statuses: tuple[str, ...],
             limit: int = 200) -> list[JobView]:
        """Oldest first; station None = every station."""
        ...

    def take_next(self, station_id: int, printer_id: int, at: datetime) -> JobView | None:
        """The station's oldest queued job for the printer, switched to printing
        (attempts + 1) in one conditional update: a job is never taken twice."""
        ...

    def move(self, job_id: int, from_statuses: tuple[str, ...], to_status: str, at: datetime, *,
             failure: str = "", detail: str = "", printer_id: int | None = None,
             printed: bool = False) -> bool:
        """Change the status only if it is one of from_statuses; False when it was not."""
        ...

    def printed_before(self, order_no: str, kind: str) -> bool:
        """A job for this order and document was printed (at any station)."""
        ...

    def printers_with_queued(self, station_id: int) -> list[int]: ...

    def fail_interrupted(self, station_id: int, at: datetime) -> int:
        """The station's jobs left 'printing' by a stopped app become failed (INTERRUPTED):
        the packer looks at the printer and retries or cancels; never printed twice blindly."""
        ...


class DocumentRenderer(Protocol):
    """Turns a label or slip (domain/documents.py) into printable bytes (issue 6).

    size: label "4x6"/"a6", slip "a4"/"a5". kanji_font: the ZPL printer's Japanese font
    (e.g. "E:ANMDJ.TTF"), or "" to send Japanese text as ^GF bitmaps.
    """

    def label_pdf(self, labels: Sequence[LabelContent], size: str) -> bytes:
        """One page per label: an order in several cartons (個口) gets one per carton."""
        ...

    def label_zpl(self, labels: Sequence[LabelContent], size: str, dpi: int,
                  kanji_font: str) -> bytes: ...

    def slip_pdf(self, content: SlipContent, size: str) -> bytes: ...

    def bench_sheet_pdf(self, rows: Sequence[SheetRow]) -> bytes:
        """The A4 bench sheet: a confirmation barcode per acknowledgement (issue 14)."""
        ...

    def pick_list_pdf(self, lists: Sequence[PickList]) -> bytes:
        """A4 pick lists, one order per page (more when long), lines by shelf (issue 20)."""
        ...

    def total_pick_list_pdf(self, pick: TotalPickList) -> bytes:
        """A batch's total pick list with its barcode and each SKU's slots (issue 20)."""
        ...

    def warm_up(self) -> None:
        """Load the renderer's modules and font now (from a worker thread at start-up), so
        the packer's first label is as fast as the next ones."""
        ...


