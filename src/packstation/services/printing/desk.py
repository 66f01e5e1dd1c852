"""Printing use cases: printers (admin), the station's printer choice, and the print queue.

A job is a row in print_jobs from the moment it is asked for until it is printed or someone
cancels it: a printer that is off, a cable pulled mid-job or an app restart never loses it.
The document is rendered at each attempt (no customer address is stored with the job).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from packstation.domain.errors import (
    BadInput,
    InputProblem,
    NotFound,
    PackstationError,
    PermissionDenied,
    StateError,
)
from packstation.domain.messages import Msg, to_json
from packstation.domain.model import Role
from packstation.domain.printing import (
    AUTO_KINDS,
    KIND_MEDIA,
    KINDS,
    MIME,
    Failure,
    JobStatus,
    PrinterSpec,
    PrintFailed,
    media_failure,
    validate_printer,
)
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from packstation.services.printing.ports import (
    DocumentSource,
    JobView,
    NewJob,
    PrintData,
    PrinterDriver,
    PrintTarget,
    StationPrinting,
)

log = logging.getLogger("packstation.printing")
_DETAIL_TEXT = 60  # a stored detail fits print_jobs.detail (300 characters) with room to spare

BeforeLabel = Callable[[str], "str | None"]
OPEN = (JobStatus.QUEUED.value, JobStatus.PRINTING.value, JobStatus.FAILED.value)


def allow_label(order_no: str) -> str | None:
    """The default check before a label: nothing refuses it."""
    return None


class NoDocuments:
    """Until a document renderer is wired in: every job fails visibly and waits (no silent
    drop). bootstrap.build_printing replaces it with the documents feature's renderer."""

    def render(self, order_no: str, kind: str, target: PrintTarget) -> PrintData:
        raise PrintFailed(Failure.RENDER_FAILED, Msg("print.detail.no_renderer"))


@dataclass(frozen=True)
class PrintDesk:
    """Everything printing needs at one station."""

    uow: UnitOfWorkFactory
    clock: Clock
    station: str
    documents: DocumentSource
    drivers: Mapping[str, PrinterDriver]
    # Asked before every label (auto-print, reprint, retry): a reason to refuse, or None.
    # Runs on the printer's worker thread. The scale feature plugs its weight check in here.
    before_label: BeforeLabel = allow_label


def _require_admin(actor: SessionUser) -> None:
    if not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("auth.admin_only_printers")


# --- printers (admin) ------------------------------------------------------------------

def list_printers(uow_factory: UnitOfWorkFactory) -> list[PrinterSpec]:
    with uow_factory() as uow:
        return uow.printing.printers()


def save_printer(uow_factory: UnitOfWorkFactory, actor: SessionUser,
                 printer: PrinterSpec) -> PrinterSpec:
    """Validate every field, then insert or update; all or nothing."""
    _require_admin(actor)
    printer = PrinterSpec(printer.name.strip(), printer.backend, printer.address.strip(),
                          printer.media, printer.dpi, printer.format, printer.kanji_font,
                          printer.active, printer.id)
    problems = validate_printer(printer)
    with uow_factory() as uow:
        same_name = uow.printing.printer_by_name(printer.name)
        if same_name is not None and same_name.id != printer.id:
            problems.append(InputProblem(None, "name", Msg("printing.name_taken",
                                                           name=printer.name),
                                         Msg("printing.name_taken_fix")))
        if problems:
            raise BadInput(problems=problems, source=Msg("printing.source_printer"))
        printer_id = uow.printing.save_printer(printer)
        uow.audit.record("printer_saved", user_id=actor.user_id, target=printer.name,
                         detail={"backend": printer.backend, "media": printer.media,
                                 "format": printer.format, "active": printer.active})
        uow.commit()
    return PrinterSpec(**{**printer.__dict__, "id": printer_id})


def station_printing(uow_factory: UnitOfWorkFactory, station: str) -> StationPrinting:
    with uow_factory() as uow:
        station_id = uow.packing.station_id(station)
        label_id, slip_id, auto = uow.printing.station_printing(station_id)
        label = uow.printing.printer(label_id) if label_id else None
        slip = uow.printing.printer(slip_id) if slip_id else None
        uow.commit()  # station_id() registers a new station
    return StationPrinting(station, label.name if label else None,
                           slip.name if slip else None, auto)


