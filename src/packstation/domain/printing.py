"""Printers and print jobs: what a printer is, which media a document needs, why a job failed.

Pure rules, no I/O. The back-ends (Qt system printers, CUPS raw queues, raw TCP 9100) live in
adapters/printing; the queue and its use cases in services/printing.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from packstation.domain.errors import InputProblem, PackstationError
from packstation.domain.messages import Msg

BACKENDS = ("system", "cups", "tcp", "folder")
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
    backend: str          # system / cups / tcp / folder
    address: str          # system: printer name; cups: queue; tcp: host[:port]; folder: path
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

    def bad(field: str, problem: Msg, fix: str) -> None:
        problems.append(InputProblem(None, field, problem, Msg(fix)))

    if not p.name.strip() or len(p.name) > 64:
        bad("name", Msg("printer.name_rule"), "printer.name_fix")
    if p.backend not in BACKENDS:
        bad("backend", Msg("printer.backend_rule", backend=p.backend), "printer.backend_fix")
    if p.media not in MEDIA:
        bad("media", Msg("printer.media_rule", media=p.media), "printer.media_fix")
    if p.dpi not in DPIS:
        bad("dpi", Msg("printer.dpi_rule", dpi=p.dpi), "printer.dpi_fix")
    if p.format not in FORMATS:
        bad("format", Msg("printer.format_rule", format=p.format), "printer.format_fix")
    if p.backend == "system" and p.format != "pdf":
        bad("format", Msg("printer.system_pdf_only"), "printer.system_pdf_only_fix")
    if p.format == "zpl" and p.media not in KIND_MEDIA["label"]:
        bad("media", Msg("printer.zpl_labels_only"), "printer.zpl_labels_only_fix")
    problems += _address_problems(p)
    return problems


def _address_problems(p: PrinterSpec) -> list[InputProblem]:
    address = p.address.strip()
    if not address:
        fix = f"printer.address_fix_{p.backend}" if p.backend in BACKENDS else \
            "printer.address_fix"
        return [InputProblem(None, "address", Msg("printer.address_empty"), Msg(fix))]
    if p.backend == "cups" and not _CUPS_QUEUE.match(address):
        return [InputProblem(None, "address", Msg("printer.cups_queue_rule", address=address),
                             Msg("printer.cups_queue_fix"))]
    if p.backend == "tcp":
        try:
            tcp_address(address)
        except ValueError as exc:
            problem = exc.args[0] if exc.args and isinstance(exc.args[0], Msg) else str(exc)
            return [InputProblem(None, "address", problem, Msg("printer.address_fix_tcp"))]
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
        raise ValueError(Msg("printer.host_rule", host=host))  # str(): the English
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValueError(Msg("printer.port_rule", port=port_text))
    return host, int(port_text)


def media_failure(printer: PrinterSpec, kind: str) -> PrintFailed | None:
    """A label must go to label stock, a 納品書 to A4/A5 paper."""
    if printer.takes(kind):
        return None
    wanted = " or ".join(KIND_MEDIA.get(kind, ()))
    return PrintFailed(Failure.WRONG_MEDIA,
                       f"{printer.name} has {printer.media} loaded; a {kind} needs {wanted}")
