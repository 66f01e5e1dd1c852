"""The PrinterDriver port: every raw back-end passes the same assertions.

- check() on a printer that is there passes; on one that is not, PrintFailed says why
  (NO_PRINTER or UNREACHABLE), never a bare OSError;
- send() delivers exactly the bytes, once;
- send() to a printer that is not there raises PrintFailed and delivers nothing.
TCP runs against a loopback raw printer; CUPS against lp/lpstat stand-ins that behave like
CUPS's own (a real cupsd is not on the test machines). The Qt system back-end is checked in
tests/integration/test_print_drivers.py (it needs a system print queue to deliver to).
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from packstation.adapters.printing.driver_cups import CupsDriver
from packstation.adapters.printing.driver_tcp import TcpDriver
from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData, PrinterDriver
from tests.printing_fakes import LoopbackPrinter

DATA = PrintData(b"^XA^FO50,50^FDR-1001^FS^XZ\r\n" * 100, "application/x-zpl")
Rig = tuple[PrinterDriver, PrinterSpec, PrinterSpec, Callable[[], list[bytes]]]


@pytest.fixture
def tcp_rig() -> Iterator[Rig]:
    printer = LoopbackPrinter().start()
    gone = LoopbackPrinter()  # never started: its port refuses
    yield (TcpDriver(connect_timeout_s=2, settle_s=2),
           PrinterSpec("Z", "tcp", printer.address, format="zpl"),
           PrinterSpec("G", "tcp", gone.address, format="zpl"),
           lambda: _received(printer))
    printer.stop()


def _received(printer: LoopbackPrinter) -> list[bytes]:
    with printer.cond:
        printer.cond.wait_for(lambda: printer.jobs, 10)
        return list(printer.jobs)


@pytest.fixture
def cups_rig(tmp_path: Path) -> Rig:
    spool = tmp_path / "spool"
    spool.mkdir()
    for name, body in (
        ("lpstat", '[ "$2" = zebra ] && echo "printer zebra is idle." && exit 0\n'
                   'echo "lpstat: Invalid destination name" >&2; exit 1\n'),
        ("lp", '[ "$2" = zebra ] || { echo "lp: The printer or class does not exist." >&2;'
               ' exit 1; }\n'
               f'cat > {spool}/job-$$\n'),
    ):
        path = tmp_path / name
        path.write_text("#!/bin/sh\n" + body)
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return (CupsDriver(lp=str(tmp_path / "lp"), lpstat=str(tmp_path / "lpstat")),
            PrinterSpec("Z", "cups", "zebra", format="zpl"),
            PrinterSpec("G", "cups", "gone", format="zpl"),
            lambda: [p.read_bytes() for p in sorted(spool.iterdir())])


@pytest.fixture(params=["tcp", "cups"])
def rig(request: pytest.FixtureRequest) -> Rig:
    return request.getfixturevalue(f"{request.param}_rig")


def test_check_passes_for_a_printer_that_is_there(rig: Rig) -> None:
    driver, present, _absent, _received = rig
    driver.check(present, "label")


def test_check_says_why_for_a_printer_that_is_not(rig: Rig) -> None:
    driver, _present, absent, _received = rig
    with pytest.raises(PrintFailed) as failed:
        driver.check(absent, "label")
    assert failed.value.failure in (Failure.NO_PRINTER, Failure.UNREACHABLE)
    assert failed.value.detail


def test_send_delivers_exactly_the_bytes_once(rig: Rig) -> None:
    driver, present, _absent, received = rig
    driver.send(present, DATA)
    assert received() == [DATA.data]


def test_send_to_a_missing_printer_fails_and_delivers_nothing(rig: Rig) -> None:
    driver, present, absent, received = rig
    with pytest.raises(PrintFailed):
        driver.send(absent, DATA)
    driver.send(present, DATA)  # the one that is there still gets only its own job
    assert received() == [DATA.data]
