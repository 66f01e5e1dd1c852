"""The keyboard focus at start, after a login and after every dialog, with no window manager
(offscreen: nobody hands the focus back). The default behaviour of the main window; kiosk mode
(--kiosk, PACKSTATION_KIOSK=1) only adds full screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from packstation.cli import _parser
from packstation.config import Config
from packstation.ui.kiosk import enter_kiosk
from tests.gui.conftest import log_in


def _focused(window, widget) -> bool:
    return QApplication.activeWindow() is window and QApplication.focusWidget() is widget


def test_the_flag_and_the_station_setting_ask_for_kiosk_mode(monkeypatch) -> None:
    assert _parser().parse_args(["--kiosk"]).kiosk is True
    assert _parser().parse_args([]).kiosk is False
    monkeypatch.setenv("PACKSTATION_KIOSK", "1")
    assert Config.from_env("sqlite:///x.db").kiosk is True
    monkeypatch.setenv("PACKSTATION_KIOSK", "")
    assert Config.from_env("sqlite:///x.db").kiosk is False


def test_at_start_the_badge_field_has_the_keyboard_without_kiosk_mode(qtbot, window) -> None:
    assert not window.isFullScreen()
    qtbot.waitUntil(lambda: _focused(window, window.login.who), timeout=5000)
    window.hide()  # started again while another window of the app is active (e.g. a notice)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    window.show()
    qtbot.waitUntil(lambda: _focused(window, window.login.who), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "sato")  # typed where the keys go
    assert window.login.who.text() == "sato"


def test_after_login_and_after_every_dialog_the_scan_field_has_it(qtbot, window) -> None:
    log_in(qtbot, window, "admin", "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    qtbot.waitUntil(lambda: _focused(window, window.packer.field), timeout=5000)
    for open_dialog in (window.open_settings, window.open_printers,
                        lambda: QMessageBox(QMessageBox.Icon.Warning, "x", "y",
                                            QMessageBox.StandardButton.Ok, window).open()):
        window.lock_button.setFocus()  # the focus elsewhere, e.g. after a click
        open_dialog()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog),
                        timeout=5000)
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d, timeout=5000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: _focused(window, window.packer.field), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "R-1001")  # the next scan lands
    assert window.packer.field.text() == "R-1001"
    assert window.errors == []


def test_kiosk_mode_is_full_screen_and_keeps_the_focus(qtbot, window) -> None:
    enter_kiosk(window)
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    dialog = QDialog()  # a top-level window of the app that takes the focus, then closes
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert window.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login.who, timeout=5000)
    qtbot.keyClicks(window.login.who, "BADGE-0001")
    assert window.login.who.text() == "BADGE-0001"
    assert window.errors == []
