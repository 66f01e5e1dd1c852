"""An order's detail: header, ship-to and lines (with the missing-dimensions flag)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from packstation.services.dto import LineView, OrderDetail
from packstation.ui.models import Column, TableModel, cool_text, status_text
from packstation.ui.widgets.base import Dialog

_LINE_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("LineColumns", "Line"), lambda ln: ln.line_no),
    (QT_TRANSLATE_NOOP("LineColumns", "SKU"), lambda ln: ln.sku),
    (QT_TRANSLATE_NOOP("LineColumns", "Product"), lambda ln: ln.name_ja),
    (QT_TRANSLATE_NOOP("LineColumns", "Qty"), lambda ln: ln.qty),
    (QT_TRANSLATE_NOOP("LineColumns", "Scanned"), lambda ln: ln.scanned_qty),
    (QT_TRANSLATE_NOOP("LineColumns", "Dimensions"), lambda ln: _dims_flag(ln)),  # noqa: PLW0108
]


def _dims_flag(line: LineView) -> str:
    from PySide6.QtCore import QCoreApplication

    if line.missing_measurements:
        return QCoreApplication.translate("LineColumns", "⚠ size/weight missing")
    return ""


class OrderDetailDialog(Dialog):
    def __init__(self, detail: OrderDetail, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.detail = detail
        self.setMinimumSize(900, 600)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.lines = TableModel("LineColumns", _LINE_COLUMNS)
        self.lines.set_rows(list(detail.lines))
        table = QTableView(objectName="lines")
        table.setModel(self.lines)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(table, 1)
        col.addWidget(self.close_button)
        self.retranslate()

    def _row(self, key: str, label: str, value: str) -> None:
        if key not in self.labels:
            self.labels[key] = QLabel(value, objectName=key)
            self.form.addRow(label, self.labels[key])
        else:
            field_label = self.form.labelForField(self.labels[key])
            if isinstance(field_label, QLabel):
                field_label.setText(label)
            self.labels[key].setText(value)

    def retranslate(self) -> None:
        d, s = self.detail, self.detail.summary
        self.setWindowTitle(self.tr("Order %1").replace("%1", s.order_no))
        flags = [x for x in (cool_text(s.cool), self.tr("Gift") if s.gift else "",
                             self.tr("COD ¥%1").replace("%1", f"{s.cod_yen:,}") if s.cod_yen
                             else "") if x]
        self._row("order_no", self.tr("Order no."), s.order_no)
        self._row("status", self.tr("Status"), status_text(s.status))
        self._row("channel", self.tr("Channel"), s.channel)
        self._row("ship_to", self.tr("Ship to"),
                  f"{s.customer_name}  〒{d.postal_code}  {d.address}")
        self._row("delivery", self.tr("Delivery"),
                  f"{s.delivery_date.isoformat() if s.delivery_date else '—'} {s.time_slot}")
        self._row("flags", self.tr("Handling"), "  ".join(flags) or "—")
        self._row("notes", self.tr("Notes"), d.notes or "—")
        self.close_button.setText(self.tr("Close (Esc)"))
        self.lines.retranslate()