def save_station_printing(uow_factory: UnitOfWorkFactory, actor: SessionUser,
                          setup: StationPrinting) -> StationPrinting:
    """The station's label and 納品書 printers and auto-print; each must take its stock."""
    _require_admin(actor)
    with uow_factory() as uow:
        problems: list[InputProblem] = []
        ids: dict[str, int | None] = {}
        for kind, name in (("label", setup.label_printer), ("slip", setup.slip_printer)):
            printer = uow.printing.printer_by_name(name) if name else None
            if name and printer is None:
                problems.append(InputProblem(None, f"{kind}_printer",
                                             Msg("printer.not_found", name=name),
                                             Msg("printer.pick_from_list")))
            elif printer is not None and media_failure(printer, kind) is not None:
                problems.append(InputProblem(None, f"{kind}_printer",
                                             _wrong_stock(printer, kind),
                                             Msg("printer.wrong_stock_fix")))
            ids[kind] = printer.id if printer else None
        if problems:
            raise BadInput(problems=problems, source=Msg("printing.source_station"))
        station_id = uow.packing.station_id(setup.station)
        uow.printing.save_station_printing(station_id, ids["label"], ids["slip"],
                                           setup.auto_print)
        uow.audit.record("station_printers_saved", user_id=actor.user_id, target=setup.station,
                         detail={"label": setup.label_printer, "slip": setup.slip_printer,
                                 "auto_print": setup.auto_print})
        uow.commit()
    return setup


def _wrong_stock(printer: PrinterSpec, kind: str) -> Msg:
    a, b = KIND_MEDIA[kind]
    return Msg("printer.wrong_stock", name=printer.name, media=printer.media,
               kind=Msg(f"printer.kind.{kind}"), wanted=Msg("printer.or", a=a, b=b))


def check_printer(desk: PrintDesk, name: str, kind: str) -> None:
    """The admin's "check" button: the same preflight a job gets. Raises PrintFailed."""
    with desk.uow() as uow:
        printer = uow.printing.printer_by_name(name)
    if printer is None:
        raise PrintFailed(Failure.NO_PRINTER, Msg("printing.no_such_printer", name=name))
    _preflight(desk, printer, kind, order_no=None)


# --- the queue (packer) ----------------------------------------------------------------

def _printer_for(uow: UnitOfWork, station_id: int, kind: str) -> int | None:
    label_id, slip_id, _auto = uow.printing.station_printing(station_id)
    return label_id if kind == "label" else slip_id


def enqueue(desk: PrintDesk, user_id: int | None, order_no: str, kind: str, *,
            reprint: bool = False, reason: str = "") -> JobView:
    """Ask for one document. Once a label or 納品書 has been printed, every further copy is a
    reprint: it needs a reason and is logged with who asked (a second label is how テレコ
    starts). A pick list may be printed again freely: it only opens the order it names."""
    if reprint and not reason.strip():
        raise StateError("printing.reprint_needs_reason")
    if kind in AUTO_KINDS and not reprint and printed_before(desk, order_no, kind):
        raise StateError("printing.already_printed", order_no=order_no)
    return _enqueue(desk, user_id, order_no, (kind,), reprint=reprint, reason=reason,
                    only_if_auto=False)[0]


def printed_before(desk: PrintDesk, order_no: str, kind: str) -> bool:
    with desk.uow() as uow:
        return uow.printing.printed_before(order_no, kind)


def auto_print(desk: PrintDesk, user_id: int | None, order_no: str) -> list[JobView]:
    """On completion: the label and the 納品書, when the station is set to print by itself.
    One transaction (it runs on the executor scans use: it must stay within their budget)."""
    return _enqueue(desk, user_id, order_no, AUTO_KINDS, only_if_auto=True)


def _enqueue(desk: PrintDesk, user_id: int | None, order_no: str, kinds: tuple[str, ...], *,
             only_if_auto: bool, reprint: bool = False, reason: str = "") -> list[JobView]:
    if any(kind not in KINDS for kind in kinds):
        raise StateError("printing.unknown_kind", kind=",".join(kinds))
    now = desk.clock.now()
    with desk.uow() as uow:
        station_id = uow.packing.station_id(desk.station)
        label_id, slip_id, auto = uow.printing.station_printing(station_id)
        if only_if_auto and not auto:
            return []
        if uow.packing.order_state(order_no) is None:
            raise NotFound("order.not_found", order_no=order_no)
        job_ids = []
        for kind in kinds:
            printer_id = label_id if kind == "label" else slip_id
            status, failure = (JobStatus.QUEUED.value, "") if printer_id else (
                JobStatus.FAILED.value, Failure.NOT_CONFIGURED.value)
            job_ids.append(uow.printing.add_job(NewJob(
                station_id, order_no, kind, printer_id, status, user_id, now, reprint,
                reason.strip(), failure,
                "" if printer_id else not_configured(desk.station, kind))))
            if reprint:
                uow.audit.record("reprint", user_id=user_id, target=order_no, at=now,
                                 detail={"kind": kind, "reason": reason.strip(),
                                         "job": job_ids[-1]})
        views = [uow.printing.job(job_id) for job_id in job_ids]
        uow.commit()
    return [v for v in views if v is not None]


