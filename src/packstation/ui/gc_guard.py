"""Python's cyclic garbage collector runs only on the GUI thread.

Left automatic, a collection starts in whichever thread happens to allocate: often a worker of
ui/tasks.py reading the database. If the garbage holds a Qt object (a closed dialog kept in a
cycle by a lambda), Qt destroys it there, off its own thread, and the process dies with a
segmentation fault (seen once in the test suite, on the orders search's worker). So automatic
collection is switched off and a timer on the GUI thread collects, as often as the thresholds
would have asked for it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            oldest = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > \
                self.threshold[1] else 0
            gc.collect(oldest)


_installed: list[GuiThreadCollector] = []


def install(parent: QObject) -> GuiThreadCollector:
    """Once per process (the QApplication as parent): later calls return the first, with
    automatic collection switched off again (a test suite turns it back on between tests)."""
    if not _installed:
        _installed.append(GuiThreadCollector(parent))
    gc.disable()
    return _installed[0]
