"""Sorting a batch at the bench (種まき, issue 20): the slot number for the unit in hand, big
enough to read from the rack, the rack's slots coloured by progress, and Enter to pack the
order whose slot has just filled."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.errors import NotFound, StateError
from packstation.domain.verdicts import Verdict
from packstation.services.packing.dto import SlotView, SortResult
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.screens.packer_text import banner_state, verdict_text
from packstation.ui.sounds import Sounds
from packstation.ui.widgets.banner import VerdictBanner
from packstation.ui.widgets.base import Screen
from packstation.ui.widgets.scan_field import ScanField

COLUMNS = 10  # slots per rack row: 50 slots fit at 1366×768
_COLOURS = {"empty": "#eceff1", "partial": "#fff59d", "full": "#a5d6a7", "last": "#1565c0"}


class SortScreen(Screen):
    pack_requested = Signal(str)  # the order whose slot is full: pack it now
    order_scanned = Signal(str)  # not a batch after all: an order number for the packer

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.batch_no: str | None = None
        self.slots: tuple[SlotView, ...] = ()
        self.last: SortResult | None = None
        self.sounds: Sounds | None = None
        self.title = QLabel(objectName="sort_title")
        self.slot_label = QLabel(objectName="slot")
        self.slot_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slot_caption = QLabel(objectName="slot_caption")
        self.slot_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = VerdictBanner()
        self.field = ScanField()
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.finish_button = QPushButton(objectName="finish_batch")
        self.finish_button.setMinimumHeight(56)
        self.short_label = QLabel(objectName="short")
        self.short_label.setWordWrap(True)
        self.short_label.hide()
        self.rack = QGridLayout()
        self.cells: list[QLabel] = []
        self._painted: list[tuple[str, str]] = []  # each cell's (state, text) as painted
        self._layout()
        self.field.scanned.connect(self.on_scanned)
        self.field.empty_enter.connect(self.pack_full_slot)  # Enter on its own: pack the slot
        self.finish_button.clicked.connect(self.finish)
        QShortcut(QKeySequence("F8"), self, self.finish)
        self.retranslate()

    def _layout(self) -> None:
        self.title.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.slot_label.setStyleSheet("font-size: 150px; font-weight: bold;")
        self.slot_caption.setStyleSheet("font-size: 30px;")
        col = QVBoxLayout(self)
        col.addWidget(self.title)
        top = QHBoxLayout()
        big = QVBoxLayout()
        big.addWidget(self.slot_label)
        big.addWidget(self.slot_caption)
        top.addLayout(big, 1)
        top.addWidget(self.banner, 2)
        col.addLayout(top)
        self.field.setFixedHeight(48)
        col.addWidget(self.field)
        rack = QWidget()
        rack.setLayout(self.rack)
        col.addWidget(rack, 1)
        col.addWidget(self.short_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.finish_button)
        col.addLayout(bottom)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Scan here"))
        self.hint.setText(self.tr(
            "Scan each unit and put it into the slot shown. Enter: pack the order whose slot "
            "is full. F2: packing. Scan another batch's list to switch."))
        self.finish_button.setText(self.tr("End with missing items (F8)"))
        self._show_title()
        self._show_slot()

    # -- scanning ---------------------------------------------------------------------------
    def open_batch(self, code: str) -> None:
        services, packer = self.ctx.require_services().packing, self.ctx.packer()
        self.ctx.tasks.db.submit(lambda: services.open_batch(packer, code), self.show_result,
                                 lambda error: self._not_opened(code, error))

    def _not_opened(self, code: str, error: BaseException) -> None:
        """A number like a batch's that is no batch may be an order's (a shop's own B-123).
        A batch that can't be sorted here (finished, another station's, the server away) is
        said on the bench's red banner with the error sound, as a refused scan is."""
        if isinstance(error, NotFound):
            self.order_scanned.emit(code)
        elif isinstance(error, StateError):
            self.banner.show_state("error", describe(error))
            self._play("error")
            self.field.setFocus()
        else:
            self.ctx.show_error(error)

    def resume(self) -> None:
        services, packer = self.ctx.require_services().packing, self.ctx.packer()
        self.ctx.tasks.db.submit(lambda: services.resume_batch(packer),
                                 lambda r: self.show_result(r) if r is not None else None)

    def on_scanned(self, code: str, typed: bool) -> None:
        services = self.ctx.require_services().packing
        if services.is_batch(code) or self.batch_no is None:
            if services.is_batch(code):
                self.open_batch(code)
            else:
                self.order_scanned.emit(code)
            return
        batch_no, packer = self.batch_no, self.ctx.packer()
        self.ctx.tasks.db.submit(
            lambda: services.sort_scan(packer, batch_no, code, typed=typed), self.show_result)

    def finish(self) -> None:
        """F8: the picker found no more: short orders are held (part in the slot) or freed."""
        batch_no = self.batch_no
        if batch_no is None or not self.isVisible():
            return
        left = sum(1 for s in self.slots if not s.full)
        answer = QMessageBox.question(self, self.tr("End the sort"), self.tr(
            "End batch %1 now? %2 order(s) are not complete: those with part of their items "
            "in the slot go on hold with what is missing, the others back to the open orders.")
            .replace("%1", batch_no).replace("%2", str(left)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, packer = self.ctx.require_services().packing, self.ctx.packer()
        self.ctx.tasks.db.submit(lambda: services.finish_batch(packer, batch_no),
                                 self.show_result)

    def show_result(self, result: SortResult) -> None:
        if result.verdict in (Verdict.SHORT, Verdict.COMPLETED) and result.batch_no:
            self._finished(result)
            return
        if result.verdict is Verdict.OPENED:
            self.batch_no = result.batch_no
            self.short_label.hide()
        if result.slots:
            self.slots = result.slots
        self.last = result
        state = banner_state(result.verdict)
        if result.verdict is Verdict.OK and result.slot_full:
            state = "complete"
        self.banner.show_state(state, self._sentence(result), result.repeat)
        self._play(state)
        self._redraw()

    def _finished(self, result: SortResult) -> None:
        self.slots, self.last, self.batch_no = result.slots, None, None
        lines = [self.tr("Slot %1 (%2): missing %3").replace("%1", str(s.slot))
                 .replace("%2", s.order_no).replace("%3", "、".join(
                     f"{sku}×{units}" for sku, units in s.missing)) +
                 (self.tr(" → on hold") if s.held else self.tr(" → back to open orders"))
                 for s in result.short]
        self.short_label.setText("\n".join(lines))
        self.short_label.setVisible(bool(lines))
        state = "error" if result.short else "complete"
        text = self.tr("Batch %1 ended: %n order(s) short", "", len(result.short)).replace(
            "%1", result.batch_no or "") if result.short else \
            self.tr("Batch %1 ended: every slot complete").replace("%1", result.batch_no or "")
        self.banner.show_state(state, text)
        self._play(state)
        self._redraw()

    def _redraw(self) -> None:
        """Title, slot number and rack as they now stand; the scanner's keys to the field."""
        self._show_title()
        self._show_slot()
        self._paint_rack()
        self.field.setFocus()

    def _sentence(self, result: SortResult) -> str:
        if result.verdict is Verdict.OPENED:
            return self.tr("Batch %1 open: scan the units").replace("%1", result.batch_no or "")
        if result.verdict is Verdict.OK and result.slot_full:
            return self.tr("Slot %1 complete (%2): Enter packs it").replace(
                "%1", str(result.slot)).replace("%2", result.order_no or "")
        if result.verdict is Verdict.OK:
            return self.tr("Into slot %1").replace("%1", str(result.slot))
        if result.verdict is Verdict.OVER_QUANTITY:
            return self.tr("TOO MANY: no order of the batch needs more of this. Put it back.")
        if result.verdict is Verdict.WRONG_ITEM:
            return self.tr("WRONG ITEM: not in this batch. Put it back.")
        return verdict_text(result.verdict)

    def pack_full_slot(self) -> None:
        last = self.last
        if last is not None and last.verdict is Verdict.OK and last.slot_full and last.order_no:
            self.pack_requested.emit(last.order_no)

    # -- painting ---------------------------------------------------------------------------
    def _show_title(self) -> None:
        if self.batch_no is None:
            self.title.setText(self.tr("Sorting: scan a batch pick list"))
            return
        done = sum(1 for s in self.slots if s.full)
        self.title.setText(self.tr("Batch %1: %2 of %3 slots complete").replace(
            "%1", self.batch_no).replace("%2", str(done)).replace("%3", str(len(self.slots))))

    def _show_slot(self) -> None:
        last = self.last
        if last is not None and last.verdict is Verdict.OK:
            self.slot_label.setText(str(last.slot))
            self.slot_caption.setText(self.tr("slot"))
        else:
            self.slot_label.setText("—")
            self.slot_caption.setText("")

    def _paint_rack(self) -> None:
        """Restyle only the cells whose state changed: a style sheet per cell per scan would
        cost more than the scan itself on a 50-slot rack."""
        while len(self.cells) < len(self.slots):
            cell = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            cell.setMinimumHeight(56)
            n = len(self.cells)
            self.rack.addWidget(cell, n // COLUMNS, n % COLUMNS)
            self.cells.append(cell)
            self._painted.append(("", ""))
        last_slot = self.last.slot if self.last is not None else 0
        for i, (cell, slot) in enumerate(zip(self.cells, self.slots, strict=False)):
            kind = "last" if slot.slot == last_slot else "full" if slot.full else \
                "partial" if slot.sorted else "empty"
            text = f"{slot.slot}\n{slot.sorted}/{slot.units}"
            if self._painted[i] == (kind, text):
                continue
            self._painted[i] = (kind, text)
            colour = "white" if kind == "last" else "black"
            cell.setStyleSheet(f"background: {_COLOURS[kind]}; color: {colour}; "
                               "font-size: 18px; border: 1px solid #90a4ae;")
            cell.setText(text)
            cell.setToolTip(slot.order_no)
            cell.show()
        for cell in self.cells[len(self.slots):]:
            cell.hide()

    def _play(self, state: str) -> None:
        if self.sounds is None:
            cfg = self.ctx.settings
            self.sounds = Sounds(cfg.sound_volume if cfg else 80,
                                 cfg.sound_muted if cfg else False)
        self.sounds.play({"ok": "ok", "error": "error", "offer": "error",
                          "complete": "complete"}.get(state, "ok"))
