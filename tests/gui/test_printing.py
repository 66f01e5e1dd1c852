"""Printing on the real packer screen: auto-print on completion, a printer that is off gives the
red print bar and the error banner, F1 prints once it is back; Shift+F1 cancels (logged);
the admin's printer setup saves all-or-nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import log_in, window_on
from tests.gui.test_packer import scan_whole_order
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
    assert "refused" in text, "the printer's own words follow, for the admin"
    assert packer.banner.state == "error" and "印刷されていません" in packer.banner.text()
    assert "F1" in packer.banner.text()
    assert panel.buttons["retry"].isVisible() and panel.buttons["cancel"].isVisible()

    printer.start()  # switched back on
    with qtbot.waitSignal(panel.label_printed, timeout=20000) as printed:
        qtbot.keyClick(packer, Qt.Key.Key_F1)
    assert printed.args[0] == order_no
    qtbot.waitUntil(lambda: not panel.jobs, timeout=20000)
    assert not panel.message.isVisible(), "the bar goes away once everything printed"
    assert sorted(printer.jobs) == sorted(document_bytes(order_no, k) for k in ("label", "slip"))
    assert "送り状を印刷しました" in packer.next_step.text()
    assert win.errors == []


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


def test_shift_f5_cancels_the_failed_job_and_logs_who(qtbot, print_window, printer) -> None:
    win = print_window
    packer = logged_in(qtbot, win)
    panel = packer.print_panel
    printer.stop()
    order_no = pack_whole_order(qtbot, win)
    qtbot.waitUntil(lambda: len(panel.failed_jobs()) == 2, timeout=20000)
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
    qtbot.waitUntil(lambda: "address" in dialog.message.text(), timeout=10000)
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
