"""Manual entry of an address fills it from the postal code (issue 17): the sender (ご依頼主) in
the carrier layout is the one form of the app that takes an address."""

from __future__ import annotations

from tests.gui.conftest import log_in


def test_the_sender_address_is_filled_from_the_postal_code(qtbot, window) -> None:
    from packstation.ui.screens.carrier.layout_dialog import CarrierLayoutDialog

    log_in(qtbot, window, who="BADGE-0900", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    dialog = CarrierLayoutDialog(window.ctx, "b2", "default", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.columns.rowCount() > 0, timeout=10000)
    postal, address = dialog.sender_fields["postal_code"], dialog.sender_fields["address"]
    address.clear()
    postal.setText("〒135-0061")
    postal.editingFinished.emit()
    qtbot.waitUntil(lambda: address.text() == "東京都江東区豊洲", timeout=10000)
    address.setText("東京都江東区豊洲3-3-3")  # what the admin typed is never overwritten
    postal.setText("100-0001")
    postal.editingFinished.emit()
    assert window.ctx.tasks.db.pending == 0  # no lookup was even asked for
    assert address.text() == "東京都江東区豊洲3-3-3"
    assert not window.errors


def test_a_phone_order_fills_prefecture_and_address_from_the_postal_code(qtbot,
                                                                          window) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.test_order_entry import _dialog

    _orders, dialog = _dialog(qtbot, window)
    postal = dialog.fields["postal_code"]
    postal.setFocus()
    qtbot.keyClicks(postal, "100-1511")
    qtbot.keyClick(postal, Qt.Key.Key_Tab)  # leaving the field looks the code up
    qtbot.waitUntil(lambda: dialog.fields["prefecture"].text() == "東京都", timeout=10000)
    assert dialog.fields["address1"].text() == "八丈島八丈町三根"
    assert dialog.fields["address1"].hasFocus()  # the lead types the block number next
    assert not window.errors
