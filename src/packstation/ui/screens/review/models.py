"""Tables of the lead's review screen: mis-pick records, look-alike pairs, the packer × hour
heat table of refused scans, and the KPI table. Qt models over service DTOs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from packstation.domain.verdicts import Verdict
from packstation.services.review.dto import MisPickView, PackerHourCount
from packstation.services.review.mispicks import jst_text
from packstation.ui.models import Column, TableModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# The refused verdicts as a warehouse names them (the filter list and the table's column).
REASONS: dict[Verdict, object] = {
    Verdict.WRONG_ITEM: QT_TRANSLATE_NOOP("Reasons", "Wrong item"),
    Verdict.OVER_QUANTITY: QT_TRANSLATE_NOOP("Reasons", "Too many"),
    Verdict.SHORT: QT_TRANSLATE_NOOP("Reasons", "Short at completion"),
    Verdict.UNKNOWN_CODE: QT_TRANSLATE_NOOP("Reasons", "Unknown barcode"),
    Verdict.BAD_CHECK_DIGIT: QT_TRANSLATE_NOOP("Reasons", "Misread (check digit)"),
    Verdict.DUPLICATE_SERIAL: QT_TRANSLATE_NOOP("Reasons", "Serial scanned twice"),
    Verdict.SERIAL_REQUIRED: QT_TRANSLATE_NOOP("Reasons", "Serial not scanned"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("Reasons", "Expired"),
    Verdict.NO_OPEN_ORDER: QT_TRANSLATE_NOOP("Reasons", "No order open"),
    Verdict.LABEL_MISMATCH: QT_TRANSLATE_NOOP("Reasons", "Wrong carrier label"),
    Verdict.TYPING_NOT_ALLOWED: QT_TRANSLATE_NOOP("Reasons", "Typed code refused"),
}

MISSHIPMENT_KINDS: dict[str, object] = {
    "WRONG_ITEM": QT_TRANSLATE_NOOP("Reasons", "Wrong item shipped"),
    "WRONG_QTY": QT_TRANSLATE_NOOP("Reasons", "Wrong quantity shipped"),
    "MISSING": QT_TRANSLATE_NOOP("Reasons", "Item or order not shipped"),
    "WRONG_ADDRESS": QT_TRANSLATE_NOOP("Reasons", "Labels swapped (wrong address)"),
    "WRONG_DOCUMENT": QT_TRANSLATE_NOOP("Reasons", "Another customer's slip in the box"),
    "DAMAGED": QT_TRANSLATE_NOOP("Reasons", "Damaged in transit"),
}


def reason_text(code: Verdict) -> str:
    """A refused scan's verdict as the warehouse says it."""
    text = REASONS.get(code)
    return QCoreApplication.translate("Reasons", str(text)) if text else code


def kind_text(code: str) -> str:
    """A mis-shipment's kind (誤出荷の種類) as the warehouse says it."""
    text = MISSHIPMENT_KINDS.get(code)
    return QCoreApplication.translate("Reasons", str(text)) if text else code


_RESOLUTIONS = {"refused at station": QT_TRANSLATE_NOOP("ReviewColumns", "Stopped at the station")}


def _resolution(v: MisPickView) -> str:
    known = _RESOLUTIONS.get(v.resolution)
    text = QCoreApplication.translate("ReviewColumns", str(known)) if known else v.resolution
    if v.reviewed_at is None:
        return text
    return f"{text} / ✔ {v.reviewed_by}: {v.review_comment}".strip().rstrip(":")


def mispick_columns() -> list[Column]:
    return [
        (QT_TRANSLATE_NOOP("ReviewColumns", "Time (JST)"), lambda v: jst_text(v.at)),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Packer"), lambda v: v.packer),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Order no."), lambda v: v.order_no),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Expected"), lambda v: v.expected_skus),
        (QT_TRANSLATE_NOOP("ReviewColumns", "What was scanned"),
         lambda v: v.scanned_sku or v.scanned_code),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Reason"), lambda v: reason_text(v.verdict)),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Resolution"), _resolution),
    ]


def pair_columns() -> list[Column]:
    return [
        (QT_TRANSLATE_NOOP("ReviewColumns", "Expected"), lambda p: p.expected_sku),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Scanned instead"), lambda p: p.scanned_sku),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Times"), lambda p: p.count),
    ]


def kpi_columns() -> list[Column]:
    return [
        (QT_TRANSLATE_NOOP("ReviewColumns", "Packer"), lambda k: k.packer),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Orders packed"), lambda k: k.orders),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Units"), lambda k: k.units),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Hours worked"), lambda k: k.hours),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Orders / hour"), lambda k: f"{k.orders_per_hour:.1f}"),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Units / hour"), lambda k: f"{k.units_per_hour:.1f}"),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Refused scans"), lambda k: k.refused),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Mis-shipments"), lambda k: k.misshipments),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Mis-ship rate (ppm)"), lambda k: f"{k.misship_ppm:,}"),
    ]


def misshipment_columns() -> list[Column]:
    return [
        (QT_TRANSLATE_NOOP("ReviewColumns", "Reported (JST)"), lambda m: jst_text(m.reported_at)),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Order no."), lambda m: m.order_no),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Kind"), lambda m: kind_text(m.kind)),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Packed by"), lambda m: m.packer),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Reported by"), lambda m: m.reported_by),
        (QT_TRANSLATE_NOOP("ReviewColumns", "Note"), lambda m: m.note),
    ]


class KpiModel(TableModel):
    """Figures right-aligned like a spreadsheet; the last row is the total, in bold, named in
    the language shown now."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        last = index.isValid() and index.row() == len(self.rows) - 1
        if last and role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return QCoreApplication.translate("ReviewColumns", "Total")
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.isValid() and role == Qt.ItemDataRole.FontRole \
                and index.row() == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class HeatModel(QAbstractTableModel):
    """Refused scans: one row per packer, one column per hour of the day in Japan (only the
    hours from the first to the last with any refusal). Darker red = more refusals."""

    def __init__(self) -> None:
        super().__init__()
        self.packers: list[str] = []
        self.hours: list[int] = []
        self.counts: dict[tuple[int, int], int] = {}
        self.peak = 0

    def set_counts(self, counts: list[PackerHourCount]) -> None:
        self.beginResetModel()
        keys = sorted({(c.packer, c.user_id or 0) for c in counts})
        row_of = {key: i for i, key in enumerate(keys)}
        self.packers = [name or "?" for name, _ in keys]
        present = [c.hour for c in counts]
        self.hours = list(range(min(present), max(present) + 1)) if present else []
        self.counts = {}
        for c in counts:
            key = (row_of[(c.packer, c.user_id or 0)], c.hour)
            self.counts[key] = self.counts.get(key, 0) + c.count
        self.peak = max(self.counts.values(), default=0)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.packers)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.hours)

    def count_at(self, row: int, column: int) -> int:
        return self.counts.get((row, self.hours[column]), 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = self.count_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and n:
            strength = n / self.peak if self.peak else 0
            return QColor(198, 40, 40, int(40 + 200 * strength))
        if role == Qt.ItemDataRole.ForegroundRole and n and self.peak and n / self.peak > 0.5:
            return QColor("white")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return f"{self.hours[section]}"
        return self.packers[section]


def review_table(name: str, model: object, multi: bool = False) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move within it
    table.verticalHeader().setDefaultSectionSize(36)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
