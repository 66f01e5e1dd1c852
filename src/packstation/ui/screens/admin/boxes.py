"""Admin › boxes: every box (retired ones too) and a form to add or change one.

Sizes in millimetres (inside and outside: the carrier measures the outside), tare in grams,
cost in yen. Saved through catalog_admin.save_box in one transaction, or refused whole.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
)

from packstation.domain.catalog import BoxSpec
from packstation.domain.errors import InputProblem
from packstation.services.admin import catalog as catalog_admin
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.admin.common import (
    CodedRecordsPage,
    FormGuard,
    form_with_buttons,
    list_beside_panel,
    message_label,
    refuse_unreadable,
    shortcut,
    show_message,
)
from packstation.ui.widgets.number_field import NumberField, read_numbers

SIDES = ("length", "width", "height")


def _sides(mm: tuple[int, int, int]) -> str:
    return "×".join(str(v) for v in mm)


def _notes(box: BoxSpec) -> str:
    notes = [QCoreApplication.translate("BoxColumns", "envelope")] if box.envelope else []
    if not box.active:
        notes.append(QCoreApplication.translate("BoxColumns", "retired"))
    return ", ".join(notes)


# The max load is in the form only: the list must fit beside it on a 1366-pixel screen.
BOX_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("BoxColumns", "Code"), lambda b: b.code),
    (QT_TRANSLATE_NOOP("BoxColumns", "Name"), lambda b: b.name),
    (QT_TRANSLATE_NOOP("BoxColumns", "Inside (mm)"), lambda b: _sides(b.inner_mm)),
    (QT_TRANSLATE_NOOP("BoxColumns", "Outside (mm)"), lambda b: _sides(b.outer_mm)),
    (QT_TRANSLATE_NOOP("BoxColumns", "Tare (g)"), lambda b: b.tare_g),
    (QT_TRANSLATE_NOOP("BoxColumns", "Cost (¥)"), lambda b: b.cost_yen),
    (QT_TRANSLATE_NOOP("BoxColumns", "Notes"), _notes),
]


class BoxesPage(CodedRecordsPage):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, TableModel("BoxColumns", BOX_COLUMNS), "boxes")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.code = QLineEdit(objectName="box_code", maxLength=32)
        self.name = QLineEdit(objectName="box_name", maxLength=100)
        # Text fields that keep what was typed; every unreadable one is named on save.
        self.inner = [NumberField(1, catalog_admin.MAX_MM, "mm") for _ in range(3)]
        self.outer = [NumberField(1, catalog_admin.MAX_MM, "mm") for _ in range(3)]
        for side in (*self.inner, *self.outer):
            side.setMinimumWidth(72)  # three in a row fit the form beside the box list
        self.tare = NumberField(0, catalog_admin.MAX_G, "g")
        self.cost = NumberField(0, catalog_admin.MAX_YEN, "yen")
        self.max_weight = NumberField(1, catalog_admin.MAX_G, "g")
        self.envelope = QCheckBox(objectName="envelope")
        self.active = QCheckBox(objectName="active")
        self.new_button = QPushButton(objectName="new_box")
        self.save_button = QPushButton(objectName="save_box")
        self.message = message_label()
        self._labels = [QLabel() for _ in range(9)]
        self._layout()
        self.guard = FormGuard(self, self.table, self._form_state, self._fill,
                               self.code.text)
        self.new_button.clicked.connect(self.new_box)
        self.save_button.clicked.connect(self.save)
        shortcut("Ctrl+S", self, self.save)
        shortcut("Ctrl+N", self, self.new_box)
        self.retranslate()

    def _layout(self) -> None:
        form = QFormLayout()
        fields = (self.code, self.name, _row(self.inner), _row(self.outer), self.tare,
                  self.cost, self.max_weight, self.envelope, self.active)
        for label, field in zip(self._labels, fields, strict=True):
            form.addRow(label, field)
        list_beside_panel(self, self.table,
                          form_with_buttons(form, self.new_button, self.save_button,
                                            self.message))

    def retranslate(self) -> None:
        texts = (self.tr("Code"), self.tr("Name"), self.tr("Inside (mm)"),
                 self.tr("Outside (mm)"), self.tr("Tare (g)"), self.tr("Cost (¥)"),
                 self.tr("Max load (g)"), "", "")
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for fields in (self.inner, self.outer):
            for field, tip in zip(fields, (self.tr("Length"), self.tr("Width"),
                                           self.tr("Height")), strict=True):
                field.setToolTip(tip)
        self.envelope.setText(self.tr("Envelope (thin services)"))
        self.active.setText(self.tr("Active (offered to packers)"))
        self.new_button.setText(self.tr("New box (Ctrl+N)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.model.retranslate()

    def labels(self) -> dict[str, str]:
        return {"code": self.tr("Code"), "name": self.tr("Name"),
                "inner_mm": self.tr("Inside (mm)"), "outer_mm": self.tr("Outside (mm)"),
                "tare_g": self.tr("Tare (g)"), "cost_yen": self.tr("Cost (¥)"),
                "max_weight_g": self.tr("Max load (g)"), "length": self.tr("Length"),
                "width": self.tr("Width"), "height": self.tr("Height")}

    def number_fields(self) -> list[tuple[str, NumberField]]:
        """Each number field under the name a refusal gives it (a side: "inner_mm.width")."""
        sides = [(f"{group}.{side}", field) for group, fields in (
            ("inner_mm", self.inner), ("outer_mm", self.outer))
            for side, field in zip(SIDES, fields, strict=True)]
        return [*sides, ("tare_g", self.tare), ("cost_yen", self.cost),
                ("max_weight_g", self.max_weight)]

    # -- data -------------------------------------------------------------------------------
    def list_records(self) -> list[BoxSpec]:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        boxes: list[BoxSpec] = admin.list_boxes(user)
        return boxes

    def select_row(self, row: int) -> None:
        self.guard.reloaded(row)

    def _fill(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        box: BoxSpec = self.model.rows[row]
        self.code.setText(box.code)
        self.name.setText(box.name)
        for fields, values in ((self.inner, box.inner_mm), (self.outer, box.outer_mm)):
            for field, value in zip(fields, values, strict=True):
                field.setValue(value)
        self.tare.setValue(box.tare_g)
        self.cost.setValue(box.cost_yen)
        self.max_weight.setValue(box.max_weight_g)
        self.envelope.setChecked(box.envelope)
        self.active.setChecked(box.active)
        self.message.clear()

    def new_box(self) -> None:
        if not self.guard.may_discard():
            return
        self.table.clearSelection()
        for field in (self.code, self.name):
            field.clear()
        for side in (*self.inner, *self.outer):
            side.clear()  # to be measured: saved empty, each side is named
        for field in (self.tare, self.cost):
            field.setValue(0)
        self.max_weight.setValue(30_000)
        self.envelope.setChecked(False)
        self.active.setChecked(True)
        self.message.clear()
        self.guard.mark_clean()
        self.code.setFocus()

    def box(self) -> BoxSpec:
        return self._read(mark=False)[0]

    def _form_state(self) -> tuple[object, ...]:
        """What the admin sees, as typed (an edit from one unreadable text to another counts)."""
        return (self.code.text(), self.name.text(), self.envelope.isChecked(),
                self.active.isChecked(), *(f.text() for _, f in self.number_fields()))

    def _read(self, mark: bool = True) -> tuple[BoxSpec, list[InputProblem]]:
        """The box as typed (an unreadable number reads 0) and the unreadable fields."""
        n, unreadable = read_numbers(self.number_fields(), mark=mark)
        inner = tuple(n[f"inner_mm.{side}"] for side in SIDES)
        outer = tuple(n[f"outer_mm.{side}"] for side in SIDES)
        return BoxSpec(self.code.text(), self.name.text(), (inner[0], inner[1], inner[2]),
                       (outer[0], outer[1], outer[2]), n["tare_g"], n["cost_yen"],
                       n["max_weight_g"], self.envelope.isChecked(),
                       self.active.isChecked()), unreadable

    def save(self) -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        box, unreadable = self._read()
        if unreadable:  # refused here, with the form's other problems: nothing is saved
            refuse_unreadable(self.message, unreadable, catalog_admin.box_problems(box),
                              self.labels())
            return
        self.save_button.setEnabled(False)
        self.ctx.tasks.db.submit(lambda: admin.save_box(user, box),
                                 lambda new: self._saved(box.code.strip(), new), self._failed)

    def _saved(self, code: str, new: bool) -> None:
        self.save_button.setEnabled(True)
        self.guard.mark_clean()
        text = self.tr("Box %1 added.") if new else self.tr("Box %1 saved.")
        show_message(self.message, text.replace("%1", code), True)
        self.load(code)


def _row(fields: list[NumberField]) -> QHBoxLayout:
    row = QHBoxLayout()
    for f in fields:
        row.addWidget(f)
    return row
