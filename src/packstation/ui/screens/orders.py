"""Order list: search by order no., customer name or SKU; open an order's detail."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from packstation.domain.model import OrderStatus, Role
from packstation.services.dto import OrderSummary
from packstation.ui.context import UiContext
from packstation.ui.models import TableModel, order_columns
from packstation.ui.screens.printing.picklists import PickListPrinter
from packstation.ui.widgets.base import Screen

# (filter key, statuses); the labels are set in retranslate()
_FILTERS: list[tuple[str, tuple[OrderStatus, ...]]] = [
    ("todo", (OrderStatus.OPEN, OrderStatus.PACKING, OrderStatus.ON_HOLD)),
    ("open", (OrderStatus.OPEN,)),
    ("on_hold", (OrderStatus.ON_HOLD,)),
    ("packed", (OrderStatus.PACKED,)),
    ("shipped", (OrderStatus.SHIPPED,)),
    ("all", ()),
]


class OrdersScreen(Screen):
    order_chosen = Signal(str)  # order_no: open its detail
    import_requested = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._request = 0
        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(objectName="filter")
        for _ in _FILTERS:
            self.filter.addItem("")
        self.model = TableModel("OrderColumns", order_columns())
        self.table = QTableView(objectName="orders")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several orders (Shift+arrows, Ctrl+A) for their pick lists; Enter opens the current one
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(objectName="hint")
        self.open_button = QPushButton(objectName="open")
        self.import_button = QPushButton(objectName="import")
        self.refresh_button = QPushButton(objectName="refresh")
        self.carrier_button = QPushButton(objectName="carrier_export")
        self.tracking_button = QPushButton(objectName="tracking_import")
        self.picklist_button = QPushButton(objectName="picklists")
        self.entry_button = QPushButton(objectName="order_entry")
        self.batch_button = QPushButton(objectName="new_batch")
        self.print_status = QLabel(objectName="print_status")
        self.print_status.setWordWrap(True)
        self.pick_lists = PickListPrinter(ctx, self)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        col = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.refresh_button)
        col.addLayout(bar)
        col.addWidget(self.table, 1)
        col.addWidget(self.print_status)
        # Two rows: the lead's work (phone orders, batches, pick lists) above the hand-off and
        # the list's own buttons; on one row they would widen the window past 1366 pixels.
        lead = QHBoxLayout()
        lead.addStretch()
        for button in (self.entry_button, self.batch_button, self.picklist_button):
            lead.addWidget(button)
        col.addLayout(lead)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        for button in (self.carrier_button, self.tracking_button, self.import_button,
                       self.open_button):
            bottom.addWidget(button)
        col.addLayout(bottom)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_entered)
        self._debounce.timeout.connect(self.refresh)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.activated.connect(lambda idx: self._choose(idx.row()))
        self.open_button.clicked.connect(lambda: self._choose(self.table.currentIndex().row()))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.import_requested.emit)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.carrier_button.clicked.connect(self.open_carrier_export)
        self.tracking_button.clicked.connect(self.open_tracking_import)
        self.picklist_button.clicked.connect(self.print_pick_lists)
        self.entry_button.clicked.connect(self.open_order_entry)
        self.batch_button.clicked.connect(self.open_new_batch)
        self.pick_lists.changed.connect(self._show_print_status)
        for keys, action in (("Ctrl+Shift+L", self.print_pick_lists),
                             ("Ctrl+Shift+N", self.open_order_entry),
                             ("Ctrl+Shift+G", self.open_new_batch),
                             ("Ctrl+E", self.open_carrier_export),
                             ("Ctrl+T", self.open_tracking_import)):
            QShortcut(QKeySequence(keys), self, action,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search: order no., customer name or SKU (Ctrl+F)"))
        labels = [self.tr("To do (open, packing, on hold)"), self.tr("Open"),
                  self.tr("On hold"), self.tr("Packed"), self.tr("Shipped"), self.tr("All")]
        for i, label in enumerate(labels):
            self.filter.setItemText(i, label)
        self.open_button.setText(self.tr("Open detail (Enter)"))
        self.import_button.setText(self.tr("Import CSV… (Ctrl+I)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.carrier_button.setText(self.tr("Carrier CSV… (Ctrl+E)"))
        self.tracking_button.setText(self.tr("Tracking numbers… (Ctrl+T)"))
        self.picklist_button.setText(self.tr("Print pick lists (Ctrl+Shift+L)"))
        self.entry_button.setText(self.tr("Phone / FAX order… (Ctrl+Shift+N)"))
        self.batch_button.setText(self.tr("New batch… (Ctrl+Shift+G)"))
        self.picklist_button.setToolTip(self.tr(
            "The selected orders' pick lists, lines in shelf order, on the 納品書 printer "
            "(Shift+arrows or Ctrl+A select several)"))
        self.model.retranslate()
        self._show_count()

    def set_can_import(self, allowed: bool) -> None:
        self.import_button.setVisible(allowed)

    def _can_hand_off(self) -> bool:
        user = self.ctx.session
        return self.ctx.services is not None and user is not None and user.role.can(Role.LEAD)

    def open_carrier_export(self) -> None:
        """Carrier CSV for the carrier software (lead or admin)."""
        if self._can_hand_off():
            from packstation.ui.screens.carrier.dialogs import CarrierExportDialog

            dialog = CarrierExportDialog(self.ctx, self)
            dialog.finished.connect(lambda _r: self.refresh())
            dialog.open()

    def open_tracking_import(self) -> None:
        if self._can_hand_off():
            from packstation.ui.screens.carrier.dialogs import TrackingImportDialog

            dialog = TrackingImportDialog(self.ctx, self)
            dialog.finished.connect(lambda _r: self.refresh())
            dialog.open()

    def selected_orders(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and 0 <= self.table.currentIndex().row() < len(self.model.rows):
            rows = [self.table.currentIndex().row()]
        return [self.model.rows[r].order_no for r in rows if r < len(self.model.rows)]

    def open_order_entry(self) -> None:
        """A phone or FAX order typed in (lead or admin); the list shows it once saved."""
        if not self._can_hand_off():
            return
        from packstation.ui.screens.order_entry import OrderEntryDialog

        dialog = OrderEntryDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._entered(dialog.saved_order_no))
        dialog.open()

    def open_new_batch(self) -> None:
        """Group open orders into a batch and print its total pick list (lead or admin)."""
        if not self._can_hand_off():
            return
        from packstation.ui.screens.batch_dialog import BatchDialog

        dialog = BatchDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def _entered(self, order_no: str) -> None:
        self.search.setText(order_no)
        self.refresh()

    def print_pick_lists(self) -> None:
        """The selected orders' pick lists through the print queue (lead or admin)."""
        order_nos = self.selected_orders()
        if self._can_hand_off() and order_nos:
            self.pick_lists.send(order_nos)

    def _show_print_status(self, text: str, failed: bool) -> None:
        self.print_status.setText(text)
        self.print_status.setProperty("state", "error" if failed else "")
        self.print_status.setStyleSheet(
            "color: white; background: #c62828; font-size: 20px; font-weight: bold; "
            "padding: 6px;" if failed else "font-size: 18px;")

    def refresh(self) -> None:
        services = self.ctx.services
        for button in (self.carrier_button, self.tracking_button, self.picklist_button,
                       self.entry_button, self.batch_button):
            button.setVisible(self._can_hand_off())
        if services is None:
            return
        self._request += 1
        request, text = self._request, self.search.text()
        statuses = _FILTERS[max(self.filter.currentIndex(), 0)][1]
        self.ctx.tasks.db.submit(lambda: services.orders.search(text, statuses),
                                 lambda rows: self._show(request, rows))

    def _show(self, request: int, rows: list[OrderSummary]) -> None:
        if request != self._request:
            return  # a newer search is on its way; don't flash stale rows
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n order(s)", "", len(self.model.rows)))

    def _search_entered(self) -> None:
        """A scanned order number opens the order straight away when it is the only hit."""
        self._debounce.stop()
        self.refresh()
        self.table.setFocus()

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.order_chosen.emit(self.model.rows[row].order_no)

    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._choose(self.table.currentIndex().row())
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
