"""Issue 14: the bench sheet (ACK-COOL / ACK-GIFT / ACK-ENCL) printed from the GUI by a lead
or an admin, through the station's 納品書 printer and its driver (the demo's print-to-folder),
read back from the PDF it produced: rendered by poppler, every barcode decoded by pyzbar. A
sheet that does not print says so in a box the user must close."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from packstation.domain.handling import AckKind
from tests.documents_fixtures import render_png
from tests.gui.conftest import log_in

SLIP_PRINTER = "納品書 (フォルダー)"  # the demo shop's print-to-folder 納品書 printer


def _slip_printer_to(window, folder: Path) -> None:
    """The station's 納品書 printer writes into `folder`, as the admin's printer form sets it
    (the demo shop's print-to-folder printer, pointed at the test's folder)."""
    from packstation.domain.printing import PrinterSpec
    from packstation.services.printing.ports import StationPrinting

    printing, admin = window.app.services.printing, window.ctx.session
    spec = next((p for p in printing.list_printers() if p.name == SLIP_PRINTER),
                PrinterSpec(SLIP_PRINTER, "folder", "prints", "A4", 300, "pdf"))
    printing.save_printer(admin, dataclasses.replace(spec, address=str(folder)))
    printing.save_station_printing(admin, StationPrinting(printing.station, None,
                                                          SLIP_PRINTER, False))


def _decoded(pdf: Path) -> set[str]:
    from pyzbar import pyzbar

    found: set[str] = set()
    for png in render_png(pdf, 200, gray=True):
        with Image.open(png) as image:
            found |= {(s.type, s.data.decode()) for s in pyzbar.decode(image)}
    return {f"{kind}:{data}" for kind, data in found}


def _result_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and QApplication.activeModalWidget().objectName() == "bench_sheet_result",
                    timeout=20000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _log_in_as(qtbot, window, who: str, pin: str) -> None:
    log_in(qtbot, window, who, pin)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")


def test_admin_prints_it_from_the_printers_dialog_and_every_barcode_reads(
        qtbot, window, tmp_path: Path) -> None:
    from packstation.ui.screens.printing.printers_dialog import PrintersDialog

    _log_in_as(qtbot, window, "admin", "9999")
    _slip_printer_to(window, tmp_path / "out")
    dialog = PrintersDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    assert "Ctrl+B" in dialog.buttons["bench_sheet"].text()
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "printed on" in dialog.message.text(), timeout=20000)
    assert SLIP_PRINTER in dialog.message.text()
    (pdf,) = (tmp_path / "out").glob("bench-sheet-*.pdf")
    assert _decoded(pdf) == {f"CODE128:{k.code}" for k in AckKind}
    with window.app.uow() as uow:
        (logged,) = uow.audit.recent("bench_sheet_printed")
    assert logged["user_id"] == window.ctx.session.user_id
    assert window.errors == []


def test_a_lead_prints_it_by_key_and_a_failure_is_a_box_to_close(
        qtbot, window, tmp_path: Path) -> None:
    _log_in_as(qtbot, window, "admin", "9999")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    _slip_printer_to(window, blocker / "out")  # the folder cannot be made: the printer fails
    window.lock()
    _log_in_as(qtbot, window, "suzuki", "2222")
    assert "Ctrl+Shift+A" in window.review.bench_sheet_button.text()
    qtbot.keyClick(window.packer.field, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    box = _result_box(qtbot)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "did not print" in box.text() and "a-file" in box.text(), box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert not list(tmp_path.rglob("*.pdf"))
    window.tabs.setCurrentWidget(window.review)
    window.review.bench_sheet_button.click()  # the button does the same
    assert _result_box(qtbot).icon() == QMessageBox.Icon.Warning
    assert window.errors == []


def test_a_packer_cannot_print_it(qtbot, window) -> None:
    _log_in_as(qtbot, window, "sato", "1111")
    qtbot.keyClick(window.packer.field, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.ctx.tasks.work.pending == 0, timeout=5000)
    assert QApplication.activeModalWidget() is None
    with window.app.uow() as uow:
        assert uow.audit.recent("bench_sheet_printed") == []


def test_no_two_keys_of_the_main_window_are_the_same(qtbot, window) -> None:
    """Two shortcuts on one key active in one window both stay silent (Qt calls it ambiguous):
    the bench sheet's key must not be one that is taken (Ctrl+Shift+B is the sorting screen).
    A screen's own keys count while it is shown (a hidden tab's keys are not active)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    _log_in_as(qtbot, window, "suzuki", "2222")
    window.sorting  # noqa: B018 - built on first use, with its key
    keys = [s.key().toString() for s in window.findChildren(QShortcut)
            if s.context() == Qt.ShortcutContext.WindowShortcut and s.isEnabled()
            and s.parent().window() is window and s.parent().isVisible()]
    assert QKeySequence("Ctrl+Shift+A").toString() in keys
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
