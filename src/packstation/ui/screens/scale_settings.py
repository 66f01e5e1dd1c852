"""Scale settings (admin): which scale, on which port and speed, and the weight tolerance.
"Test" reads the scale once on a worker. All-or-nothing: a bad value changes nothing."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from packstation.domain import platforms
from packstation.domain.weighing import ScaleError, ScaleReading
from packstation.services import settings as settings_service
from packstation.ui import weighing_text as text
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.widgets.settings_form import SettingsForm, number_box

BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class ScaleSettingsDialog(SettingsForm):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        cfg = ctx.settings or settings_service.Settings()
        self.kind = QComboBox(objectName="scale_kind")
        for key in platforms.scale_kinds(sys.platform):  # HID scales: Linux only
            self.kind.addItem("", key)
        self.kind.setCurrentIndex(max(self.kind.findData(cfg.scale_kind), 0))
        self.port = QLineEdit(cfg.scale_port, objectName="scale_port")
        self.port.setPlaceholderText(
            "COM3" if platforms.is_windows(sys.platform) else "/dev/ttyUSB0, /dev/hidraw0")
        self.baud = QComboBox(objectName="scale_baud")
        for baud in BAUDS:
            self.baud.addItem(str(baud), baud)
        self.baud.setCurrentIndex(max(self.baud.findData(cfg.scale_baud), 0))
        self.percent = number_box("weight_tolerance_pct", cfg.weight_tolerance_pct, "percent")
        self.min_g = number_box("weight_tolerance_min_g", cfg.weight_tolerance_min_g, "g")
        self.message = QLabel(objectName="error")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(objectName="test")
        self.save_button = QPushButton(objectName="save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="cancel")
        _, self._labels = self.lay_out_form(
            [w for _, w in self.fields()], self.message,
            (self.cancel_button, self.save_button), (self.test_button,))
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scale settings"))
        for i, name in enumerate((self.tr("No scale"), self.tr("Serial scale (MT-SICS)"),
                                  self.tr("USB scale (HID)"))):
            self.kind.setItemText(i, name)
        for label, caption in zip(self._labels, (
                self.tr("Scale"), self.tr("Port (USB scale: empty = the first found)"),
                self.tr("Speed (baud)"), self.tr("Tolerance: percent of the expected weight"),
                self.tr("Tolerance: at least (g)")), strict=True):
            label.setText(caption)
        self.test_button.setText(self.tr("Test the scale"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def fields(self) -> list[tuple[str, Any]]:
        return [("scale_kind", self.kind), ("scale_port", self.port), ("scale_baud", self.baud),
                ("weight_tolerance_pct", self.percent), ("weight_tolerance_min_g", self.min_g)]

    def changes(self) -> dict[str, object]:
        return {"scale_kind": self.kind.currentData(), "scale_port": self.port.text().strip(),
                "scale_baud": self.baud.currentData(),
                "weight_tolerance_pct": self.percent.value(),
                "weight_tolerance_min_g": self.min_g.value()}

    def test(self) -> None:
        scale_check, c = self.ctx.require_services().weighing, self.changes()
        kind, port, baud = str(c["scale_kind"]), str(c["scale_port"]), int(str(c["scale_baud"]))
        self.test_button.setEnabled(False)
        self.message.setText(self.tr("Reading the scale…"))
        self.ctx.tasks.work.submit(lambda: scale_check.read_scale(kind, port, baud), self._tested,
                                   self._test_failed)

    def _tested(self, reading: ScaleReading) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(self.tr("The scale answers: %1 g").replace(
            "%1", text.grams(reading.grams)))

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(text.scale_error_text(error) if isinstance(error, ScaleError)
                             else describe(error))
