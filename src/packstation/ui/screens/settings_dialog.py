"""Station settings (admin): idle lock, PIN lockout, typed codes, GS substitute, sound,
language and how long customer data stays. All-or-nothing: a bad value changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from packstation.services import settings as settings_service
from packstation.ui.context import UiContext
from packstation.ui.widgets.settings_form import SettingsForm, number_box


def _camera_choice(current: str) -> QComboBox:
    """Editable: the cameras this PC shows (/dev/video*), or any number, path or URL."""
    import glob

    box = QComboBox(objectName="camera_device")
    box.setEditable(True)
    choices = dict.fromkeys([current, "0", "1", *sorted(glob.glob("/dev/video*"))])
    box.addItems([c for c in choices if c])
    box.setCurrentText(current)
    return box


class SettingsDialog(SettingsForm):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        cfg = ctx.settings or settings_service.Settings()
        self.idle = number_box("idle_lock_minutes", cfg.idle_lock_minutes, "minutes")
        self.failures = number_box("login_max_failures", cfg.login_max_failures, "times")
        self.lockout = number_box("login_lockout_minutes", cfg.login_lockout_minutes, "minutes")
        self.typed = QCheckBox()
        self.typed.setChecked(cfg.allow_typed_codes)
        self.gs = QLineEdit(cfg.gs_substitute)
        self.gs.setMaxLength(4)
        self.volume = number_box("sound_volume", cfg.sound_volume, "percent")
        self.muted = QCheckBox()
        self.muted.setChecked(cfg.sound_muted)
        self.language = QComboBox()
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if cfg.language == "ja" else 1)
        self.retention = number_box("personal_data_retention_days",
                                    cfg.personal_data_retention_days, "days")
        self.camera = _camera_choice(cfg.camera_device)
        self.evidence = QCheckBox()
        self.evidence.setChecked(cfg.camera_evidence)
        self.evidence_days = number_box("camera_evidence_days", cfg.camera_evidence_days, "days")
        # 同梱物 by rule (issue 14): "condition: item" separated by ";" (domain/handling.py)
        self.enclosures = QLineEdit(cfg.enclosure_rules.replace("\n", "; "),
                                    objectName="enclosure_rules")
        # The conditions (first_order, channel=…) are typed as they are; the items translate.
        self.enclosures.setPlaceholderText(self.tr(
            "first_order: first-order flyer; channel=Rakuten: thank-you card"))
        # The shop's calendar (issue 17): days nothing ships; 祝 = Japan's public holidays.
        self.closed_days = QLineEdit(cfg.shop_closed_days, objectName="shop_closed_days")
        self.closed_days.setPlaceholderText("土,日,祝,12-31,01-01")
        self.batch_max = number_box("batch_max_orders", cfg.batch_max_orders, "orders")
        self.pictures = QCheckBox(objectName="picklist_pictures")
        self.pictures.setChecked(cfg.picklist_pictures)
        # 適格請求書発行事業者登録番号 on the 納品書 (issue 17): a number failing the 法人番号
        # check is asked to be confirmed (saved again), not refused: a sole proprietor's has none
        self.registration = QLineEdit(cfg.invoice_registration_no,
                                      objectName="invoice_registration_no")
        self.registration.setPlaceholderText("T1234567890123")
        self.message = QLabel(objectName="error")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(objectName="save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="cancel")
        _, self._labels = self.lay_out_form(
            [w for _, w in self.fields()], self.message, (self.cancel_button, self.save_button),
            scroll=True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Station settings"))
        texts = (self.tr("Lock the station after idle minutes"),
                 self.tr("Wrong PINs before a user is locked"),
                 self.tr("Minutes a locked user waits"),
                 self.tr("Allow hand-typed item codes"),
                 self.tr("Character the scanner sends for GS (FNC1)"),
                 self.tr("Sound volume (%)"), self.tr("Mute sounds"),
                 self.tr("Station language"),
                 self.tr("Days customer addresses are kept after shipping"),
                 self.tr("Camera for scanning (number or device)"),
                 self.tr("Record an evidence video of each order's packing"),
                 self.tr("Days evidence videos are kept"),
                 self.tr("Enclosures by rule (condition: item; …)"),
                 self.tr("Days the shop does not ship (土,日,祝, MM-DD, YYYY-MM-DD)"),
                 self.tr("Most orders in one batch (slots of the sorting rack)"),
                 self.tr("Product pictures on pick lists"),
                 self.tr("Invoice registration number (T and 13 digits)"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def fields(self) -> list[tuple[str, Any]]:
        return [("idle_lock_minutes", self.idle), ("login_max_failures", self.failures),
                ("login_lockout_minutes", self.lockout), ("allow_typed_codes", self.typed),
                ("gs_substitute", self.gs), ("sound_volume", self.volume),
                ("sound_muted", self.muted), ("language", self.language),
                ("personal_data_retention_days", self.retention),
                ("camera_device", self.camera), ("camera_evidence", self.evidence),
                ("camera_evidence_days", self.evidence_days),
                ("enclosure_rules", self.enclosures), ("shop_closed_days", self.closed_days),
                ("batch_max_orders", self.batch_max), ("picklist_pictures", self.pictures),
                ("invoice_registration_no", self.registration)]

    def changes(self) -> dict[str, object]:
        return {
            "idle_lock_minutes": self.idle.value(), "login_max_failures": self.failures.value(),
            "login_lockout_minutes": self.lockout.value(),
            "allow_typed_codes": self.typed.isChecked(), "gs_substitute": self.gs.text(),
            "sound_volume": self.volume.value(), "sound_muted": self.muted.isChecked(),
            "language": self.language.currentData(),
            "personal_data_retention_days": self.retention.value(),
            "camera_device": self.camera.currentText().strip(),
            "camera_evidence": self.evidence.isChecked(),
            "camera_evidence_days": self.evidence_days.value(),
            "enclosure_rules": self.enclosures.text().strip(),
            "shop_closed_days": self.closed_days.text().strip(),
            "batch_max_orders": self.batch_max.value(),
            "picklist_pictures": self.pictures.isChecked(),
            "invoice_registration_no": self.registration.text().strip(),
        }
