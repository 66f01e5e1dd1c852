"""Printer setup (admin): the printers, and which ones this station uses for labels and 納品書.

A printer: name, back-end (system printer / CUPS raw queue / raw TCP 9100), address, stock
(4x6, A6, A4, A5), resolution, format (PDF or ZPL) and whether a ZPL printer has a Kanji font.
"Check" runs the same preflight a print job gets. All saving is all-or-nothing.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from packstation.domain import platforms
from packstation.domain.errors import BadInput
from packstation.domain.printing import DPIS, FORMATS, MEDIA, PrinterSpec
from packstation.services.printing.ports import StationPrinting
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.screens.admin.common import problem_report
from packstation.ui.screens.printing.bench_sheet import print_bench_sheet, report_in_box
from packstation.ui.style import GREEN, RED
from packstation.ui.widgets.base import Dialog

_BACKEND_NAMES = {"system": QT_TRANSLATE_NOOP("Backends", "System printer (PDF)"),
                  "cups": QT_TRANSLATE_NOOP("Backends", "CUPS raw queue"),
                  "winraw": QT_TRANSLATE_NOOP("Backends", "Windows printer, raw (USB label)"),
                  "tcp": QT_TRANSLATE_NOOP("Backends", "Network, raw TCP 9100"),
                  "folder": QT_TRANSLATE_NOOP("Backends", "Folder: PDF/ZPL files (no printer)")}


def _combo(items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def _select(box: QComboBox, data: Any) -> None:
    index = box.findData(data)
    box.setCurrentIndex(max(index, 0))


class PrintersDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(1200, 700)  # 768 pixels high, less the title bar and the panel
        self.printers: list[PrinterSpec] = []
        self.editing: PrinterSpec | None = None
        self.station = ctx.services.station if ctx.services else ""
        self.list = QListWidget(objectName="printer_list")
        self.name = QLineEdit(objectName="printer_name")
        self.backends = platforms.printer_backends(sys.platform)  # what this OS can drive
        self.backend = _combo([(b, b) for b in self.backends])
        self.address = QComboBox(objectName="printer_address", editable=True)
        self.media = _combo([(m, m) for m in MEDIA])
        self.dpi = _combo([(f"{d} dpi", d) for d in DPIS])
        self.format = _combo([(f.upper(), f) for f in FORMATS])
        self.kanji = QCheckBox()
        self.active = QCheckBox()
        self.label_printer = QComboBox(objectName="label_printer")
        self.slip_printer = QComboBox(objectName="slip_printer")
        self.auto_print = QCheckBox(objectName="auto_print")
        self.message = QLabel(objectName="message", wordWrap=True)
        self.buttons = {k: QPushButton(objectName=k) for k in (
            "new", "save_printer", "check", "save_station", "bench_sheet", "close")}
        for button in self.buttons.values():
            button.setAutoDefault(False)
        self.buttons["save_printer"].setDefault(True)  # Enter saves the form
        self._labels = [QLabel() for _ in range(11)]
        self.station_box = QGroupBox()
        self._layout()
        self._connect()
        self.retranslate()
        self.new_printer()
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in zip(self._labels[:8], (
                self.name, self.backend, self.address, self.media, self.dpi, self.format,
                self.kanji, self.active), strict=True):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        for key in ("new", "check", "save_printer"):
            buttons.addWidget(self.buttons[key])
        station = QFormLayout(self.station_box)
        for label, widget in zip(self._labels[8:], (
                self.label_printer, self.slip_printer, self.auto_print), strict=True):
            station.addRow(label, widget)
        station.addRow(self.buttons["save_station"])
        station.addRow(self.buttons["bench_sheet"])
        # The station's choice under the list, not under the form: the dialog then fits a
        # 1366×768 screen (the form alone is eight rows of 44-pixel fields).
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.station_box)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch()
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        col = QVBoxLayout(self)
        col.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.buttons["close"])
        col.addLayout(bottom)

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self.show_printer)
        self.backend.currentIndexChanged.connect(self._backend_changed)
        actions = {"new": ("Ctrl+N", self.new_printer),
                   "save_printer": ("Ctrl+S", self.save_printer),
                   "check": ("Ctrl+T", self.check),
                   "save_station": ("Ctrl+Shift+S", self.save_station),
                   "bench_sheet": ("Ctrl+B", self.print_bench_sheet),
                   "close": ("Esc", self.reject)}
        for key, (shortcut, slot) in actions.items():
            self.buttons[key].clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self, slot)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printers"))
        texts = (self.tr("Name"), self.tr("Connection"), self.tr("Address / queue"),
                 self.tr("Paper / label stock"), self.tr("Resolution"), self.tr("Format"),
                 self.tr("ZPL: printer has a Kanji font"), self.tr("In use"),
                 self.tr("Label printer"), self.tr("納品書 printer"),
                 self.tr("Print label and 納品書 when an order completes"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for i, backend in enumerate(self.backends):
            self.backend.setItemText(i, QCoreApplication.translate(
                "Backends", str(_BACKEND_NAMES[backend])))
        self.station_box.setTitle(self.tr("This station: %1").replace("%1", self.station))
        texts_b = {"new": self.tr("New printer (Ctrl+N)"), "check": self.tr("Check (Ctrl+T)"),
                   "save_printer": self.tr("Save printer (Ctrl+S)"),
                   "save_station": self.tr("Save station (Ctrl+Shift+S)"),
                   "bench_sheet": self.tr("Print the bench sheet (Ctrl+B)"),
                   "close": self.tr("Close (Esc)")}
        for key, text in texts_b.items():
            self.buttons[key].setText(text)
        edit = self.address.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("e.g. 192.168.1.50:9100"))

    # -- loading --------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        printing = self.ctx.require_services().printing

        def load() -> tuple[list[PrinterSpec], StationPrinting]:
            return printing.list_printers(), printing.station_printing()

        self.ctx.tasks.db.submit(load, lambda r: self._loaded(*r, select))

    def _loaded(self, printers: list[PrinterSpec], setup: StationPrinting,
                select: str | None) -> None:
        self.printers = printers
        self.list.blockSignals(True)
        self.list.clear()
        for p in printers:
            self.list.addItem(f"{p.name}  ·  {p.media}  ·  {p.backend} {p.address}"
                              + ("" if p.active else "  " + self.tr("(not in use)")))
        self.list.blockSignals(False)
        for box, kind, chosen in ((self.label_printer, "label", setup.label_printer),
                                  (self.slip_printer, "slip", setup.slip_printer)):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for p in printers:
                if p.active and p.takes(kind):
                    box.addItem(p.name, p.name)
            _select(box, chosen)
        self.auto_print.setChecked(setup.auto_print)
        names = [p.name for p in printers]
        if select in names:
            self.list.setCurrentRow(names.index(select))

    def show_printer(self, row: int) -> None:
        if not 0 <= row < len(self.printers):
            return
        p = self.editing = self.printers[row]
        self.name.setText(p.name)
        _select(self.backend, p.backend)
        self.address.setEditText(p.address)
        _select(self.media, p.media)
        _select(self.dpi, p.dpi)
        _select(self.format, p.format)
        self.kanji.setChecked(p.kanji_font)
        self.active.setChecked(p.active)

    def new_printer(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.name.clear()
        self.address.setEditText("")
        self.active.setChecked(True)
        self.kanji.setChecked(False)
        self.name.setFocus()

    def _backend_changed(self) -> None:
        """System printers (and Windows raw ones): offer the names the system knows (loaded only
        when asked for)."""
        if self.backend.currentData() not in ("system", "winraw"):
            return
        from PySide6.QtPrintSupport import QPrinterInfo

        text = self.address.currentText()
        self.address.clear()
        self.address.addItems(QPrinterInfo.availablePrinterNames())
        self.address.setEditText(text)
        _select(self.format, "pdf")

    # -- saving ---------------------------------------------------------------------------------
    def form(self) -> PrinterSpec:
        return PrinterSpec(self.name.text(), self.backend.currentData(),
                           self.address.currentText(), self.media.currentData(),
                           self.dpi.currentData(), self.format.currentData(),
                           self.kanji.isChecked(), self.active.isChecked(),
                           self.editing.id if self.editing else None)

    def save_printer(self) -> None:
        printing, user, spec = self.ctx.require_services().printing, self.ctx.session, self.form()
        if user is None:
            return
        self.ctx.tasks.db.submit(lambda: printing.save_printer(user, spec),
                                 self._printer_saved, self._failed)

    def _printer_saved(self, saved: PrinterSpec) -> None:
        self.editing = saved
        self._say(self.tr("Saved: %1").replace("%1", saved.name), ok=True)
        self.reload(select=saved.name)

    def save_station(self) -> None:
        printing, user = self.ctx.require_services().printing, self.ctx.session
        if user is None:
            return
        setup = StationPrinting(self.station, self.label_printer.currentData(),
                                self.slip_printer.currentData(), self.auto_print.isChecked())
        self.ctx.tasks.db.submit(lambda: printing.save_station_printing(user, setup),
                                 lambda _s: self._say(self.tr("Station printers saved"),
                                                      ok=True), self._failed)

    def print_bench_sheet(self) -> None:
        """The confirmation barcodes for the bench, on this station's 納品書 printer."""
        if print_bench_sheet(self.ctx, self._bench_sheet_done):
            self._say(self.tr("Printing the bench sheet…"), ok=True)

    def _bench_sheet_done(self, text: str, printed: bool) -> None:
        self._say(text, ok=printed)
        if not printed:  # loud: a box to close, not only the line under the form
            report_in_box(self)(text, printed)

    def check(self) -> None:
        """The preflight, on the work executor: an unplugged printer may take seconds."""
        printing, spec = self.ctx.require_services().printing, self.editing
        if spec is None:
            self._say(self.tr("Save the printer first, then check it."), ok=False)
            return
        kind = "label" if spec.takes("label") else "slip"
        self._say(self.tr("Checking %1…").replace("%1", spec.name), ok=True)
        self.ctx.tasks.work.submit(lambda: printing.check_printer(spec.name, kind),
                                   lambda _n: self._say(self.tr("%1 is ready").replace(
                                       "%1", spec.name), ok=True), self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, BadInput):  # each problem under the form's own field name
            self._say(problem_report(error, self._field_names()), ok=False)
        else:
            self._say(describe(error), ok=False)

    def _field_names(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "backend": self.tr("Connection"),
                "address": self.tr("Address / queue"), "media": self.tr("Paper / label stock"),
                "dpi": self.tr("Resolution"), "format": self.tr("Format"),
                "label_printer": self.tr("Label printer"),
                "slip_printer": self.tr("納品書 printer")}

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        colour = GREEN if ok else RED
        self.message.setStyleSheet(f"color: {colour}; font-size: 20px; font-weight: bold;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
