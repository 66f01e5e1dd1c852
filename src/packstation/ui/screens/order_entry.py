"""Phone and FAX orders (電話・FAX注文, issue 20): a lead or an admin types the order while the
customer is on the line. Keyboard only: Tab through the fields, a product by code, JAN or part
of its name then Enter, Delete removes the selected line, Ctrl+S saves. Every problem is shown
at once beside its field's name, and the form keeps what was typed."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import render
from packstation.services.imports.order_entry import CHANNELS, EnteredOrder, ProductChoice
from packstation.ui.context import UiContext
from packstation.ui.errors import tr_message
from packstation.ui.widgets.base import Dialog

JST = timezone(timedelta(hours=9))
# Each form field's caption (also how a problem names it); context "OrderEntry".
CAPTIONS = {
    "order_no": QT_TRANSLATE_NOOP("OrderEntry", "Order no."),
    "channel": QT_TRANSLATE_NOOP("OrderEntry", "Received by"),
    "ship_name": QT_TRANSLATE_NOOP("OrderEntry", "Recipient"),
    "company": QT_TRANSLATE_NOOP("OrderEntry", "Company"),
    "phone": QT_TRANSLATE_NOOP("OrderEntry", "Phone"),
    "postal_code": QT_TRANSLATE_NOOP("OrderEntry", "Postal code"),
    "prefecture": QT_TRANSLATE_NOOP("OrderEntry", "Prefecture"),
    "address1": QT_TRANSLATE_NOOP("OrderEntry", "Address"),
    "address2": QT_TRANSLATE_NOOP("OrderEntry", "Building"),
    "delivery_date": QT_TRANSLATE_NOOP("OrderEntry", "Delivery date"),
    "time_slot": QT_TRANSLATE_NOOP("OrderEntry", "Time slot"),
    "cool": QT_TRANSLATE_NOOP("OrderEntry", "Cool"),
    "gift": QT_TRANSLATE_NOOP("OrderEntry", "Gift"),
    "cod_yen": QT_TRANSLATE_NOOP("OrderEntry", "COD amount (yen)"),
    "notes": QT_TRANSLATE_NOOP("OrderEntry", "Notes"),
    "sku": QT_TRANSLATE_NOOP("OrderEntry", "Product"),
    "qty": QT_TRANSLATE_NOOP("OrderEntry", "Quantity"),
}
_COOL = (("", QT_TRANSLATE_NOOP("OrderEntry", "None")),
         ("冷蔵", QT_TRANSLATE_NOOP("OrderEntry", "Chilled (冷蔵)")),
         ("冷凍", QT_TRANSLATE_NOOP("OrderEntry", "Frozen (冷凍)")))
_SLOTS = ("", "午前中", "12-14", "14-16", "16-18", "18-20", "18-21", "19-21")


def caption(name: str) -> str:
    return QCoreApplication.translate("OrderEntry", str(CAPTIONS.get(name, name)))


class OrderEntryDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.products: list[ProductChoice] = []
        self.saved_order_no = ""
        self.fields: dict[str, QLineEdit] = {
            name: QLineEdit(objectName=name) for name in (
                "order_no", "ship_name", "company", "phone", "postal_code", "prefecture",
                "address1", "address2", "delivery_date", "cod_yen", "notes")}
        self.channel = QComboBox(objectName="channel")
        self.channel.addItems(list(CHANNELS))
        self.time_slot = QComboBox(objectName="time_slot")
        self.time_slot.setEditable(True)  # the carrier's own spelling is accepted as well
        self.time_slot.addItems(list(_SLOTS))
        self.cool = QComboBox(objectName="cool")
        for _ in _COOL:
            self.cool.addItem("")
        self.gift = QCheckBox(objectName="gift")
        self.product = QLineEdit(objectName="product")
        self.qty = QLineEdit("1", objectName="qty")
        self.add_button = QPushButton(objectName="add_line")
        self.lines = QTableWidget(0, 3, objectName="lines")
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(0, 220)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(objectName="save")
        self.cancel_button = QPushButton(objectName="cancel")
        self.captions: dict[str, QLabel] = {}
        self._layout()
        self._connect()
        self.retranslate()
        self._load()

    # -- building ---------------------------------------------------------------------------
    def _layout(self) -> None:
        self.resize(1340, 740)  # a 1366×768 bench screen, no window manager
        grid = QGridLayout()
        columns = (("order_no", "channel", "ship_name", "company", "phone"),
                   ("postal_code", "prefecture", "address1", "address2", "notes"),
                   ("delivery_date", "time_slot", "cool", "gift", "cod_yen"))
        for i, names in enumerate(columns):
            form = QFormLayout()
            for name in names:
                label = QLabel()
                self.captions[name] = label
                widget = self.fields.get(name) or getattr(self, name)
                label.setBuddy(widget)
                form.addRow(label, widget)
            grid.addLayout(form, 0, i)
        entry = QHBoxLayout()
        self.product_caption, self.qty_caption = QLabel(), QLabel()
        entry.addWidget(self.product_caption)
        entry.addWidget(self.product, 3)
        entry.addWidget(self.qty_caption)
        entry.addWidget(self.qty, 1)
        entry.addWidget(self.add_button)
        col = QVBoxLayout(self)
        col.addLayout(grid)
        col.addLayout(entry)
        col.addWidget(self.lines, 1)
        col.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        col.addLayout(buttons)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)

    def _connect(self) -> None:
        self.product.returnPressed.connect(self.add_line)
        self.qty.returnPressed.connect(self.add_line)
        self.add_button.clicked.connect(self.add_line)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Delete"), self.lines, self.remove_line)
        self.channel.currentTextChanged.connect(lambda _t: self._suggest_number())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Phone / FAX order"))
        for name, label in self.captions.items():
            label.setText(caption(name))
        for i, (_value, text) in enumerate(_COOL):
            self.cool.setItemText(i, QCoreApplication.translate("OrderEntry", str(text)))
        self.gift.setText(self.tr("Gift (prices hidden on the 納品書)"))
        self.product_caption.setText(caption("sku"))
        self.product.setPlaceholderText(self.tr("Code, JAN or part of the name, then Enter"))
        self.fields["delivery_date"].setPlaceholderText(self.tr("e.g. 2026-12-24"))
        self.fields["postal_code"].setPlaceholderText(self.tr("e.g. 100-0001"))
        self.qty_caption.setText(caption("qty"))
        self.add_button.setText(self.tr("Add line (Enter)"))
        self.lines.setHorizontalHeaderLabels(
            [caption("sku"), self.tr("Product name"), caption("qty")])
        self.save_button.setText(self.tr("Save order (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    def _load(self) -> None:
        services = self.ctx.require_services()
        self.ctx.tasks.db.submit(services.imports.product_choices, self._loaded)
        self._suggest_number()

    def _loaded(self, rows: list[ProductChoice]) -> None:
        self.products = rows

    def _suggest_number(self) -> None:
        """A free TEL-/FAX- number, unless the lead typed the shop's own."""
        current = self.fields["order_no"].text()
        if current and not current.startswith(("TEL-", "FAX-")):
            return
        services, channel = self.ctx.require_services(), self.channel.currentText()
        today = datetime.now(UTC).astimezone(JST).date()
        self.ctx.tasks.db.submit(lambda: services.imports.next_order_no(channel, today),
                                 self.fields["order_no"].setText)

    # -- lines ------------------------------------------------------------------------------
    def find_products(self, text: str) -> list[ProductChoice]:
        """An exact SKU or JAN first; otherwise every product whose name or SKU contains the
        text (full-width or half-width alike)."""
        key = unicodedata.normalize("NFKC", text).strip().casefold()
        if not key:
            return []
        exact = [p for p in self.products if key in (p.sku.casefold(), *p.codes)]
        if exact:
            return exact
        return [p for p in self.products if key in unicodedata.normalize(
            "NFKC", f"{p.sku} {p.name_ja} {p.name_en}").casefold()]

    def add_line(self) -> None:
        found = self.find_products(self.product.text())
        if len(found) != 1:
            self._say_lookup(found)
            return
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate((found[0].sku, found[0].name_ja, self.qty.text().strip())):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        self.product.clear()
        self.qty.setText("1")
        self.message.clear()
        self.product.setFocus()

    def _say_lookup(self, found: list[ProductChoice]) -> None:
        if not found:
            self.message.setText(self.tr("No product matches “%1”.").replace(
                "%1", self.product.text()))
        else:
            names = "、".join(f"{p.sku} {p.name_ja}" for p in found[:8])
            self.message.setText(self.tr("%n products match: type more of the code or name.",
                                         "", len(found)) + "\n" + names)

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)

    # -- saving -----------------------------------------------------------------------------
    def entered(self) -> EnteredOrder:
        text = {name: field.text() for name, field in self.fields.items()}
        lines = tuple((self.lines.item(r, 0).text(), self.lines.item(r, 2).text())
                      for r in range(self.lines.rowCount()))
        return EnteredOrder(
            channel=self.channel.currentText(), time_slot=self.time_slot.currentText(),
            cool=_COOL[max(self.cool.currentIndex(), 0)][0],
            gift="1" if self.gift.isChecked() else "", lines=lines, **text)

    def save(self) -> None:
        services, user, order = self.ctx.require_services(), self.ctx.session, self.entered()
        self.save_button.setEnabled(False)
        self.ctx.tasks.db.submit(lambda: services.imports.enter_order(user, order),
                                 lambda _report: self._saved(order.order_no), self._refused)

    def _saved(self, order_no: str) -> None:
        self.saved_order_no = order_no
        self.save_button.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, BadInput):
            self.ctx.show_error(error)
            return
        self.message.setText("\n".join(self._problem(p) for p in error.problems))
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        first = next((p.column for p in error.problems if p.column in self.fields), None)
        if first:
            self.fields[str(first)].setFocus()

    def _problem(self, problem: InputProblem) -> str:
        """「郵便番号：郵便番号ではありません（7桁、例 100-0001）」; a line's field says which."""
        column = problem.column if isinstance(problem.column, str) else ""
        where = caption(column)
        if column in ("sku", "qty") and problem.row is not None:
            where = self.tr("Line %1, %2").replace("%1", str(problem.row - 1)).replace(
                "%2", where)
        text = render(problem.problem, tr_message)
        if problem.fix is not None:
            text += self.tr(" (%1)").replace("%1", render(problem.fix, tr_message))
        return self.tr("%1: %2").replace("%1", where).replace("%2", text)
