"""Admin › carriers: the code services point to and the name shown everywhere."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton

from packstation.domain.catalog import CarrierSpec
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.admin.common import (
    CodedRecordsPage,
    form_with_buttons,
    list_beside_panel,
    message_label,
    shortcut,
    show_message,
)

CARRIER_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ServiceColumns", "Code"), lambda c: c.code),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Carrier"), lambda c: c.name),
]


class CarriersPage(CodedRecordsPage):
    """Carriers: a code the services point to and the name shown everywhere."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, TableModel("ServiceColumns", CARRIER_COLUMNS), "carriers")
        self.code = QLineEdit(objectName="carrier_code", maxLength=32)
        self.name = QLineEdit(objectName="carrier_name", maxLength=100)
        self.new_button = QPushButton(objectName="new_carrier")
        self.save_button = QPushButton(objectName="save_carrier")
        self.message = message_label()
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.code)
        form.addRow(self._labels[1], self.name)
        list_beside_panel(self, self.table,
                          form_with_buttons(form, self.new_button, self.save_button,
                                            self.message))
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

    def list_records(self) -> list[CarrierSpec]:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        carriers: list[CarrierSpec] = admin.list_carriers(user)
        return carriers

    def labels(self) -> dict[str, str]:
        return {"code": self.tr("Carrier code"), "name": self.tr("Carrier name")}

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
