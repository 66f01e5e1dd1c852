"""The packer screen driven like a keyboard-wedge scanner: banner, counts, sounds' states,
auto-complete, undo, and the lead's override dialog."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt

from tests.gui.conftest import log_in

SERIAL_OR_COUNT = {"EARBUD-W", "EARBUD-B", "PEN-BLK", "PEN-RED"}


def scan(qtbot, field, code: str, gap_s: float = 0.007, suffix=Qt.Key.Key_Return) -> None:
    """Type like a scanner: one key at a time, `gap_s` apart on the field's clock, then Enter."""
    ticks = itertools.count()
    field.clock = lambda: next(ticks) * gap_s
    for ch in code:
        qtbot.keyClick(field, ch)
    qtbot.keyClick(field, suffix)


def logged_in_packer(qtbot, window):
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert window.tabs.currentWidget() is window.packer, "packers land on the packing screen"
    qtbot.waitUntil(lambda: window.ctx.tasks.db.pending == 0, timeout=10000)  # resume() done
    return window.packer


def order_codes(window, order_no: str = "") -> dict[str, str]:
    """SKU → unit barcode, from the demo shop."""
    from packstation.services.demo import shop as demo_shop

    return {p.sku: p.codes[0].code for p in demo_shop.products()}


def plain_order(window) -> tuple[str, list[tuple[str, int]]]:
    """A demo order whose units are all scanned one by one (no serials, no keyed counts)."""
    from packstation.services import orders

    app = window.app
    for summary in orders.search(app.uow):
        detail = orders.detail(app.uow, summary.order_no)
        lines = [(ln.sku, ln.qty) for ln in detail.lines]
        if not {sku for sku, _ in lines} & SERIAL_OR_COUNT and not any(
                ln.missing_measurements for ln in detail.lines):
            return summary.order_no, lines
    raise AssertionError("no plain order in the demo shop")


def scan_whole_order(qtbot, window) -> str:
    """Scan a plain demo order's pick list, then every unit, each time waiting for the
    screen's answer; returns the order number."""
    packer = window.packer
    codes = order_codes(window)
    order_no, lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, order_no)
    for sku, qty in lines:
        for _ in range(qty):
            with qtbot.waitSignal(packer.result_shown, timeout=10000):
                scan(qtbot, packer.field, codes[sku])
    return order_no


def not_on(lines: list[tuple[str, int]], codes: dict[str, str]) -> str:
    skus = {sku for sku, _ in lines}
    return next(code for sku, code in codes.items() if sku not in skus)


