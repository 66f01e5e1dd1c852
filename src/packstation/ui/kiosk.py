"""Kiosk mode (--kiosk, PACKSTATION_KIOSK=1): the station PC runs nothing but packstation, so
the main window fills the screen. Keeping the keyboard focus without a window manager is the
main window's own behaviour in every mode (ui/focus.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def enter_kiosk(window: QWidget) -> None:
    """Show `window` full screen, active, with the keyboard on it."""
    window.showFullScreen()
    window.raise_()
    window.activateWindow()
