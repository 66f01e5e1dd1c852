"""Japanese text that fits its box without a lone kana on a line (禁則).

Qt wraps Japanese between any two characters, so 「…戻してください」 can end with 「い」 alone
on the last line. Here a line may only end at a phrase boundary (after 、。：！？ and closing
brackets, at a space, or between Japanese and Latin text); when the phrases do not fit the
box, the font shrinks until they do. ``text()`` still answers the whole sentence as given.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

_OPEN = "（「『【(["
_CLOSE = "）」』】)]"
_BREAK_AFTER = "、。，．：！？!?,;:" + _CLOSE  # a line may end after these
_NO_LINE_START = _BREAK_AFTER + "ー・…"  # 行頭禁則: these never begin a line
_KANA = re.compile(r"^[\u3040-\u30ff\u30fc]{1,2}[、。！？）」]?$")


def phrases(text: str) -> list[str]:
    """The text cut where a line may end; joined again they give the text back.

    A line may end after punctuation or a closing bracket, before an opening bracket (a
    bracketed group stays whole), and at a space between two Latin words; never inside a
    Japanese phrase, and never so that the next line starts with punctuation."""
    out: list[str] = []
    current, depth = "", 0
    for i, ch in enumerate(text):
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch in _OPEN and depth == 0 and current.strip():
            out.append(current)
            current = ""
        current += ch
        depth += (ch in _OPEN) - (ch in _CLOSE and depth > 0)
        if depth or not after or after in _NO_LINE_START:
            continue
        latin_space = ch == " " and current[:-1][-1:].isascii() and after.isascii()
        if ch in _BREAK_AFTER or latin_space:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out or [text]


def wrap(text: str, fits: Callable[[str], bool]) -> list[str] | None:
    """Lines of whole phrases, each one ``fits``; None when one phrase alone is too wide."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for phrase in phrases(paragraph):
            if fits((line + phrase).rstrip()):
                line += phrase
                continue
            if not line or not fits(phrase.rstrip()):
                return None
            lines.append(line.rstrip())
            line = phrase
        lines.append(line.rstrip())
    return lines


def lone_kana(lines: list[str]) -> bool:
    """A wrapped line of one or two kana only (the defect this module prevents)."""
    return any(_KANA.match(line) for line in lines[1:])


class FitLabel(QLabel):
    """A label whose text shrinks from ``max_px`` down to ``min_px`` to fit its box, wrapped
    only at phrase boundaries. ``set_css`` gives its colours and padding (no font size)."""

    def __init__(self, max_px: int, min_px: int, *, bold: bool = True,
                 object_name: str = "") -> None:
        super().__init__(objectName=object_name)
        self.max_px, self.min_px, self.bold = max_px, min_px, bold
        self.px = max_px
        self._text, self._css = "", ""
        self._last: tuple[str, int, int, str] | None = None
        self._applied_css = ""
        self.lines: list[str] = []
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._fit()

    def set_css(self, css: str) -> None:
        self._css = css
        self._fit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _room(self) -> tuple[int, int]:
        margins = self.contentsMargins()
        pad = 2 * _padding(self._css)
        return (self.width() - margins.left() - margins.right() - pad - 4,
                self.height() - margins.top() - margins.bottom() - pad)

    def _fit(self) -> None:
        """Choose the size and lines; cheap when nothing changed (a scan sets the same next
        step again), and the style sheet is set only when the size or colours change: both
        matter on the scan path (≤ 50 ms from Enter to repaint)."""
        width, height = self._room()
        key = (self._text, width, height, self._css)
        if key == self._last:
            return
        self._last = key
        self.px, self.lines = self._choose(width, height)
        weight = "bold" if self.bold else "normal"
        css = f"{self._css} font-size: {self.px}px; font-weight: {weight};"
        if css != self._applied_css:
            self._applied_css = css
            super().setStyleSheet(css)
        super().setText("\n".join(self.lines))

    def _choose(self, width: int, height: int) -> tuple[int, list[str]]:
        for px in range(self.max_px, self.min_px - 1, -2):
            metrics = _metrics(self.font().family(), px, self.bold)
            lines = wrap(self._text, _fits(metrics, width))
            if lines is not None and len(lines) * metrics.lineSpacing() <= max(height, 0):
                return px, lines
        metrics = _metrics(self.font().family(), self.min_px, self.bold)
        return self.min_px, wrap(self._text, _fits(metrics, width)) or self._text.split("\n")


@functools.lru_cache(maxsize=256)
def _metrics(family: str, px: int, bold: bool) -> QFontMetrics:
    font = QFont(family)
    font.setPixelSize(px)
    font.setBold(bold)
    return QFontMetrics(font)


def _fits(metrics: QFontMetrics, width: int) -> Callable[[str], bool]:
    return lambda line: metrics.horizontalAdvance(line) <= width


def _padding(css: str) -> int:
    found = re.search(r"padding:\s*(\d+)px", css)
    return int(found.group(1)) if found else 0
