"""Bench style: big fonts and touch targets, high-contrast verdict colours."""

from __future__ import annotations

GREEN = "#1b8a2f"
RED = "#c62828"
BLUE = "#1565c0"
AMBER = "#b26a00"
GREY = "#455a64"

BASE_CSS = """
* { font-family: "IPAexGothic", "Noto Sans CJK JP", "Yu Gothic UI", "Meiryo", sans-serif; }
QWidget { font-size: 18px; }
QPushButton { min-height: 48px; padding: 6px 18px; font-size: 18px; border-radius: 6px;
              background: #eceff1; border: 2px solid #90a4ae; }
QPushButton:focus { border: 3px solid #1565c0; }
QPushButton:default { background: #1565c0; color: white; }
QLineEdit, QComboBox, QSpinBox { min-height: 44px; font-size: 20px; padding: 2px 8px; }
QLineEdit:focus { border: 3px solid #1565c0; }
QTableView { font-size: 17px; }
QHeaderView::section { font-size: 16px; font-weight: bold; padding: 6px; }
QTabBar::tab { min-height: 40px; padding: 6px 16px; }
QLabel#title { font-size: 30px; font-weight: bold; }
QLabel#error { color: #c62828; font-size: 20px; font-weight: bold; }
QLabel#hint { color: #455a64; font-size: 16px; }
"""


def banner_css(colour: str, text_colour: str = "white") -> str:
    """Colours and box of the verdict banner; its font size is the banner's own (it shrinks
    a long sentence to fit)."""
    return (f"background: {colour}; color: {text_colour}; border-radius: 8px; padding: 12px;")
