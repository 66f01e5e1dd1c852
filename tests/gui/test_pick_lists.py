"""Pick lists from the order list (issue 20): the lead selects orders with the keyboard,
Ctrl+L sends their pick lists through the print queue to the 納品書 printer, the screen says
when they printed, and a printer that is off is said loudly in Japanese."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_printing import logged_in, print_window, printer  # noqa: F401 (fixtures)

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

