"""A lead records a mis-shipment (誤出荷) reported after an order left: claim, return, carrier.
It counts in the mis-shipment rate of the packer who packed the order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.screens.review.models import MISSHIPMENT_KINDS, kind_text
from packstation.ui.widgets.base import Dialog


class MisShipmentDialog(Dialog):
    reported = Signal()

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_no = QLineEdit(objectName="order_no")
        self.kind = QComboBox(objectName="kind")
        for code in MISSHIPMENT_KINDS:
            self.kind.addItem("", code)
        self.note = QLineEdit(objectName="note")
        self.message = QLabel(objectName="error", wordWrap=True)
        self.ok = QPushButton(objectName="save")
        self.ok.setDefault(True)
        self.cancel = QPushButton(objectName="cancel")
        _, self._labels = self.lay_out_form((self.order_no, self.kind, self.note),
                                            self.message, (self.cancel, self.ok), buddies=True)
        self.order_no.returnPressed.connect(self.kind.setFocus)
        self.note.returnPressed.connect(self.submit)
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report a mis-shipment"))
        for label, text in zip(self._labels, (self.tr("&Order no."), self.tr("&Kind"),
                                              self.tr("&Note")), strict=True):
            label.setText(text)
        for i, code in enumerate(MISSHIPMENT_KINDS):
            self.kind.setItemText(i, kind_text(code))
        self.order_no.setPlaceholderText(self.tr("Scan the 納品書 or type the order no."))
        self.note.setPlaceholderText(self.tr("What the customer or carrier reported"))
        self.ok.setText(self.tr("Save (Enter)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def submit(self) -> None:
        review, user = self.ctx.require_services().review, self.ctx.session
        if user is None:
            return
        order_no, kind, note = self.order_no.text(), str(self.kind.currentData()), \
            self.note.text()
        self.ok.setEnabled(False)
        self.ctx.tasks.db.submit(
            lambda: review.report_misshipment(user, order_no, kind, note=note),
            self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.reported.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.message.setText(describe(error))
