"""Printers and print jobs: what a printer is, which media a document needs, why a job failed.

Pure rules, no I/O. The back-ends (Qt system printers, CUPS raw queues, the Windows spooler in
RAW mode, raw TCP 9100) live in
adapters/printing; the queue and its use cases in services/printing.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from packstation.domain.errors import InputProblem, PackstationError

BACKENDS = ("system", "cups", "winraw", "tcp")  # which ones an OS offers: domain/platforms.py
MEDIA = ("4x6", "A6", "A4", "A5")
DPIS = (203, 300)
FORMATS = ("pdf", "zpl")
KINDS = ("label", "slip")
MIME = {"pdf": "application/pdf", "zpl": "application/x-zpl"}
KIND_MEDIA = {"label": ("4x6", "A6"), "slip": ("A4", "A5")}
DEFAULT_TCP_PORT = 9100

_CUPS_QUEUE = re.compile(r"^[A-Za-z0-9_.\-@]{1,127}$")
_HOST = re.compile(r"[A-Za-z0-9.\-]{1,253}")


class JobStatus(enum.StrEnum):
    QUEUED = "queued"        # waiting for its printer's worker
    PRINTING = "printing"    # being sent right now
    FAILED = "failed"        # waits for a retry or a cancel; never dropped
    DONE = "done"
    CANCELLED = "cancelled"


class Failure(enum.StrEnum):
    """Why a job did not print. Each has a sentence and a next step in the UI."""

    NOT_CONFIGURED = "NOT_CONFIGURED"  # the station has no printer for this document
    NO_PRINTER = "NO_PRINTER"          # the printer (or its queue) does not exist
    UNREACHABLE = "UNREACHABLE"        # off, unplugged, wrong address
    NOT_READY = "NOT_READY"            # exists but paused / in error (out of paper…)
    WRONG_MEDIA = "WRONG_MEDIA"        # a slip on label stock, an A4 PDF on a 4x6 printer
    WRONG_FORMAT = "WRONG_FORMAT"      # ZPL to a system printer, PDF to a ZPL-only printer
    SEND_FAILED = "SEND_FAILED"        # the printer went away in the middle of the job
    INTERRUPTED = "INTERRUPTED"        # the app stopped while the job was being sent
    HELD = "HELD"                      # a check before the label refused (e.g. weight)
    RENDER_FAILED = "RENDER_FAILED"    # the document could not be made
    UNEXPECTED = "UNEXPECTED"          # a fault in the app: logged for the admin


class PrintFailed(PackstationError):
    """A job could not be printed; `failure` says why, `detail` adds the printer's words."""

    def __init__(self, failure: Failure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value,
                         failure=failure.value, detail=detail)
        self.failure = failure
        self.detail = detail


@dataclass(frozen=True)
class PrinterSpec:
    name: str
    backend: str          # system / cups / winraw / tcp
    address: str          # system, winraw: printer name; cups: queue; tcp: host[:port]
    media: str = "4x6"
    dpi: int = 203
    format: str = "pdf"   # what the printer takes: pdf or zpl (system printers: pdf only)
    kanji_font: bool = False  # ZPL: the printer has a Kanji font (else text goes as ^GF)
    active: bool = True
    id: int | None = None

    def takes(self, kind: str) -> bool:
        return self.media in KIND_MEDIA.get(kind, ())


def validate_printer(p: PrinterSpec) -> list[InputProblem]:
    """Every problem of a printer form, each naming the field and the fix."""
    problems: list[InputProblem] = []

    def bad(field: str, problem: str, fix: str) -> None:
        problems.append(InputProblem(None, field, problem, fix))

    if not p.name.strip() or len(p.name) > 64:
        bad("name", "a name of 1–64 characters is needed", "type a name such as ラベル1")
    if p.backend not in BACKENDS:
        bad("backend", f"unknown back-end {p.backend!r}", "choose system, cups, winraw or tcp")
    if p.media not in MEDIA:
        bad("media", f"unknown media {p.media!r}", "choose 4x6, A6, A4 or A5")
    if p.dpi not in DPIS:
        bad("dpi", f"{p.dpi} dpi is not supported", "choose 203 or 300")
    if p.format not in FORMATS:
        bad("format", f"unknown format {p.format!r}", "choose pdf or zpl")
    if p.backend == "system" and p.format != "pdf":
        bad("format", "system printers print PDF only", "choose pdf, or use a CUPS raw queue "
            "or TCP 9100 for ZPL")
    if p.format == "zpl" and p.media not in KIND_MEDIA["label"]:
        bad("media", "ZPL printers take label stock only", "choose 4x6 or A6")
    problems += _address_problems(p)
    return problems


def _address_problems(p: PrinterSpec) -> list[InputProblem]:
    address = p.address.strip()
    if not address:
        fix = {"system": "choose the printer's name as the system lists it",
               "cups": "type the CUPS queue name (lpstat -p)",
               "winraw": "choose the printer's name as Windows lists it",
               "tcp": "type the printer's IP address, e.g. 192.168.1.50:9100"}
        return [InputProblem(None, "address", "the address is empty",
                             fix.get(p.backend, "type the address"))]
    if p.backend == "cups" and not _CUPS_QUEUE.match(address):
        return [InputProblem(None, "address", f"{address!r} is not a CUPS queue name",
                             "use letters, digits, _ . - only")]
    if p.backend == "tcp":
        try:
            tcp_address(address)
        except ValueError as exc:
            return [InputProblem(None, "address", str(exc), "type host or host:port, "
                                 "e.g. 192.168.1.50:9100")]
    return []


def tcp_address(address: str) -> tuple[str, int]:
    """host[:port] or [v6]:port → (host, port); the raw printing port 9100 by default."""
    text = address.strip()
    if text.startswith("[") and "]" in text:
        host, _, rest = text[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else (rest or str(DEFAULT_TCP_PORT))
        valid_host = bool(re.fullmatch(r"[0-9A-Fa-f:]+", host))
    else:
        host, sep, port_text = text.partition(":")
        port_text = port_text if sep else str(DEFAULT_TCP_PORT)
        valid_host = bool(_HOST.fullmatch(host))
    if not valid_host:
        raise ValueError(f"{host!r} is not a host name or IP address")
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValueError(f"port {port_text!r} must be a number 1–65535")
    return host, int(port_text)


def media_failure(printer: PrinterSpec, kind: str) -> PrintFailed | None:
    """A label must go to label stock, a 納品書 to A4/A5 paper."""
    if printer.takes(kind):
        return None
    wanted = " or ".join(KIND_MEDIA.get(kind, ()))
    return PrintFailed(Failure.WRONG_MEDIA,
                       f"{printer.name} has {printer.media} loaded; a {kind} needs {wanted}")
