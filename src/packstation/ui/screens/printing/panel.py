"""The packer's print bar: what is printing, what did not print and why, and one key to fix it.

F1 sends every failed job again, Shift+F1 cancels the oldest failed one (logged), Ctrl+P
reprints the label or 納品書 of the current order (a reason is asked and logged). The bar stays
red until each failed job is printed or cancelled: a failure is never just a passing message.
Job changes come from the printers' worker threads; only the job id crosses into the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.messages import Msg, from_json, to_json
from packstation.domain.printing import Failure, JobStatus, failure_message
from packstation.services.printing.ports import JobView
from packstation.ui.errors import in_user_language
from packstation.ui.style import AMBER, BLUE, RED

if TYPE_CHECKING:
    from packstation.services.app import Services
    from packstation.services.printing.spooler import Spooler
    from packstation.ui.context import UiContext

RETRY_KEY, CANCEL_KEY, REPRINT_KEY = "F1", "Shift+F1", "Ctrl+P"

_KINDS = {"label": QT_TRANSLATE_NOOP("PrintKinds", "Label"),
          "slip": QT_TRANSLATE_NOOP("PrintKinds", "納品書"),
          "picklist": QT_TRANSLATE_NOOP("PrintKinds", "Pick list")}
_DONE = (JobStatus.DONE, JobStatus.CANCELLED)


def reason_text(failure: Failure | str | None, detail: str) -> str:
    """What went wrong and what to do, in the packer's language; the printer's words after.
    ``detail`` is a stored message (domain.messages.to_json) or text stored as it came."""
    known = failure is not None and str(failure).lower() in {f.value.lower() for f in Failure}
    stored = from_json(detail) if detail else None
    return in_user_language(failure_message(failure if known and failure else Failure.UNEXPECTED,
                                            stored or detail))


def failure_text(job: JobView) -> str:
    if job.failure is Failure.NOT_CONFIGURED and job.detail and from_json(job.detail) is None:
        # A row stored before the detail was a message: the station's name, or a sentence
        # ending in "at <station>".
        station = job.detail.rsplit(" at ", 1)[-1]
        return reason_text(job.failure, to_json(Msg("printer.not_configured", station=station,
                                                    kind=Msg(f"printer.kind.{job.kind}"))))
    return reason_text(job.failure, job.detail)


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("PrintKinds", str(_KINDS.get(kind, kind)))


class _Relay(QObject):
    changed = Signal(int)  # a job id; the view is read from the spooler on the UI thread


class PrintPanel(QFrame):
    label_printed = Signal(str, str)  # order_no, tracking_no (may be "")
    job_failed = Signal(object)       # JobView, after the bar shows it
    shown = Signal(bool)              # the bar appeared / went away

    def __init__(self, ctx: UiContext, screen: QWidget) -> None:
        super().__init__(objectName="print_panel")
        self.ctx = ctx
        self.spooler: Spooler | None = None
        self.jobs: dict[int, JobView] = {}  # this station's open jobs, newest view of each
        self.message = QLabel(objectName="print_message")
        self.message.setWordWrap(True)
        # The whole width of the column: what failed and why, each on one line readable from
        # the bench (beside the buttons it wrapped into a narrow box and lost its last words)
        self.message.setMinimumHeight(104)  # four lines: a reason with its printer's answer
        self.buttons = {k: QPushButton(objectName=k) for k in ("retry", "cancel", "reprint")}
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        col.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        col.addLayout(row)
        for key, (shortcut, slot) in {"retry": (RETRY_KEY, self.retry),
                                      "cancel": (CANCEL_KEY, self.cancel),
                                      "reprint": (REPRINT_KEY, self.reprint)}.items():
            button = self.buttons[key]
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
            button.setStyleSheet("min-height: 38px; padding: 2px 6px;")
            button.clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), screen, slot)
            row.addWidget(button)
        self._relay = _Relay()
        self._relay.changed.connect(self._changed)
        self.current_order: str | None = None  # what Ctrl+P reprints
        self.dismissed: dict[int, int] = {}  # failed job id → its version, off the bar
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.buttons["retry"].setText(self.tr("Retry print (F1)"))
        self.buttons["cancel"].setText(self.tr("Cancel print (Shift+F1)"))
        self.buttons["reprint"].setText(self.tr("Print / reprint (Ctrl+P)"))
        self._show()

    # -- wiring -----------------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        """Listen to the station's print queue and start it (off the UI thread)."""
        spooler = services.printing.queue
        self.spooler = spooler
        spooler.subscribe(lambda job: self._relay.changed.emit(job.id))  # worker threads
        self.ctx.tasks.db.submit(spooler.start, self._merge_all)

    def _user(self) -> int | None:
        return self.ctx.session.user_id if self.ctx.session else None

    def order_opened(self, order_no: str) -> None:
        """The next order is open: the bar lets go of earlier orders' failures. Their jobs stay
        failed in the station's print list (F1 still sends them again, a restart shows them);
        should one fail again after a retry, the bar shows it again."""
        self.current_order = order_no
        self.dismissed = {j.id: j.version for j in self.failed_jobs() if j.order_no != order_no}
        self._show()

    def order_completed(self, order_no: str) -> None:
        """Auto-print (when the station is set to) the label and 納品書 of a completed order."""
        self.current_order = order_no
        spooler, user = self.spooler, self._user()
        if spooler is not None:
            self.ctx.tasks.db.submit(lambda: spooler.auto_print(user, order_no),
                                     self._merge_all)

    # -- the three keys -----------------------------------------------------------------------
    def failed_jobs(self) -> list[JobView]:
        """Failed jobs, printer faults before labels held by a check, oldest first."""
        return sorted((j for j in self.jobs.values() if j.status is JobStatus.FAILED),
                      key=lambda j: (j.failure is Failure.HELD, j.id))

    def shown_failures(self) -> list[JobView]:
        """The failed jobs on the bar: not those let go when a later order opened."""
        return [j for j in self.failed_jobs() if self.dismissed.get(j.id) != j.version]

    def retry_held(self, order_no: str) -> None:
        """The check that held the order's label passes now (e.g. the box was weighed right):
        send the held label again without a key press."""
        spooler, user = self.spooler, self._user()
        ids = [j.id for j in self.failed_jobs() if j.order_no == order_no
               and j.failure is Failure.HELD]
        if spooler is not None and ids:
            self.ctx.tasks.db.submit(lambda: spooler.retry(user, ids), self._merge_all)

    def retry(self) -> None:
        spooler, user, ids = self.spooler, self._user(), [j.id for j in self.failed_jobs()]
        if spooler is None or not ids:
            return
        self.ctx.tasks.db.submit(lambda: spooler.retry(user, ids), self._merge_all)

    def cancel(self) -> None:
        failed = self.shown_failures()
        if self.spooler is None or not failed:
            return
        job, spooler, user = failed[0], self.spooler, self._user()
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel print"),
            self.tr("Cancel the %1 of %2? Why (e.g. written by hand)?")
            .replace("%1", kind_text(job.kind)).replace("%2", job.order_no))
        if ok:
            self.ctx.tasks.db.submit(lambda: spooler.cancel(user, job.id, reason),
                                     lambda view: self._merge_all([view]))

    def reprint(self) -> None:
        """Print the label or 納品書 of the current order; a copy after the first one is a
        reprint: the reason is asked and logged with who asked."""
        order_no, spooler = self.current_order, self.spooler
        if spooler is None or not order_no:
            return
        kinds = [kind_text("label"), kind_text("slip")]
        picked, ok = QInputDialog.getItem(self, self.tr("Print"),
                                          self.tr("Print for %1:").replace("%1", order_no),
                                          kinds, 0, False)
        if not ok:
            return
        kind = ("label", "slip")[kinds.index(picked)]
        self.ctx.tasks.db.submit(lambda: spooler.printed_before(order_no, kind),
                                 lambda before: self._print(order_no, kind, bool(before)))

    def _print(self, order_no: str, kind: str, reprint: bool) -> None:
        spooler, user, reason = self.spooler, self._user(), ""
        if spooler is None:
            return
        if reprint:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reprint"), self.tr("%1 for %2 was already printed. Why is a "
                                                  "reprint needed?")
                .replace("%1", kind_text(kind)).replace("%2", order_no))
            if not ok or not reason.strip():
                return
        self.ctx.tasks.db.submit(
            lambda: spooler.print_order(user, order_no, kind, reprint=reprint, reason=reason),
            lambda view: self._merge_all([view]))

    # -- job changes --------------------------------------------------------------------------
    def _changed(self, job_id: int) -> None:
        job = self.spooler.latest(job_id) if self.spooler else None
        if job is not None:
            self._merge_all([job])

    def _merge_all(self, jobs: list[JobView]) -> None:
        for job in jobs:
            known = self.jobs.get(job.id)
            if known is not None and known.version >= job.version:
                continue  # already shown, or an older view arriving late
            self._merge(job, known)
        self._show()

    def _merge(self, job: JobView, known: JobView | None) -> None:
        if job.status in _DONE:
            self.jobs.pop(job.id, None)
            if job.status is JobStatus.DONE and job.kind == "label":
                self.label_printed.emit(job.order_no, job.tracking_no)
            return
        self.jobs[job.id] = job
        if job.status is JobStatus.FAILED and job.failure is not Failure.HELD:  # held: a step
            self.job_failed.emit(job)

    def _show(self) -> None:
        failed = self.shown_failures()
        sending = [j for j in self.jobs.values() if j.status is not JobStatus.FAILED]
        if failed:
            job = failed[0]
            head = self.tr("%1 for %2 NOT printed").replace("%1", kind_text(job.kind)) \
                .replace("%2", job.order_no)
            more = self.tr("  (+%1 more waiting)").replace("%1", str(len(failed) - 1)) \
                if len(failed) > 1 else ""
            self.message.setText(f"⚠ {head}{more}\n{failure_text(job)}")
            self._paint(AMBER if job.failure is Failure.HELD else RED)
        elif sending:
            job = min(sending, key=lambda j: j.id)
            self.message.setText(self.tr("Printing: %1 for %2 on %3…")
                                 .replace("%1", kind_text(job.kind)).replace("%2", job.order_no)
                                 .replace("%3", job.printer or "?"))
            self._paint(BLUE)
        # Shown only while jobs are open: a 1366×768 bench screen has no row to spare, and
        # Ctrl+P (a shortcut on the packer screen) reprints without the bar.
        visible = bool(failed or sending)
        self.setVisible(visible)
        self.shown.emit(visible)
        self.message.setVisible(visible)
        self.buttons["retry"].setVisible(bool(failed))
        self.buttons["cancel"].setVisible(bool(failed))
        self.buttons["reprint"].setVisible(bool(self.current_order))

    def _paint(self, colour: str) -> None:
        self.message.setStyleSheet(f"background: {colour}; color: white; font-size: 20px; "
                                   "font-weight: bold; padding: 6px; border-radius: 6px;")
