"""Qt item models over service DTOs (never ORM objects)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from packstation.domain.model import OrderStatus

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def status_text(status: OrderStatus) -> str:
    return {
        OrderStatus.OPEN: QCoreApplication.translate("Status", "Open"),
        OrderStatus.PACKING: QCoreApplication.translate("Status", "Packing"),
        OrderStatus.ON_HOLD: QCoreApplication.translate("Status", "On hold"),
        OrderStatus.PACKED: QCoreApplication.translate("Status", "Packed"),
        OrderStatus.SHIPPED: QCoreApplication.translate("Status", "Shipped"),
        OrderStatus.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
    }[status]


def cool_text(cool: str) -> str:
    return {"none": "", "chilled": QCoreApplication.translate("Cool", "Chilled"),
            "frozen": QCoreApplication.translate("Cool", "Frozen")}.get(cool, cool)


# A column: its header (marked with QT_TRANSLATE_NOOP so lupdate finds it; translated when
# shown, so a language switch needs no rebuild) and how to read a row's value.
Column = tuple[object, Callable[[Any], Any]]


class TableModel(QAbstractTableModel):
    """A read-only table: rows of DTOs, columns as (header, getter)."""

    def __init__(self, context: str, columns: Sequence[Column]) -> None:
        super().__init__()
        self._context = context
        self._columns = columns
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def replace_row(self, row: int, value: Any) -> None:
        """One row changed: repaint that row only (a 500-line order must not reset)."""
        self.rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._columns[index.column()][1](self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, str(self._columns[section][0]))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self._columns) - 1))


def _yen(v: int) -> str:
    return f"¥{v:,}" if v else ""


def order_columns() -> list[Column]:
    return [
        (QT_TRANSLATE_NOOP("OrderColumns", "Order no."), lambda o: o.order_no),
        (QT_TRANSLATE_NOOP("OrderColumns", "Status"), lambda o: status_text(o.status)),
        (QT_TRANSLATE_NOOP("OrderColumns", "Channel"), lambda o: o.channel),
        (QT_TRANSLATE_NOOP("OrderColumns", "Prefecture"), lambda o: o.prefecture),
        (QT_TRANSLATE_NOOP("OrderColumns", "Delivery date"),
         lambda o: o.delivery_date.isoformat() if o.delivery_date else ""),
        (QT_TRANSLATE_NOOP("OrderColumns", "Time slot"), lambda o: o.time_slot),
        (QT_TRANSLATE_NOOP("OrderColumns", "COD"), lambda o: _yen(o.cod_yen)),
        (QT_TRANSLATE_NOOP("OrderColumns", "Cool"), lambda o: cool_text(o.cool)),
        (QT_TRANSLATE_NOOP("OrderColumns", "Gift"), lambda o: _yes(o.gift)),
        (QT_TRANSLATE_NOOP("OrderColumns", "Lines"), lambda o: o.line_count),
        (QT_TRANSLATE_NOOP("OrderColumns", "Units"), lambda o: o.unit_count),
        (QT_TRANSLATE_NOOP("OrderColumns", "Customer"), lambda o: o.customer_name),
    ]


def _yes(flag: bool) -> str:
    return QCoreApplication.translate("OrderColumns", "Yes") if flag else ""