def test_scanner_flow_ok_then_wrong_item_then_complete(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    order_no, lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as opened:
        scan(qtbot, packer.field, order_no)
    assert opened.args[0].verdict == "OPENED"
    assert packer.banner.state == "ok"
    assert [r.sku for r in packer.model.rows] == [sku for sku, _ in lines]

    first_sku = lines[0][0]
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as ok:
        scan(qtbot, packer.field, codes[first_sku])
    assert ok.args[0].verdict == "OK"
    name = packer.model.rows[0].name_ja  # the banner names the product, not only its SKU
    assert packer.banner.state == "ok" and name in packer.banner.text()
    assert packer.model.rows[0].scanned_qty == 1
    assert not packer.picture.pixmap().isNull(), "the scanned product's picture is shown"

    with qtbot.waitSignal(packer.result_shown, timeout=10000) as wrong:
        scan(qtbot, packer.field, not_on(lines, codes), suffix=Qt.Key.Key_Tab)
    assert wrong.args[0].verdict == "WRONG_ITEM"
    assert packer.banner.state == "error"
    assert "商品違い" in packer.banner.text()
    assert packer.model.rows[0].scanned_qty == 1, "a refused scan counts nothing"

    # Undo takes the last accepted unit back out.
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as undone:
        qtbot.keyClick(packer.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone.args[0].verdict == "UNDONE"
    assert packer.model.rows[0].scanned_qty == 0


def test_last_unit_completes_the_order_without_a_click(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    scan_whole_order(qtbot, window)
    qtbot.waitUntil(lambda: packer.banner.state == "complete", timeout=10000)
    assert packer.stage == "completed"
    assert "検品完了" in packer.banner.text()


def test_hand_typed_code_is_refused_where_the_admin_forbids_typing(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    order_no, lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, order_no)
    codes = order_codes(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as typed:
        scan(qtbot, packer.field, codes[lines[0][0]], gap_s=0.15)  # a person, not a scanner
    assert typed.args[0].verdict == "TYPING_NOT_ALLOWED"
    assert packer.banner.state == "error"


def _override_dialog(qtbot, window, action: str, reason: str):  # type: ignore[no-untyped-def]
    """A plain order open at the bench and the lead's approval dialog on it: (packer, order
    number, dialog)."""
    from packstation.ui.screens.override_dialog import OverrideDialog

    packer = logged_in_packer(qtbot, window)
    order_no, _lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, order_no)
    dialog = OverrideDialog(window.ctx, order_no, list(packer.model.rows), packer)
    qtbot.addWidget(dialog)
    dialog.approved.connect(packer.show_result)
    dialog.show()
    dialog.action.setCurrentIndex(dialog.action.findData(action))
    dialog.reason.setCurrentIndex(dialog.reason.findData(reason))
    return packer, order_no, dialog


def test_lead_override_dialog_ships_short_with_badge_and_pin(qtbot, window) -> None:
    packer, order_no, dialog = _override_dialog(qtbot, window, "short_ship", "STOCK_SHORTAGE")
    # A packer's own badge is refused: only a lead may approve.
    qtbot.keyClicks(dialog.badge, "BADGE-0001")
    qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert dialog.isVisible()
    dialog.badge.clear()
    qtbot.keyClicks(dialog.badge, "BADGE-0100")
    qtbot.keyClicks(dialog.pin, "2222")
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as approved:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert approved.args[0].verdict == "OVERRIDDEN"
    with window.app.uow() as uow:
        (entry,) = uow.audit.recent("override_short_ship")
        assert entry["detail"]["reason"] == "STOCK_SHORTAGE"
        assert uow.orders.get(order_no).status.value == "packed"


def test_lead_changes_a_quantity_as_typed_and_letters_are_named_not_dropped(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    packer, order_no, dialog = _override_dialog(qtbot, window, "qty_change",
                                                "CUSTOMER_REQUEST")
    line = packer.model.rows[0]
    qtbot.keyClicks(dialog.qty, "1x")  # a slip of the glove: kept, named, nothing sent
    qtbot.keyClicks(dialog.badge, "BADGE-0100")
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "1x" in dialog.message.text() and dialog.qty.text() == "1x"
    assert "background" in dialog.qty.styleSheet(), "the field is painted"
    with window.app.uow() as uow:
        assert not uow.audit.recent("override_qty_change")
    dialog.qty.setText("１")  # full width, as a Japanese keyboard types it
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as approved:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert approved.args[0].verdict == "OVERRIDDEN"
    with window.app.uow() as uow:
        order = uow.orders.get(order_no)
    assert next(ln.qty for ln in order.lines if ln.line_no == line.line_no) == 1


def test_packer_screen_fits_a_1366x768_bench_screen_in_both_languages(qtbot, window) -> None:
    """An open order with a refused scan (the tallest banner) must not push the window past
    the 768-pixel-high screens of the bench PCs, in Japanese or English."""
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    order_no, lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, order_no)
    qtbot.waitUntil(lambda: packer.proposal is not None, timeout=20000)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, not_on(lines, codes))
    for language, tab in (("ja", "出荷検品 (F2)"), ("en", "Packing (F2)")):
        window.set_language(language)
        qtbot.waitUntil(lambda t=tab: window.tabs.tabText(0) == t, timeout=5000)  # relabelled
        assert window.minimumSizeHint().height() <= 768, language
        assert window.minimumSizeHint().width() <= 1366, language


def test_a_proposal_no_service_can_deliver_says_why_in_japanese(qtbot, window) -> None:
    """Issue 17: an order asking for 18-21 when no active service delivers it gets the reason
    (and the carriers that have the slot), never a box without a service."""
    from packstation.domain.messages import Msg
    from packstation.services.proposal.proposals import ProposalView

    packer = logged_in_packer(qtbot, window)
    packer.proposal = ProposalView("R-1", None, (), "", (), (), refused=Msg(
        "proposal.no_service_for_slot", slot="18-21", carriers=["sagawa"]))
    packer._show_proposal()
    text = packer.proposal_label.text()
    assert text.startswith("⚠") and "18-21" in text and "sagawa" in text
    assert "配達" in text, "in the packer's language"
