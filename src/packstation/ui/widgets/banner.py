"""The verdict banner: one colour and one sentence, readable from two metres."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from packstation.ui.style import BLUE, GREEN, GREY, RED, banner_css

COLOURS = {"ok": GREEN, "error": RED, "complete": BLUE, "idle": GREY}


class VerdictBanner(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(120)  # readable from two metres; fits a 768-px-high screen
        self.state = "idle"
        self.show_state("idle", "")

    def show_state(self, state: str, text: str) -> None:
        self.state = state
        self.setStyleSheet(banner_css(COLOURS[state]))
        self.setText(text)
