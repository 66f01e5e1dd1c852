"""The keyboard focus stays with the main window, with or without a window manager.

A station PC often runs nothing but packstation, without a window manager (X started straight
into the app, a kiosk compositor), and even with one a scan must never go nowhere. So, always
(not only in kiosk mode): at start and after a login the main window activates itself and puts
the focus on the screen's scan field; when a dialog or message box of the app closes, it takes
the focus back (nobody else would hand it back) and, on the packing screen, gives it to the
scan field again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class FocusKeeper(QObject):
    """Takes the focus back for `window` whenever another window of the app goes away or the
    focus goes nowhere, unless a dialog or popup is still open (those keep it until they
    close). Qt does not report a closed window's focus as lost when no window manager is
    there, so every hidden top-level window counts. `home` names the field the focus goes to
    after a dialog (None: leave it where Qt put it back)."""

    def __init__(self, window: QWidget, home: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self.window, self.home = window, home
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._focus_changed)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QDialog)
                and watched.isWindow()):  # a dialog that opens takes the keys: nobody else
            QTimer.singleShot(0, watched, lambda: self.give(watched))  # would hand them over
        if (event.type() == QEvent.Type.Hide and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.window):
            after_dialog = isinstance(watched, QDialog)
            QTimer.singleShot(0, self, lambda: self.reclaim(after_dialog))
        return False

    @staticmethod
    def give(dialog: QDialog) -> None:
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()

    def _focus_changed(self, focused: QWindow | None) -> None:
        if focused is None:
            QTimer.singleShot(0, self, self.reclaim)

    def reclaim(self, after_dialog: bool = False) -> None:
        if (not self.window.isVisible() or QApplication.activeModalWidget() is not None
                or QApplication.activePopupWidget() is not None):
            return
        active = QApplication.activeWindow()
        if active is not None and active is not self.window:
            return  # another window of the app has it (a dialog that is not modal)
        if active is None:
            self.window.raise_()
            self.window.activateWindow()
        if after_dialog or active is None:
            self.to_home()

    def take(self) -> None:
        """At start and after a login: the window, then its scan field."""
        self.window.raise_()
        self.window.activateWindow()
        self.to_home()

    def to_home(self) -> None:
        field = self.home()
        if field is not None and field.isVisible() and field.isEnabled():
            field.setFocus()
