"""The one background-work helper. The UI thread never waits on the database or a printer.

`Tasks.db` is one serialized executor for all database work (a single worker keeps the SQLite
writer single and the order of user actions intact). Results come back on the UI thread through
a queued Qt signal; errors go to one handler.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

Callback = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]


class _Relay(QObject):
    # Emitted from a worker thread; Qt queues it to the thread that owns the relay (the UI).
    finished = Signal(object, object, object)


class Executor(QObject):
    def __init__(self, name: str, on_error: ErrorHandler, workers: int = 1) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._on_error = on_error
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self.pending = 0

    def submit(self, work: Callable[[], Any], done: Callback | None = None,
               failed: ErrorHandler | None = None) -> Future[Any]:
        self.pending += 1
        future = self._pool.submit(work)
        future.add_done_callback(lambda f: self._relay.finished.emit(f, done, failed))
        return future

    def _deliver(self, future: Future[Any], done: Callback | None,
                 failed: ErrorHandler | None) -> None:
        self.pending -= 1
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
