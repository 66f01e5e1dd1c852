"""The lead lets a box outside the weight tolerance go: badge + PIN + a reason code, logged
with who approved it (the packing override dialog, with weight reasons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal

from packstation.services.weighing import weigh as weighing
from packstation.ui.context import UiContext
from packstation.ui.screens.override_dialog import OverrideDialog

_REASONS = {
    "DATA_ERROR": QT_TRANSLATE_NOOP("WeightOverride", "Registered product weight is wrong"),
    "PACKING_MATERIAL": QT_TRANSLATE_NOOP("WeightOverride",
                                          "Extra packing material (cushioning, ice packs)"),
    "VARIABLE_ITEM": QT_TRANSLATE_NOOP("WeightOverride", "The item's weight varies"),
    "OTHER": QT_TRANSLATE_NOOP("WeightOverride", "Other (write a comment)"),
}


class WeightOverrideDialog(OverrideDialog):
    approved_weight = Signal(object)  # weighing.WeighResult

    def __init__(self, ctx: UiContext, order_no: str, parent: Any = None) -> None:
        super().__init__(ctx, order_no, [], parent)
        self.action.clear()
        self.action.addItem(self.tr("Ship at the measured weight"), "accept_weight")
        self.reason.clear()
        for key, label in _REASONS.items():
            self.reason.addItem(QCoreApplication.translate("WeightOverride", str(label)), key)
        self.form.setRowVisible(self.line, False)
        self.form.setRowVisible(self.qty, False)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Lead approval: weight"))

    def submit(self) -> None:
        scale_check, packer = self.ctx.require_services().weighing, self.ctx.packer()
        badge, pin = self.badge.text().strip(), self.pin.text()
        reason, comment = self.reason.currentData(), self.comment.text()
        order_no = self.order_no

        def work() -> weighing.WeighResult:
            return scale_check.override(packer, order_no, badge, pin, reason_code=reason,
                                        comment=comment)

        self.ok.setEnabled(False)
        self.ctx.tasks.db.submit(work, self._weight_done, self._failed)

    def _weight_done(self, result: weighing.WeighResult) -> None:
        self.approved_weight.emit(result)
        self.accept()
