"""Admin › products: every product, or (the default) only those still missing dimensions or
weight, flagged; the admin measures one and types its size, weight and handling flags. An order
with such a product gets no box proposal until this is done."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from packstation.domain.errors import InputProblem
from packstation.services.admin import catalog as catalog_admin
from packstation.services.admin import products as product_admin
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.admin.common import (
    FormGuard,
    message_label,
    problem_report,
    read_only_table,
    refuse_unreadable,
    scrolled,
    shortcut,
    show_message,
)
from packstation.ui.widgets.base import Screen
from packstation.ui.widgets.number_field import NumberField, read_numbers


def _flag(row: product_admin.ProductRow) -> str:
    return QCoreApplication.translate("ProductColumns", "⚠ missing") if row.missing else ""


PRODUCT_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ProductColumns", "Size / weight"), _flag),
    (QT_TRANSLATE_NOOP("ProductColumns", "SKU"), lambda p: p.sku),
    (QT_TRANSLATE_NOOP("ProductColumns", "Name"), lambda p: p.name_ja),
    (QT_TRANSLATE_NOOP("ProductColumns", "Location"), lambda p: p.location),
    (QT_TRANSLATE_NOOP("ProductColumns", "L × W × H (mm)"),
     lambda p: " × ".join(str(v) for v in p.dims_mm) if p.dims_mm else ""),
    (QT_TRANSLATE_NOOP("ProductColumns", "Weight (g)"), lambda p: p.weight_g),
    (QT_TRANSLATE_NOOP("ProductColumns", "Fragile"), lambda p: "✔" if p.fragile else ""),
    (QT_TRANSLATE_NOOP("ProductColumns", "This side up"),
     lambda p: "✔" if p.this_side_up else ""),
]


class ProductsPage(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.only_missing = QCheckBox(objectName="only_missing")
        self.only_missing.setChecked(True)
        self.search = QLineEdit(objectName="product_search")
        self.search.setClearButtonEnabled(True)
        self.all_rows: list[product_admin.ProductRow] = []
        self.count = QLabel(objectName="hint")
        self.model = TableModel("ProductColumns", PRODUCT_COLUMNS)
        self.table = read_only_table("products", self.model)
        self.table.verticalHeader().setVisible(False)
        self.sku = QLabel(objectName="title")
        self.product_name = QLabel(objectName="hint", wordWrap=True)
        # Text fields that keep what was typed (empty = not measured yet); on save every
        # unreadable one is named, with the other problems of the form.
        self.sides = [NumberField(1, catalog_admin.MAX_MM, "mm", empty_is=0) for _ in range(3)]
        self.weight = NumberField(1, catalog_admin.MAX_G, "g", empty_is=0)
        self.fragile = QCheckBox(objectName="fragile")
        self.this_side_up = QCheckBox(objectName="this_side_up")
        self.location = QLineEdit(objectName="location")
        self.location.setMaxLength(40)  # longer is refused on save with the form's problems
        self.save_button = QPushButton(objectName="save_product")
        self.message = message_label()
        self._labels = [QLabel() for _ in range(6)]
        self._layout()
        self.only_missing.toggled.connect(lambda _on: self.load())
        self.search.textChanged.connect(lambda _text: self._show_rows(self.sku.text()))
        self.guard = FormGuard(self, self.table, self._form_state, self._fill, self.sku.text)
        self.save_button.clicked.connect(self.save)
        shortcut("Ctrl+S", self, self.save)
        shortcut("Ctrl+F", self, self.search.setFocus)
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.only_missing)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        form = QFormLayout()
        for label, field in zip(self._labels, (*self.sides, self.weight), strict=False):
            form.addRow(label, field)
        form.addRow(self._labels[4], self.fragile)
        form.addRow("", self.this_side_up)
        form.addRow(self._labels[5], self.location)
        right = QVBoxLayout()
        right.addWidget(self.sku)
        right.addWidget(self.product_name)
        right.addLayout(form)
        right.addWidget(self.save_button)
        right.addWidget(self.message)
        right.addStretch()
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(scrolled(right, 420))

    def retranslate(self) -> None:
        self.only_missing.setText(self.tr("Only products missing size or weight"))
        self.search.setPlaceholderText(self.tr("SKU or name (Ctrl+F)"))
        texts = (self.tr("Length (mm)"), self.tr("Width (mm)"), self.tr("Height (mm)"),
                 self.tr("Weight (g)"), self.tr("Handling"), self.tr("Location (棚番)"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.fragile.setText(self.tr("Fragile"))
        self.this_side_up.setText(self.tr("This side up"))
        self.location.setPlaceholderText(self.tr("e.g. A-01-03 (empty: not shelved)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        for field in (*self.sides, self.weight):
            field.setSpecialValueText(self.tr("not set"))
        self.model.retranslate()
        self._show_count()

    def labels(self) -> dict[str, str]:
        return {"length_mm": self.tr("Length (mm)"), "width_mm": self.tr("Width (mm)"),
                "height_mm": self.tr("Height (mm)"), "weight_g": self.tr("Weight (g)"),
                "location": self.tr("Location (棚番)")}

    # -- data -------------------------------------------------------------------------------
    def load(self, select: str = "") -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        only = self.only_missing.isChecked()
        keep = select or self.sku.text()
        self.ctx.tasks.db.submit(lambda: admin.list_products(user, only),
                                 lambda rows: self._loaded(rows, keep), self._failed)

    def _loaded(self, rows: list[product_admin.ProductRow], keep: str) -> None:
        self.all_rows = rows
        self._show_rows(keep)

    def _show_rows(self, keep: str) -> None:
        """The loaded products that match the search (SKU or name, either language)."""
        key = unicodedata.normalize("NFKC", self.search.text()).strip().casefold()
        rows = [r for r in self.all_rows if not key or key in unicodedata.normalize(
            "NFKC", f"{r.sku} {r.name_ja} {r.name_en}").casefold()]
        message = self.message.text()
        self.model.set_rows(rows)
        skus = [r.sku for r in rows]
        if skus:
            self.guard.reloaded(skus.index(keep) if keep in skus else 0)
        elif not self.guard.changed():  # nothing left to show, and nothing typed to keep
            self._fill(-1)
            self.guard.mark_clean()
        self.message.setText(message)
        self._show_count()

    def _show_count(self) -> None:
        rows = self.all_rows
        missing = sum(r.missing for r in rows)
        if self.only_missing.isChecked():
            text = self.tr("%1 product(s) to measure").replace("%1", str(missing))
        else:
            text = self.tr("%1 products, %2 missing size or weight").replace(
                "%1", str(len(rows))).replace("%2", str(missing))
        self.count.setText(text)

    def _fill(self, row: int) -> None:
        rows = self.model.rows
        current = rows[row] if 0 <= row < len(rows) else None
        self.sku.setText(current.sku if current else "")
        self.product_name.setText(current.name_ja if current else "")
        for field, value in zip(self.sides, current.dims_mm if current and current.dims_mm
                                else (0, 0, 0), strict=True):
            field.setValue(value)
        self.weight.setValue(current.weight_g or 0 if current else 0)
        self.fragile.setChecked(bool(current and current.fragile))
        self.this_side_up.setChecked(bool(current and current.this_side_up))
        self.location.setText(current.location if current else "")
        self.save_button.setEnabled(current is not None)
        self.message.clear()

    def _form_state(self) -> tuple[object, ...]:
        return (self.sku.text(), self.fragile.isChecked(), self.this_side_up.isChecked(),
                self.location.text(),
                *(f.text() for _, f in self.number_fields()))

    def number_fields(self) -> list[tuple[str, NumberField]]:
        return [("length_mm", self.sides[0]), ("width_mm", self.sides[1]),
                ("height_mm", self.sides[2]), ("weight_g", self.weight)]

    def measurements(self) -> product_admin.Measurements:
        return self._read(mark=False)[0]

    def _read(self, mark: bool = True) -> tuple[product_admin.Measurements, list[InputProblem]]:
        n, unreadable = read_numbers(self.number_fields(), mark=mark)
        return product_admin.Measurements(n["length_mm"], n["width_mm"], n["height_mm"],
                                          n["weight_g"], self.fragile.isChecked(),
                                          self.this_side_up.isChecked(),
                                          self.location.text()), unreadable

    def save(self) -> None:
        sku = self.sku.text()
        if not sku:
            return
        admin, user = self.ctx.require_services().admin, self.ctx.session
        m, unreadable = self._read()
        if unreadable:  # refused here, with the form's other problems: nothing is saved
            refuse_unreadable(self.message, unreadable, product_admin.measurement_problems(m),
                              self.labels())
            return
        self.save_button.setEnabled(False)
        self.ctx.tasks.db.submit(lambda: admin.save_measurements(user, sku, m),
                                 self._saved, self._failed)

    def _saved(self, row: product_admin.ProductRow) -> None:
        self.save_button.setEnabled(True)
        self.guard.mark_clean()
        show_message(self.message, self.tr("%1 saved: %2 mm, %3 g.").replace("%1", row.sku)
                     .replace("%2", " × ".join(str(v) for v in row.dims_mm or ()))
                     .replace("%3", str(row.weight_g)), True)
        self.load("" if self.only_missing.isChecked() else row.sku)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_message(self.message, problem_report(error, self.labels()), False)
