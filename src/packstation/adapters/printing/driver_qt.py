"""System printers through QtPrintSupport: each PDF page is rendered by QtPdf at the printer's
resolution and painted onto a QPrinter (QPainter may paint on a QPrinter from a worker thread).

PySide6 loads here, on the printer's worker, never at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from packstation.domain.messages import Msg
from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData

_MM = {"4x6": (101.6, 152.4), "A6": (105.0, 148.0), "A5": (148.0, 210.0), "A4": (210.0, 297.0)}


def page_size(media: str) -> Any:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize

    width, height = _MM[media]
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, media)


def _fits(size: Any, media: str) -> bool:
    from PySide6.QtGui import QPageSize

    mm = size.size(QPageSize.Unit.Millimeter)
    want = sorted(_MM[media])
    return all(abs(a - b) <= 1.5 for a, b in zip(sorted((mm.width(), mm.height())), want,
                                                 strict=True))


def print_pdf(printer: Any, pdf: bytes, dpi: int) -> int:
    """Paint every page of `pdf` onto an already set-up QPrinter; returns the page count."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintFailed(Failure.RENDER_FAILED, Msg("print.detail.not_a_pdf"))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(Failure.NOT_READY, Msg("print.detail.could_not_start",
                                                         printer=printer.printerName()))
    try:
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise PrintFailed(Failure.SEND_FAILED, Msg("print.detail.refused_page"))
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, pixels)
            painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(printer.resolution())),
                              image)
    finally:
        ended = painter.end()
    if not ended:
        raise PrintFailed(Failure.SEND_FAILED, Msg("print.detail.did_not_take"))
    return int(document.pageCount())


class QtSystemDriver:
    def _info(self, printer: PrinterSpec) -> Any:
        from PySide6.QtPrintSupport import QPrinterInfo

        info = QPrinterInfo.printerInfo(printer.address)
        if info.isNull():
            raise PrintFailed(Failure.NO_PRINTER, Msg("print.detail.no_system_printer",
                                                           printer=printer.address))
        return info

    def check(self, printer: PrinterSpec, kind: str) -> None:
        from PySide6.QtPrintSupport import QPrinter

        info = self._info(printer)
        if info.state() == QPrinter.PrinterState.Error:
            raise PrintFailed(Failure.NOT_READY, Msg("print.detail.reports_error",
                                                          printer=printer.address))
        sizes = info.supportedPageSizes()
        if sizes and not info.supportsCustomPageSizes() and not any(
                _fits(s, printer.media) for s in sizes):
            raise PrintFailed(Failure.WRONG_MEDIA,
                              Msg("print.detail.no_paper_size",
                                  printer=printer.address, media=printer.media))

    def send(self, printer: PrinterSpec, document: PrintData) -> None:
        from PySide6.QtPrintSupport import QPrinter

        if document.mime != "application/pdf":
            raise PrintFailed(Failure.WRONG_FORMAT, Msg("printing.system_pdf_only"))
        target = QPrinter(self._info(printer), QPrinter.PrinterMode.HighResolution)
        target.setResolution(printer.dpi)
        target.setFullPage(True)
        target.setPageSize(page_size(printer.media))
        target.setDocName("packstation")
        print_pdf(target, document.data, printer.dpi)


def drivers(data_dir: Path) -> dict[str, Any]:
    """Every back-end, by the name the printers table uses. `data_dir`: where a "folder"
    printer with a relative folder writes (the station's data folder)."""
    from packstation.adapters.printing.driver_cups import CupsDriver
    from packstation.adapters.printing.driver_folder import FolderDriver
    from packstation.adapters.printing.driver_tcp import TcpDriver
    from packstation.adapters.printing.driver_win32 import Win32RawDriver

    return {"system": QtSystemDriver(), "cups": CupsDriver(), "winraw": Win32RawDriver(),
            "tcp": TcpDriver(), "folder": FolderDriver(data_dir)}
