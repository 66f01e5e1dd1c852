"""Pick lists from the order list (issue 20): the lead selects orders and sends their pick
lists to the station's 納品書 printer through the print queue, so a failed one is kept,
said loudly and retried like any label (F1 in the print list)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from packstation.domain.printing import JobStatus
from packstation.services.printing.ports import JobView
from packstation.ui.context import UiContext
from packstation.ui.screens.printing.panel import failure_text


class PickListPrinter(QObject):
    """Sends pick lists and follows their jobs until each printed or failed."""

    changed = Signal(str, bool)  # (what to say, is it a failure)
    _job = Signal(int)  # a job id, relayed from the printers' worker threads

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.waiting: dict[int, str] = {}  # job id → order number
        self.printed: list[str] = []
        self.failed: dict[str, str] = {}  # order number → why
        self._listening = False
        self._job.connect(self._job_changed)

    def send(self, order_nos: list[str]) -> None:
        services, user = self.ctx.services, self.ctx.session
        if services is None or user is None or not order_nos:
            return
        queue = services.printing.queue
        if not self._listening:
            queue.subscribe(lambda job: self._job.emit(job.id))
            self._listening = True
        self.waiting.clear()
        self.printed, self.failed = [], {}
        self.ctx.tasks.db.submit(
            lambda: [queue.print_order(user.user_id, n, "picklist") for n in order_nos],
            self._queued)

    def _queued(self, jobs: list[JobView]) -> None:
        """A job may have printed (or failed) before this runs, its change already relayed
        and ignored as unknown: each is settled from the queue's newest view of it."""
        services = self.ctx.services
        for job in jobs:
            self.waiting[job.id] = job.order_no
            newest = services.printing.queue.latest(job.id) if services is not None else None
            self._settle(newest if newest is not None else job)
        self._say()

    def _job_changed(self, job_id: int) -> None:
        services = self.ctx.services
        if job_id not in self.waiting or services is None:
            return
        job = services.printing.queue.latest(job_id)
        if job is not None:
            self._settle(job)
            self._say()

    def _settle(self, job: JobView) -> None:
        if job.status is JobStatus.DONE:
            self.waiting.pop(job.id, None)
            self.printed.append(job.order_no)
        elif job.status is JobStatus.FAILED:
            self.waiting.pop(job.id, None)
            self.failed[job.order_no] = failure_text(job)

    def _say(self) -> None:
        if self.failed:
            order_no, why = next(iter(self.failed.items()))
            self.changed.emit(self.tr("%n pick list(s) did not print (%1): %2", "",
                                      len(self.failed)).replace("%1", order_no)
                              .replace("%2", why), True)
            return
        if self.waiting:
            self.changed.emit(self.tr("%n pick list(s) printing…", "", len(self.waiting)), False)
        else:
            self.changed.emit(self.tr("%n pick list(s) printed", "", len(self.printed)), False)