def not_configured(station: str, kind: str) -> str:
    """The stored detail of a job no printer is set for: which kind, at which station."""
    return to_json(Msg("printer.not_configured", station=station,
                       kind=Msg(f"printer.kind.{kind}")))


def retry(desk: PrintDesk, user_id: int | None, job_ids: list[int]) -> list[JobView]:
    """Send failed jobs again (to the station's printer now: the admin may have changed it)."""
    now = desk.clock.now()
    views: list[JobView] = []
    with desk.uow() as uow:
        station_id = uow.packing.station_id(desk.station)
        for job_id in job_ids:
            job = uow.printing.job(job_id)
            if job is None or job.status != JobStatus.FAILED.value:
                continue
            printer_id = _printer_for(uow, station_id, job.kind)
            if printer_id is None:
                uow.printing.move(job_id, (JobStatus.FAILED.value,), JobStatus.FAILED.value,
                                  now, failure=Failure.NOT_CONFIGURED.value,
                                  detail=not_configured(desk.station, job.kind))
            else:
                uow.printing.move(job_id, (JobStatus.FAILED.value,), JobStatus.QUEUED.value,
                                  now, printer_id=printer_id)
        uow.commit()
        views = [v for j in job_ids if (v := uow.printing.job(j)) is not None]
    return views


def cancel(desk: PrintDesk, user_id: int | None, job_id: int, reason: str = "") -> JobView:
    """Give up on a job that is waiting or failed (logged). One being sent cannot be stopped."""
    now = desk.clock.now()
    with desk.uow() as uow:
        job = uow.printing.job(job_id)
        if job is None:
            raise NotFound("printing.job_not_found", job=job_id)
        if not uow.printing.move(job_id, (JobStatus.QUEUED.value, JobStatus.FAILED.value),
                                 JobStatus.CANCELLED.value, now, failure=job.failure or "",
                                 detail=job.detail):
            raise StateError("printing.job_busy_or_done", job=job_id)
        uow.audit.record("print_cancelled", user_id=user_id, target=job.order_no, at=now,
                         detail={"kind": job.kind, "job": job_id, "reason": reason.strip(),
                                 "failure": job.failure or ""})
        uow.commit()
        view = uow.printing.job(job_id)
    assert view is not None
    return view


def open_jobs(desk: PrintDesk) -> list[JobView]:
    """This station's jobs still waiting, being sent or failed, oldest first."""
    with desk.uow() as uow:
        station_id = uow.packing.station_id(desk.station)
        jobs = uow.printing.jobs(station_id, OPEN)
        uow.commit()
    return jobs


def recover(desk: PrintDesk) -> list[int]:
    """At start-up: jobs cut off by a stop become failed; returns the printers with work."""
    with desk.uow() as uow:
        station_id = uow.packing.station_id(desk.station)
        cut = uow.printing.fail_interrupted(station_id, desk.clock.now())
        printers = uow.printing.printers_with_queued(station_id)
        uow.commit()
    if cut:
        log.warning("%d print job(s) were cut off by the last stop; they wait for a retry", cut)
    return printers


# --- the bench sheet (lead, admin) --------------------------------------------------------

def print_bench_sheet(desk: PrintDesk, actor: SessionUser, sheet: Callable[[], bytes]) -> str:
    """The bench sheet (A4 PDF of the confirmation barcodes) on the station's 納品書 printer."""
    return print_sheet(desk, actor, sheet, name="bench-sheet", action="bench_sheet_printed",
                       refusal=Msg("auth.lead_only_bench_sheet"))


def print_sheet(desk: PrintDesk, actor: SessionUser, sheet: Callable[[], bytes], *, name: str,
                action: str, refusal: Msg, target: str = "") -> str:
    """An A4 sheet that belongs to no order (the bench sheet, a batch's total pick list) on
    the station's 納品書 printer, now, through the printer's own driver with the checks a job
    gets (print to a folder in the demo shop). Returns the printer's name; raises PrintFailed
    with the reason. Not a queued job: a job belongs to an order, and a lead waiting at the
    printer sees a refusal at once. Logged with who asked."""
    if not Role(actor.role).can(Role.LEAD):
        raise PermissionDenied(refusal.code, **refusal.params)
    with desk.uow() as uow:
        station_id = uow.packing.station_id(desk.station)
        _label_id, slip_id, _auto = uow.printing.station_printing(station_id)
        printer = uow.printing.printer(slip_id) if slip_id else None
    if printer is None or not printer.active:
        raise PrintFailed(Failure.NOT_CONFIGURED, Msg(
            "printer.not_configured", station=desk.station, kind=Msg("printer.kind.slip")))
    driver = _preflight(desk, printer, "slip", None)
    document = PrintData(sheet(), MIME["pdf"], "A4", name)
    _check_document(printer, document)
    driver.send(printer, document)
    with desk.uow() as uow:
        uow.audit.record(action, user_id=actor.user_id, target=target or printer.name,
                         at=desk.clock.now(), detail={"station": desk.station,
                                                      "printer": printer.name})
        uow.commit()
    return printer.name


