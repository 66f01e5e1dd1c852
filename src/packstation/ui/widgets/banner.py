"""The verdict banner: one colour and one sentence, readable from two metres.

The sentence shrinks to fit and wraps only at phrase boundaries (fit_text.py). A repeated
identical refusal shows its count (×2, ×3 …) and flashes, so a packer with the sound off
still sees that the scan arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from packstation.ui.style import AMBER, BLUE, GREEN, GREY, RED, banner_css
from packstation.ui.widgets.fit_text import FitLabel

COLOURS = {"ok": GREEN, "error": RED, "complete": BLUE, "idle": GREY, "offer": AMBER}
FLASH = "#ffeb3b"  # the banner's colour for a moment when the same refusal comes again
FLASH_MS = 180


class VerdictBanner(FitLabel):
    def __init__(self) -> None:
        super().__init__(44, 20, object_name="banner")
        self.setMinimumHeight(120)  # readable from two metres; fits a 768-px-high screen
        self.state = "idle"
        self.repeat = 0
        self.flashes = 0  # how many times it flashed (tests, and the log of a bench)
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash.timeout.connect(lambda: self.set_css(banner_css(COLOURS[self.state])))
        self.show_state("idle", "")

    def show_state(self, state: str, text: str, repeat: int = 0) -> None:
        """``repeat`` ≥ 2: the same refusal again, counted on the banner and flashed."""
        self.state, self.repeat = state, repeat
        if repeat >= 2:
            text = f"{text}  ×{repeat}"
            self.flashes += 1
            self.set_css(banner_css(FLASH, text_colour="#000000"))
            self._flash.start()
        else:
            self._flash.stop()
            self.set_css(banner_css(COLOURS[state]))
        self.setText(text)
