"""Batch picking from the order list (issue 20): the lead picks which open orders go together
(single-item orders, cool or not, gift, the shop's cutoff, a channel), up to the rack's slots
(the admin's setting), and the total pick list prints on the 納品書 printer at once. A batch
is made even when the printer fails: the failure is said in red and F5 prints it again."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from packstation.domain.batches import MAX_ORDERS
from packstation.domain.errors import BadInput
from packstation.services.picking.ports import BatchRecord
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.screens.admin.common import problem_report
from packstation.ui.widgets.base import Dialog
from packstation.ui.widgets.number_field import NumberField, read_numbers

# (filter option, its caption) per choice of the two combos; "" = no filter
_UNITS = (("", QT_TRANSLATE_NOOP("BatchDialog", "Any number of items")),
          ("single", QT_TRANSLATE_NOOP("BatchDialog", "Single-item orders only")),
          ("multi", QT_TRANSLATE_NOOP("BatchDialog", "Orders of several items only")))
_COOL = (("", QT_TRANSLATE_NOOP("BatchDialog", "Cool and not")),
         ("normal", QT_TRANSLATE_NOOP("BatchDialog", "No cool orders")),
         ("cool", QT_TRANSLATE_NOOP("BatchDialog", "Cool orders only")))
# One carrier's parcels together (its pick-up time): the carrier of each order's proposal
_CARRIER = (("", QT_TRANSLATE_NOOP("BatchDialog", "Any carrier")),
            ("carrier=yamato", QT_TRANSLATE_NOOP("BatchDialog", "Yamato Transport")),
            ("carrier=sagawa", QT_TRANSLATE_NOOP("BatchDialog", "Sagawa Express")),
            ("carrier=japanpost", QT_TRANSLATE_NOOP("BatchDialog", "Japan Post")))


class BatchDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: BatchRecord | None = None
        cfg = ctx.settings
        self.max_orders = NumberField(1, MAX_ORDERS, "orders",
                                      value=cfg.batch_max_orders if cfg else 30)
        self.max_orders.setObjectName("batch_max_orders")
        self.units = QComboBox(objectName="units")
        self.cool = QComboBox(objectName="cool")
        self.carrier = QComboBox(objectName="carrier")
        for combo, choices in self._combos():
            for _ in choices:
                combo.addItem("")
        self.gift = QCheckBox(objectName="gift")
        self.before = QLineEdit(objectName="before")
        self.channel = QLineEdit(objectName="channel")
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.create_button = QPushButton(objectName="create")
        self.print_button = QPushButton(objectName="print_again")
        self.print_button.hide()
        self.close_button = QPushButton(objectName="close")
        _, self._labels = self.lay_out_form(
            [self.max_orders, self.units, self.cool, self.carrier, self.gift, self.before,
             self.channel],
            self.message, (self.close_button, self.create_button), (self.print_button,),
            buddies=True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_list)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, self.make)
        QShortcut(QKeySequence("F5"), self, self.print_list)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New batch"))
        texts = (self.tr("Most orders (slots)"), self.tr("Items per order"), self.tr("Cool"),
                 self.tr("Carrier (of the cheapest way to ship)"), self.tr("Gift"),
                 self.tr("Ordered before (today, e.g. 14:00)"),
                 self.tr("Channel (as in the order list)"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for combo, choices in self._combos():
            for i, choice in enumerate(choices):
                combo.setItemText(i, self.tr(str(choice[1])))
        self.gift.setText(self.tr("Gift orders only"))
        self.create_button.setText(self.tr("Make the batch and print (Ctrl+S)"))
        self.print_button.setText(self.tr("Print the list again (F5)"))
        self.close_button.setText(self.tr("Close"))

    def _combos(self) -> tuple[tuple[QComboBox, tuple[tuple[str, object], ...]], ...]:
        return ((self.units, _UNITS), (self.cool, _COOL), (self.carrier, _CARRIER))

    def filters(self) -> list[str]:
        chosen = [choices[combo.currentIndex()][0] for combo, choices in self._combos()]
        chosen.append("gift" if self.gift.isChecked() else "")
        if self.before.text().strip():
            chosen.append(f"before={self.before.text().strip()}")
        if self.channel.text().strip():
            chosen.append(f"channel={self.channel.text().strip()}")
        return [f for f in chosen if f]

    def make(self) -> None:
        if self.batch is not None:  # made already: Ctrl+S again would make a second one
            return
        numbers, unreadable = read_numbers([("--max-orders", self.max_orders)])
        if unreadable:
            self._failed(BadInput(unreadable))
            return
        services, user, filters = self.ctx.require_services(), self.ctx.session, self.filters()
        self.create_button.setEnabled(False)
        self.ctx.tasks.db.submit(
            lambda: services.picking.create_batch(user, max_orders=numbers["--max-orders"],
                                                  filters=filters),
            self._created, self._failed)

    def _created(self, batch: BatchRecord) -> None:
        self.batch = batch
        self._say(self.tr("Batch %1 made: %2 orders in slots 1 to %2. Printing the list…")
                  .replace("%1", batch.batch_no).replace("%2", str(len(batch.slots))), False)
        self.print_list()

    def print_list(self) -> None:
        batch, user = self.batch, self.ctx.session
        if batch is None or user is None:
            return
        services = self.ctx.require_services()
        self.ctx.tasks.work.submit(
            lambda: services.printing.print_batch_list(
                user, batch.batch_no, lambda: services.picking.batch_pick_list_pdf(
                    batch.batch_no)), self._printed, self._print_failed)

    def _printed(self, printer: str) -> None:
        assert self.batch is not None
        self.print_button.show()
        self._say(self.tr("Batch %1 made (%2 orders); its total pick list went to %3.")
                  .replace("%1", self.batch.batch_no).replace("%2", str(len(self.batch.slots)))
                  .replace("%3", printer), False)

    def _print_failed(self, error: BaseException) -> None:
        assert self.batch is not None
        self.print_button.show()
        self._say(self.tr("Batch %1 is made, but its list did not print: %2 "
                          "F5 prints it again.").replace("%1", self.batch.batch_no)
                  .replace("%2", describe(error)), True)

    def _failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        labels = {"--max-orders": self._labels[0].text(), "--filter": self.tr("Filters")}
        self._say(problem_report(error, labels) if isinstance(error, BadInput)
                  else describe(error), True)

    def _say(self, text: str, failed: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;" if failed else "")

