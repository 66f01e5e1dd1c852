"""The admin's settings behind the dashboard (docs/kpi.md): the 当日出荷 cutoff per weekday,
the targets drawn on the trends, the shop's old shipping habit the savings are measured
against, and the folder the daily report is written into each day (scheduled.py).
All-or-nothing like every settings form: a bad cutoff names its weekday."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from packstation.services import settings as settings_service
from packstation.ui.context import UiContext
from packstation.ui.widgets.settings_form import SettingsForm, number_box


class DashSettingsDialog(SettingsForm):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        cfg = ctx.settings or settings_service.Settings()
        self.cutoffs = QLineEdit(cfg.cutoff_times, objectName="cutoff_times")
        self.misship = number_box("target_misship_ppm", cfg.target_misship_ppm, "ppm")
        self.errors = number_box("target_errors_per_1000", cfg.target_errors_per_1000,
                                 "per_1000")
        self.same_day = number_box("target_same_day_pct", cfg.target_same_day_pct, "percent")
        self.service = QLineEdit(cfg.baseline_service, objectName="baseline_service")
        self.size_class = QLineEdit(cfg.baseline_size, objectName="baseline_size")
        self.box = QLineEdit(cfg.baseline_box, objectName="baseline_box")
        self.folder = QLineEdit(cfg.daily_report_folder, objectName="daily_report_folder")
        self.at = QLineEdit(cfg.daily_report_at, objectName="daily_report_at")
        self.message = QLabel(objectName="error", wordWrap=True)
        self.save_button = QPushButton(objectName="save", default=True)
        self.cancel_button = QPushButton(objectName="cancel")
        _, self._labels = self.lay_out_form(
            [w for _, w in self.fields()], self.message, (self.cancel_button, self.save_button))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard: cutoffs, targets and baseline"))
        texts = (self.tr("Same-day cutoff per weekday (Mon…Sun, HH:MM, empty = no shipping)"),
                 self.tr("Target mis-shipment rate"),
                 self.tr("Target inspection errors per 1,000 units"),
                 self.tr("Target same-day shipping rate"),
                 self.tr("Baseline: service code (the shop's old habit)"),
                 self.tr("Baseline: size"), self.tr("Baseline: box code"),
                 self.tr("Write the daily report into this folder (empty = no)"),
                 self.tr("… each day after (HH:MM)"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.cutoffs.setPlaceholderText("14:00,14:00,14:00,14:00,14:00,,")
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def fields(self) -> list[tuple[str, Any]]:
        return [("cutoff_times", self.cutoffs), ("target_misship_ppm", self.misship),
                ("target_errors_per_1000", self.errors),
                ("target_same_day_pct", self.same_day), ("baseline_service", self.service),
                ("baseline_size", self.size_class), ("baseline_box", self.box),
                ("daily_report_folder", self.folder), ("daily_report_at", self.at)]

    def changes(self) -> dict[str, object]:
        """The text fields (the numbers are read by SettingsForm.save)."""
        return {"cutoff_times": self.cutoffs.text().strip(),
                "baseline_service": self.service.text().strip(),
                "baseline_size": self.size_class.text().strip(),
                "baseline_box": self.box.text().strip(),
                "daily_report_folder": self.folder.text().strip(),
                "daily_report_at": self.at.text().strip()}
