"""Every text a widget tree shows, for the Japanese walk (test_every_screen_in_japanese.py):
labels, buttons, group titles, tab texts, combo items, placeholders, spin box suffixes,
read-only text, window titles, and the headers and cells of item views' models."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

MAX_ROWS = 200  # rows of a model read: enough for every kind of row, not 1000 mis-picks


def plain(text: str) -> str:
    """Rich text (a label with <b>…</b>) as the user reads it."""
    if re.search(r"<[A-Za-z/][^>]*>|&\w+;", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def name_of(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def model_texts(model: QAbstractItemModel, view: QAbstractItemView) -> Iterator[str]:
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model (QListWidget's): one column, private in Qt
        columns = 1
    rows = min(model.rowCount(top), MAX_ROWS)
    header = getattr(view, "horizontalHeader", lambda: None)()
    for c in range(columns):
        if header is None or not header.isSectionHidden(c):
            yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    vertical = getattr(view, "verticalHeader", lambda: None)()
    if vertical is not None and vertical.isVisible():
        for r in range(rows):
            yield str(model.headerData(r, Qt.Orientation.Vertical) or "")
    for r in range(rows):
        for c in range(max(columns, 1)):
            if header is None or not header.isSectionHidden(c):
                value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    yield str(value)


def _combo(w: QComboBox) -> Iterator[str]:
    yield from (w.itemText(i) for i in range(w.count()))
    if w.lineEdit() is not None:
        yield w.lineEdit().placeholderText()


def _line(w: QLineEdit) -> Iterator[str]:
    yield w.placeholderText()
    yield w.text()  # what the app filled in; what a user types is data (shop_data)


def _text_edit(w: QTextEdit | QPlainTextEdit) -> Iterator[str]:
    yield w.placeholderText()
    if w.isReadOnly():
        yield w.toPlainText()


def _spin(w: QAbstractSpinBox) -> Iterator[str]:
    if not isinstance(w, QDateEdit):
        yield from (getattr(w, "prefix", str)(), getattr(w, "suffix", str)(),
                    w.specialValueText())


def _view(w: QAbstractItemView) -> Iterator[str]:
    if w.model() is not None and not isinstance(w, QHeaderView) \
            and not isinstance(w.parent(), QComboBox):
        yield from model_texts(w.model(), w)


# What each kind of widget shows, the first matching kind wins (a QComboBox holds a QLineEdit).
_TEXTS: tuple[tuple[type, Callable[[Any], Iterable[str]]], ...] = (
    (QLabel, lambda w: [plain(w.text())]),
    (QAbstractButton, lambda w: [w.text()]),
    (QGroupBox, lambda w: [w.title()]),
    (QTabBar, lambda w: [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]),
    (QComboBox, _combo),
    (QLineEdit, _line),
    (QTextEdit, _text_edit),
    (QPlainTextEdit, _text_edit),
    (QAbstractSpinBox, _spin),
    (QAbstractItemView, _view),
)


def _own_texts(widget: QWidget) -> Iterator[str]:
    kind = next((texts for kind, texts in _TEXTS if isinstance(widget, kind)), None)
    if kind is not None:
        yield from kind(widget)
    if widget.isWindow():
        yield widget.windowTitle()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) of every widget the user sees under ``root`` (and ``root`` itself)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible():
            for text in _own_texts(widget):
                if text and text.strip():
                    yield name_of(widget), text


# Words that are the same in a Japanese screen: units, key names, file formats, standards,
# carrier product names, and the app's own name. Every other Latin word is English left over.
ALLOWED = frozenset({
    # units and symbols
    "mm", "cm", "kg", "px", "dpi", "ms", "ppm", "JST", "UTC",
    # keys
    "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "Ctrl", "Shift",
    "Alt", "Enter", "Esc", "Tab", "Del", "Space", "PgUp", "PgDn",
    # formats, standards, interfaces
    "CSV", "PDF", "ZPL", "PNG", "JPEG", "GS1", "JAN", "EAN", "UPC", "ITF", "QR", "SKU", "ID",
    "PIN", "USB", "HID", "TCP", "IP", "CUPS", "LAN", "URL", "OK", "KPI", "cp932", "UTF", "BOM",
    "Shift_JIS", "MT", "SICS", "COM", "FAX", "TEL",
    # carrier products and names of things
    "B2", "packstation", "PC", "OS", "RAW", "Excel", "GS", "FNC1",
    # the badge codes' form in an example (例：BADGE-0003)
    "BADGE",
})
# The enclosure rules' own syntax (the settings dialog only), typed as it is.
RULE_WORDS = frozenset({"first_order", "channel", "always", "gift", "cool", "sku"})
# Whole texts kept as they are: the language choices name each language in its own.
KEPT_TEXTS = ("日本語 / English", "English")
# Typed or chosen as they are: file and device paths (/dev/ttyUSB0), sizes (4x6).
KEPT_FORMS = re.compile(r"(?:\b[A-Za-z]:)?[/\\][^\s,]+|\b\d+x\d+\b")


def latin_words(text: str, data: Iterable[str] = ()) -> list[str]:
    """Latin words in ``text`` once the data it shows (SKUs, order numbers, codes) is taken
    out, other than the allowed ones."""
    if text.strip() in KEPT_TEXTS:
        return []
    text = KEPT_FORMS.sub(" ", text)
    for value in sorted({*data, KEPT_TEXTS[0]}, key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]+", text)  # a lone letter: a key (Ctrl+Z), Tシャツ
    return [w for w in words if w not in ALLOWED and not re.fullmatch(r"[A-Z]?\d+\w*", w)]
