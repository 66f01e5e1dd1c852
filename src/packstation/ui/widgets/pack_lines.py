"""The open order's lines: every line of an order of up to 8 lines visible without scrolling
at 1366×768; finished lines green, the current line highlighted and scrolled into view; the
counts large enough to read from two metres."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from packstation.services.dto import LineView
from packstation.ui.models import Column, Index, TableModel

VISIBLE_LINES = 8  # lines shown whole without scrolling
ROW_PX = 38
COUNT_PX = 28  # ordered / scanned / left: read from two metres
NAME_PX = 20
FINISHED = QColor("#c8e6c9")  # green: every unit of the line is in the box
CURRENT = QColor("#fff176")  # yellow: the line the last scan went to

COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("PackColumns", "SKU"), lambda ln: ln.sku),
    (QT_TRANSLATE_NOOP("PackColumns", "Product"), lambda ln: ln.name_ja),
    (QT_TRANSLATE_NOOP("PackColumns", "Ordered"), lambda ln: ln.qty),
    (QT_TRANSLATE_NOOP("PackColumns", "Scanned"), lambda ln: ln.scanned_qty),
    (QT_TRANSLATE_NOOP("PackColumns", "Left"), lambda ln: max(ln.qty - ln.scanned_qty, 0)),
]
_COUNTS = (2, 3, 4)


class PackLinesModel(TableModel):
    def __init__(self) -> None:
        super().__init__("PackColumns", COLUMNS)
        self.current: int | None = None  # line_no of the highlighted line
        self.english = False  # show name_en where the product has one
        self._count_font = _font(COUNT_PX, bold=True)
        self._name_font = _font(NAME_PX, bold=False)
        self._current_font = _font(NAME_PX, bold=True)

    def show_lines(self, lines: tuple[LineView, ...], current: int | None) -> None:
        self.current = current
        self.set_rows(list(lines))

    def update_line(self, line: LineView) -> int | None:
        """One line changed (a scan): repaint it and the previously current one only."""
        row = next((i for i, r in enumerate(self.rows) if r.line_no == line.line_no), None)
        if row is None:
            return None
        before = next((i for i, r in enumerate(self.rows) if r.line_no == self.current), None)
        self.current = line.line_no
        self.replace_row(row, line)
        if before is not None and before != row:
            self.dataChanged.emit(self.index(before, 0), self.index(before, len(COLUMNS) - 1))
        return row

    def row_of(self, line_no: int | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.line_no == line_no), None)

    def name(self, line: LineView) -> str:
        """The product's name in the screen's language (English where the product has one)."""
        return line.name_en if self.english and line.name_en else line.name_ja

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: LineView = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
            return self.name(line)
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.line_no == self.current:
                return CURRENT
            return FINISHED if line.scanned_qty >= line.qty else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#000000")
        if role == Qt.ItemDataRole.FontRole:
            if index.column() in _COUNTS:
                return self._count_font
            return self._current_font if line.line_no == self.current else self._name_font
        return super().data(index, role)


class PackLinesView(QTableView):
    def __init__(self, model: PackLinesModel) -> None:
        super().__init__(objectName="pack_lines")
        self.setModel(model)
        self.lines = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_PX)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in _COUNTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, 110)
        self.setColumnWidth(0, 170)
        self.setWordWrap(False)
        # Room for the header and 8 whole lines, nothing more: the rest of the screen is the
        # banner's and the badges'.
        self.setMinimumHeight(header.sizeHint().height() + VISIBLE_LINES * ROW_PX + 4)

    def show_current(self) -> None:
        row = self.lines.row_of(self.lines.current)
        if row is not None:
            self.scrollTo(self.lines.index(row, 0),
                          QAbstractItemView.ScrollHint.EnsureVisible)


def _font(px: int, *, bold: bool) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font
