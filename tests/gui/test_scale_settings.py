"""The admin's scale settings (Shift+F5): test the scale on its port, save all or nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import log_in, rewire
from tests.scale_sim import SimulatedScale


def _admin(qtbot, window):
    log_in(qtbot, window, "admin", "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    qtbot.waitUntil(lambda: window.ctx.tasks.db.pending == 0, timeout=10000)
    return window.packer


def test_admin_sets_up_and_tests_the_scale(qtbot, window) -> None:
    from packstation.services import settings as settings_service
    from packstation.ui.screens.scale_settings import ScaleSettingsDialog

    packer = _admin(qtbot, window)
    qtbot.keyClick(packer.field, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(packer.findChildren(ScaleSettingsDialog)), timeout=5000)
    (dialog,) = packer.findChildren(ScaleSettingsDialog)
    with SimulatedScale("812.4") as sim:
        dialog.kind.setCurrentIndex(dialog.kind.findData("mtsics"))
        dialog.port.setText(sim.port)
        dialog.percent.setValue(3)
        dialog.min_g.setValue(30)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: "812" in dialog.message.text(), timeout=10000)
        assert dialog.message.text() == "はかりの応答：812 g"
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            dialog.save_button.click()
    saved = settings_service.load(window.app.uow)
    assert (saved.scale_kind, saved.scale_port, saved.weight_tolerance_pct,
            saved.weight_tolerance_min_g) == ("mtsics", sim.port, 3, 30)
    assert window.ctx.settings.scale_kind == "mtsics"
    assert packer.weigh.weigher().rule.percent == 3


def test_a_packer_cannot_open_the_scale_settings(qtbot, window) -> None:
    from packstation.ui.screens.scale_settings import ScaleSettingsDialog
    from tests.gui.test_packer import logged_in_packer

    packer = logged_in_packer(qtbot, window)
    qtbot.keyClick(packer.field, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not packer.findChildren(ScaleSettingsDialog)
    assert "管理者" in packer.banner.text()


def test_bad_values_change_nothing(qtbot, window) -> None:
    import pytest

    from packstation.domain.errors import BadInput
    from packstation.services import settings as settings_service
    from packstation.services.auth import list_users

    admin = next(u for u in list_users(window.app.uow) if u.role == "admin")
    with pytest.raises(BadInput) as caught:
        settings_service.save(window.app.uow, admin, {
            "scale_kind": "mtsics", "scale_baud": 1234, "weight_tolerance_pct": 80})
    assert {p.column for p in caught.value.problems} == {"scale_baud", "weight_tolerance_pct"}
    assert settings_service.load(window.app.uow).scale_kind == "none"


def test_a_networked_station_sets_its_scale_after_the_centre_changed_tolerance(
        qtbot, window) -> None:
    """The dialog shows the settings as they were when the window loaded them; the sync may
    have brought a new central tolerance since. Saving the port sends only the port, so the
    station's refusal of shared settings (services/networked.py) does not get in the way."""
    from packstation.adapters.db.uow import SqlUnitOfWorkFactory
    from packstation.services import settings as settings_service
    from packstation.ui.screens.scale_settings import ScaleSettingsDialog

    packer = _admin(qtbot, window)
    app = window.app
    with app.uow() as uow:  # what the catalogue pull does: the centre's value, written locally
        uow.settings.put("weight_tolerance_pct", 9)
        uow.commit()
    app.uow = SqlUnitOfWorkFactory(app.uow.engine, outbox=True)  # as a networked station's
    rewire(window)
    assert window.ctx.settings.weight_tolerance_pct != 9, "the window still shows the old one"
    qtbot.keyClick(packer.field, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(packer.findChildren(ScaleSettingsDialog)), timeout=5000)
    (dialog,) = packer.findChildren(ScaleSettingsDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("mtsics"))
    dialog.port.setText("/dev/ttyUSB7")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    saved = settings_service.load(app.uow)
    assert (saved.scale_kind, saved.scale_port, saved.weight_tolerance_pct) == (
        "mtsics", "/dev/ttyUSB7", 9), "the port saved, the centre's tolerance kept"
