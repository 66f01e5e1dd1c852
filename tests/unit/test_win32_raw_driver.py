"""Raw printing through the Windows spooler (driver_win32), against a recording fake of the
win32print calls it makes; where the module is absent (Linux) the driver reports a printer
problem with a next step instead of an ImportError."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from packstation.adapters.printing.driver_qt import drivers
from packstation.adapters.printing.driver_win32 import Win32RawDriver
from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData

ZPL = b"^XA^FO50,50^A0N,40,40^FDR-1001^FS^XZ"
LABEL = PrinterSpec("USB label", "winraw", "ZDesigner GK420d", format="zpl")


class FakeSpooler:
    """The win32print functions the driver uses, recording what reached the printer."""

    def __init__(self, printers: dict[str, int], accept: int | None = None) -> None:
        self.printers, self.accept = printers, accept
        self.docs: list[tuple[Any, bytes]] = []
        self.open_handles = 0

    def OpenPrinter(self, name: str) -> str:
        if name not in self.printers:
            raise OSError(1801, "OpenPrinter", "The printer name is invalid.")
        self.open_handles += 1
        return name

    def ClosePrinter(self, handle: str) -> None:
        self.open_handles -= 1

    def GetPrinter(self, handle: str, level: int) -> dict[str, int]:
        assert level == 2
        return {"Status": self.printers[handle]}

    def StartDocPrinter(self, handle: str, level: int, info: tuple[Any, ...]) -> int:
        self.docs.append((info, b""))
        return 1

    def StartPagePrinter(self, handle: str) -> None: ...

    def WritePrinter(self, handle: str, data: bytes) -> int:
        info, _ = self.docs[-1]
        taken = len(data) if self.accept is None else self.accept
        self.docs[-1] = (info, data[:taken])
        return taken

    def EndPagePrinter(self, handle: str) -> None: ...

    def EndDocPrinter(self, handle: str) -> None: ...


def test_the_zpl_bytes_reach_the_spooler_unchanged_as_a_raw_document() -> None:
    spooler = FakeSpooler({"ZDesigner GK420d": 0})
    driver = Win32RawDriver(spooler)
    driver.check(LABEL, "label")
    driver.send(LABEL, PrintData(ZPL, "application/x-zpl"))
    assert spooler.docs == [(("packstation", None, "RAW"), ZPL)]
    assert spooler.open_handles == 0


def test_an_unknown_printer_and_a_paused_one_say_why() -> None:
    spooler = FakeSpooler({"ZDesigner GK420d": 0x80 | 0x10})
    with pytest.raises(PrintFailed) as offline:
        Win32RawDriver(spooler).check(LABEL, "label")
    assert offline.value.failure is Failure.NOT_READY
    assert "offline" in str(offline.value) and "out of paper" in str(offline.value)
    other = PrinterSpec("USB label", "winraw", "No such printer", format="zpl")
    with pytest.raises(PrintFailed) as missing:
        Win32RawDriver(spooler).send(other, PrintData(ZPL, "application/x-zpl"))
    assert missing.value.failure is Failure.NO_PRINTER
    assert "The printer name is invalid." in str(missing.value)
    assert spooler.open_handles == 0


def test_a_short_write_is_a_failed_job_to_retry() -> None:
    spooler = FakeSpooler({"ZDesigner GK420d": 0}, accept=10)
    with pytest.raises(PrintFailed) as short:
        Win32RawDriver(spooler).send(LABEL, PrintData(ZPL, "application/x-zpl"))
    assert short.value.failure is Failure.SEND_FAILED
    assert spooler.open_handles == 0


def test_without_win32print_the_backend_says_it_is_windows_only(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "win32print", None)  # as on Linux: the import fails
    driver = drivers(tmp_path)["winraw"]
    with pytest.raises(PrintFailed) as absent:
        driver.send(LABEL, PrintData(ZPL, "application/x-zpl"))
    assert absent.value.failure is Failure.NO_PRINTER
    assert "Windows only" in str(absent.value)
