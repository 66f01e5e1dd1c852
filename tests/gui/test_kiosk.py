"""Kiosk mode (--kiosk, PACKSTATION_KIOSK=1): full screen, and the keyboard focus comes back to
the main window when a dialog or another window of the app goes away, as no window manager
would hand it back."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from packstation.cli import _parser
from packstation.config import Config
from packstation.ui.kiosk import enter_kiosk


def test_the_flag_and_the_station_setting_ask_for_kiosk_mode(monkeypatch) -> None:
    assert _parser().parse_args(["--kiosk"]).kiosk is True
    assert _parser().parse_args([]).kiosk is False
    monkeypatch.setenv("PACKSTATION_KIOSK", "1")
    assert Config.from_env("sqlite:///x.db").kiosk is True
    monkeypatch.setenv("PACKSTATION_KIOSK", "")
    assert Config.from_env("sqlite:///x.db").kiosk is False


def test_full_screen_and_the_focus_returns_after_a_dialog(qtbot, window) -> None:
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
    window.login.who.setFocus()
    qtbot.keyClicks(window.login.who, "BADGE-0001")
    assert window.login.who.text() == "BADGE-0001"
    assert window.errors == []
