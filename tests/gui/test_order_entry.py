"""Phone and FAX orders typed by the lead (issue 20), keyboard only: a product found by part of
its name, every problem shown at once beside its field's name in Japanese (nothing saved),
then saved and shown in the order list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import log_in

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(qtbot, window):  # type: ignore[no-untyped-def]
    from packstation.ui.screens.order_entry import OrderEntryDialog

    log_in(qtbot, window, "suzuki", "2222")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.tabs.setCurrentWidget(window.orders)
    orders = window.orders
    qtbot.waitUntil(lambda: len(orders.model.rows) > 0, timeout=10000)
    assert "電話・FAX注文" in orders.entry_button.text() and orders.entry_button.isVisible()
    orders.table.setFocus()
    qtbot.keyClick(orders.table, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: any(isinstance(w, OrderEntryDialog) and w.isVisible()
                                for w in orders.findChildren(OrderEntryDialog)), timeout=5000)
    dialog = orders.findChildren(OrderEntryDialog)[-1]
    qtbot.waitUntil(lambda: dialog.fields["order_no"].text().startswith("TEL-")
                    and bool(dialog.products), timeout=10000)
    return orders, dialog


def _type(qtbot, field, text: str) -> None:
    """Keys for ASCII; Japanese arrives as an input method commits it (QTest cannot type
    kana: Qt aborts on a key event for a character no key makes)."""
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def test_a_product_by_part_of_its_name_and_all_problems_at_once(qtbot, window) -> None:
    _orders, dialog = _dialog(qtbot, window)
    _type(qtbot, dialog.product, "ぎょうざ")
    _type(qtbot, dialog.qty, "2")
    qtbot.keyClick(dialog.qty, Qt.Key.Key_Return)
    assert dialog.lines.rowCount() == 1 and dialog.lines.item(0, 0).text() == "GYOZA-FRZ"
    _type(qtbot, dialog.product, "マグ")  # 白 and 黒: the form says which match
    qtbot.keyClick(dialog.product, Qt.Key.Key_Return)
    assert dialog.lines.rowCount() == 1 and "MUG-WHT" in dialog.message.text()
    _type(qtbot, dialog.product, "4912345000026")  # MUG-BLK by its JAN
    _type(qtbot, dialog.qty, "x")
    qtbot.keyClick(dialog.qty, Qt.Key.Key_Return)
    assert dialog.lines.item(1, 0).text() == "MUG-BLK"
    _type(qtbot, dialog.fields["ship_name"], "山田 花子")
    _type(qtbot, dialog.fields["postal_code"], "12")
    _type(qtbot, dialog.fields["prefecture"], "東京県")
    _type(qtbot, dialog.fields["address1"], "千代田区千代田1-1")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.message.text().count("\n") >= 2, timeout=10000)
    text = dialog.message.text()
    assert "郵便番号：" in text and "都道府県：" in text and "明細 2 の数量：" in text, text
    assert dialog.isVisible() and dialog.fields["postal_code"].text() == "12", "kept as typed"
    with window.app.uow() as uow:
        assert uow.orders.get(dialog.fields["order_no"].text()) is None


def test_a_correct_order_is_saved_and_shown_in_the_list(qtbot, window) -> None:
    orders, dialog = _dialog(qtbot, window)
    _type(qtbot, dialog.product, "GYOZA-FRZ")
    qtbot.keyClick(dialog.product, Qt.Key.Key_Return)
    for name, text in (("ship_name", "山田 花子"), ("postal_code", "100-0001"),
                       ("prefecture", "東京都"), ("address1", "千代田区千代田1-1"),
                       ("phone", "03-1234-5678")):
        _type(qtbot, dialog.fields[name], text)
    dialog.cool.setCurrentIndex(2)  # 冷凍
    order_no = dialog.fields["order_no"].text()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: [r.order_no for r in orders.model.rows] == [order_no],
                    timeout=10000)
    with window.app.uow() as uow:
        order = uow.orders.get(order_no)
    assert order.cool == "frozen" and order.channel == "電話"
    assert [(ln.sku, ln.qty) for ln in order.lines] == [("GYOZA-FRZ", 1)]
