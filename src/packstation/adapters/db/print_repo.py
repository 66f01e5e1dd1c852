"""Printers, the stations' printer choice and the persisted print queue (print_jobs)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    PrinterRow,
    PrintJobRow,
    StationPrintingRow,
    StationRow,
)
from packstation.domain.printing import Failure, JobStatus, PrinterSpec
from packstation.services.printing.ports import JobView, NewJob


def _spec(row: PrinterRow) -> PrinterSpec:
    return PrinterSpec(row.name, row.backend, row.address, row.media, row.dpi, row.format,
                       row.kanji_font, row.active, row.id)


class SqlPrintRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- printers -------------------------------------------------------------------------
    def printers(self, active_only: bool = False) -> list[PrinterSpec]:
        q = select(PrinterRow).order_by(PrinterRow.name)
        if active_only:
            q = q.where(PrinterRow.active.is_(True))
        return [_spec(r) for r in self.s.scalars(q)]

    def printer(self, printer_id: int) -> PrinterSpec | None:
        row = self.s.get(PrinterRow, printer_id)
        return _spec(row) if row else None

    def printer_by_name(self, name: str) -> PrinterSpec | None:
        row = self.s.scalar(select(PrinterRow).where(PrinterRow.name == name))
        return _spec(row) if row else None

    def save_printer(self, printer: PrinterSpec) -> int:
        row = self.s.get(PrinterRow, printer.id) if printer.id is not None else None
        if row is None:
            row = PrinterRow()
            self.s.add(row)
        row.name, row.backend, row.address = printer.name, printer.backend, printer.address
        row.media, row.dpi, row.format = printer.media, printer.dpi, printer.format
        row.kanji_font, row.active = printer.kanji_font, printer.active
        row.purpose = "label" if printer.takes("label") else "slip"
        self.s.flush()
        return row.id

    # -- stations -------------------------------------------------------------------------
    def station_printing(self, station_id: int) -> tuple[int | None, int | None, bool]:
        row = self.s.get(StationPrintingRow, station_id)
        if row is None:
            return None, None, False
        return row.label_printer_id, row.slip_printer_id, row.auto_print

    def save_station_printing(self, station_id: int, label_printer_id: int | None,
                              slip_printer_id: int | None, auto_print: bool) -> None:
        row = self.s.get(StationPrintingRow, station_id)
        if row is None:
            row = StationPrintingRow(station_id=station_id)
            self.s.add(row)
        row.label_printer_id, row.slip_printer_id = label_printer_id, slip_printer_id
        row.auto_print = auto_print
        self.s.flush()

    # -- jobs -----------------------------------------------------------------------------
    def add_job(self, job: NewJob) -> int:
        row = PrintJobRow(station_id=job.station_id, order_no=job.order_no, kind=job.kind,
                          printer_id=job.printer_id, status=job.status, user_id=job.user_id,
                          reprint=job.reprint, reason=job.reason[:200], failure=job.failure,
                          detail=job.detail[:300], created_at=job.at, updated_at=job.at,
                          version=1)
        self.s.add(row)
        self.s.flush()
        return row.id

    def _views(self, q: object) -> list[JobView]:
        stmt = (select(PrintJobRow, StationRow.name, PrinterRow.name)
                .join(StationRow, StationRow.id == PrintJobRow.station_id)
                .outerjoin(PrinterRow, PrinterRow.id == PrintJobRow.printer_id))
        stmt = q(stmt)  # type: ignore[operator]
        return [JobView(r.id, station, r.order_no, r.kind, printer, JobStatus(r.status),
                        r.attempts, Failure(r.failure) if r.failure else None, r.detail,
                        r.reprint, r.reason, r.created_at, r.version, r.printer_id)
                for r, station, printer in self.s.execute(stmt)]

    def job(self, job_id: int) -> JobView | None:
        found = self._views(lambda q: q.where(PrintJobRow.id == job_id))
        return found[0] if found else None

    def jobs(self, station_id: int | None, statuses: tuple[str, ...],
             limit: int = 200) -> list[JobView]:
        def query(q):  # type: ignore[no-untyped-def]
            q = q.where(PrintJobRow.status.in_(statuses)).order_by(PrintJobRow.id).limit(limit)
            return q.where(PrintJobRow.station_id == station_id) if station_id else q
        return self._views(query)

    def take_next(self, station_id: int, printer_id: int, at: dt.datetime) -> JobView | None:
        while True:
            job_id = self.s.scalar(
                select(PrintJobRow.id).where(PrintJobRow.printer_id == printer_id,
                                             PrintJobRow.station_id == station_id,
                                             PrintJobRow.status == JobStatus.QUEUED.value)
                .order_by(PrintJobRow.id).limit(1))
            if job_id is None:
                return None
            taken = self.s.execute(
                update(PrintJobRow).where(PrintJobRow.id == job_id,
                                          PrintJobRow.status == JobStatus.QUEUED.value)
                .values(status=JobStatus.PRINTING.value, attempts=PrintJobRow.attempts + 1,
                        version=PrintJobRow.version + 1, updated_at=at))
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                return self.job(job_id)
            # cancelled or taken between the two statements: look again

    def move(self, job_id: int, from_statuses: tuple[str, ...], to_status: str, at: dt.datetime,
             *, failure: str = "", detail: str = "", printer_id: int | None = None,
             printed: bool = False) -> bool:
        values: dict[str, object] = {"status": to_status, "updated_at": at, "failure": failure,
                                     "detail": detail[:300], "version": PrintJobRow.version + 1}
        if printer_id is not None:
            values["printer_id"] = printer_id
        if printed:
            values["printed_at"] = at
        done = self.s.execute(update(PrintJobRow).where(PrintJobRow.id == job_id,
                                                        PrintJobRow.status.in_(from_statuses))
                              .values(**values))
        return bool(done.rowcount == 1)  # type: ignore[attr-defined]

    def printed_before(self, order_no: str, kind: str) -> bool:
        found = self.s.scalar(select(PrintJobRow.id).where(
            PrintJobRow.order_no == order_no, PrintJobRow.kind == kind,
            PrintJobRow.status == JobStatus.DONE.value).limit(1))
        return found is not None

    def printers_with_queued(self, station_id: int) -> list[int]:
        q = (select(PrintJobRow.printer_id).where(PrintJobRow.status == JobStatus.QUEUED.value,
                                                  PrintJobRow.station_id == station_id,
                                                  PrintJobRow.printer_id.is_not(None))
             .distinct())
        return [int(p) for p in self.s.scalars(q) if p is not None]

    def fail_interrupted(self, station_id: int, at: dt.datetime) -> int:
        done = self.s.execute(
            update(PrintJobRow).where(PrintJobRow.status == JobStatus.PRINTING.value,
                                      PrintJobRow.station_id == station_id)
            .values(status=JobStatus.FAILED.value, failure=Failure.INTERRUPTED.value,
                    version=PrintJobRow.version + 1,
                    detail="the app stopped while this was being sent", updated_at=at))
        return int(done.rowcount)  # type: ignore[attr-defined]
