"""Admin: adjust a carrier account's CSV layout (columns, codes, sender, tracking columns).

Starts from the stored layout (or the built-in one); "Save as account" stores it under the name
in the account field, so one carrier can have several accounts (e.g. two B2 contracts).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.carrier_csv import SOURCES, Column, Preset
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.numbers import NumberRule, read_whole
from packstation.services.carrier import export as carrier_export
from packstation.ui.context import UiContext
from packstation.ui.errors import describe, problems_text
from packstation.ui.screens.carrier.dialogs import account_name, account_text
from packstation.ui.widgets.base import Dialog

_SENDER_KEYS = ("name", "phone", "postal_code", "address", "address2")
MAX_BYTES = NumberRule(0, 9999, "bytes", empty_is=0)  # 0 = no limit


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().setDefaultSectionSize(36)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


def _append(table: QTableWidget, values: tuple[str, ...]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for col, value in enumerate(values):
        table.setItem(row, col, QTableWidgetItem(value))


class CarrierLayoutDialog(Dialog):
    saved = Signal(str)  # the account name

    def __init__(self, ctx: UiContext, carrier: str, account: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.carrier = ctx, carrier
        self.setMinimumSize(1100, 760)
        self.preset: Preset | None = None
        self.account = QLineEdit(account_text(account), objectName="account")
        self.header = QCheckBox(objectName="header")
        self.unassigned = QCheckBox(objectName="unassigned")
        self.date_format = QLineEdit(objectName="date_format")
        self.encoding = QComboBox(objectName="encoding")
        self.tracking_order = QLineEdit(objectName="tracking_order")
        self.tracking_number = QLineEdit(objectName="tracking_number")
        self.columns = _table(5)
        self.codes = _table(3)
        self.sender_fields = {k: QLineEdit(objectName=f"sender_{k}") for k in _SENDER_KEYS}
        self.add_column, self.remove_column = QPushButton(), QPushButton()
        self.add_code, self.remove_code = QPushButton(), QPushButton()
        self.save_button = QPushButton(objectName="save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="cancel")
        self.problems = QPlainTextEdit(objectName="problems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(140)
        self.tabs = QTabWidget()
        self._labels: dict[str, QLabel] = {}
        self._layout()
        self._connect()
        self.retranslate()
        carriers = ctx.require_services().carrier
        ctx.tasks.db.submit(lambda: carriers.get_preset(carrier, account),
                            self.show_preset)

    def _layout(self) -> None:
        general = QWidget()
        form = QFormLayout(general)
        for key, field in (("account", self.account), ("header", self.header),
                           ("date", self.date_format), ("encoding", self.encoding),
                           ("unassigned", self.unassigned),
                           ("tracking_order", self.tracking_order),
                           ("tracking_number", self.tracking_number)):
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], field)
        for key, field in self.sender_fields.items():
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], field)
        self.tabs.addTab(general, "")
        self.tabs.addTab(self._with_buttons(self.columns, self.add_column, self.remove_column),
                         "")
        self.tabs.addTab(self._with_buttons(self.codes, self.add_code, self.remove_code), "")
        col = QVBoxLayout(self)
        col.addWidget(self.tabs, 1)
        col.addWidget(self.problems)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        col.addLayout(buttons)

    @staticmethod
    def _with_buttons(table: QTableWidget, add: QPushButton, remove: QPushButton) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(table, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        col.addLayout(row)
        return page

    def _connect(self) -> None:
        self.add_column.clicked.connect(lambda: _append(self.columns, ("", "", "0", "", "")))
        self.remove_column.clicked.connect(lambda: self.columns.removeRow(
            self.columns.currentRow()))
        self.add_code.clicked.connect(lambda: _append(self.codes, ("", "", "")))
        self.remove_code.clicked.connect(lambda: self.codes.removeRow(self.codes.currentRow()))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        for n in range(3):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self,
                      lambda n=n: self.tabs.setCurrentIndex(n))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carrier CSV layout"))
        texts = {"account": self.tr("Account name"), "header": self.tr("Header row"),
                 "date": self.tr("Date format"), "encoding": self.tr("File encoding"),
                 "unassigned": self.tr("Orders with no service"),
                 "tracking_order": self.tr("Tracking file: order no. column"),
                 "tracking_number": self.tr("Tracking file: tracking no. column"),
                 "name": self.tr("Sender name"), "phone": self.tr("Sender phone"),
                 "postal_code": self.tr("Sender postal code"),
                 "address": self.tr("Sender address"),
                 "address2": self.tr("Sender building")}
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.header.setText(self.tr("The file starts with the column names"))
        self.unassigned.setText(self.tr("Export them with this carrier too"))
        current = self.encoding.currentData()
        self.encoding.clear()
        self.encoding.addItem(self.tr("Shift_JIS (cp932)"), "cp932")
        self.encoding.addItem(self.tr("UTF-8 with BOM"), "utf-8-sig")
        self.encoding.setCurrentIndex(max(self.encoding.findData(current), 0))
        for i, text in enumerate((self.tr("General (Ctrl+1)"), self.tr("Columns (Ctrl+2)"),
                                  self.tr("Codes (Ctrl+3)"))):
            self.tabs.setTabText(i, text)
        self.columns.setHorizontalHeaderLabels([
            self.tr("Column name"), self.tr("Source"), self.tr("Max bytes (全角 = 2)"),
            self.tr("Width (full/half)"), self.tr("Fixed value")])
        self.columns.setToolTip(self.tr("Sources: %1").replace(
            "%1", ", ".join(s for s in SOURCES if s)))
        self.codes.setHorizontalHeaderLabels([
            self.tr("Group (service, service_cod, cool, time_slot, payment)"),
            self.tr("Our value"), self.tr("Carrier code")])
        self.add_column.setText(self.tr("Add column"))
        self.remove_column.setText(self.tr("Remove column"))
        self.add_code.setText(self.tr("Add code"))
        self.remove_code.setText(self.tr("Remove code"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    def show_preset(self, preset: Preset) -> None:
        self.preset = preset
        self.header.setChecked(preset.header)
        self.unassigned.setChecked(preset.take_unassigned)
        self.date_format.setText(preset.date_format)
        self.encoding.setCurrentIndex(max(self.encoding.findData(preset.encoding), 0))
        self.tracking_order.setText(preset.tracking_order_column)
        self.tracking_number.setText(preset.tracking_number_column)
        for key, field in self.sender_fields.items():
            field.setText(preset.sender.get(key, ""))
        self.columns.setRowCount(0)
        for c in preset.columns:
            _append(self.columns, (c.header, c.source, str(c.max_bytes), c.width, c.const))
        self.codes.setRowCount(0)
        for group, mapping in preset.codes.items():
            for value, code in mapping.items():
                _append(self.codes, (group, value, code))

    def edited(self) -> Preset:
        return self._read()[0]

    def _read(self) -> tuple[Preset, list[InputProblem]]:
        """The layout as typed, and a problem for each size that is not a number (it reads 0,
        so the layout's other checks still run and every problem is reported at once)."""
        assert self.preset is not None
        columns, unreadable = [], []
        for r in range(self.columns.rowCount()):
            size, problem, fix = read_whole(_cell(self.columns, r, 2), MAX_BYTES)
            if problem is not None:
                unreadable.append(InputProblem(r + 1, self._size_caption(), problem, fix))
            columns.append(Column(_cell(self.columns, r, 0), _cell(self.columns, r, 1),
                                  size or 0, _cell(self.columns, r, 3),
                                  _cell(self.columns, r, 4)))
        codes: dict[str, dict[str, str]] = {}
        for r in range(self.codes.rowCount()):
            group = _cell(self.codes, r, 0)
            if group:
                codes.setdefault(group, {})[_cell(self.codes, r, 1)] = _cell(self.codes, r, 2)
        return dataclasses.replace(
            self.preset, account=account_name(self.account.text().strip()),
            columns=tuple(columns),
            codes=codes, header=self.header.isChecked(),
            take_unassigned=self.unassigned.isChecked(),
            date_format=self.date_format.text().strip() or "%Y/%m/%d",
            encoding=str(self.encoding.currentData() or "cp932"),
            tracking_order_column=self.tracking_order.text().strip(),
            tracking_number_column=self.tracking_number.text().strip(),
            sender={k: f.text().strip() for k, f in self.sender_fields.items()}), unreadable

    def _size_caption(self) -> str:
        item = self.columns.horizontalHeaderItem(2)
        return item.text() if item is not None else "max_bytes"

    def _save(self) -> None:
        if self.preset is None:
            return
        preset, unreadable = self._read()
        if unreadable:  # refused here with the layout's other problems: nothing is saved
            self._failed(BadInput(unreadable + carrier_export.layout_problems(preset),
                                  source=carrier_export.layout_source(preset)))
            return
        carriers, actor = self.ctx.require_services().carrier, self.ctx.session
        self.ctx.tasks.db.submit(lambda: carriers.save_preset(actor, preset),
                                 lambda _r: self._saved(preset.account), self._failed)

    def _saved(self, account: str) -> None:
        self.saved.emit(account)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        text = problems_text(error) if isinstance(error, BadInput) else describe(error)
        self.problems.setPlainText(text)
