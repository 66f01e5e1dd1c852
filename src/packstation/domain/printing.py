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
from packstation.domain.messages import Msg

BACKENDS = ("system", "cups", "winraw", "tcp", "folder")  # offered per OS: domain/platforms.py
MEDIA = ("4x6", "A6", "A4", "A5")
DPIS = (203, 300)
FORMATS = ("pdf", "zpl")
KINDS = ("label", "slip", "picklist")  # a pick list goes to the 納品書 printer (A4 paper)
AUTO_KINDS = ("label", "slip")  # what completing an order prints by itself
MIME = {"pdf": "application/pdf", "zpl": "application/x-zpl"}
KIND_MEDIA = {"label": ("4x6", "A6"), "slip": ("A4", "A5"), "picklist": ("A4",)}
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
    """A job could not be printed; `failure` says why, `detail` what the printer or the
    back-end reported (a message; its parameters keep the printer's own words)."""

    def __init__(self, failure: Failure, detail: Msg | None = None) -> None:
        reason = Msg(f"print.failure.{failure.value.lower()}")
        if detail is None:
            super().__init__(reason.code)
        else:
            super().__init__(failed_code(failure), reason=reason, detail=detail)
        self.failure = failure
        self.detail = detail


def failed_code(failure: Failure | str) -> str:
    """The message that joins a failure's sentence and its detail."""
    return "print.failed_held" if failure == Failure.HELD else "print.failed"


def failure_message(failure: Failure | str, detail: Msg | str | None) -> Msg:
    """Why a job did not print (and what to do), with the printer's words when there are."""
    reason = Msg(f"print.failure.{str(failure).lower()}")
    return Msg(failed_code(failure), reason=reason, detail=detail) if detail else reason


@dataclass(frozen=True)
class PrinterSpec:
    name: str
    backend: str          # system / cups / winraw / tcp / folder
    address: str          # system, winraw: printer name; cups: queue; tcp: host[:port];
                          # folder: a path
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

    def bad(field: str, problem: Msg, fix: Msg) -> None:
        problems.append(InputProblem(None, field, problem, fix))

    def choose(value: object, allowed: tuple[object, ...]) -> tuple[Msg, Msg]:
        return (Msg("printing.not_supported", value=value),
                Msg("printing.choose_one_of", options=[str(a) for a in allowed]))

    if not p.name.strip() or len(p.name) > 64:
        bad("name", Msg("printing.name_length"), Msg("printing.name_fix"))
    if p.backend not in BACKENDS:
        bad("backend", *choose(p.backend, BACKENDS))
    if p.media not in MEDIA:
        bad("media", *choose(p.media, MEDIA))
    if p.dpi not in DPIS:
        bad("dpi", *choose(p.dpi, DPIS))
    if p.format not in FORMATS:
        bad("format", *choose(p.format, FORMATS))
    if p.backend == "system" and p.format != "pdf":
        bad("format", Msg("printing.system_pdf_only"), Msg("printing.system_pdf_only_fix"))
    if p.format == "zpl" and p.media not in KIND_MEDIA["label"]:
        bad("media", Msg("printing.zpl_label_only"),
            Msg("printing.choose_one_of", options=list(KIND_MEDIA["label"])))
    problems += _address_problems(p)
    return problems


def _address_problems(p: PrinterSpec) -> list[InputProblem]:
    address = p.address.strip()
    if not address:
        fix = {"system": "printing.address_fix_system", "cups": "printing.address_fix_cups",
               "winraw": "printing.address_fix_winraw", "folder": "printer.address_fix_folder",
               "tcp": "printing.address_fix_tcp"}
        return [InputProblem(None, "address", Msg("printing.address_empty"),
                             Msg(fix.get(p.backend, "printing.address_fix")))]
    if p.backend == "cups" and not _CUPS_QUEUE.match(address):
        return [InputProblem(None, "address", Msg("printing.not_a_cups_queue", address=address),
                             Msg("printing.cups_queue_fix"))]
    if p.backend == "tcp":
        try:
            tcp_address(address)
        except ValueError:
            return [InputProblem(None, "address", Msg("printing.not_a_tcp_address",
                                                      address=address),
                                 Msg("printing.tcp_address_fix"))]
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
    return PrintFailed(Failure.WRONG_MEDIA, Msg(
        f"print.detail.{kind}_needs", printer=printer.name,
        media=printer.media, wanted=list(KIND_MEDIA.get(kind, ()))))
