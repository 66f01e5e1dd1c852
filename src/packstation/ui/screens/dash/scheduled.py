"""The daily report written by itself (issue 19: "scheduled export to a folder is a setting"):
every CHECK_MS a running station asks whether today's export is due (settings
daily_report_folder and daily_report_at) and, when the folder has no report of today yet,
writes 日次レポート_YYYY-MM-DD.pdf and .csv there: the figures read on the DB executor, the
drawing and the files on the work executor. A failure (folder gone, disk full) is said once
per day through the window's error handler, and tried again at the next check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from packstation.services.dash.api import figures_csv
from packstation.services.dash.dto import DayFigures, Targets
from packstation.ui.context import UiContext

CHECK_MS = 5 * 60_000


def report_paths(folder: str, day: date) -> tuple[Path, Path]:
    stem = f"日次レポート_{day.isoformat()}"
    return Path(folder) / f"{stem}.pdf", Path(folder) / f"{stem}.csv"


class ScheduledReport(QObject):
    written = Signal(str)  # the PDF's path

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._said: date | None = None  # the day a failure was last said
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        services = self.ctx.services
        if services is None or self._busy:
            return
        self._busy = True
        dash = services.dash
        self.ctx.tasks.db.submit(dash.scheduled, self._due, self._failed)

    def _due(self, due: tuple[date, str] | None) -> None:
        if due is None:
            self._busy = False
            return
        day, folder = due
        pdf, csv = report_paths(folder, day)
        if pdf.exists():
            self._busy = False
            return
        dash = self.ctx.require_services().dash

        def draw(data: tuple[DayFigures, Targets]) -> None:
            def write() -> str:
                pdf.write_bytes(dash.render_pdf(*data))
                csv.write_bytes(figures_csv(data[0]))
                return str(pdf)
            self.ctx.tasks.work.submit(write, self._written, self._failed)
        self.ctx.tasks.db.submit(lambda: dash.report_data(None, day), draw, self._failed)

    def _written(self, path: str) -> None:
        self._busy = False
        self.written.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        today = date.today()
        if self._said != today:
            self._said = today
            self.ctx.show_error(error)
