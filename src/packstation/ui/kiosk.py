"""Kiosk mode: the station PC runs nothing but packstation, often without a window manager
(X started straight into the app, or a kiosk compositor). Full screen, and the keyboard focus
always comes back to the main window: without a window manager nobody hands it back when a
dialog closes, and the next badge or barcode scan would go nowhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget


class KioskFocus(QObject):
    """Takes the focus back for `window` whenever another window of the app (a dialog, a
    message box) goes away or the focus goes nowhere, unless a dialog or popup is still open
    (those keep it until they close). Qt does not report a closed window's focus as lost when
    no window manager is there, so every hidden top-level window counts."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._focus_changed)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Hide and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.window):
            QTimer.singleShot(0, self.reclaim)
        return False

    def _focus_changed(self, focused: QWindow | None) -> None:
        if focused is None:
            QTimer.singleShot(0, self.reclaim)

    def reclaim(self) -> None:
        if (not self.window.isVisible() or QApplication.activeModalWidget() is not None
                or QApplication.activePopupWidget() is not None
                or QApplication.activeWindow() is not None):
            return
        self.window.raise_()
        self.window.activateWindow()


def enter_kiosk(window: QWidget) -> KioskFocus:
    """Show `window` full screen and keep the keyboard on it."""
    window.showFullScreen()
    keeper = KioskFocus(window)
    window.raise_()
    window.activateWindow()
    return keeper
