"""Does a 10,000-order CSV import freeze the screen? Runs the real ImportDialog (offscreen Qt)
on a fresh SQLite file and, while the import works in the background, a 10 ms QTimer on the
UI thread records when it really fires. The largest gap between two heartbeats is the longest
time the UI thread could not react (a scan, a key, a repaint).

Target: no gap above 50 ms. The import time (Start → report shown) is printed beside it, with
how often the progress bar moved meanwhile. Exit status 1 on a miss.

    .venv/bin/python benchmarks/import_ui.py [--orders N]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_GAP_MS = 50.0
HEARTBEAT_MS = 10
TIMEOUT_S = 300.0


def _seeded_app(workdir: Path) -> object:
    """A fresh database with the demo shop's products and users, no orders."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.demo import seed as demo

    app = build(Config(f"sqlite:///{workdir / 'import_ui.db'}", "bench"))
    demo.seed(app.uow, app.hasher, 0)
    return app


def _csv(workdir: Path, orders: int) -> Path:
    # The same file benchmarks/import_orders.py times (this directory is sys.path[0]).
    from import_orders import make_csv

    path = workdir / "orders.csv"
    path.write_bytes(make_csv(orders))
    return path


class Heartbeat:
    """Stamps every timeout of a precise 10 ms timer; the gaps are the UI thread's stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def gaps_ms(self, since: float = 0.0) -> list[float]:
        stamps = [t for t in self.stamps if t >= since]
        return [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]


def _wait(until: object, timeout_s: float) -> bool:
    """Run the real Qt event loop (not a processEvents spin) until `until()` or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer(interval=20)
    check.timeout.connect(lambda: until() and loop.quit())  # type: ignore[operator]
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    check.start()
    if not until():  # type: ignore[operator]
        loop.exec()
    check.stop()
    return bool(until())  # type: ignore[operator]


def _run(orders: int) -> int:
    from PySide6.QtWidgets import QApplication

    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.screens.import_dialog import ImportDialog
    from packstation.ui.tasks import Tasks

    qapp = QApplication(sys.argv[:1])  # noqa: F841  (kept alive for the whole run)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        app = _seeded_app(workdir)
        csv_path = _csv(workdir, orders)
        errors: list[BaseException] = []
        ctx = UiContext(tasks=Tasks(errors.append), language=Language(),
                        show_error=errors.append, services=app.services)
        ctx.language.switch("ja")
        dialog = ImportDialog(ctx)
        dialog.show()
        if not _wait(lambda: dialog.profile.count() > 0, 30):
            print("the dialog never listed its column layouts", file=sys.stderr)
            return 1
        progress_calls: list[int] = []
        dialog.bar.valueChanged.connect(progress_calls.append)
        beat = Heartbeat()
        beat.timer.start()
        _wait(lambda: len(beat.stamps) >= 50, 5)  # a quiet baseline of ~0.5 s
        baseline = beat.gaps_ms()
        dialog.path.setText(str(csv_path))
        started = time.perf_counter()
        dialog.start.click()
        finished = _wait(lambda: not dialog._running, TIMEOUT_S)
        seconds = time.perf_counter() - started
        beat.timer.stop()
        report = dialog.report_box.toPlainText()
        during = beat.gaps_ms(since=started)
        ctx.tasks.shutdown()
        app.close()  # type: ignore[attr-defined]
    return _print(orders, csv_path.name, seconds, finished, report, baseline=baseline,
                  during=during, progress=len(progress_calls), errors=errors)


def _print(orders: int, name: str, seconds: float, finished: bool, report: str, *,
           baseline: list[float], during: list[float], progress: int,
           errors: list[BaseException]) -> int:
    if not finished or errors or not during:
        print(f"import did not finish cleanly: {report!r} {errors!r}", file=sys.stderr)
        return 1
    worst = max(during)
    slow = [g for g in during if g > TARGET_GAP_MS]
    print(f"ImportDialog, {orders:,} orders from {name}: {report.splitlines()[0]}")
    print(f"import time          {seconds:6.2f} s   (Start → report shown, progress bar moved "
          f"{progress} times)")
    print(f"heartbeat gaps       median {statistics.median(during):5.1f} ms, "
          f"p99 {sorted(during)[int(len(during) * 0.99) - 1]:5.1f} ms, "
          f"{len(slow)} of {len(during)} above {TARGET_GAP_MS:.0f} ms")
    print(f"idle baseline        max {max(baseline):5.1f} ms over {len(baseline)} beats")
    print(f"max UI-thread gap    {worst:6.1f} ms  target <= {TARGET_GAP_MS:.0f} ms "
          f"(heartbeat every {HEARTBEAT_MS} ms)")
    ok = worst <= TARGET_GAP_MS
    print("OK" if ok else "MISSED TARGET")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=10_000)
    return _run(parser.parse_args().orders)


if __name__ == "__main__":
    sys.exit(main())
