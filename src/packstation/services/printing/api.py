"""Documents (label, 納品書) and the station's print queue as the GUI and the CLI see them
(implementation: documents.py, desk.py, spooler.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from packstation.domain.messages import Msg
from packstation.domain.printing import PrinterSpec
from packstation.services.dto import SessionUser
from packstation.services.ports import DocumentReadsFactory, UnitOfWorkFactory
from packstation.services.printing import desk, documents
from packstation.services.printing.ports import DocumentRenderer, StationPrinting
from packstation.services.printing.spooler import Spooler


class Documents:
    """An order's shipping label and packing slip as file bytes."""

    def __init__(self, reads: DocumentReadsFactory, renderer: DocumentRenderer) -> None:
        self._reads, self._renderer = reads, renderer

    def label(self, order_no: str, *, fmt: str = "pdf", size: str | None = None,
              dpi: int = 203, kanji_font: str | None = None) -> bytes:
        return documents.label(self._reads, self._renderer, order_no, fmt=fmt, size=size,
                               dpi=dpi, kanji_font=kanji_font)

    def slip(self, order_no: str, *, size: str | None = None, gift: bool | None = None,
             today: date | None = None) -> bytes:
        return documents.slip(self._reads, self._renderer, order_no, size=size, gift=gift,
                              today=today)

    def bench_sheet(self) -> bytes:
        """The A4 bench sheet: the handling confirmations' barcodes (issue 14)."""
        return documents.bench_sheet(self._renderer)

    def pick_lists(self, order_nos: Sequence[str], *, pictures: bool | None = None) -> bytes:
        """A4 pick lists of the orders, lines in shelf order (issue 20); product pictures
        as the shop's setting says, unless ``pictures`` says otherwise."""
        return documents.pick_lists(self._reads, self._renderer, order_nos, pictures=pictures)

    def warm_up(self) -> None:
        """Load the renderer's fonts and libraries now (off the UI thread)."""
        self._renderer.warm_up()


class Printing:
    """The station's printers and print queue. ``queue`` is started by the GUI only."""

    def __init__(self, uow: UnitOfWorkFactory, station: str, documents_: Documents,
                 queue: Spooler) -> None:
        self._uow, self.station = uow, station
        self.documents, self.queue = documents_, queue

    def list_printers(self) -> list[PrinterSpec]:
        return desk.list_printers(self._uow)

    def station_printing(self) -> StationPrinting:
        return desk.station_printing(self._uow, self.station)

    def save_printer(self, user: SessionUser, printer: PrinterSpec) -> PrinterSpec:
        return desk.save_printer(self._uow, user, printer)

    def save_station_printing(self, user: SessionUser,
                              setup: StationPrinting) -> StationPrinting:
        return desk.save_station_printing(self._uow, user, setup)

    def print_bench_sheet(self, user: SessionUser) -> str:
        """The bench sheet on this station's 納品書 printer now (call it off the UI thread);
        the printer's name, or PrintFailed."""
        return desk.print_bench_sheet(self.queue.desk, user, self.documents.bench_sheet)

    def print_batch_list(self, user: SessionUser, batch_no: str,
                         make: Callable[[], bytes]) -> str:
        """A batch's total pick list (``make`` renders it) on the 納品書 printer now."""
        return desk.print_sheet(self.queue.desk, user, make, name=f"{batch_no}-picklist",
                                action="batch_list_printed",
                                refusal=Msg("auth.lead_only_batches"), target=batch_no)

    def check_printer(self, name: str, kind: str) -> None:
        """The printer's preflight (may take seconds: call it off the UI thread)."""
        desk.check_printer(self.queue.desk, name, kind)
