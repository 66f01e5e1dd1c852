"""The scan field: takes keyboard-wedge scanners as they really behave.

A scanner types 5–10 ms per character and ends with Enter or Tab; a person types 80 ms and more.
The field times the keystrokes of each code and reports whether it was scanned or typed. The
Japanese IME is switched off here; full-width input and AIM prefixes are normalised by the
domain parser.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

# A code whose median gap between keystrokes is above this was typed by hand.
TYPED_GAP_S = 0.035


class ScanField(QLineEdit):
    scanned = Signal(str, bool)  # code, typed by hand
    empty_enter = Signal()  # Enter with nothing scanned: a screen may give it a meaning

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan")
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # IME off
        self.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly
                                 | Qt.InputMethodHint.ImhNoPredictiveText)
        self.setStyleSheet("font-size: 28px; min-height: 56px;")
        self._stamps: list[float] = []
        self.clock = time.monotonic  # tests may replace it

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z means "undo the last scan" on the packer screen, not "undo typing" here.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo)):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self._finish()
            return
        if event.text() and event.text().isprintable():
            self._stamps.append(self.clock())
        super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab ends a scan here; it must not move the focus away

    def _finish(self) -> None:
        code = self.text()
        typed = self._was_typed()
        self.clear()
        self._stamps = []
        if code.strip():
            self.scanned.emit(code, typed)
        else:
            self.empty_enter.emit()

    def _was_typed(self) -> bool:
        gaps = sorted(b - a for a, b in zip(self._stamps, self._stamps[1:], strict=False))
        if not gaps:
            return True  # pasted or one key: not a scanner
        return gaps[len(gaps) // 2] > TYPED_GAP_S
