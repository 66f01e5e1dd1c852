"""CSV import (admin): choose the file and the column-mapping profile, map unknown headers
once, watch the progress, and read every problem by row and column if it is refused."""

from __future__ import annotations

import gc
from pathlib import Path
from threading import Event, Lock
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from packstation.domain.errors import BadInput, Cancelled
from packstation.services.imports.dto import ImportReport
from packstation.ui.context import UiContext
from packstation.ui.errors import describe, problems_text
from packstation.ui.widgets.base import Dialog

GENERIC = "generic"


# How often the UI thread looks at the worker's progress. The worker never signals the UI:
# each queued cross-thread signal into a Python slot cost the UI thread 25-40 ms of waiting for
# the GIL while the worker was busy (benchmarks/import_ui.py), so the UI reads it on its own
# timer instead, like the heartbeat that stays on time.
_POLL_MS = 100


class _QuietCollector:
    """Keeps a running import's live objects out of the cyclic collector's full passes.

    A full (generation 2) collection runs in whichever thread happens to allocate and holds the
    GIL from start to end. An import keeps some 10^5 rows, dicts and domain objects alive, so a
    full pass triggered by the worker took 50-110 ms, and the UI thread could not repaint or
    take a scan meanwhile (benchmarks/import_ui.py). gc.freeze() after every progress step
    moves what is alive into the permanent generation, so each pass sees one step's new objects
    only; gc.unfreeze() when the last import ends hands them back, mostly freed by then.
    """

    _lock = Lock()
    _running = 0

    @classmethod
    def begin(cls) -> None:
        with cls._lock:
            cls._running += 1
            gc.freeze()

    @staticmethod
    def step() -> None:
        gc.freeze()  # O(1): merges the young generations into the permanent one

    @classmethod
    def end(cls) -> None:
        with cls._lock:
            cls._running -= 1
            if cls._running == 0:
                gc.unfreeze()


class ImportDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(900, 640)
        self.kind = QComboBox(objectName="kind")
        self.kind.addItems(["", ""])
        self.path = QLineEdit(objectName="path")
        self.browse = QPushButton(objectName="browse")
        self.profile = QComboBox(objectName="profile")
        self.map_button = QPushButton(objectName="map")
        self.start = QPushButton(objectName="start")
        self.start.setDefault(True)
        self.cancel = QPushButton(objectName="cancel")
        self.bar = QProgressBar(objectName="progress")
        self.report_box = QPlainTextEdit(objectName="result")
        self.report_box.setReadOnly(True)
        self.form = QFormLayout()
        self._labels = [QLabel(), QLabel(), QLabel()]
        self._cancel_flag = Event()
        self._running = False
        self._progress = (0, 0)  # (done, total): written by the worker, read by _poll
        self._poll = QTimer(self, interval=_POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._layout()
        self.kind.currentIndexChanged.connect(lambda _i: self._load_profiles())
        self.browse.clicked.connect(self._browse)
        self.map_button.clicked.connect(self._map_headers)
        self.start.clicked.connect(self._start)
        self.cancel.clicked.connect(self._cancel)
        self.retranslate()
        self._load_profiles()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        prof = QHBoxLayout()
        prof.addWidget(self.profile, 1)
        prof.addWidget(self.map_button)
        self.form.addRow(self._labels[0], self.kind)
        self.form.addRow(self._labels[1], row)
        self.form.addRow(self._labels[2], prof)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.bar)
        col.addWidget(self.report_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.start)
        col.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import CSV"))
        self.kind.setItemText(0, self.tr("Orders"))
        self.kind.setItemText(1, self.tr("Products"))
        for label, text in zip(self._labels, (self.tr("Import"), self.tr("File"),
                                              self.tr("Column layout")), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose file…"))
        self.map_button.setText(self.tr("Map columns…"))
        self.start.setText(self.tr("Check and import"))
        self.cancel.setText(self.tr("Cancel") if self._running else self.tr("Close"))
        self.path.setPlaceholderText(self.tr("CSV file (UTF-8 or Shift_JIS/cp932)"))
        if self.profile.count():
            self.profile.setItemText(0, self.tr("Generic layout (built in)"))

    def kind_key(self) -> str:
        return "orders" if self.kind.currentIndex() == 0 else "products"

    def _load_profiles(self) -> None:
        imports, kind = self.ctx.require_services().imports, self.kind_key()
        self.ctx.tasks.db.submit(lambda: imports.profile_names(kind),
                                 self._show_profiles)

    def _show_profiles(self, names: list[str]) -> None:
        self.profile.clear()
        self.profile.addItem(self.tr("Generic layout (built in)"), GENERIC)
        for name in names:
            self.profile.addItem(name, name)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def _map_headers(self) -> None:
        from packstation.ui.screens.mapping_dialog import MappingDialog

        path = Path(self.path.text())
        if not path.is_file():
            self.report_box.setPlainText(self.tr("Choose the CSV file first."))
            return
        dialog = MappingDialog(self.ctx, self.kind_key(), path, self)
        dialog.saved.connect(self._profile_saved)
        dialog.open()

    def _profile_saved(self, name: str) -> None:
        self._load_profiles()
        self.report_box.setPlainText(self.tr("Saved column layout: %1").replace("%1", name))

    def _start(self) -> None:
        path = Path(self.path.text())
        if not path.is_file():
            self.report_box.setPlainText(self.tr("Choose the CSV file first."))
            return
        imports = self.ctx.require_services().imports
        kind, profile = self.kind_key(), self.profile.currentData() or GENERIC
        profile = "" if profile == GENERIC else profile
        self._cancel_flag.clear()
        self._set_running(True)
        self.report_box.setPlainText(self.tr("Checking every row…"))

        def progress(done: int, total: int) -> bool:
            _QuietCollector.step()
            self._progress = (done, total)  # one reference swap: atomic under the GIL
            return not self._cancel_flag.is_set()

        def work() -> ImportReport:
            _QuietCollector.begin()
            try:
                return imports.import_file(kind, path.read_bytes(), profile=profile,
                                           source=path.name, progress=progress)
            finally:
                _QuietCollector.end()
        # Imports run on the work executor: the DB executor stays free for scans elsewhere.
        self.ctx.tasks.work.submit(work, self._done, self._failed)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.start.setEnabled(not running)
        self._progress = (0, 0)
        if running:
            self._poll.start()
        else:
            self._poll.stop()
        self.retranslate()

    def _show_progress(self) -> None:
        done, total = self._progress
        if total and (total, done) != (self.bar.maximum(), self.bar.value()):
            self.bar.setMaximum(total)
            self.bar.setValue(done)

    def _done(self, report: ImportReport) -> None:
        self._set_running(False)
        self.bar.setValue(self.bar.maximum())
        self.report_box.setPlainText(
            self.tr("Imported %1 rows (%2): %3 added, %4 updated.")
            .replace("%1", str(report.rows)).replace("%2", report.encoding)
            .replace("%3", str(report.added)).replace("%4", str(report.updated)))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.bar.setValue(0)
        if isinstance(error, Cancelled):
            self.report_box.setPlainText(self.tr("Import cancelled. Nothing was changed."))
        elif isinstance(error, BadInput):
            self.report_box.setPlainText(
                self.tr("Nothing was imported. Fix these %n problem(s) and import again:", "",
                        len(error.problems)) + "\n\n" + problems_text(error))
        else:
            self.report_box.setPlainText(describe(error))

    def _cancel(self) -> None:
        if self._running:
            self._cancel_flag.set()
        else:
            self.reject()
