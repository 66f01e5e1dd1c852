"""Printing on the real packer screen: auto-print on completion, a printer that is off gives the
red print bar and the error banner, F1 prints once it is back; Shift+F1 cancels (logged);
the admin's printer setup saves all-or-nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import log_in, window_on
from tests.gui.test_packer import scan, scan_whole_order
from tests.printing_fakes import FakeDocuments, LoopbackPrinter, document_bytes

STATION = "gui-station"


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    served = LoopbackPrinter().start()
    yield served
    served.stop()


@pytest.fixture
def print_window(qtbot, demo_db: str, printer: LoopbackPrinter) -> Iterator[object]:
    """The main window on the demo shop, this station printing to the loopback printer."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.printing import PrinterSpec
    from packstation.services.dto import SessionUser
    from packstation.services.printing import desk as printing
    from packstation.services.printing.ports import StationPrinting

    app = build(Config(demo_db, STATION), documents=FakeDocuments())
    admin = SessionUser(4, "admin", "管理者", "admin", "ja")
    for name, media, fmt in (("ラベル1", "4x6", "zpl"), ("A4-1", "A4", "pdf")):
        printing.save_printer(app.uow, admin, PrinterSpec(name, "tcp", printer.address, media,
                                                         203, fmt))
    printing.save_station_printing(app.uow, admin, StationPrinting(STATION, "ラベル1", "A4-1",
                                                                   auto_print=True))
    with window_on(qtbot, app) as win:
        yield win


def pack_whole_order(qtbot, win) -> str:
    order_no = scan_whole_order(qtbot, win)
    qtbot.waitUntil(lambda: win.packer.stage == "completed", timeout=10000)
    return order_no


def logged_in(qtbot, win, who: str = "sato", pin: str = "1111"):
    log_in(qtbot, win, who, pin)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.work, timeout=10000)
    qtbot.waitUntil(lambda: win.ctx.tasks.db.pending == 0, timeout=10000)
    return win.packer


def test_printer_off_shows_the_failure_and_f5_prints_once_it_is_back(
        qtbot, print_window, printer) -> None:
    win = print_window
    packer = logged_in(qtbot, win)
    panel = packer.print_panel
    assert not panel.message.isVisible(), "nothing to print yet: no bar"
    printer.stop()  # the label printer is switched off
    order_no = pack_whole_order(qtbot, win)
    qtbot.waitUntil(lambda: len(panel.failed_jobs()) == 2, timeout=20000)
    assert panel.message.isVisible() and "#c62828" in panel.message.styleSheet()
    text = panel.message.text()
    # sato works in Japanese (his user setting)
    assert "印刷されていません" in text and order_no in text and "応答しません" in text
    assert "127.0.0.1:" in text and "接続を拒否しました" in text, \
        "what the printer's connection said follows (in Japanese), for the admin"
    assert packer.banner.state == "error" and "印刷されていません" in packer.banner.text()
    assert "F1" in packer.banner.text()
    assert panel.buttons["retry"].isVisible() and panel.buttons["cancel"].isVisible()
    assert not packer.cards.isVisible(), "the failure takes the product picture's rows"

    printer.start()  # switched back on
    with qtbot.waitSignal(panel.label_printed, timeout=20000) as printed:
        qtbot.keyClick(packer, Qt.Key.Key_F1)
    assert printed.args[0] == order_no
    qtbot.waitUntil(lambda: not panel.jobs, timeout=20000)
    assert not panel.message.isVisible(), "the bar goes away once everything printed"
    assert sorted(printer.jobs) == sorted(document_bytes(order_no, k) for k in ("label", "slip"))
    assert "送り状を印刷しました" in packer.next_step.text()
    assert packer.cards.isVisible()
    assert win.errors == []


def test_a_failed_print_is_said_in_full_on_a_1366_by_768_bench(  # type: ignore[no-untyped-def]
        qtbot, print_window, printer) -> None:
    """The reason and the printer's answer are read whole (beside the buttons the text once
    wrapped into a narrow box and lost its end, and the window grew past 768 px)."""
    from packstation.ui.style import BASE_CSS

    win = print_window
    win.setStyleSheet(BASE_CSS)
    packer = logged_in(qtbot, win)
    panel = packer.print_panel
    printer.stop()
    pack_whole_order(qtbot, win)
    qtbot.waitUntil(lambda: len(panel.failed_jobs()) == 2, timeout=20000)
    win.resize(1366, 768)
    qtbot.wait(100)
    message = panel.message
    assert message.heightForWidth(message.width()) <= message.height(), message.text()
    assert message.width() >= panel.width() - 8, "the whole width of the column"
    assert win.minimumSizeHint().height() <= 768


