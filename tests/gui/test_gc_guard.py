"""Garbage with Qt objects is collected on the GUI thread, never on a worker (a segmentation
fault once, in a worker reading the database)."""

from __future__ import annotations

import gc
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtWidgets import QApplication, QWidget

from packstation.ui.gc_guard import install


class _Holder:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it
        self.widget = QWidget()


def test_a_cycle_holding_a_widget_is_freed_on_the_gui_thread_not_a_worker(qtbot) -> None:
    collector = install(QApplication.instance())
    assert not gc.isenabled()
    freed: list[str] = []
    weakref.finalize(_Holder(), lambda: freed.append(threading.current_thread().name))
    with ThreadPoolExecutor(1) as worker:  # a worker allocating a lot, as a DB read does
        worker.submit(lambda: [[] for _ in range(collector.threshold[0] * 5)]).result()
    assert freed == [], "no collection on the worker"
    kept = [[] for _ in range(collector.threshold[0] + 10)]  # past the first threshold
    qtbot.waitUntil(lambda: gc.get_count()[0] < collector.threshold[0], timeout=5000)
    assert kept, "the GUI thread's timer collected what the thresholds asked for"
    gc.collect()  # the cycle may have aged past the young generation: all of it, here
    assert freed == [threading.main_thread().name]
