"""Map a new CSV source's headers to packstation's fields once, and save it as a profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.services.imports import csv_import
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.widgets.base import Dialog


class MappingDialog(Dialog):
    saved = Signal(str)

    def __init__(self, ctx: UiContext, kind: str, path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.path = ctx, kind, path
        self.setMinimumSize(760, 640)
        self.name = QLineEdit(objectName="profile_name")
        self.info = QLabel(objectName="hint")
        self.message = QLabel(objectName="error")
        self.message.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.save_button = QPushButton(objectName="save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="cancel")
        self.name_label = QLabel()
        col = QVBoxLayout(self)
        col.addWidget(self.info)
        col.addWidget(self.name_label)
        col.addWidget(self.name)
        col.addWidget(scroll, 1)
        col.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        col.addLayout(row)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Map CSV columns"))
        self.name_label.setText(self.tr("Name of this layout (e.g. the mall or OMS)"))
        self.save_button.setText(self.tr("Save layout"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.info.setText(self.tr("Choose, for each field, the column of %1 that holds it. "
                                  "Fields marked * are required.").replace("%1", self.path.name))

    def _load(self) -> None:
        data = self.path.read_bytes()
        kind = self.kind
        self.ctx.tasks.work.submit(
            lambda: (csv_import.read_headers(data), csv_import.all_fields(kind),
                     set(csv_import.required_fields(kind))),
            self._show, lambda e: self.message.setText(describe(e)))

    def _show(self, loaded: tuple[tuple[list[str], str], list[str], set[str]]) -> None:
        (headers, _encoding), fields, required = loaded
        # Japanese: the field by the header a Japanese shop gives it; English: its own name.
        names = csv_import.japanese_names(self.kind) if self.ctx.language.current == "ja" \
            else {}
        for field in fields:
            combo = QComboBox(objectName=f"map_{field}")
            combo.addItem("—", "")
            for h in headers:
                combo.addItem(h, h)
            if field in headers:
                combo.setCurrentIndex(headers.index(field) + 1)
            self.combos[field] = combo
            self.form.addRow(f"{names.get(field, field)}{' *' if field in required else ''}",
                             combo)

    def _save(self) -> None:
        imports = self.ctx.require_services().imports
        session = self.ctx.session
        name = self.name.text().strip()
        if session is None:
            return
        if not name:
            self.message.setText(self.tr("Give the layout a name first."))
            self.name.setFocus()
            return
        mapping = {f: c.currentData() for f, c in self.combos.items() if c.currentData()}
        kind = self.kind
        self.ctx.tasks.db.submit(
            lambda: imports.save_profile(session, kind, name, mapping),
            lambda _r: self._saved(name), lambda e: self.message.setText(describe(e)))

    def _saved(self, name: str) -> None:
        self.saved.emit(name)
        self.accept()
