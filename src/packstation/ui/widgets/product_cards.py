"""The product the packer just scanned, and for a wrong item the one the order needs beside
it: a picture tells a red shirt from a blue one at a glance. Nothing is shown when no order is
open (never the previous order's picture)."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from packstation import resources
from packstation.ui.widgets.fit_text import FitLabel

PICTURE_PX = 84


@functools.lru_cache(maxsize=64)
def _picture(image_path: str) -> QPixmap:
    """Read once: the same products are scanned again and again."""
    return QPixmap(str(resources.resolve(image_path))) if image_path else QPixmap()


class ProductCard(QFrame):
    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.caption = QLabel(objectName=f"{name}_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.picture = QLabel(objectName=f"{name}_picture")
        self.picture.setFixedSize(PICTURE_PX, PICTURE_PX)
        self.picture.setScaledContents(True)
        self.name = FitLabel(24, 14, object_name=f"{name}_name")
        self.name.setFixedHeight(40)
        self.sku = QLabel(objectName=f"{name}_sku")
        self.sku.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sku.setStyleSheet("font-size: 16px;")
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 2, 4, 2)
        col.setSpacing(2)
        col.addWidget(self.caption)
        col.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.name)
        col.addWidget(self.sku)
        self.image_path = ""

    def show_product(self, sku: str, name: str, image_path: str, caption: str = "",
                     colour: str = "#90a4ae") -> None:
        self.image_path = image_path
        pixmap = _picture(image_path)
        self.picture.setPixmap(pixmap)
        self.picture.setVisible(not pixmap.isNull())
        self.name.setText(name)
        self.sku.setText(sku)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        css = (f"QFrame#{self.objectName()} {{ border: 4px solid {colour}; "
               "border-radius: 6px; background: white; }")
        if css != self.styleSheet():  # a style sheet change re-polishes: not on every scan
            self.setStyleSheet(css)
        self.show()

    def clear(self) -> None:
        self.image_path = ""
        self.picture.setPixmap(QPixmap())
        self.name.setText("")
        self.sku.setText("")
        self.hide()


class ProductCards(QWidget):
    """``held``: what was scanned; ``expected``: shown only for a wrong item."""

    def __init__(self) -> None:
        super().__init__(objectName="products")
        self.held = ProductCard("held")
        self.expected = ProductCard("expected")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.held)
        row.addWidget(self.expected)
        self.clear()

    def clear(self) -> None:
        self.held.clear()
        self.expected.clear()