def answer_dialogs(qtbot, *answers: str) -> None:
    """Answer the next input dialogs in turn (they open after background work returns)."""
    from PySide6.QtWidgets import QInputDialog

    pending = list(answers)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and pending:
            dialog.setTextValue(pending.pop(0))  # a list's item or the typed text
            dialog.accept()
        if pending:
            QTimer.singleShot(30, look)

    QTimer.singleShot(30, look)


def test_ctrl_p_reprint_asks_why_and_logs_it(qtbot, print_window, printer) -> None:
    win = print_window
    packer = logged_in(qtbot, win)
    panel = packer.print_panel
    order_no = pack_whole_order(qtbot, win)
    with printer.cond:
        printer.cond.wait_for(lambda: len(printer.jobs) == 2, 20)
    # both printed: the bar goes away (no row to spare on 768 px) and the proposal is back
    qtbot.waitUntil(lambda: not panel.jobs and not panel.isVisible()
                    and packer.proposal_label.isVisible(), timeout=20000)
    answer_dialogs(qtbot, "送り状", "ラベルがかすれた")
    qtbot.keyClick(packer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printer.jobs) == 3, timeout=20000)  # the dialogs need the loop
    assert printer.jobs[2] == document_bytes(order_no, "label")
    with win.app.uow() as uow:
        log = uow.audit.recent("reprint")
    assert log[0]["target"] == order_no and log[0]["user_id"] == win.ctx.session.user_id
    assert log[0]["detail"] == {"kind": "label", "reason": "ラベルがかすれた",
                                "job": log[0]["detail"]["job"]}


def packed_with_the_printer_off(qtbot, win, printer):  # type: ignore[no-untyped-def]
    """A packer completes an order while the printer is off: both documents fail."""
    packer = logged_in(qtbot, win)
    printer.stop()
    order_no = pack_whole_order(qtbot, win)
    qtbot.waitUntil(lambda: len(packer.print_panel.failed_jobs()) == 2, timeout=20000)
    return packer, packer.print_panel, order_no


def test_shift_f5_cancels_the_failed_job_and_logs_who(qtbot, print_window, printer) -> None:
    win = print_window
    packer, panel, order_no = packed_with_the_printer_off(qtbot, win, printer)
    first = panel.failed_jobs()[0]

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.setTextValue("手書きで対応")
        dialog.accept()

    QTimer.singleShot(100, answer)
    qtbot.keyClick(packer, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: first.id not in panel.jobs, timeout=10000)
    assert len(panel.failed_jobs()) == 1, "only the oldest one is cancelled per press"
    with win.app.uow() as uow:
        log = uow.audit.recent("print_cancelled")
    assert log[0]["target"] == order_no and log[0]["user_id"] == win.ctx.session.user_id
    assert log[0]["detail"]["reason"] == "手書きで対応"


def test_admin_sets_up_a_printer_and_bad_input_changes_nothing(qtbot, print_window) -> None:
    from packstation.services.printing import desk as printing
    from packstation.ui.screens.printing.printers_dialog import PrintersDialog

    win = print_window
    logged_in(qtbot, win, "admin", "9999")
    assert not win.printers_button.isHidden()
    dialog = PrintersDialog(win.ctx, win)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10000)
    assert dialog.label_printer.currentText() == "ラベル1"
    dialog.new_printer()
    dialog.name.setText("ゼブラ2")
    dialog.backend.setCurrentIndex(dialog.backend.findData("tcp"))
    dialog.address.setEditText("10.0.0.7:99999")
    dialog.save_printer()
    qtbot.waitUntil(lambda: "99999" in dialog.message.text(), timeout=10000)
    text = dialog.message.text()  # the admin works in Japanese: no English in the refusal
    assert "「10.0.0.7:99999」" in text and "1〜65535" in text and "アドレス" in text, text
    assert not english_words(text, allowed={"host", "port"}), text
    assert [p.name for p in printing.list_printers(win.app.uow)] == ["A4-1", "ラベル1"]
    dialog.address.setEditText("10.0.0.7")
    dialog.save_printer()
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=10000)
    saved = printing.list_printers(win.app.uow)
    assert ("ゼブラ2", "10.0.0.7") in [(p.name, p.address) for p in saved]


def test_packers_cannot_open_the_printer_setup(qtbot, print_window) -> None:
    from packstation.ui.screens.printing.printers_dialog import PrintersDialog

    win = print_window
    logged_in(qtbot, win)
    assert win.printers_button.isHidden()
    win.open_printers()
    assert not win.findChildren(PrintersDialog)


