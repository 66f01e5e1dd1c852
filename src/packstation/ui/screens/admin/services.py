"""Admin › services: each service's flags, delivery time slots,
size classes (limits in mm and g) and surcharges (cool per class, COD fee bands, island relay
fee). Prices per prefecture are the rate page's (rates.py). Saved through
services/catalog_forms.py in one transaction; a refused save paints the cells it names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain import prefectures
from packstation.domain.catalog import CarrierSpec, ServiceSpec
from packstation.domain.errors import BadInput
from packstation.services.admin import catalog_forms
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.admin.common import (
    CellTable,
    FormGuard,
    message_label,
    problem_report,
    read_only_table,
    scrolled,
    shortcut,
    show_message,
)
from packstation.ui.widgets.base import Screen

KINDS = {
    "cool_chilled": QT_TRANSLATE_NOOP("SurchargeKinds", "Cool (chilled)"),
    "cool_frozen": QT_TRANSLATE_NOOP("SurchargeKinds", "Cool (frozen)"),
    "cod": QT_TRANSLATE_NOOP("SurchargeKinds", "COD fee"),
    "cod_flat": QT_TRANSLATE_NOOP("SurchargeKinds", "COD flat fee (every amount)"),
    "relay": QT_TRANSLATE_NOOP("SurchargeKinds", "Island relay fee"),
}
FLAGS = ("thin", "envelope_only", "cool_allowed", "cod_allowed", "date_allowed", "active")

SERVICE_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ServiceColumns", "Carrier"), lambda r: r[0]),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Service"), lambda r: r[1].name),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Code"), lambda r: r[1].code),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Active"), lambda r: "✔" if r[1].active else ""),
]


def _relay_key(key: str) -> str:
    found = prefectures.by_code(int(key)) if key.isdigit() else None
    return found.name if found else key


def service_cells(s: ServiceSpec) -> tuple[list[list[str]], list[list[str]]]:
    """The service as the form shows it: class rows and surcharge rows of text."""
    classes = [[c.name, *("" if v is None else str(v) for v in (
        c.max_sum_mm, c.max_side_mm, c.max_thickness_mm, c.max_weight_g))] for c in s.classes]
    extras = [[x.kind, _relay_key(x.key) if x.kind == "relay" else x.key,
               "" if x.up_to is None else str(x.up_to), str(x.price_yen)] for x in s.surcharges]
    return classes, extras


def _kind_label(code: str) -> str:
    return QCoreApplication.translate("SurchargeKinds", str(KINDS.get(code, code)))


class KindDelegate(QStyledItemDelegate):
    """The surcharge kind is picked from a list: F2 or typing opens it, arrows choose."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.setStyleSheet("min-height: 0; font-size: 16px; padding: 0 6px;")
        for code in KINDS:
            box.addItem(_kind_label(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            code = index.data(Qt.ItemDataRole.UserRole)
            editor.setCurrentIndex(max(editor.findData(code), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class SurchargeTable(CellTable):
    """Surcharges: the kind is chosen from a list (its code kept under the label), the rest
    typed."""

    def __init__(self, name: str, fields: Sequence[str]) -> None:
        super().__init__(name, fields)
        self.setItemDelegateForColumn(0, KindDelegate(self))

    def add_row(self, cells: Sequence[str] = ()) -> int:
        row = super().add_row(cells)
        self.set_kind(row, cells[0] if cells else "cool_chilled")
        return row

    def set_kind(self, row: int, code: str) -> None:
        item = self.item(row, 0)
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setText(_kind_label(code))

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        if col == 0 and item is not None:
            return str(item.data(Qt.ItemDataRole.UserRole) or "")
        return super().text(row, col)

    def retranslate(self) -> None:
        for r in range(self.rowCount()):
            self.set_kind(r, self.text(r, 0))


class ServicesPage(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = TableModel("ServiceColumns", SERVICE_COLUMNS)
        self.table = read_only_table("services", self.model)
        self.table.verticalHeader().setVisible(False)
        self.carrier = QComboBox(objectName="carrier")
        self.code = QLineEdit(objectName="service_code", maxLength=32)
        self.name = QLineEdit(objectName="service_name", maxLength=100)
        self.flags = {k: QCheckBox(objectName=k) for k in FLAGS}
        self.slots = QLineEdit(objectName="time_slots")
        self.boxes = QLineEdit(objectName="box_codes")
        self.classes = CellTable("classes", catalog_forms.CLASS_FIELDS)
        self.surcharges = SurchargeTable("surcharges", catalog_forms.SURCHARGE_FIELDS)
        self.buttons = {k: QPushButton(objectName=k) for k in (
            "add_class", "remove_class", "add_surcharge", "remove_surcharge", "new_service",
            "save_service")}
        self.message = message_label()
        self.notice = QLabel(objectName="hint", wordWrap=True)  # classes without prices
        self._labels = [QLabel() for _ in range(7)]
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        form = QGridLayout()
        for i, (label, field) in enumerate(zip(self._labels[:5], (
                self.carrier, self.code, self.name, self.slots, self.boxes), strict=True)):
            form.addWidget(label, i // 2, (i % 2) * 2)
            form.addWidget(field, i // 2, (i % 2) * 2 + 1)
        flags = QGridLayout()
        for i, box in enumerate(self.flags.values()):
            flags.addWidget(box, i // 3, i % 3)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(flags)
        right.addWidget(self.notice)
        for label, table, add, remove, rows in (
                (self._labels[5], self.classes, "add_class", "remove_class", 5),
                (self._labels[6], self.surcharges, "add_surcharge", "remove_surcharge", 4)):
            head = QHBoxLayout()
            head.addWidget(label, 1)
            head.addWidget(self.buttons[add])
            head.addWidget(self.buttons[remove])
            right.addLayout(head)
            table.setMinimumHeight(rows * table.verticalHeader().defaultSectionSize() + 40)
            right.addWidget(table, rows)
        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons["new_service"])
        bottom.addStretch()
        bottom.addWidget(self.buttons["save_service"])
        right.addLayout(bottom)
        right.addWidget(self.message)
        row = QHBoxLayout(self)
        self.table.setMinimumWidth(420)
        row.addWidget(self.table, 2)
        row.addWidget(scrolled(right), 5)

    def _connect(self) -> None:
        self.guard = FormGuard(self, self.table, self.form, self._fill, self.code.text)
        b = self.buttons
        b["add_class"].clicked.connect(lambda: self._add(self.classes))
        b["remove_class"].clicked.connect(self.classes.remove_current)
        b["add_surcharge"].clicked.connect(lambda: self._add(self.surcharges))
        b["remove_surcharge"].clicked.connect(self.surcharges.remove_current)
        b["new_service"].clicked.connect(self.new_service)
        b["save_service"].clicked.connect(self.save)
        shortcut("Ctrl+S", self, self.save)
        shortcut("Ctrl+N", self, self.new_service)

    def retranslate(self) -> None:
        texts = (self.tr("Carrier"), self.tr("Service code"), self.tr("Service name"),
                 self.tr("Delivery time slots"), self.tr("Only these boxes"),
                 self.tr("Size classes (limits; empty = no "
                                                         "limit)"),
                 self.tr("Surcharges"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.slots.setPlaceholderText(self.tr("e.g. 午前中, 14-16, 16-18, 18-20, 19-21"))
        self.boxes.setPlaceholderText(self.tr("box codes, e.g. COMPACT (empty = any box)"))
        for key, text in self.flag_labels().items():
            self.flags[key].setText(text)
        self.classes.setHorizontalHeaderLabels(list(self.class_labels().values()))
        self.surcharges.setHorizontalHeaderLabels(list(self.surcharge_labels().values()))
        self.surcharges.retranslate()
        texts2 = {"add_class": self.tr("Add class"), "remove_class": self.tr("Remove class"),
                  "add_surcharge": self.tr("Add surcharge"),
                  "remove_surcharge": self.tr("Remove surcharge"),
                  "new_service": self.tr("New service (Ctrl+N)"),
                  "save_service": self.tr("Save (Ctrl+S)")}
        for key, text in texts2.items():
            self.buttons[key].setText(text)
        self.model.retranslate()

    def flag_labels(self) -> dict[str, str]:
        return {"thin": self.tr("Thin (letterbox) service"),
                "envelope_only": self.tr("Envelopes only"),
                "cool_allowed": self.tr("Cool (クール) parcels"),
                "cod_allowed": self.tr("Cash on delivery"),
                "date_allowed": self.tr("Delivery date can be chosen"),
                "active": self.tr("Active")}

    def class_labels(self) -> dict[str, str]:
        return {"name": self.tr("Class"), "max_sum_mm": self.tr("Sum of sides ≤ mm"),
                "max_side_mm": self.tr("Longest side ≤ mm"),
                "max_thickness_mm": self.tr("Thickness ≤ mm"),
                "max_weight_g": self.tr("Weight ≤ g")}

    def surcharge_labels(self) -> dict[str, str]:
        return {"kind": self.tr("Kind"),
                "key": self.tr("Size class / prefecture"),
                "up_to": self.tr("COD amount up to ¥"), "price_yen": self.tr("Fee ¥")}

    def labels(self) -> dict[str, str]:
        return {"carrier_code": self.tr("Carrier"), "code": self.tr("Service code"),
                "name": self.tr("Service name"), "time_slots": self.tr("Delivery time slots"),
                "box_codes": self.tr("Only these boxes"),
                "classes": self.tr("Size classes"), "surcharges": self.tr("Surcharges"),
                **self.flag_labels(), **self.class_labels(), **self.surcharge_labels()}

    # -- data -------------------------------------------------------------------------------
    def load(self, select: str = "") -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        keep = select or self.code.text().strip()
        self.ctx.tasks.db.submit(lambda: admin.carriers_and_services(user),
                                 lambda got: self._loaded(*got, keep), self._failed)

    def _loaded(self, carriers: list[CarrierSpec], services: list[ServiceSpec],
                keep: str) -> None:
        message = self.message.text()
        self.carrier.clear()
        for c in carriers:
            self.carrier.addItem(c.name, c.code)
        names = {c.code: c.name for c in carriers}
        self.model.set_rows([(names.get(s.carrier_code, s.carrier_code), s) for s in services])
        codes = [s.code for s in services]
        if codes:
            self.guard.reloaded(codes.index(keep) if keep in codes else 0)
        self.message.setText(message)

    def _fill(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        service: ServiceSpec = self.model.rows[row][1]
        self.carrier.setCurrentIndex(max(self.carrier.findData(service.carrier_code), 0))
        self.code.setText(service.code)
        self.name.setText(service.name)
        for key, box in self.flags.items():
            box.setChecked(bool(getattr(service, key)))
        self.slots.setText(", ".join(service.time_slots))
        self.slots.setCursorPosition(0)
        self.boxes.setText(", ".join(service.box_codes))
        classes, extras = service_cells(service)
        self.classes.set_cells(classes)
        self.surcharges.set_cells(extras)
        self.message.clear()
        unpriced = [c.name for c in service.classes if not c.prices]
        self.notice.setText(self.tr("⚠ No prices yet for size class %1: it is never proposed "
                                    "until its rates are imported (Rate tables, Alt+4).")
                            .replace("%1", ", ".join(unpriced)) if unpriced else "")
        self.notice.setStyleSheet("color: #b26a00; font-size: 16px;")

    def _add(self, table: CellTable) -> None:
        row = table.add_row()
        table.setCurrentCell(row, 1 if isinstance(table, SurchargeTable) else 0)
        table.setFocus()

    def new_service(self) -> None:
        if not self.guard.may_discard():
            return
        self.table.clearSelection()
        for field in (self.code, self.name, self.slots, self.boxes):
            field.clear()
        for key, box in self.flags.items():
            box.setChecked(key in ("date_allowed", "active"))
        self.classes.set_cells([[""] * len(catalog_forms.CLASS_FIELDS)])
        self.surcharges.set_cells([])
        self.message.clear()
        self.notice.clear()
        self.guard.mark_clean()
        self.code.setFocus()

    def form(self) -> catalog_forms.ServiceForm:
        return catalog_forms.ServiceForm(
            str(self.carrier.currentData() or ""), self.code.text(), self.name.text(),
            self.classes.cells(), self.surcharges.cells(), self.slots.text(),
            {k: box.isChecked() for k, box in self.flags.items()}, self.boxes.text())

    def save(self) -> None:
        admin, user, form = self.ctx.require_services().admin, self.ctx.session, self.form()
        self.buttons["save_service"].setEnabled(False)
        self.ctx.tasks.db.submit(lambda: admin.save_service_form(user, form),
                                 lambda new: self._saved(form.code.strip(), new), self._failed)

    def _saved(self, code: str, new: bool) -> None:
        self.buttons["save_service"].setEnabled(True)
        self.guard.mark_clean()
        self.classes.mark([], "classes")
        self.surcharges.mark([], "surcharges")
        text = self.tr("Service %1 added.") if new else self.tr("Service %1 saved.")
        show_message(self.message, text.replace("%1", code), True)
        self.load(code)

    def _failed(self, error: BaseException) -> None:
        self.buttons["save_service"].setEnabled(True)
        if isinstance(error, BadInput):
            self.classes.mark(error.problems, "classes")
            self.surcharges.mark(error.problems, "surcharges")
        show_message(self.message, problem_report(error, self.labels()), False)
