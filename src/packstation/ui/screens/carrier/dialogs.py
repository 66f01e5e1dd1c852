"""Carrier hand-off from the order list: write the carrier software's CSV (送り状データ) with the
report of every character substituted, value cut or code missing; read the tracking numbers
back (every problem listed, nothing changed unless the whole file is right).

Both run on the work executor; the UI polls the progress on a timer (see import_dialog.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from packstation.domain.carrier_presets import DEFAULT_ACCOUNT
from packstation.domain.errors import BadInput
from packstation.domain.model import Role
from packstation.services.carrier import export as carrier_export
from packstation.services.carrier import tracking as carrier_tracking
from packstation.ui.context import UiContext
from packstation.ui.errors import describe, problems_text
from packstation.ui.widgets.base import Dialog

CARRIER_KEYS = ("b2", "ehiden", "yuprint")
_POLL_MS = 100


def account_text(name: str) -> str:
    """An account as the user reads it: the built-in one (stored as 'default') by a word of
    the user's language, the others by the name the admin gave them."""
    if name == DEFAULT_ACCOUNT:
        return QCoreApplication.translate("CarrierAccounts", "Standard account")
    return name


def account_name(text: str) -> str:
    """What the admin typed as an account name, back to its stored name."""
    return DEFAULT_ACCOUNT if text in ("", account_text(DEFAULT_ACCOUNT)) else text


def is_admin(ctx: UiContext) -> bool:
    return ctx.session is not None and ctx.session.role.can(Role.ADMIN)


