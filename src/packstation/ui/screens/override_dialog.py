"""The lead's approval: badge scan + PIN + a reason code, for short-ship, quantity change or
skipping the label check. Everything is logged with who approved it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from packstation.domain.errors import BadInput, InputProblem
from packstation.services.dto import LineView
from packstation.services.packing.api import OverrideRequest
from packstation.services.packing.dto import ScanResult
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.screens.admin.common import problem_report
from packstation.ui.widgets.base import Dialog
from packstation.ui.widgets.number_field import NumberField, read_numbers

_ACTIONS = {
    "short_ship": QT_TRANSLATE_NOOP("Overrides", "Ship short (items missing)"),
    "qty_change": QT_TRANSLATE_NOOP("Overrides", "Change a line's quantity"),
    "skip_label_check": QT_TRANSLATE_NOOP("Overrides", "Skip the label check"),
}
_REASONS = {
    "STOCK_SHORTAGE": QT_TRANSLATE_NOOP("Overrides", "Out of stock (欠品)"),
    "DAMAGED": QT_TRANSLATE_NOOP("Overrides", "Damaged item"),
    "CUSTOMER_REQUEST": QT_TRANSLATE_NOOP("Overrides", "Customer's request"),
    "DATA_ERROR": QT_TRANSLATE_NOOP("Overrides", "Order data is wrong"),
    "OTHER": QT_TRANSLATE_NOOP("Overrides", "Other (write a comment)"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate("Overrides", str(text))


class OverrideDialog(Dialog):
    approved = Signal(object)  # ScanResult

    def __init__(self, ctx: UiContext, order_no: str, lines: list[LineView],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.order_no, self.lines = ctx, order_no, lines
        self.action = QComboBox(objectName="action")
        for key, text in _ACTIONS.items():
            self.action.addItem(_t(text), key)
        self.reason = QComboBox(objectName="reason")
        for key, text in _REASONS.items():
            self.reason.addItem(_t(text), key)
        self.line = QComboBox(objectName="line")
        for ln in lines:
            self.line.addItem(f"{ln.sku} ({ln.scanned_qty}/{ln.qty})", ln.line_no)
        # What the lead types stays as typed: a spin box would drop a letter silently
        self.qty = NumberField(0, 9999, "units")
        self.qty.setObjectName("qty")
        self.comment = QLineEdit(objectName="comment")
        self.badge = QLineEdit(objectName="badge")
        self.pin = QLineEdit(objectName="pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="error")
        self.message.setWordWrap(True)
        self.ok = QPushButton(objectName="approve")
        self.ok.setDefault(True)
        self.cancel = QPushButton(objectName="cancel")
        self.form, self._labels = self.lay_out_form(
            (self.action, self.reason, self.line, self.qty, self.comment, self.badge, self.pin),
            self.message, (self.cancel, self.ok))
        self.badge.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lead approval"))
        for label, text in zip(self._labels, (
                self.tr("What"), self.tr("Reason"), self.tr("Line"), self.tr("New quantity"),
                self.tr("Comment"), self.tr("Lead's badge"), self.tr("Lead's PIN")), strict=True):
            label.setText(text)
        self.ok.setText(self.tr("Approve"))
        self.cancel.setText(self.tr("Cancel"))

    def submit(self) -> None:
        packing, packer = self.ctx.require_services().packing, self.ctx.packer()
        badge, pin = self.badge.text().strip(), self.pin.text()
        action, reason = self.action.currentData(), self.reason.currentData()
        line_no = self.line.currentData()
        new_qty, unreadable = 0, list[InputProblem]()
        if action == "qty_change":
            numbers, unreadable = read_numbers([("qty", self.qty)])
            new_qty = numbers["qty"]
        if unreadable:
            self.message.setText(problem_report(BadInput(unreadable),
                                                {"qty": self._labels[3].text()}))
            return
        request = OverrideRequest(action, reason, self.comment.text(),
                                  line_no if action == "qty_change" else None,
                                  new_qty if action == "qty_change" else None)
        order_no = self.order_no

        def work() -> ScanResult:
            return packing.override(packer, order_no, badge, pin, request)

        self.ok.setEnabled(False)
        self.ctx.tasks.db.submit(work, self._done, self._failed)

    def _done(self, result: ScanResult) -> None:
        self.approved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.pin.clear()
        self.message.setText(describe(error))