# --- one job, on the printer's worker thread ---------------------------------------------

def process_next(desk: PrintDesk, printer_id: int,
                 taken: Callable[[JobView], None] | None = None) -> JobView | None:
    """Take the printer's next job, preflight, render, send; record printed or failed."""
    with desk.uow() as uow:
        station_id = uow.packing.station_id(desk.station)
        job = uow.printing.take_next(station_id, printer_id, desk.clock.now())
        uow.commit()
    if job is None:
        return None
    if taken is not None:
        taken(job)
    try:
        tracking = _print(desk, job, printer_id)
    except PrintFailed as failed:
        detail = to_json(failed.detail, _DETAIL_TEXT) if failed.detail is not None else ""
        return _finish(desk, job, JobStatus.FAILED, failed.failure.value, detail)
    except PackstationError as error:  # e.g. the order vanished: the document can't be made
        return _finish(desk, job, JobStatus.FAILED, Failure.RENDER_FAILED.value,
                       to_json(error.msg, _DETAIL_TEXT))
    except OSError as error:
        said = Msg("print.detail.os", where=error.filename or job.printer or "",
                   error=error.strerror or str(error))  # the system's own words, as data
        return _finish(desk, job, JobStatus.FAILED, Failure.SEND_FAILED.value,
                       to_json(said, _DETAIL_TEXT))
    except Exception as error:  # a bug must not leave the job "printing" or kill the queue
        log.exception("print job %d failed unexpectedly", job.id)
        return _finish(desk, job, JobStatus.FAILED, Failure.UNEXPECTED.value,
                       type(error).__name__)
    return _finish(desk, job, JobStatus.DONE, "", "", tracking_no=tracking)


def _finish(desk: PrintDesk, job: JobView, status: JobStatus, failure: str, detail: str, *,
            tracking_no: str = "") -> JobView:
    with desk.uow() as uow:
        uow.printing.move(job.id, (JobStatus.PRINTING.value,), status.value, desk.clock.now(),
                          failure=failure, detail=detail, printed=status is JobStatus.DONE)
        if status is JobStatus.DONE:  # an event too: networked, it reaches the server's log
            uow.audit.record("printed", target=job.order_no, at=desk.clock.now(),
                             detail={"kind": job.kind, "printer": job.printer or "",
                                     "reprint": job.reprint})
        uow.commit()
        view = uow.printing.job(job.id)
    assert view is not None
    if failure:
        log.warning("print job %d (%s %s) failed: %s %s", job.id, job.kind, job.order_no,
                    failure, detail)
    return JobView(**{**view.__dict__, "tracking_no": tracking_no})


def _print(desk: PrintDesk, job: JobView, printer_id: int) -> str:
    with desk.uow() as uow:
        printer = uow.printing.printer(printer_id)
        order = uow.packing.order_for_packing(job.order_no)
    if printer is None or not printer.active:
        raise PrintFailed(Failure.NO_PRINTER, Msg("print.detail.printer_removed"))
    if order is None:
        raise PrintFailed(Failure.RENDER_FAILED, Msg("order.not_found", order_no=job.order_no))
    driver = _preflight(desk, printer, job.kind, job.order_no)
    document = desk.documents.render(job.order_no, job.kind, PrintTarget(
        printer.format, printer.media, printer.dpi, printer.kanji_font))
    _check_document(printer, document)
    driver.send(printer, document)
    return order.tracking_no


def _preflight(desk: PrintDesk, printer: PrinterSpec, kind: str,
               order_no: str | None) -> PrinterDriver:
    wrong = media_failure(printer, kind)
    if wrong is not None:
        raise wrong
    if kind == "label" and order_no is not None:
        refusal = desk.before_label(order_no)
        if refusal:
            raise PrintFailed(Failure.HELD, Msg("print.detail.held", reason=refusal))
    driver = desk.drivers.get(printer.backend)
    if driver is None:
        raise PrintFailed(Failure.NO_PRINTER, Msg("print.detail.no_backend",
                                                   backend=printer.backend))
    driver.check(printer, kind)
    return driver


def _check_document(printer: PrinterSpec, document: PrintData) -> None:
    if document.mime != MIME[printer.format]:
        raise PrintFailed(Failure.WRONG_FORMAT, Msg(
            "print.detail.wrong_format", printer=printer.name, format=printer.format,
            mime=document.mime))
    if document.media and document.media != printer.media:
        raise PrintFailed(Failure.WRONG_MEDIA, Msg(
            "print.detail.wrong_media", printer=printer.name, media=printer.media,
            document=document.media))
