"""Admin › carriers: the code services point to and the name shown everywhere."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from packstation.domain.catalog import CarrierSpec
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.admin.common import (
    message_label,
    problem_report,
    read_only_table,
    shortcut,
    show_message,
)
from packstation.ui.widgets.base import Screen

CARRIER_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ServiceColumns", "Code"), lambda c: c.code),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Carrier"), lambda c: c.name),
]


class CarriersPage(Screen):
    """Carriers: a code the services point to and the name shown everywhere."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = TableModel("ServiceColumns", CARRIER_COLUMNS)
        self.table = read_only_table("carriers", self.model)
        self.table.verticalHeader().setVisible(False)
        self.code = QLineEdit(objectName="carrier_code", maxLength=32)
        self.name = QLineEdit(objectName="carrier_name", maxLength=100)
        self.new_button = QPushButton(objectName="new_carrier")
        self.save_button = QPushButton(objectName="save_carrier")
        self.message = message_label()
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.code)
        form.addRow(self._labels[1], self.name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch()
        row = QHBoxLayout(self)
        row.addWidget(self.table, 1)
        row.addLayout(right, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._fill(cur.row()))
        self.new_button.clicked.connect(self.new_carrier)
        self.save_button.clicked.connect(self.save)
        shortcut("Ctrl+S", self, self.save)
        shortcut("Ctrl+N", self, self.new_carrier)
        self.retranslate()

    def retranslate(self) -> None:
        self._labels[0].setText(self.tr("Carrier code"))
        self._labels[1].setText(self.tr("Carrier name"))
        self.new_button.setText(self.tr("New carrier (Ctrl+N)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.model.retranslate()

    def load(self, select: str = "") -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        keep = select or self.code.text().strip()
        self.ctx.tasks.db.submit(lambda: admin.list_carriers(user),
                                 lambda got: self._loaded(got, keep), self._failed)

    def _loaded(self, carriers: list[CarrierSpec], keep: str) -> None:
        message = self.message.text()
        self.model.set_rows(carriers)
        codes = [c.code for c in carriers]
        if codes:
            self.table.selectRow(codes.index(keep) if keep in codes else 0)
        self.message.setText(message)

    def _fill(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.code.setText(self.model.rows[row].code)
            self.name.setText(self.model.rows[row].name)
            self.message.clear()

    def new_carrier(self) -> None:
        self.table.clearSelection()
        self.code.clear()
        self.name.clear()
        self.message.clear()
        self.code.setFocus()

    def save(self) -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        carrier = CarrierSpec(self.code.text(), self.name.text())
        self.ctx.tasks.db.submit(lambda: admin.save_carrier(user, carrier),
                                 lambda new: self._saved(carrier.code.strip(), new),
                                 self._failed)

    def _saved(self, code: str, new: bool) -> None:
        text = self.tr("Carrier %1 added.") if new else self.tr("Carrier %1 saved.")
        show_message(self.message, text.replace("%1", code), True)
        self.load(code)

    def _failed(self, error: BaseException) -> None:
        show_message(self.message, problem_report(error, {"code": self.tr("Carrier code"),
                                                          "name": self.tr("Carrier name")}),
                     False)
