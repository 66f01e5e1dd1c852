"""The weighing step on the packer screen: after the order completes, the closed box goes on
the scale (F5) before its label. The scale is read on a worker, never on the UI thread: a
missing, silent or unsettled scale gives a message, not a frozen window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from packstation.domain.model import Role
from packstation.domain.weighing import ScaleError, ScaleReading, WeightVerdict
from packstation.services.packing.dto import ScanResult
from packstation.services.weighing import weigh as weighing
from packstation.ui import weighing_text as text
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.style import AMBER, GREEN, GREY, RED

_COLOURS = {WeightVerdict.OK: GREEN, WeightVerdict.TOO_LIGHT: RED, WeightVerdict.TOO_HEAVY: RED,
            WeightVerdict.OVERRIDDEN: AMBER, WeightVerdict.UNCHECKED: AMBER}


class WeighPanel(QFrame):
    shown = Signal(str, str)  # banner state (ok / error / complete), text
    weighed = Signal(object)  # WeighResult, after it is stored and shown

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("weigh_panel")
        self.order_no: str | None = None
        self.result: weighing.WeighResult | None = None
        self.busy = False
        self.weight = QLabel("— g", objectName="weight")
        self.weight.setMinimumWidth(230)
        self.expected = QLabel(objectName="expected")
        self.status = QLabel(objectName="weigh_status")
        self.status.setWordWrap(True)
        self.button = QPushButton(objectName="weigh")
        self.button.setFocusPolicy(self.button.focusPolicy().NoFocus)  # the scan field keeps it
        self.button.clicked.connect(self.weigh)
        col = QVBoxLayout()
        col.addWidget(self.expected)
        col.addWidget(self.status)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.weight)
        row.addLayout(col, 1)
        row.addWidget(self.button)
        self.setStyleSheet("QFrame#weigh_panel { border: 2px solid #90a4ae; border-radius: 6px;"
                           " background: white; } QLabel#expected { font-size: 18px; }")
        self._paint(GREY)
        self.retranslate()
        self.settings_changed()

    def attach(self, screen: Any) -> None:
        """Wire into the packer screen: its keys, its results, its banner."""
        QShortcut(QKeySequence("F5"), screen, self.weigh)
        QShortcut(QKeySequence("Shift+F5"), screen, lambda: self.open_settings(screen))
        screen.result_shown.connect(self.follow)
        screen.result_shown.connect(lambda _result: screen._show_next())  # after follow()
        self.shown.connect(screen._weigh_shown)

    # -- state --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Weigh (F5)"))
        self._show_prompt()
        if self.result is not None:
            self._show_texts(self.result)

    def settings_changed(self) -> None:
        """Shown only for the weighing step: while packing, the lines keep the room."""
        self.setVisible(self.result is not None or (
            self.order_no is not None and self.scale_kind() != "none"))

    def scale_kind(self) -> str:
        cfg = self.ctx.settings
        return str(getattr(cfg, "scale_kind", "none") or "none")

    def follow(self, result: ScanResult) -> None:
        """Connected to the packer's result_shown: completion starts the weighing step."""
        short_shipped = result.verdict == "OVERRIDDEN" and result.detail == "short_ship"
        if (result.verdict == "COMPLETED" or short_shipped) and result.order_no:
            self.start(result.order_no)
        elif result.verdict in ("OPENED", "LABEL_OK", "ON_HOLD", "UNKNOWN_ORDER"):
            self.reset()

    def reset(self) -> None:
        self.order_no, self.result = None, None
        self.weight.setText("— g")
        self.expected.clear()
        self._paint(GREY)
        self._show_prompt()
        self.settings_changed()

    def start(self, order_no: str) -> None:
        """The order is complete: show what its box should weigh, then wait for F5."""
        self.reset()
        self.order_no = order_no
        self._show_prompt()
        self.settings_changed()
        scale_check, packer = self.ctx.require_services().weighing, self.ctx.packer()

        def shown(result: weighing.WeighResult) -> None:
            if result.order_no == self.order_no and self.result is None:
                self.expected.setText(text.expected_text(result))

        # Read-only (and it may run the box proposal): the work pool, not the scan queue.
        self.ctx.tasks.work.submit(lambda: scale_check.expectation(packer, order_no), shown,
                                   lambda error: self.expected.setText(describe(error)))

    def blocking(self) -> bool:
        """A weighed box outside the tolerance: the label must wait (F9 asks the lead)."""
        return self.result is not None and self.result.stops_label

    def refuse_scan(self) -> bool:
        """While the box is outside the tolerance, the packer does not move on to the next
        order or label: True (and says why) when a scan must wait."""
        if not self.blocking():
            return False
        self._fail(self.tr("The weight is wrong: check the box and weigh again (F5), or ask "
                           "the lead (F9)"))
        return True

    def next_step(self) -> str:
        """What the packer does next, or "" when weighing is not in the way."""
        if self.order_no is None or (self.scale_kind() == "none" and self.result is None):
            return ""
        if self.result is None:
            return self.tr("Next: put the box on the scale and press F5")
        if self.blocking():
            return self.tr("Next: check the box contents and weigh again (F5), or ask the "
                           "lead (F9)")
        return ""

    def weigher(self) -> weighing.Weigher:
        """The scale check with this bench's tolerance and packer."""
        return self.ctx.require_services().weighing.weigher(self.ctx.packer())

    # -- weighing -----------------------------------------------------------------------------
    def weigh(self) -> None:
        if self.busy:
            return
        if self.order_no is None:
            self._fail(self.tr("Complete the order first, then weigh its box"))
            return
        cfg, scale_check = self.ctx.settings, self.ctx.require_services().weighing
        kind, port = self.scale_kind(), str(getattr(cfg, "scale_port", ""))
        baud = int(getattr(cfg, "scale_baud", 9600))
        self.busy = True
        self.button.setEnabled(False)
        self.status.setText(self.tr("Reading the scale…"))
        self.ctx.tasks.work.submit(lambda: scale_check.read_scale(kind, port, baud), self._read,
                                   self._read_failed)

    def _read(self, reading: ScaleReading) -> None:
        self.weight.setText(f"{text.grams(reading.grams)} g")
        order_no, packer = self.order_no, self.ctx.packer()
        scale_check = self.ctx.require_services().weighing
        if order_no is None:
            self._done()
            return
        self.ctx.tasks.db.submit(lambda: scale_check.weigh(packer, order_no, reading),
                                 self.show_result, self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        self._done()
        message = text.scale_error_text(error) if isinstance(error, ScaleError) \
            else describe(error)
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self._paint(RED)
        self.shown.emit("error", message)

    def _done(self) -> None:
        self.busy = False
        self.button.setEnabled(True)

    def show_result(self, result: weighing.WeighResult) -> None:
        self._done()
        if result.order_no != self.order_no:
            return
        self.result = result
        self.weight.setText(f"{text.grams(result.measured_g)} g")
        message = self._show_texts(result)
        self._paint(_COLOURS.get(result.verdict, GREY) if result.verdict else GREY)
        self.setVisible(True)
        state = "error" if result.stops_label else "complete"
        self.shown.emit(state, message)
        self.weighed.emit(result)

    def _show_texts(self, result: weighing.WeighResult) -> str:
        if result.expected_g is not None or result.unweighted:
            self.expected.setText(text.expected_text(result))
        lines = [text.result_text(result)]
        if result.class_change is not None:
            lines.append(text.class_text(result.class_change))
        message = "\n".join(lines)
        self.status.setText(message)
        return message

    # -- the lead's approval ------------------------------------------------------------------
    def request_override(self, parent: Any) -> None:
        from packstation.ui.screens.weight_override import WeightOverrideDialog

        if self.order_no is None or not self.blocking():
            return
        dialog = WeightOverrideDialog(self.ctx, self.order_no, parent)
        dialog.approved_weight.connect(self.show_result)
        dialog.open()

    def open_settings(self, parent: Any) -> None:
        """Admins only: the scale's port, type and the weight tolerance."""
        from packstation.ui.screens.scale_settings import ScaleSettingsDialog

        user = self.ctx.session
        if user is None or not user.role.can(Role.ADMIN):
            self._fail(self.tr("Only an admin may set up the scale"))
            return
        dialog = ScaleSettingsDialog(self.ctx, parent)
        dialog.accepted.connect(self.settings_changed)
        dialog.open()

    # -- looks --------------------------------------------------------------------------------
    def _show_prompt(self) -> None:
        if self.result is not None or self.busy:
            return
        if self.scale_kind() == "none":
            self.status.setText(self.tr("No scale is set up at this station (admin: Shift+F5)"))
        elif self.order_no is None:
            self.status.setText(self.tr("The box is weighed when the order is complete"))
        else:
            self.status.setText(self.tr("Put the closed box on the scale and press F5"))

    def _paint(self, colour: str) -> None:
        self.weight.setStyleSheet(f"font-size: 40px; font-weight: bold; color: {colour};")
        self.status.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {colour};")
