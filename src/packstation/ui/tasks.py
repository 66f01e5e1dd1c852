"""The one background-work helper. The UI thread never waits on the database or a printer.

`Tasks.db` is one serialized executor for all database work (a single worker keeps the SQLite
writer single and the order of user actions intact). Results come back on the UI thread through
a queued Qt signal; errors go to one handler.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

Callback = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]


class _Relay(QObject):
    # Emitted from a worker thread; Qt queues it to the thread that owns the relay (the UI).
    # Only an int crosses the thread: PySide6 6.12 loses a reference to None (and crashes the
    # app after a few hundred scans) when None travels through a queued Signal(object).
    finished = Signal(int)


class Executor(QObject):
    def __init__(self, name: str, on_error: ErrorHandler, workers: int = 1) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._on_error = on_error
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._tickets = itertools.count()
        self._waiting: dict[int, tuple[Future[Any], Callback | None, ErrorHandler | None]] = {}

    @property
    def pending(self) -> int:
        return len(self._waiting)

    def submit(self, work: Callable[[], Any], done: Callback | None = None,
               failed: ErrorHandler | None = None) -> Future[Any]:
        ticket = next(self._tickets)
        future: Future[Any] = Future()
        self._waiting[ticket] = (future, done, failed)  # before the worker can finish
        running = self._pool.submit(work)
        running.add_done_callback(lambda f: self._finished(f, future, ticket))
        return future

    def _finished(self, running: Future[Any], future: Future[Any], ticket: int) -> None:
        error = running.exception()
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(running.result())
        self._relay.finished.emit(ticket)

    def _deliver(self, ticket: int) -> None:
        future, done, failed = self._waiting.pop(ticket)
        error = future.exception()
        if error is not None:
            (failed or self._on_error)(error)
        elif done is not None:
            done(future.result())

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)


class Tasks:
    """All background executors of the app, shut down together."""

    def __init__(self, on_error: ErrorHandler) -> None:
        self.db = Executor("db", on_error)
        self.work = Executor("work", on_error, workers=2)  # imports, documents, decoding

    def shutdown(self) -> None:
        self.db.shutdown()
        self.work.shutdown()
