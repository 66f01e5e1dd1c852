"""Raw printing through the Windows spooler: a USB label printer installed in Windows (its
driver or the "Generic / Text Only" one) takes the ZPL bytes as they are, datatype RAW, the
way `lp -o raw` does on CUPS. win32print (pywin32) is imported only when a job goes to such a
printer, and only exists on Windows: elsewhere the back-end says so instead of failing oddly.
"""

from __future__ import annotations

from typing import Any

from packstation.domain.messages import Msg
from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData

# PRINTER_INFO_2.Status bits (winspool.h) that mean the printer cannot take a job now.
_NOT_READY = {0x00000001: "paused", 0x00000002: "in_error", 0x00000008: "jammed",
              0x00000010: "out_of_paper", 0x00000080: "offline", 0x00040000: "out_of_toner",
              0x00400000: "door_open", 0x00000020: "manual_feed"}


def _win32print() -> Any:
    try:
        import win32print  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise PrintFailed(Failure.NO_PRINTER, Msg("print.detail.win32_only")) from None
    return win32print


class Win32RawDriver:
    def __init__(self, api: Any = None) -> None:
        self._api = api  # tests hand in a fake of win32print's calls

    @property
    def api(self) -> Any:
        if self._api is None:
            self._api = _win32print()
        return self._api

    def _open(self, printer: PrinterSpec) -> Any:
        try:
            return self.api.OpenPrinter(printer.address)
        except Exception as exc:  # pywintypes.error: the name is not an installed printer
            raise PrintFailed(Failure.NO_PRINTER, Msg("print.detail.no_windows_printer",
                                                      printer=printer.address,
                                                      error=_words(exc))) from None

    def check(self, printer: PrinterSpec, kind: str) -> None:
        handle = self._open(printer)
        try:
            status = int(self.api.GetPrinter(handle, 2).get("Status", 0))
        finally:
            self.api.ClosePrinter(handle)
        problems = [Msg(f"print.winstatus.{name}")
                    for bit, name in _NOT_READY.items() if status & bit]
        if problems:
            raise PrintFailed(Failure.NOT_READY, Msg("print.detail.windows_not_ready",
                                                     printer=printer.address, problems=problems))

    def send(self, printer: PrinterSpec, document: PrintData) -> None:
        handle = self._open(printer)
        try:
            self._spool(handle, document.data)
        except PrintFailed:
            raise
        except Exception as exc:  # pywintypes.error from the spooler
            raise PrintFailed(Failure.SEND_FAILED, Msg("print.detail.os", where=printer.address,
                                                        error=_words(exc))) from None
        finally:
            self.api.ClosePrinter(handle)

    def _spool(self, handle: Any, data: bytes) -> None:
        self.api.StartDocPrinter(handle, 1, ("packstation", None, "RAW"))
        try:
            self.api.StartPagePrinter(handle)
            written = self.api.WritePrinter(handle, data)
            self.api.EndPagePrinter(handle)
        finally:
            self.api.EndDocPrinter(handle)
        if written != len(data):
            raise PrintFailed(Failure.SEND_FAILED, Msg("print.detail.spooler_short",
                                                      written=written, total=len(data)))


def _words(exc: Exception) -> str:
    """pywintypes.error carries (code, function, message); anything else its str()."""
    args: tuple[object, ...] = tuple(getattr(exc, "args", ()))
    return str(args[2]) if len(args) >= 3 else str(exc)
