"""The carrier hand-off from the order list, by keyboard: Ctrl+E, check (F5), write (Enter),
the report of every change; Ctrl+T, a refused tracking file listing each problem, then a good
one that ships the orders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from packstation.services import orders
from tests.carrier_data import add_packed, order, yamato_number
from tests.gui.conftest import log_in


def _admin_with_packed_orders(qtbot, window) -> None:
    app = window.app
    add_packed(app, [order("P-1", name="𠮷田 花子"), order("P-2", slot="20-21")])
    log_in(qtbot, window, who="BADGE-0900", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.tabs.setCurrentWidget(window.orders)
    window.orders.table.setFocus()


def _dialog(qtbot, window, kind):
    qtbot.waitUntil(lambda: window.orders.findChild(kind) is not None, timeout=10000)
    dialog = window.orders.findChild(kind)
    qtbot.waitUntil(lambda: dialog.account.count() > 0, timeout=10000)
    return dialog


def test_export_dialog_checks_then_writes_with_the_report(qtbot, window, tmp_path: Path) -> None:
    from packstation.ui.screens.carrier.dialogs import CarrierExportDialog

    _admin_with_packed_orders(qtbot, window)
    qtbot.keyClick(window.orders.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window, CarrierExportDialog)
    assert dialog.layout_button.isVisibleTo(dialog), "an admin may adjust the layout"
    target = tmp_path / "b2.csv"
    dialog.path.setText(str(target))
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: dialog.report.rowCount() == 2 and not dialog.running,
                    timeout=10000)
    assert not target.exists()
    cells = {(dialog.report.item(r, 0).text(), dialog.report.item(r, 2).text(),
              dialog.report.item(r, 4).text()) for r in range(2)}
    assert cells == {("P-1", "お届け先名", "𠮷 (U+20BB7)"), ("P-2", "配達時間帯", "20-21")}
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # the default button: write the file
    qtbot.waitUntil(lambda: target.exists() and not dialog.running, timeout=10000)
    assert target.read_bytes().startswith("お客様管理番号".encode("cp932"))
    assert "2 件を" in dialog.summary.text()  # the admin works in Japanese
    assert window.errors == []


def test_tracking_dialog_lists_every_problem_then_ships(qtbot, window, tmp_path: Path) -> None:
    from packstation.ui.screens.carrier.dialogs import TrackingImportDialog

    _admin_with_packed_orders(qtbot, window)
    qtbot.keyClick(window.orders.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window, TrackingImportDialog)
    head = "お客様管理番号,送り状種類,クール区分,伝票番号\r\n"
    n1, n2 = yamato_number(111), yamato_number(222)
    bad = tmp_path / "bad.csv"
    bad.write_bytes((head + f"P-1,0,0,{n1[:-1]}9\r\nP-9,0,0,{n2}\r\n").encode("cp932"))
    dialog.path.setText(str(bad))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "3行目" in dialog.report_box.toPlainText(), timeout=10000)
    report = dialog.report_box.toPlainText().splitlines()
    assert report[0].startswith("bad.csv 2行目「伝票番号」：伝票番号 ")
    assert "チェックデジットが合いません" in report[0]
    assert report[1] == ("bad.csv 3行目「お客様管理番号」：受注 P-9 が見つかりません（受注番号を"
                         "確認してください。未登録なら先に受注データを取り込んでください）")
    assert "2 件のエラー" in dialog.summary.text()
    good = tmp_path / "good.csv"
    good.write_bytes((head + f"P-1,0,0,{n1}\r\nP-2,0,0,{n2}\r\n").encode("cp932"))
    dialog.path.setText(str(good))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "2 件に伝票番号を登録" in dialog.summary.text(), timeout=10000)
    app = window.app
    assert orders.detail(app.uow, "P-2").tracking_no == n2
    assert window.errors == []


def test_packers_do_not_see_the_hand_off(qtbot, window) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: len(window.orders.model.rows) == 50, timeout=10000)
    assert window.orders.carrier_button.isHidden() and window.orders.tracking_button.isHidden()


def test_admin_adjusts_the_layout_and_the_next_check_uses_it(qtbot, window) -> None:
    from packstation.services.carrier import export as carrier_export
    from packstation.ui.screens.carrier.dialogs import CarrierExportDialog
    from packstation.ui.screens.carrier.layout_dialog import CarrierLayoutDialog

    _admin_with_packed_orders(qtbot, window)
    qtbot.keyClick(window.orders.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window, CarrierExportDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.findChild(CarrierLayoutDialog) is not None, timeout=10000)
    layout = dialog.findChild(CarrierLayoutDialog)
    qtbot.waitUntil(lambda: layout.codes.rowCount() > 0, timeout=10000)
    layout.add_code.click()
    last = layout.codes.rowCount() - 1
    for col, text in enumerate(("time_slot", "20-21", "2021")):
        layout.codes.item(last, col).setText(text)
    layout.columns.item(0, 2).setText("-5")  # a mistake: refused with the reason
    qtbot.keyClick(layout.account, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "「-5」は範囲外です" in layout.problems.toPlainText(), timeout=10000)
    assert layout.problems.toPlainText().startswith("b2 のレイアウト 1行目「最大バイト数")
    layout.columns.item(0, 2).setText("50")
    qtbot.keyClick(layout.account, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not layout.isVisible(), timeout=10000)
    stored = carrier_export.get_preset(window.app.uow, "b2")
    assert stored.codes["time_slot"]["20-21"] == "2021"
    dialog.activateWindow()  # back in the export dialog, as the window manager would do
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "出力対象" in dialog.summary.text(), timeout=10000)
    assert dialog.report.rowCount() == 1  # the time slot is mapped now
    assert dialog.report.item(0, 4).text() == "𠮷 (U+20BB7)"
