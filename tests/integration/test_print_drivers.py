"""The back-ends on their own: CUPS raw queues through lp/lpstat (stand-in commands that act
like CUPS's), Qt system printers (QtPdf pages painted onto a QPrinter), raw TCP errors."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from packstation.adapters.printing.driver_cups import CupsDriver
from packstation.adapters.printing.driver_qt import QtSystemDriver, page_size, print_pdf
from packstation.adapters.printing.driver_tcp import TcpDriver
from packstation.domain.printing import Failure, PrinterSpec, PrintFailed
from packstation.services.printing.ports import PrintData

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _script(path: Path, body: str) -> str:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


@pytest.fixture
def cups(tmp_path: Path) -> tuple[CupsDriver, Path]:
    """lpstat knows queue 'zebra' (idle) and 'paused' (disabled); lp keeps what it gets."""
    spool = tmp_path / "spool"
    spool.mkdir()
    lpstat = _script(tmp_path / "lpstat", """
case "$2" in
  zebra) echo "printer zebra is idle.  enabled since Mon 23 Nov 2026";;
  paused) echo "printer paused disabled since Mon 23 Nov 2026 -"; echo "	Paper out";;
  *) echo "lpstat: Invalid destination name in list \\"$2\\"." >&2; exit 1;;
esac
""")
    lp = _script(tmp_path / "lp", f"""
[ "$2" = zebra ] || {{ echo "lp: The printer or class does not exist." >&2; exit 1; }}
[ "$4" = raw ] || {{ echo "lp: not raw" >&2; exit 1; }}
cat > {spool}/job-$$
echo "request id is zebra-1 (1 file(s))"
""")
    return CupsDriver(lp=lp, lpstat=lpstat), spool


def test_cups_raw_queue_gets_the_bytes_unchanged(cups) -> None:
    driver, spool = cups
    zebra = PrinterSpec("Z", "cups", "zebra", format="zpl")
    data = b"^XA^FO50,50^FD\x82\xa0 R-1001^FS^XZ\r\n"
    driver.check(zebra, "label")
    driver.send(zebra, PrintData(data, "application/x-zpl"))
    assert [p.read_bytes() for p in spool.iterdir()] == [data]


def test_cups_missing_or_paused_queue_fails_with_the_reason(cups) -> None:
    driver, _spool = cups
    with pytest.raises(PrintFailed) as missing:
        driver.check(PrinterSpec("X", "cups", "nosuch"), "label")
    assert missing.value.failure is Failure.NO_PRINTER and "nosuch" in missing.value.detail
    with pytest.raises(PrintFailed) as paused:
        driver.check(PrinterSpec("P", "cups", "paused"), "label")
    assert paused.value.failure is Failure.NOT_READY
    with pytest.raises(PrintFailed) as refused:
        driver.send(PrinterSpec("X", "cups", "nosuch"), PrintData(b"x", "application/x-zpl"))
    assert refused.value.failure is Failure.SEND_FAILED and "does not exist" in refused.value.detail


def test_cups_not_installed_says_so() -> None:
    driver = CupsDriver(lp="/nonexistent/lp", lpstat="/nonexistent/lpstat")
    with pytest.raises(PrintFailed) as missing:
        driver.check(PrinterSpec("Z", "cups", "zebra"), "label")
    assert missing.value.failure is Failure.NO_PRINTER and "cups-client" in missing.value.detail


def test_tcp_unknown_host_and_closed_port() -> None:
    driver = TcpDriver(connect_timeout_s=2)
    with pytest.raises(PrintFailed) as unknown:
        driver.check(PrinterSpec("Z", "tcp", "no-such-printer.invalid"), "label")
    assert unknown.value.failure is Failure.NO_PRINTER
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(PrintFailed) as refused:
        driver.send(PrinterSpec("Z", "tcp", f"127.0.0.1:{port}"), PrintData(b"x", "x"))
    assert refused.value.failure is Failure.UNREACHABLE


def _pdf(pages: int) -> bytes:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=(288, 432), invariant=1)
    for n in range(pages):
        pdf.setFont("Helvetica", 40)
        pdf.drawString(40, 200, f"PAGE {n + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_qt_paints_every_pdf_page_onto_the_printer(qapp, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    target = QPrinter(QPrinter.PrinterMode.HighResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the printer is a file here
    target.setOutputFileName(str(tmp_path / "printed.pdf"))
    target.setResolution(203)
    target.setFullPage(True)
    target.setPageSize(page_size("4x6"))
    assert print_pdf(target, _pdf(2), 203) == 2
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert "Pages:           2" in info and "288 x 432 pts" in info
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-f", "2", "-l", "2",
                    str(tmp_path / "printed.pdf"), str(tmp_path / "p")], check=True)
    page = next(tmp_path.glob("p*.pgm")).read_bytes()
    assert min(page[-40000:]) < 100, "page 2 has ink on it"


def test_qt_refuses_what_is_not_a_pdf_and_an_unknown_printer(qapp) -> None:
    from PySide6.QtPrintSupport import QPrinter

    with pytest.raises(PrintFailed) as bad:
        print_pdf(QPrinter(), b"^XA^XZ", 203)
    assert bad.value.failure is Failure.RENDER_FAILED
    with pytest.raises(PrintFailed) as missing:
        QtSystemDriver().check(PrinterSpec("S", "system", "No Such Printer", "A4"), "slip")
    assert missing.value.failure is Failure.NO_PRINTER