def test_a_label_held_by_the_check_waits_quietly_and_goes_when_released(
        qtbot, print_window, printer) -> None:
    win = print_window
    held = {"reason": "未計量: 箱をはかりに載せてください"}
    win.app.printing.set_before_label(lambda order_no: held["reason"])
    packer = logged_in(qtbot, win)
    panel = packer.print_panel
    order_no = pack_whole_order(qtbot, win)
    qtbot.waitUntil(lambda: len(panel.failed_jobs()) == 1 and len(printer.jobs) == 1,
                    timeout=20000)
    assert printer.jobs == [document_bytes(order_no, "slip")], "the 納品書 is not held"
    assert "未計量" in panel.message.text() and "#b26a00" in panel.message.styleSheet()
    assert packer.banner.state == "complete", "a held label is a step, not an alarm"
    held["reason"] = None  # weighed right
    with qtbot.waitSignal(panel.label_printed, timeout=20000):
        panel.retry_held(order_no)
    assert sorted(printer.jobs) == sorted(document_bytes(order_no, k) for k in ("label", "slip"))


def english_words(text: str, allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Words of three or more Latin letters, except names of things (PDF, ZPL, CUPS, TCP, dpi)
    and key names."""
    known = {"PDF", "ZPL", "CUPS", "TCP", "dpi", "Ctrl", "Shift", "Esc", "Enter", "raw", "RAW",
             "lpstat", "prints", *allowed}
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in known]


def test_the_failure_bar_lets_go_when_the_next_order_opens(qtbot, print_window, printer) -> None:
    from packstation.services import orders

    win = print_window
    packer, panel, first = packed_with_the_printer_off(qtbot, win, printer)
    assert panel.isVisible() and first in panel.message.text()
    following = next(o.order_no for o in orders.search(win.app.uow)
                     if o.status == "open" and o.order_no != first)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, following)
    assert packer.order_no == following
    assert not panel.isVisible(), "the next order starts without the last one's red bar"
    assert len(panel.failed_jobs()) == 2, "the jobs stay in the station's print list"
    printer.start()
    qtbot.keyClick(packer, Qt.Key.Key_F1)  # F1 still sends them
    with printer.cond:
        printer.cond.wait_for(lambda: len(printer.jobs) == 2, 20)
    qtbot.waitUntil(lambda: not panel.failed_jobs(), timeout=20000)


def test_no_printer_at_the_station_is_said_in_japanese(qtbot, window) -> None:
    from datetime import UTC, datetime

    from packstation.domain.printing import Failure, JobStatus
    from packstation.services.printing.ports import JobView
    from packstation.ui.screens.printing.panel import failure_text

    window.set_language("ja")
    for detail in ("gui-station", "no label printer at gui-station"):  # old rows: a sentence
        job = JobView(1, "gui-station", "R-1001", "label", None, JobStatus.FAILED, 0,
                      Failure.NOT_CONFIGURED, detail, False, "", datetime.now(UTC))
        text = failure_text(job)
        assert "gui-stationに送り状のプリンタがありません" in text, text
        assert not english_words(text.replace("gui-station", "")), text


def test_the_printer_dialog_fits_768_pixels_in_japanese(qtbot, print_window) -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from packstation.ui.screens.printing.printers_dialog import PrintersDialog
    from packstation.ui.style import BASE_CSS

    win = print_window
    logged_in(qtbot, win, "admin", "9999")  # the demo admin works in Japanese
    QApplication.instance().setStyleSheet(BASE_CSS)  # the app's big fields and buttons
    try:
        dialog = PrintersDialog(win.ctx, win)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10000)
        hint = dialog.minimumSizeHint()
        assert hint.height() <= 768 - 40 and hint.width() <= 1366, hint  # 40: title bar
        assert dialog.height() <= 768 - 40
        texts = [w.text() for kind in (QLabel, QPushButton) for w in dialog.findChildren(kind)]
        texts += [dialog.backend.itemText(i) for i in range(dialog.backend.count())]
        assert not [t for t in texts if english_words(t)], texts
    finally:
        QApplication.instance().setStyleSheet("")


def test_standard_buttons_speak_japanese(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from packstation.ui.i18n import Language

    assert Language().switch("ja")
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "キャンセル"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(buttons)
    assert [b.text().split("(")[0] for b in buttons.buttons()] != ["&Yes", "&No"]
    assert not english_words(" ".join(b.text() for b in buttons.buttons()))


# --- pick lists from the order list (issue 20) -----------------------------------------------

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _orders_of_lead(qtbot, win):  # type: ignore[no-untyped-def]
    logged_in(qtbot, win, "suzuki", "2222")
    win.tabs.setCurrentWidget(win.orders)
    orders = win.orders
    qtbot.waitUntil(lambda: len(orders.model.rows) >= 3, timeout=10000)
    orders.table.setFocus()
    return orders


def _select_first_three(qtbot, orders) -> list[str]:  # type: ignore[no-untyped-def]
    orders.table.selectRow(0)
    for _ in range(2):
        qtbot.keyClick(orders.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = orders.selected_orders()
    assert chosen == [r.order_no for r in orders.model.rows[:3]]
    return chosen


def test_ctrl_shift_l_prints_the_selected_orders_pick_lists(qtbot, print_window, printer) -> None:
    orders = _orders_of_lead(qtbot, print_window)
    assert orders.picklist_button.isVisible()
    assert "ピッキングリスト" in orders.picklist_button.text()
    chosen = _select_first_three(qtbot, orders)
    qtbot.keyClick(orders.table, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: orders.print_status.text() == "ピッキングリスト 3 件を印刷しました",
                    timeout=20000)
    with printer.cond:
        assert len(printer.jobs) == 3
    sent = [j.decode("latin-1") for j in printer.jobs]
    assert all(any(n in job and "picklist" in job for job in sent) for n in chosen), sent
    qtbot.keyClick(orders.table, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(printer.jobs) == 6, timeout=20000)  # again: no reprint reason


def test_a_printer_that_is_off_is_said_in_red_and_kept_for_a_retry(
        qtbot, print_window, printer) -> None:
    orders = _orders_of_lead(qtbot, print_window)
    printer.stop()
    chosen = _select_first_three(qtbot, orders)[:1]
    orders.table.selectRow(0)
    orders.print_pick_lists()
    qtbot.waitUntil(lambda: "印刷できませんでした" in orders.print_status.text(),
                    timeout=30000)
    assert chosen[0] in orders.print_status.text()
    assert orders.print_status.property("state") == "error"
    queue = print_window.ctx.services.printing.queue
    failed = [j for j in queue.open_jobs() if j.kind == "picklist"]
    assert [j.order_no for j in failed] == chosen, "the failed job stays for F1"


def test_packers_have_no_pick_list_button(qtbot, print_window) -> None:
    logged_in(qtbot, print_window)
    print_window.tabs.setCurrentWidget(print_window.orders)
    qtbot.waitUntil(lambda: len(print_window.orders.model.rows) > 0, timeout=10000)
    assert print_window.orders.picklist_button.isHidden()
    print_window.orders.print_pick_lists()
    assert print_window.orders.print_status.text() == ""



# --- a batch and its total pick list from the order list (issue 20) ---------------------------

def test_ctrl_shift_g_makes_a_batch_and_prints_its_list(qtbot, print_window, printer,
                                                         tmp_path) -> None:
    from packstation.ui.screens.batch_dialog import BatchDialog
    from tests.documents_fixtures import decode, render_png

    orders = _orders_of_lead(qtbot, print_window)
    assert orders.batch_button.isVisible() and "バッチ作成" in orders.batch_button.text()
    qtbot.keyClick(orders.table, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(orders.findChildren(BatchDialog)), timeout=5000)
    dialog = orders.findChildren(BatchDialog)[-1]
    assert dialog.max_orders.text().startswith("30"), "the admin's rack size"
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)  # without a window manager too
    dialog.max_orders.setFocus()
    dialog.max_orders.setText("x")
    qtbot.keyClick(dialog.max_orders, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "最大受注数" in dialog.message.text() and dialog.batch is None
    dialog.max_orders.setText("5")
    dialog.units.setCurrentIndex(1)  # 単品のみ
    dialog.carrier.setCurrentIndex(dialog.carrier.findText("佐川急便"))
    assert dialog.filters() == ["single", "carrier=sagawa"]
    dialog.carrier.setCurrentIndex(0)  # 運送会社を問わない
    qtbot.keyClick(dialog.max_orders, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "送りました" in dialog.message.text(), timeout=20000)
    assert dialog.batch is not None and len(dialog.batch.slots) == 5
    with printer.cond:
        sent = printer.jobs[-1]
    pdf = tmp_path / "batch.pdf"
    pdf.write_bytes(sent)
    assert decode(render_png(pdf, 200)[0]) == [f"CODE-128:{dialog.batch.batch_no}"]
    printer.stop()
    qtbot.keyClick(dialog.max_orders, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "印刷できませんでした" in dialog.message.text(), timeout=30000)
    assert dialog.batch.batch_no in dialog.message.text()
    qtbot.keyClick(dialog.max_orders, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with print_window.app.uow() as uow:
        assert uow.batches.next_sequence() == 2, "Ctrl+S again makes no second batch"
