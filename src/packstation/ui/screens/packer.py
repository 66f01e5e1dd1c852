"""The packer screen: scan the order, scan every unit, and the station refuses every mistake.

A correct order needs no click: open by scan, scan the units, it completes itself when the last
unit is in. Every result arrives only after the service committed it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from packstation import resources
from packstation.domain.verdicts import Verdict
from packstation.services.dto import LineView
from packstation.services.packing.api import Packing
from packstation.services.packing.dto import ScanResult
from packstation.services.printing.ports import JobView
from packstation.services.proposal import proposals as proposal
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.camera_panel import CameraPanel
from packstation.ui.screens.printing.panel import PrintPanel, kind_text
from packstation.ui.sounds import Sounds
from packstation.ui.widgets.banner import VerdictBanner
from packstation.ui.widgets.base import Screen
from packstation.ui.widgets.proposal_text import option_label, proposal_text
from packstation.ui.widgets.scan_field import ScanField
from packstation.ui.widgets.weigh_panel import WeighPanel

_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("PackColumns", "SKU"), lambda ln: ln.sku),
    (QT_TRANSLATE_NOOP("PackColumns", "Product"), lambda ln: ln.name_ja),
    (QT_TRANSLATE_NOOP("PackColumns", "Ordered"), lambda ln: ln.qty),
    (QT_TRANSLATE_NOOP("PackColumns", "Scanned"), lambda ln: ln.scanned_qty),
    (QT_TRANSLATE_NOOP("PackColumns", "Left"), lambda ln: max(ln.qty - ln.scanned_qty, 0)),
]

# What the banner says for each verdict (translated when shown).
_VERDICT_TEXT = {
    Verdict.OPENED: QT_TRANSLATE_NOOP("Verdicts", "Order opened: scan the items"),
    Verdict.UNKNOWN_ORDER: QT_TRANSLATE_NOOP("Verdicts", "Unknown order number"),
    Verdict.ALREADY_PACKED: QT_TRANSLATE_NOOP("Verdicts", "Already packed: do not ship it again"),
    Verdict.HELD_ELSEWHERE: QT_TRANSLATE_NOOP("Verdicts", "Another station is packing this order"),
    Verdict.NOT_CLAIMED_OFFLINE: QT_TRANSLATE_NOOP(
        "Verdicts", "Server unreachable: only orders already at this station can be opened"),
    Verdict.OK: QT_TRANSLATE_NOOP("Verdicts", "OK"),
    Verdict.WRONG_ITEM: QT_TRANSLATE_NOOP(
        "Verdicts", "WRONG ITEM: not on this order. Put it back."),
    Verdict.UNKNOWN_CODE: QT_TRANSLATE_NOOP("Verdicts", "Unknown barcode: no product has it"),
    Verdict.BAD_CHECK_DIGIT: QT_TRANSLATE_NOOP("Verdicts", "Misread barcode: scan it again"),
    Verdict.OVER_QUANTITY: QT_TRANSLATE_NOOP("Verdicts", "TOO MANY: this line is already complete"),
    Verdict.DUPLICATE_SERIAL: QT_TRANSLATE_NOOP("Verdicts", "Serial number already scanned"),
    Verdict.SERIAL_REQUIRED: QT_TRANSLATE_NOOP("Verdicts", "Scan the serial number barcode"),
    Verdict.TYPING_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Verdicts", "Scan the barcode: typing is not allowed"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("Verdicts", "EXPIRED: do not ship this unit"),
    Verdict.NO_OPEN_ORDER: QT_TRANSLATE_NOOP("Verdicts", "Scan the order barcode first"),
    Verdict.COMPLETED: QT_TRANSLATE_NOOP("Verdicts", "Order complete: pack and close the box"),
    Verdict.SHORT: QT_TRANSLATE_NOOP("Verdicts", "Items missing: the order cannot be completed"),
    Verdict.LABEL_OK: QT_TRANSLATE_NOOP("Verdicts", "Label OK: next order"),
    Verdict.LABEL_MISMATCH: QT_TRANSLATE_NOOP(
        "Verdicts", "WRONG LABEL: this label is another order's"),
    Verdict.UNDONE: QT_TRANSLATE_NOOP("Verdicts", "Last scan undone: take the unit out"),
    Verdict.NOTHING_TO_UNDO: QT_TRANSLATE_NOOP("Verdicts", "Nothing to undo"),
    Verdict.ON_HOLD: QT_TRANSLATE_NOOP("Verdicts", "Order put on hold"),
    Verdict.OVERRIDDEN: QT_TRANSLATE_NOOP("Verdicts", "Approved by the lead"),
}


def verdict_text(verdict: Verdict) -> str:
    return QCoreApplication.translate("Verdicts", str(_VERDICT_TEXT.get(verdict, verdict)))


class PackerScreen(Screen):
    result_shown = Signal(object)  # ScanResult, after banner and sound

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.order_no: str | None = None
        self.stage = "idle"  # idle / packing / completed
        self.tracking_no = ""
        self.left = 0  # units still to scan on the open order
        self.sounds: Sounds | None = None
        self.banner = VerdictBanner()
        self.picture = QLabel(objectName="picture")  # the product just scanned: tells
        self.picture.setFixedSize(150, 150)          # a red shirt from a blue one at a glance
        self.picture.setScaledContents(True)
        self.order_label = QLabel(objectName="title")
        self.next_step = QLabel(objectName="next")
        self.next_step.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.proposal_label = QLabel(objectName="proposal")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setStyleSheet("font-size: 18px; padding: 6px; border: 2px solid "
                                          "#90a4ae; border-radius: 6px; background: white;")
        self.proposal: proposal.ProposalView | None = None
        self.sound_note = QLabel(objectName="sound_note")
        self.sound_note.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.sound_note.hide()
        self.weigh = WeighPanel(ctx)  # after completion: the box on the scale before its label
        self.field = ScanField()
        self.print_panel = PrintPanel(ctx, self)  # auto-print, failures, F1 retry, Ctrl+P
        self.model = TableModel("PackColumns", _COLUMNS)
        self.table = QTableView(objectName="pack_lines")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(self.table.focusPolicy().NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.camera = CameraPanel(ctx)  # F1: scan with a webcam instead of a hand scanner
        self.buttons = {k: QPushButton(objectName=k) for k in (
            "accept_box", "other_box", "undo", "count", "hold", "override", "complete")}
        self._layout()
        self._connect()
        self.retranslate()
        self.camera.attach(self)  # beside the lines; Ctrl+K on/off, Ctrl+Shift+K count again

    def _layout(self) -> None:
        col = QVBoxLayout(self)
        col.addWidget(self.order_label)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.picture)
        col.addLayout(top)
        col.addWidget(self.print_panel)
        col.addWidget(self.next_step)
        col.addWidget(self.proposal_label)
        col.addWidget(self.weigh)
        col.addWidget(self.table, 1)
        col.addWidget(self.sound_note)
        col.addWidget(self.field)
        row = QHBoxLayout()
        for b in self.buttons.values():
            b.setFocusPolicy(b.focusPolicy().NoFocus)  # the scan field keeps the focus
            row.addWidget(b)
        col.addLayout(row)

    def _connect(self) -> None:
        self.field.scanned.connect(self.on_scanned)
        self.print_panel.job_failed.connect(self.on_print_failed)
        # While print jobs show, the proposal (chosen already) gives the bar its rows.
        self.print_panel.shown.connect(lambda on: self.proposal_label.setVisible(not on))
        self.print_panel.label_printed.connect(self.on_label_printed)
        actions = {"accept_box": ("F4", self.accept_proposal),
                   "other_box": ("F7", self.choose_other), "undo": ("Ctrl+Z", self.undo),
                   "count": ("F6", self.key_count),
                   "hold": ("F8", self.hold), "override": ("F9", self.request_override),
                   "complete": ("F10", self.complete)}
        for key, (shortcut, slot) in actions.items():
            self.buttons[key].clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self, slot)
        self.weigh.attach(self)  # F5 weigh, Shift+F5 scale settings; follows result_shown

    def retranslate(self) -> None:
        texts = {"accept_box": self.tr("Use this box (F4)"),
                 "other_box": self.tr("Other box… (F7)"), "undo": self.tr("Undo last (Ctrl+Z)"),
                 "count": self.tr("Key count (F6)"),
                 "hold": self.tr("Hold (F8)"), "override": self.tr("Lead override (F9)"),
                 "complete": self.tr("Complete (F10)")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.field.setPlaceholderText(self.tr("Scan here"))
        self.sound_note.setText(self.tr("🔇 Sound is not working on this PC: watch the colours"))
        self.model.retranslate()
        self.print_panel.retranslate()
        self._show_next()
        if self.stage == "idle" and self.banner.state == "idle":
            self.banner.show_state("idle", self.tr("Scan the pick list or 納品書 barcode"))
        self._show_order_label()

    # -- scanning --------------------------------------------------------------------------
    def on_scanned(self, code: str, typed: bool) -> None:
        if self.weigh.refuse_scan():  # a box outside the weight tolerance is not left behind
            return
        packing, packer = self.ctx.require_services().packing, self.ctx.packer()
        order_no = self.order_no
        if self.stage == "packing" and order_no:
            self.ctx.tasks.db.submit(lambda: packing.scan(packer, order_no, code, typed=typed),
                                     self.show_result)
        elif self.stage == "completed" and order_no and self.tracking_no:
            self.ctx.tasks.db.submit(lambda: packing.scan_label(packer, order_no, code),
                                     self.show_result)
        else:
            self.ctx.tasks.db.submit(lambda: packing.open_order(packer, code),
                                     self.show_result)

    def show_result(self, result: ScanResult) -> None:
        """Banner, sound and lines, in that order: the result is already committed."""
        self._apply(result)
        verdict = result.verdict
        state = "error" if verdict.is_error else ("complete" if verdict.finishes else "ok")
        text = verdict_text(verdict)
        if verdict is Verdict.OK:
            left = self.tr("left on the order: %1").replace("%1", str(result.order_remaining))
            text = f"OK  {result.sku}  ({left})"
        elif verdict is Verdict.LABEL_MISMATCH and result.other_order_no:
            text += f"\n({result.other_order_no})"
        elif verdict is Verdict.HELD_ELSEWHERE:
            text += f"\n({result.detail})"  # which station has it
        elif state == "error" and result.sku:
            text += f"\n{result.sku}"  # what was scanned: the look-alike the packer holds
        self.banner.show_state(state, text)
        self._play(state)
        self._show_next()
        if verdict is Verdict.OPENED and result.order_no:
            self.print_panel.order_opened(result.order_no)  # earlier failures leave the bar
        elif verdict is Verdict.COMPLETED and result.order_no:
            self.print_panel.order_completed(result.order_no)
        self.result_shown.emit(result)
        if verdict is Verdict.OK and result.order_remaining == 0:
            self.complete()  # the last unit is in: no click needed

    def _apply(self, result: ScanResult) -> None:
        verdict = result.verdict
        if verdict.keeps_packing:
            self.stage = "packing"
        if verdict is Verdict.OPENED:
            self.order_no = result.order_no
            self._load_proposal()
        if verdict is Verdict.COMPLETED and result.order_remaining >= 0:
            self.stage = "completed"
        if verdict.frees_bench:
            self.stage, self.order_no = "idle", None
        if result.lines or verdict is Verdict.OPENED:
            self._show_lines(result.lines, result.line_no)
        elif result.line is not None:
            self._show_line(result.line)
        if result.order_no:
            self.left = result.order_remaining
        self._show_order_label()

    def _show_lines(self, lines: tuple[LineView, ...], current: int | None) -> None:
        english = self.ctx.language.current == "en"
        rows = [ln if not english or not ln.name_en else
                LineView(ln.line_no, ln.sku, ln.name_en, ln.name_en, ln.qty, ln.scanned_qty,
                         ln.image_path, ln.missing_measurements) for ln in lines]
        self.model.set_rows(rows)
        for i, ln in enumerate(rows):
            if ln.line_no == current:
                self.table.selectRow(i)

    def _show_picture(self, image_path: str) -> None:
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap(str(resources.resolve(image_path))) if image_path else QPixmap()
        self.picture.setPixmap(pixmap)
        self.picture.setVisible(not pixmap.isNull())

    def _show_line(self, line: LineView) -> None:
        self._show_picture(line.image_path)
        for i, row in enumerate(self.model.rows):
            if row.line_no == line.line_no:
                name = line.name_en if self.ctx.language.current == "en" and line.name_en \
                    else line.name_ja
                self.model.replace_row(i, replace(line, name_ja=name))
                self.table.selectRow(i)
                return

    # -- box and carrier proposal --------------------------------------------------------------
    def _load_proposal(self) -> None:
        proposals, order_no = self.ctx.require_services().proposal, self.order_no
        if order_no is None:
            return
        self.proposal = None
        self.proposal_label.setText(self.tr("Choosing the box and carrier…"))

        def shown(view: proposal.ProposalView) -> None:
            if view.order_no == self.order_no:
                self.proposal = view
                self._show_proposal()

        self.ctx.tasks.work.submit(lambda: proposals.suggest(order_no), shown)

    def _show_proposal(self) -> None:
        view = self.proposal
        if view is None:
            return
        if view.missing_measurements:
            self.proposal_label.setText(self.tr(
                "⚠ Size or weight not registered for: %1. The box can't be chosen; "
                "ask the admin to register them.").replace("%1",
                                                           ", ".join(view.missing_measurements)))
            return
        if view.best is None:
            self.proposal_label.setText(self.tr("⚠ No box or service fits: %1").replace(
                "%1", "; ".join(view.unpacked)))
            return
        self.proposal_label.setText(proposal_text(view))

    def accept_proposal(self) -> None:
        view = self.proposal
        if view is None or view.best is None or self.order_no is None:
            return
        self._choose(view.best, "")

    def choose_other(self) -> None:
        view = self.proposal
        if view is None or not view.alternatives or self.order_no is None:
            return
        names = [f"{option_label(a)} (+¥{a.difference_yen:,})" for a in view.alternatives]
        picked, ok = QInputDialog.getItem(self, self.tr("Other box"), self.tr("Choose"), names,
                                          0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Other box"),
                                          self.tr("Why not the cheapest?"))
        if ok and reason.strip():
            self._choose(view.alternatives[names.index(picked)], reason)

    def _choose(self, option: proposal.OptionView, reason: str) -> None:
        proposals, view, order_no = self.ctx.require_services().proposal, self.proposal, \
            self.order_no
        user = self.ctx.session
        best = view.best if view else None
        assert order_no is not None

        def chosen(_none: object) -> None:
            self.proposal_label.setText(self.tr("Chosen: %1").replace("%1", option_label(option)))

        self.ctx.tasks.db.submit(
            lambda: proposals.choose(user, order_no, option, best=best, reason=reason),
            chosen)

    def _show_order_label(self) -> None:
        self.order_label.setText(self.tr("Order %1").replace("%1", self.order_no)
                                 if self.order_no else self.tr("No order open"))

    def _show_next(self) -> None:
        if self.stage == "packing":
            text = self.tr("Next: scan the next item (%1 left)").replace("%1", str(self.left))
        elif self.stage == "completed":
            text = self.weigh.next_step() or self.tr(
                "Next: scan the carrier label, or the next order")
        else:
            text = self.tr("Next: scan the order barcode")
        self.next_step.setText(text)

    # -- printing ------------------------------------------------------------------------------
    def on_print_failed(self, job: JobView) -> None:
        """A document did not print: say so in the big banner too, with the error sound."""
        head = self.tr("%1 for %2 NOT printed").replace("%1", kind_text(job.kind))
        self.banner.show_state("error", head.replace("%2", job.order_no) + "\n"
                               + self.tr("F1: retry   Shift+F1: cancel"))
        self._play("error")

    def on_label_printed(self, order_no: str, tracking_no: str) -> None:
        """The label is out: ask for the label scan check (catches labels swapped: テレコ)."""
        if order_no != self.order_no or self.stage != "completed":
            return
        self.tracking_no = tracking_no
        self.next_step.setText(self.tr("Label printed: stick it on and scan its barcode")
                               if tracking_no else
                               self.tr("Label printed: stick it on, then scan the next order"))

    def settings_changed(self) -> None:
        self.sounds = None  # rebuilt with the new volume and mute on the next sound
        self.weigh.settings_changed()

    def _weigh_shown(self, state: str, text: str) -> None:
        self.banner.show_state(state, text)
        self._play(state)
        self._show_next()

    def _play(self, state: str) -> None:
        if self.sounds is None:
            cfg = self.ctx.settings
            self.sounds = Sounds(cfg.sound_volume if cfg else 80, cfg.sound_muted if cfg else False)
        self.sounds.play({"ok": "ok", "error": "error", "complete": "complete"}.get(state, "ok"))
        muted = bool(self.ctx.settings and self.ctx.settings.sound_muted)
        self.sound_note.setVisible(not muted and not self.sounds.working())

    # -- actions ---------------------------------------------------------------------------
    def undo(self) -> None:
        if self.stage == "packing" and self.order_no:
            packing, packer, order_no = self._packing(), self.ctx.packer(), self.order_no
            self.ctx.tasks.db.submit(lambda: packing.undo_last(packer, order_no),
                                     self.show_result)

    def complete(self) -> None:
        if self.stage == "packing" and self.order_no:
            packing, packer, order_no = self._packing(), self.ctx.packer(), self.order_no
            self.ctx.tasks.db.submit(lambda: packing.complete(packer, order_no),
                                     self.show_result)

    def key_count(self) -> None:
        """Scan once, key the count: only for products the admin allows it for (logged)."""
        if self.stage != "packing" or not self.order_no:
            return
        code, ok = QInputDialog.getText(self, self.tr("Key count"), self.tr("Scan the item"))
        if not ok or not code:
            return
        qty, ok = QInputDialog.getInt(self, self.tr("Key count"), self.tr("How many units?"),
                                      1, 1, 9999)
        if ok:
            packing, packer, order_no = self._packing(), self.ctx.packer(), self.order_no
            self.ctx.tasks.db.submit(
                lambda: packing.scan(packer, order_no, code, keyed_count=qty), self.show_result)

    def hold(self) -> None:
        if self.stage != "packing" or not self.order_no:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Hold"), self.tr("Reason for the hold"))
        if ok and reason.strip():
            packing, packer, order_no = self._packing(), self.ctx.packer(), self.order_no
            self.ctx.tasks.db.submit(lambda: packing.hold(packer, order_no, reason),
                                     self.show_result)

    def request_override(self) -> None:
        if self.weigh.blocking():  # a box outside the weight tolerance: the lead's weight call
            self.weigh.request_override(self)
            return
        if not self.order_no:
            return
        from packstation.ui.screens.override_dialog import OverrideDialog

        dialog = OverrideDialog(self.ctx, self.order_no, list(self.model.rows), self)
        dialog.approved.connect(self.show_result)
        dialog.open()

    def resume(self) -> None:
        """After a restart: reopen exactly what this station had confirmed."""
        packing, packer = self._packing(), self.ctx.packer()

        def shown(result: ScanResult | None) -> None:
            if result is not None:
                self.show_result(result)

        self.ctx.tasks.db.submit(lambda: packing.resume(packer), shown)

    def _packing(self) -> Packing:
        return self.ctx.require_services().packing

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.field.setFocus()
