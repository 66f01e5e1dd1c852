"""The print queue at run time: one worker thread per printer, fed from print_jobs.

The UI (or the CLI) asks through the spooler and gets the job back at once; the workers do the
slow part (render, preflight, send) and report every change to the listeners, from their own
thread. A printer that hangs holds up only its own queue.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from packstation.domain.printing import JobStatus
from packstation.services.printing import desk as printing
from packstation.services.printing.desk import BeforeLabel, PrintDesk
from packstation.services.printing.ports import JobView

log = logging.getLogger("packstation.printing")

Listener = Callable[[JobView], None]
_BACKOFF_S = 5.0  # after an unexpected fault (database away): wait, then look again


class Spooler:
    def __init__(self, desk: PrintDesk) -> None:
        self.desk = desk
        self._lock = threading.Lock()
        self._wakers: dict[int, threading.Event] = {}
        self._threads: list[threading.Thread] = []
        self._listeners: list[Listener] = []
        self._latest: dict[int, JobView] = {}
        self._stopping = threading.Event()
        self.started = False

    # -- wiring -----------------------------------------------------------------------------
    def set_before_label(self, hook: BeforeLabel) -> None:
        """Install the check asked before every label (the scale's weight check)."""
        self.desk = replace(self.desk, before_label=hook)

    def subscribe(self, listener: Listener) -> None:
        """Called from worker threads (and the caller's) with every job that changed."""
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def latest(self, job_id: int) -> JobView | None:
        with self._lock:
            return self._latest.get(job_id)

    def start(self) -> list[JobView]:
        """Recover after a stop and start the printers that have work; the open jobs."""
        printers = printing.recover(self.desk)
        self.started = True
        for printer_id in printers:
            self.wake(printer_id)
        jobs = printing.open_jobs(self.desk)
        for job in jobs:
            self._notify(job)
        return jobs

    def stop(self, timeout_s: float = 3.0) -> None:
        """Let the workers finish the job in hand, waiting at most timeout_s in all. A worker
        stuck on a hung printer is left behind (daemon); its job is found 'printing' at the
        next start and waits for the packer as INTERRUPTED."""
        self._stopping.set()
        with self._lock:
            for event in self._wakers.values():
                event.set()
            threads = list(self._threads)
        deadline = time.monotonic() + timeout_s
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    # -- asking -----------------------------------------------------------------------------
    def print_order(self, user_id: int | None, order_no: str, kind: str, *,
                    reprint: bool = False, reason: str = "") -> JobView:
        job = printing.enqueue(self.desk, user_id, order_no, kind, reprint=reprint,
                               reason=reason)
        return self._accepted(job)

    def auto_print(self, user_id: int | None, order_no: str) -> list[JobView]:
        return [self._accepted(j) for j in printing.auto_print(self.desk, user_id, order_no)]

    def retry(self, user_id: int | None, job_ids: list[int]) -> list[JobView]:
        return [self._accepted(j) for j in printing.retry(self.desk, user_id, job_ids)]

    def cancel(self, user_id: int | None, job_id: int, reason: str = "") -> JobView:
        job = printing.cancel(self.desk, user_id, job_id, reason)
        self._notify(job)
        return job

    def printed_before(self, order_no: str, kind: str) -> bool:
        return printing.printed_before(self.desk, order_no, kind)

    def open_jobs(self) -> list[JobView]:
        return printing.open_jobs(self.desk)

    def _accepted(self, job: JobView) -> JobView:
        self._notify(job)
        if job.status == JobStatus.QUEUED.value and job.printer_id is not None:
            self.wake(job.printer_id)
        return job

    # -- workers ----------------------------------------------------------------------------
    def wake(self, printer_id: int) -> None:
        if not self.started or self._stopping.is_set():
            return  # start() picks the queued jobs up from the table
        with self._lock:
            event = self._wakers.get(printer_id)
            if event is None:
                event = self._wakers[printer_id] = threading.Event()
                thread = threading.Thread(target=self._run, args=(printer_id, event),
                                          name=f"printer-{printer_id}", daemon=True)
                self._threads.append(thread)
                thread.start()
        event.set()

    def _run(self, printer_id: int, event: threading.Event) -> None:
        while not self._stopping.is_set():
            event.clear()  # before looking: a job added meanwhile sets it again
            try:
                job = printing.process_next(self.desk, printer_id, taken=self._notify)
            except Exception:  # the database went away: the jobs stay queued in the table
                log.exception("printer %d: could not read the queue", printer_id)
                event.wait(_BACKOFF_S)
                continue
            if job is None:
                event.wait()
            else:
                self._notify(job)

    def _notify(self, job: JobView) -> None:
        with self._lock:
            known = self._latest.get(job.id)
            if known is not None and known.version > job.version:
                return  # a worker already reported a newer state of this job
            self._latest[job.id] = job
            listeners = list(self._listeners)
        for listener in listeners:
            listener(job)
