"""The packer screen: scan the order, scan every unit, and the station refuses every mistake.

A correct order needs no click: open by scan, scan the units, it completes itself when the last
unit is in (and every handling confirmation is recorded). Every result arrives only after the
service committed it.

One order state drives every element: header, badges, lines, product pictures, proposal and
next step are all set from it, and ``clear()`` empties all of them together (hold, label
checked, a refused open, logout), so nothing of an earlier order stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from packstation.domain.handling import ACK_KEYS, AckKind
from packstation.domain.verdicts import Verdict
from packstation.services.packing.api import Packer, Packing
from packstation.services.packing.dto import HandlingView, ScanResult
from packstation.services.printing.ports import JobView
from packstation.services.proposal import proposals as proposal
from packstation.ui.context import UiContext
from packstation.ui.errors import in_user_language
from packstation.ui.screens.camera_panel import CameraPanel
from packstation.ui.screens.packer_text import (
    ack_hints,
    banner_state,
    banner_text,
    verdict_text,
)
from packstation.ui.screens.printing.panel import PrintPanel, kind_text
from packstation.ui.sounds import Sounds
from packstation.ui.widgets.badges import BadgeStrip
from packstation.ui.widgets.banner import VerdictBanner
from packstation.ui.widgets.base import Screen
from packstation.ui.widgets.fit_text import FitLabel
from packstation.ui.widgets.icons import muted_speaker
from packstation.ui.widgets.pack_lines import PackLinesModel, PackLinesView
from packstation.ui.widgets.product_cards import ProductCards
from packstation.ui.widgets.proposal_text import option_label, proposal_text
from packstation.ui.widgets.scan_field import ScanField
from packstation.ui.widgets.weigh_panel import WeighPanel

__all__ = ["PackerScreen", "verdict_text"]

_NEXT_CSS = "color: #0d47a1; padding: 0px;"


class PackerScreen(Screen):
    result_shown = Signal(object)  # ScanResult, after banner and sound
    batch_scanned = Signal(str)  # a batch list's barcode while no order is open: sort it

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.sounds: Sounds | None = None
        self._build()
        self._layout()
        self._connect()
        self.clear()
        self.retranslate()
        self.camera.attach(self)  # beside the lines; Ctrl+K on/off, Ctrl+Shift+K count again

    # -- the one order state ----------------------------------------------------------------
    def clear(self) -> None:
        """No order at the bench: every element empty (never an earlier order's)."""
        self.order_no: str | None = None
        self.stage = "idle"  # idle / packing / completed
        self.tracking_no = ""
        self.left = 0  # units still to scan on the open order
        self.handling = HandlingView()
        self.offer = ""  # another order's number scanned: F8 holds this one and opens it
        self.proposal: proposal.ProposalView | None = None
        self.model.show_lines((), None)
        self.badges.clear()
        self.cards.clear()
        self.proposal_label.clear()
        self.proposal_label.hide()
        self.weigh.reset()
        self._show_header()
        self._show_next()

    def _build(self) -> None:
        self.banner = VerdictBanner()
        self.banner.setMinimumWidth(460)  # the right column never gives its room away
        self.cards = ProductCards()  # the product in hand; for a wrong item, the expected one
        self.order_label = QLabel(objectName="title")
        self.count_label = QLabel(objectName="count")
        self.count_label.setStyleSheet("font-size: 32px; font-weight: bold; color: #0d47a1;")
        self.next_step = FitLabel(32, 28, object_name="next")
        self.next_step.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.next_step.set_css(_NEXT_CSS)
        self.next_step.setFixedHeight(76)  # two lines of 28-32 px
        self.badges = BadgeStrip()
        self.proposal_label = QLabel(objectName="proposal")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setStyleSheet("font-size: 16px; padding: 4px; border: 2px solid "
                                          "#90a4ae; border-radius: 6px; background: white;")
        self.sound_icon = QLabel(objectName="sound_icon")
        self.sound_icon.setPixmap(muted_speaker(24))
        self.sound_note = QLabel(objectName="sound_note")
        self.sound_note.setStyleSheet("color: #b26a00; font-weight: bold; font-size: 16px;")
        self.sound_note.setWordWrap(True)
        self.weigh = WeighPanel(self.ctx)  # after completion: the box on the scale first
        self.field = ScanField()
        self.print_panel = PrintPanel(self.ctx, self)  # auto-print, failures, F1, Ctrl+P
        self.model = PackLinesModel()
        self.table = PackLinesView(self.model)
        self.camera = CameraPanel(self.ctx)  # F1: scan with a webcam instead of a hand scanner
        self.buttons = {k: QPushButton(objectName=k) for k in (
            "accept_box", "other_box", "undo", "count", "hold", "override", "complete")}

    def _layout(self) -> None:
        """Left: the order (number, units left, badges, lines); right: what the last scan
        said (banner, next step, the product in hand), the proposal and the scale; the scan
        field and the keys across the bottom. Fits 1366×768 with 8 whole lines."""
        col = QVBoxLayout(self)
        col.setContentsMargins(6, 2, 6, 2)
        col.setSpacing(4)
        top = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(4)
        right.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(self.order_label)
        head.addSpacing(24)
        head.addWidget(self.count_label)
        head.addStretch(1)
        left.addLayout(head)
        left.addWidget(self.badges)
        self.lines_row = QHBoxLayout()  # the camera panel goes beside the lines
        self.lines_row.addWidget(self.table, 1)
        left.addLayout(self.lines_row, 1)
        right.addWidget(self.banner, 1)
        right.addWidget(self.next_step)
        right.addWidget(self.cards)
        right.addWidget(self.print_panel)
        right.addWidget(self.proposal_label)
        right.addWidget(self.weigh)
        sound = QHBoxLayout()
        sound.addWidget(self.sound_icon)
        sound.addWidget(self.sound_note, 1)
        right.addLayout(sound)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        col.addLayout(top, 1)
        self.field.setFixedHeight(48)
        col.addWidget(self.field)
        row = QHBoxLayout()
        for b in self.buttons.values():
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
            b.setStyleSheet("min-height: 38px; padding: 2px 6px;")
            row.addWidget(b)
        col.addLayout(row)

    def _make_room_for_prints(self, on: bool) -> None:
        """While print jobs show, the proposal (chosen already) gives the bar its rows; a
        failed print also takes the product picture's (what failed and why, in full, at
        1366×768: the banner above still names the last scan)."""
        self.proposal_label.setVisible(not on and self.order_no is not None)
        self.cards.setVisible(not self.print_panel.shown_failures())

    def _connect(self) -> None:
        self.field.scanned.connect(self.on_scanned)
        self.print_panel.job_failed.connect(self.on_print_failed)
        self.print_panel.shown.connect(self._make_room_for_prints)
        self.print_panel.label_printed.connect(self.on_label_printed)
        actions = {"accept_box": ("F4", self.accept_proposal),
                   "other_box": ("F7", self.choose_other), "undo": ("Ctrl+Z", self.undo),
                   "count": ("F6", self.key_count),
                   "hold": ("F8", self.hold), "override": ("F9", self.request_override),
                   "complete": ("F10", self.complete)}
        for key, (shortcut, slot) in actions.items():
            self.buttons[key].clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self, slot)
        for kind, shortcut in ACK_KEYS.items():
            QShortcut(QKeySequence(shortcut), self, lambda k=kind: self.acknowledge(k))
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
        self.sound_note.setText(self.tr("Sound is not working on this PC: watch the colours"))
        self.model.english = self.ctx.language.current == "en"
        self.model.retranslate()
        self.badges.retranslate()
        self.print_panel.retranslate()
        self._show_next()
        if self.stage == "idle" and self.banner.state == "idle":
            self.banner.show_state("idle", self.tr("Scan the pick list or 納品書 barcode"))
        self._show_header()

    @property
    def picture(self) -> QLabel:
        """The picture of the product just scanned."""
        picture: QLabel = self.cards.held.picture
        return picture

    # -- scanning --------------------------------------------------------------------------
    def _submit(self, call: Callable[[Packing, Packer], ScanResult | None]) -> None:
        """One service call on the scan queue, for whoever packs now; its result shown when
        committed."""
        packing, packer = self.ctx.require_services().packing, self.ctx.packer()
        self.ctx.tasks.db.submit(lambda: call(packing, packer), self._shown_if_any)

    def _shown_if_any(self, result: ScanResult | None) -> None:
        if result is not None:
            self.show_result(result)

    def on_scanned(self, code: str, typed: bool) -> None:
        if self.weigh.refuse_scan():  # a box outside the weight tolerance is not left behind
            return
        order_no = self.order_no
        if self.stage == "packing" and order_no:
            self._submit(lambda s, p: s.scan(p, order_no, code, typed=typed))
        elif self.stage == "completed" and order_no and self.tracking_no:
            self._submit(lambda s, p: s.scan_label(p, order_no, code))
        elif self.ctx.require_services().packing.is_batch(code):
            self.batch_scanned.emit(code)  # 種まき: the main window opens the sorting screen
        else:
            self._submit(lambda s, p: s.open_order(p, code))

    def open_order_no(self, order_no: str) -> None:
        """Open an order chosen elsewhere (a full slot of the batch being sorted)."""
        self._submit(lambda s, p: s.open_order(p, order_no))

    def show_result(self, result: ScanResult) -> None:
        """Banner, sound and lines, in that order: the result is already committed."""
        before = self.order_no
        name = self._apply(result)
        state = banner_state(result.verdict)
        self.banner.show_state(state, banner_text(result, before, name), result.repeat)
        self._play(state)
        self._show_next()
        if result.verdict is Verdict.OPENED and result.order_no:
            self.print_panel.order_opened(result.order_no)  # earlier failures leave the bar
        elif result.verdict is Verdict.COMPLETED and result.order_no:
            self.print_panel.order_completed(result.order_no)
        self.result_shown.emit(result)
        if self._ready_to_complete(result):
            self.complete()  # the last unit is in and every confirmation: no click needed

    def _ready_to_complete(self, result: ScanResult) -> bool:
        if self.stage != "packing" or self.left:
            return False
        if result.verdict is Verdict.OK:
            return result.order_remaining == 0 and not self.handling.missing
        return result.verdict is Verdict.ACKNOWLEDGED and not self.handling.missing

    def _apply(self, result: ScanResult) -> str:
        """Move the order state on by one result; returns the scanned product's name."""
        verdict = result.verdict
        if verdict.refuses_open or verdict.frees_bench:
            self.clear()  # nothing of the earlier order stays (hold, label done, refused)
            return ""
        if verdict is Verdict.OPENED:
            self.clear()
            self.order_no, self.stage = result.order_no, "packing"
            self.model.show_lines(result.lines, None)
            self._load_proposal()
        self.offer = result.other_order_no if verdict is Verdict.OTHER_ORDER else ""
        if result.handling is not None:
            self.handling = result.handling
            self.badges.show_handling(result.handling)
        if verdict is Verdict.COMPLETED:
            self.stage = "completed"
        if result.order_no and result.order_no == self.order_no:
            self.left = result.order_remaining
        name = self._show_lines(result)
        self._show_header()
        return name

    def _show_lines(self, result: ScanResult) -> str:
        if result.lines and result.verdict is not Verdict.OPENED:
            self.model.show_lines(result.lines, result.line_no)
        name = ""
        if result.line is not None:
            row = self.model.update_line(result.line)
            self.table.show_current()
            if row is not None:
                line = self.model.rows[row]
                name = self.model.name(line)
                if result.verdict is Verdict.OK:
                    self.cards.held.show_product(line.sku, name, line.image_path)
                    self.cards.expected.clear()
        if result.scanned is not None:  # a wrong item: what is in hand beside what is needed
            english = self.ctx.language.current == "en"
            scanned = result.scanned
            name = scanned.name_en if english and scanned.name_en else scanned.name_ja
            self.cards.held.show_product(scanned.sku, name, scanned.image_path,
                                         self.tr("In your hand"), "#c62828")
            expected = result.expected
            if expected is not None:
                self.cards.expected.show_product(
                    expected.sku, expected.name_en if english and expected.name_en
                    else expected.name_ja, expected.image_path, self.tr("This order needs"),
                    "#1b8a2f")
        return name

    # -- box and carrier proposal --------------------------------------------------------------
    def _load_proposal(self) -> None:
        proposals, order_no = self.ctx.require_services().proposal, self.order_no
        if order_no is None:
            return
        self.proposal = None
        self.proposal_label.setText(self.tr("Choosing the box and carrier…"))
        self.proposal_label.setVisible(not self.print_panel.isVisible())

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
        if view.refused is not None:
            self.proposal_label.setText("⚠ " + in_user_language(view.refused))
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
        """F7: every box that holds the items, with every service that takes it."""
        if self.order_no is None:
            return
        proposals, order_no = self.ctx.require_services().proposal, self.order_no

        def offered(view: proposal.ProposalView) -> None:
            if view.order_no == self.order_no and view.alternatives:
                self._pick_other(view)

        self.ctx.tasks.work.submit(lambda: proposals.every_option(order_no), offered)

    def _pick_other(self, view: proposal.ProposalView) -> None:
        names = [f"{option_label(a)} (+¥{a.difference_yen:,})" for a in view.alternatives]
        picked, ok = QInputDialog.getItem(self, self.tr("Other box"), self.tr("Choose"), names,
                                          0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Other box"),
                                          self.tr("Why not the cheapest?"))
        if ok and reason.strip():
            self.proposal = view
            self._choose(view.alternatives[names.index(picked)], reason)

    def _choose(self, option: proposal.OptionView, reason: str) -> None:
        proposals, view, order_no = self.ctx.require_services().proposal, self.proposal, \
            self.order_no
        user = self.ctx.session
        best = view.best if view else None
        assert order_no is not None

        def chosen(_none: object) -> None:
            if order_no == self.order_no:
                self.proposal_label.setText(
                    self.tr("Chosen: %1").replace("%1", option_label(option)))

        self.ctx.tasks.db.submit(
            lambda: proposals.choose(user, order_no, option, best=best, reason=reason),
            chosen)

    # -- header and next step ------------------------------------------------------------------
    def _show_header(self) -> None:
        self.order_label.setText(self.tr("Order %1").replace("%1", self.order_no)
                                 if self.order_no else self.tr("No order open"))
        self.count_label.setText(self.tr("%1 left").replace("%1", str(self.left))
                                 if self.stage == "packing" else "")

    def _show_next(self) -> None:
        if self.offer and self.order_no:
            text = self.tr("F8: put %1 on hold and open %2").replace(
                "%1", self.order_no).replace("%2", self.offer)
        elif self.stage == "packing" and self.left:
            text = self.tr("Next: scan the next item (%1 left)").replace("%1", str(self.left))
        elif self.stage == "packing" and self.handling.missing:
            text = self.tr("Next: confirm %1").replace("%1", ack_hints(self.handling.missing))
        elif self.stage == "packing":
            text = self.tr("Next: complete the order (F10)")
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
        self.sounds.play({"ok": "ok", "error": "error", "offer": "error",
                          "complete": "complete"}.get(state, "ok"))
        muted = bool(self.ctx.settings and self.ctx.settings.sound_muted)
        silent = not muted and not self.sounds.working()
        self.sound_note.setVisible(silent)
        self.sound_icon.setVisible(silent)

    # -- actions ---------------------------------------------------------------------------
    def undo(self) -> None:
        if self.stage == "packing" and self.order_no:
            order_no = self.order_no
            self._submit(lambda s, p: s.undo_last(p, order_no))

    def complete(self) -> None:
        if self.stage == "packing" and self.order_no:
            order_no = self.order_no
            self._submit(lambda s, p: s.complete(p, order_no))

    def acknowledge(self, kind: AckKind) -> None:
        """Ctrl+1/2/3: the same as scanning ACK-COOL/GIFT/ENCL on the bench sheet (logged as
        keyed)."""
        if self.stage == "packing" and self.order_no:
            order_no = self.order_no
            self._submit(lambda s, p: s.acknowledge(p, order_no, kind.code, typed=True))

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
            order_no = self.order_no
            self._submit(lambda s, p: s.scan(p, order_no, code, keyed_count=qty))

    def hold(self) -> None:
        """F8: put the order on hold with a reason; after another order's pick list was
        scanned, hold this one and open that one at once (the reason says which)."""
        if self.stage != "packing" or not self.order_no:
            return
        order_no, other = self.order_no, self.offer
        if other:
            reason = self.tr("Switched to order %1").replace("%1", other)
            self._submit(lambda s, p: s.hold_and_open(p, order_no, other, reason))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Hold"), self.tr("Reason for the hold"))
        if ok and reason.strip():
            self._submit(lambda s, p: s.hold(p, order_no, reason))

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
        """After a login: this user's order at this station, exactly as last committed; any
        other user's order never shows."""
        self.clear()
        self.banner.show_state("idle", self.tr("Scan the pick list or 納品書 barcode"))
        self._submit(lambda s, p: s.resume(p))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.field.setFocus()