class _CarrierForm(Dialog):
    """What both dialogs share: carrier, account, file, progress."""

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.carrier = QComboBox(objectName="carrier")
        self.carrier.addItems(["", "", ""])
        self.account = QComboBox(objectName="account")
        self.path = QLineEdit(objectName="path")
        self.browse = QPushButton(objectName="browse")
        self.bar = QProgressBar(objectName="progress")
        self.bar.setRange(0, 1)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.close_button = QPushButton(objectName="close")
        self.form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        for label, field in zip(self.labels, (self.carrier, self.account, file_row),
                                strict=True):
            self.form.addRow(label, field)
        self.running = False
        self.progress = 0  # written by the worker, read by the poll timer
        self._poll = QTimer(self, interval=_POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self.carrier.currentIndexChanged.connect(lambda _i: self.carrier_changed())
        self.close_button.clicked.connect(self.reject)

    def carrier_key(self) -> str:
        return CARRIER_KEYS[max(self.carrier.currentIndex(), 0)]

    def translate_form(self, file_label: str) -> None:
        for i, name in enumerate((self.tr("Yamato B2 Cloud"), self.tr("Sagawa e-Hiden"),
                                  self.tr("Japan Post Yu-Pri R"))):
            self.carrier.setItemText(i, name)
        for label, text in zip(self.labels, (self.tr("Carrier"), self.tr("Account"),
                                             file_label), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose file…"))
        self.close_button.setText(self.tr("Close (Esc)"))

    def carrier_changed(self) -> None:
        carriers, carrier = self.ctx.require_services().carrier, self.carrier_key()
        self.ctx.tasks.db.submit(lambda: carriers.accounts(carrier),
                                 self._show_accounts)

    def _show_accounts(self, names: list[str]) -> None:
        current = self.account_name()
        self.account.clear()
        for name in names:  # the built-in account by a word of the user's language
            self.account.addItem(account_text(name), name)
        if current in names:
            self.account.setCurrentIndex(names.index(current))

    def account_name(self) -> str:
        """The chosen account's stored name (DEFAULT_ACCOUNT for the built-in one)."""
        return str(self.account.currentData() or DEFAULT_ACCOUNT)

    def set_running(self, running: bool) -> None:
        self.running = running
        self.progress = 0
        self.bar.setRange(0, 0 if running else 1)  # busy while running
        if running:
            self._poll.start()
        else:
            self._poll.stop()
            self.bar.setValue(1)
        self.close_button.setEnabled(not running)

    def _show_progress(self) -> None:
        if self.progress:
            self.bar.setFormat(self.tr("%1 orders…").replace("%1", str(self.progress)))

    def actor_id(self) -> int | None:
        return self.ctx.session.user_id if self.ctx.session else None

    def reject(self) -> None:
        if not self.running:  # a running export finishes (its file and marks) first
            super().reject()


class CarrierExportDialog(_CarrierForm):
    """Packed orders → the carrier CSV. F5 checks without writing; Enter writes the file."""

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        self.setMinimumSize(1100, 700)
        self.report = QTableWidget(0, 6, objectName="report")
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().setVisible(False)
        self.report.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.check_button = QPushButton(objectName="check")
        self.export_button = QPushButton(objectName="export")
        self.export_button.setDefault(True)
        self.layout_button = QPushButton(objectName="layout")
        self.layout_button.setVisible(is_admin(ctx))
        self._user_path = False
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.bar)
        col.addWidget(self.summary)
        col.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.layout_button)
        buttons.addStretch()
        for b in (self.close_button, self.check_button, self.export_button):
            buttons.addWidget(b)
        col.addLayout(buttons)
        self.browse.clicked.connect(self._browse)
        self.path.textEdited.connect(lambda _t: setattr(self, "_user_path", True))
        self.check_button.clicked.connect(lambda: self.start(write=False))
        self.export_button.clicked.connect(lambda: self.start(write=True))
        self.layout_button.clicked.connect(self._edit_layout)
        QShortcut(QKeySequence("F5"), self, lambda: self.start(write=False))
        QShortcut(QKeySequence("Ctrl+L"), self, self._edit_layout)
        self.retranslate()
        self.carrier_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carrier CSV (label data)"))
        self.translate_form(self.tr("Save as"))
        self.check_button.setText(self.tr("Check only (F5)"))
        self.export_button.setText(self.tr("Write file (Enter)"))
        self.layout_button.setText(self.tr("Layout… (Ctrl+L)"))
        self.report.setHorizontalHeaderLabels([
            self.tr("Order no."), self.tr("Row"), self.tr("Column"), self.tr("What happened"),
            self.tr("Original"), self.tr("Written")])

    def carrier_changed(self) -> None:
        super().carrier_changed()
        if not self._user_path:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
            stamp = datetime.now().strftime("%Y%m%d-%H%M")
            self.path.setText(str(Path(folder) / f"{self.carrier_key()}-{stamp}.csv"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the carrier CSV"),
                                              self.path.text(), self.tr("CSV files (*.csv)"))
        if path:
            self.path.setText(path)
            self._user_path = True

    def start(self, *, write: bool) -> None:
        if self.running:
            return
        target = self.path.text().strip()
        if write and not target:
            self.summary.setText(self.tr("Choose where to save the file first."))
            return
        carriers, carrier = self.ctx.require_services().carrier, self.carrier_key()
        account = self.account_name()
        writer = carriers.file_writer(target) if write else None
        actor = self.actor_id()

        def progress(rows: int) -> None:
            self.progress = rows

        def work() -> carrier_export.CarrierExport:
            return carriers.export(carrier, account=account, write=writer, actor_id=actor,
                                   progress=progress)
        self.set_running(True)
        self.summary.setText(self.tr("Reading the packed orders…"))
        self.ctx.tasks.work.submit(work, lambda r: self._done(r, target), self._failed)

    def _done(self, result: carrier_export.CarrierExport, target: str) -> None:
        self.set_running(False)
        self.show_result(result, target)

    def show_result(self, result: carrier_export.CarrierExport, target: str) -> None:
        if not result.rows:
            text = self.tr("No packed order is waiting for this carrier.")
        elif result.written:
            text = self.tr("%1 orders written to %2 and marked as handed over.") \
                .replace("%1", str(result.rows)).replace("%2", target)
        else:
            text = self.tr("Check only: %1 orders would be written. No file, nothing marked.") \
                .replace("%1", str(result.rows))
        text += " " + self.tr("%n change(s) below: each was made so the carrier can read "
                              "the file.", "", len(result.changes))
        if result.unassigned:
            text += "\n" + self.tr("%n packed order(s) have no carrier service chosen and "
                                   "were left out.", "", result.unassigned)
        self.summary.setText(text)
        self._fill(result)

    def _fill(self, result: carrier_export.CarrierExport) -> None:
        kinds = {"substituted": self.tr("Character replaced (not in cp932)"),
                 "cut": self.tr("Cut to the carrier's length"),
                 "unmapped": self.tr("No code in the layout: left empty"),
                 "neutralised": self.tr("Began with = + - @: written as text (leading ')")}
        self.report.setRowCount(len(result.changes))
        for r, c in enumerate(result.changes):
            original = c.original
            if c.kind == "substituted":  # the code point too: a font may lack the character
                original = f"{c.original.strip() or ' '} (U+{ord(c.original[0]):04X})"
            for col, value in enumerate((c.order_no, str(c.row), c.column,
                                         kinds.get(c.kind, c.kind), original, c.written)):
                self.report.setItem(r, col, QTableWidgetItem(value))

    def _failed(self, error: BaseException) -> None:
        self.set_running(False)
        text = problems_text(error) if isinstance(error, BadInput) else describe(error)
        self.summary.setText(self.tr("Nothing was written or marked.") + "\n" + text)

    def _edit_layout(self) -> None:
        if not is_admin(self.ctx) or self.running:
            return
        from packstation.ui.screens.carrier.layout_dialog import CarrierLayoutDialog

        dialog = CarrierLayoutDialog(self.ctx, self.carrier_key(),
                                     self.account_name(), self)
        dialog.saved.connect(lambda _name: self.carrier_changed())
        dialog.open()


class TrackingImportDialog(_CarrierForm):
    """The carrier's issued-data CSV → tracking numbers; the orders move to shipped."""

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        self.setMinimumSize(1000, 640)
        self.report_box = QPlainTextEdit(objectName="result")
        self.report_box.setReadOnly(True)
        self.import_button = QPushButton(objectName="import")
        self.import_button.setDefault(True)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.bar)
        col.addWidget(self.summary)
        col.addWidget(self.report_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        col.addLayout(buttons)
        self.browse.clicked.connect(self._browse)
        self.import_button.clicked.connect(self.start)
        self.retranslate()
        self.carrier_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import tracking numbers"))
        self.translate_form(self.tr("Issued-data CSV"))
        self.import_button.setText(self.tr("Check and import (Enter)"))
        self.path.setPlaceholderText(
            self.tr("The CSV the carrier software exports after printing the labels"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the issued-data CSV"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def start(self) -> None:
        path = Path(self.path.text().strip())
        if self.running:
            return
        if not path.is_file():
            self.summary.setText(self.tr("Choose the CSV file first."))
            return
        carriers, carrier = self.ctx.require_services().carrier, self.carrier_key()
        account, actor = self.account_name(), self.actor_id()

        def work() -> carrier_tracking.TrackingReport:
            return carriers.import_tracking(carrier, path.read_bytes(), source=path.name,
                                            account=account, actor_id=actor)
        self.set_running(True)
        self.summary.setText(self.tr("Checking every row…"))
        self.report_box.clear()
        self.ctx.tasks.work.submit(work, self._done, self._failed)

    def _done(self, report: carrier_tracking.TrackingReport) -> None:
        self.set_running(False)
        self.summary.setText(
            self.tr("%1 orders shipped with their tracking numbers; %2 already had them.")
            .replace("%1", str(report.shipped)).replace("%2", str(report.already)))

    def _failed(self, error: BaseException) -> None:
        self.set_running(False)
        if isinstance(error, BadInput):
            self.summary.setText(self.tr("Nothing was imported. Fix these %n problem(s) and "
                                         "import again:", "", len(error.problems)))
            self.report_box.setPlainText(problems_text(error))
        else:
            self.summary.setText(describe(error))
