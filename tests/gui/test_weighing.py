"""The weighing step on the packer screen, with a simulated MT-SICS scale on a pty: a light
box stops the label with the reason, the lead's badge + PIN lets it go; a missing scale gives a
message and the window keeps working."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_packer import (
    logged_in_packer,
    order_codes,
    plain_order,
    scan,
    scan_whole_order,
)
from tests.scale_sim import SimulatedScale


@pytest.fixture
def sim():
    with SimulatedScale("0.0") as s:
        yield s


def _use_scale(window, port: str) -> None:
    ctx = window.ctx
    with window.app.uow() as uow:
        uow.settings.put("scale_kind", "mtsics")
        uow.settings.put("scale_port", port)
        uow.commit()
    ctx.settings = replace(ctx.settings, scale_kind="mtsics", scale_port=port)
    window.packer.settings_changed()


def _complete_an_order(qtbot, window, packer) -> str:
    order_no = scan_whole_order(qtbot, window)
    qtbot.waitUntil(lambda: packer.stage == "completed", timeout=10000)
    qtbot.waitUntil(lambda: packer.weigh.expected.text() != "", timeout=10000)
    return order_no


def test_light_box_stops_the_label_and_the_lead_lets_it_go(qtbot, window, sim) -> None:
    from packstation.services import orders
    from packstation.services.weighing import weigh as weighing
    from packstation.ui.screens.weight_override import WeightOverrideDialog
    from packstation.ui.weighing_text import label_hook

    packer = logged_in_packer(qtbot, window)
    _use_scale(window, sim.port)
    panel = packer.weigh
    assert not panel.isVisible(), "while packing, the lines keep the room"
    order_no = _complete_an_order(qtbot, window, packer)
    assert panel.isVisible()
    assert "F5" in packer.next_step.text(), "after completion, weighing is the next step"
    hook = label_hook(window.ctx.require_services().weighing)
    assert hook(order_no) == "先に箱を計量してください (F5)"

    expected = weighing.expectation(panel.weigher(), order_no)
    assert f"{expected.expected_g:,} g ± {expected.tolerance_g:,} g" in panel.expected.text()
    light = expected.expected_g - expected.tolerance_g - 50
    sim.set(f"{light}.0")
    with qtbot.waitSignal(panel.weighed, timeout=10000) as weighed:
        qtbot.keyClick(packer.field, Qt.Key.Key_F5)
    assert weighed.args[0].verdict == "TOO_LIGHT"
    reason = (f"軽すぎます：期待 {expected.expected_g:,} g ± {expected.tolerance_g:,} g / "
              f"計量 {light:,} g")
    assert packer.banner.state == "error" and reason in packer.banner.text()
    assert panel.weight.text() == f"{light:,} g"
    assert hook(order_no) == reason, "the label printing path is refused with the reason"
    assert "F9" in packer.next_step.text()
    assert sim.commands == ["S"]

    # The packer cannot leave the box behind: the next order's barcode waits.
    other = next(s.order_no for s in orders.search(window.app.uow)
                 if s.order_no != order_no and s.status == "open")
    scan(qtbot, packer.field, other)
    assert packer.order_no == order_no and packer.banner.state == "error"
    assert "重量が合いません" in packer.banner.text()
    assert window.ctx.tasks.db.pending == 0, "nothing was sent to the database"

    # F9 now asks the lead about the weight, not about the lines.
    qtbot.keyClick(packer.field, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(packer.findChildren(WeightOverrideDialog)), timeout=5000)
    (dialog,) = packer.findChildren(WeightOverrideDialog)
    assert dialog.action.currentData() == "accept_weight"
    dialog.reason.setCurrentIndex(dialog.reason.findData("PACKING_MATERIAL"))
    qtbot.keyClicks(dialog.badge, "BADGE-0001")  # a packer's badge is refused
    qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert hook(order_no) == reason
    dialog.badge.clear()
    qtbot.keyClicks(dialog.badge, "BADGE-0100")
    qtbot.keyClicks(dialog.pin, "2222")
    with qtbot.waitSignal(panel.weighed, timeout=10000) as approved:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert approved.args[0].verdict == "OVERRIDDEN"
    assert hook(order_no) is None
    assert not panel.blocking()
    with window.app.uow() as uow:
        (entry,) = uow.audit.recent("override_weight")
    assert entry["detail"]["reason"] == "PACKING_MATERIAL"
    assert entry["detail"]["measured_g"] == light


def test_right_weight_lets_the_label_go(qtbot, window, sim) -> None:
    from packstation.services.weighing import weigh as weighing

    packer = logged_in_packer(qtbot, window)
    _use_scale(window, sim.port)
    order_no = _complete_an_order(qtbot, window, packer)
    expected = weighing.expectation(packer.weigh.weigher(), order_no)
    sim.set(f"{expected.expected_g + 5}.0")
    with qtbot.waitSignal(packer.weigh.weighed, timeout=10000) as weighed:
        qtbot.keyClick(packer.field, Qt.Key.Key_F5)
    assert weighed.args[0].verdict == "OK"
    assert packer.banner.state == "complete" and "重量OK" in packer.banner.text()
    assert weighing.before_label(window.app.uow, order_no) is None
    assert "送り状" in packer.next_step.text()


def test_unplugged_scale_says_so_and_the_window_keeps_working(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    _use_scale(window, "/dev/ttyUSB-not-here")
    _complete_an_order(qtbot, window, packer)
    with qtbot.waitSignal(packer.weigh.shown, timeout=10000) as shown:
        qtbot.keyClick(packer.field, Qt.Key.Key_F5)
    assert shown.args[0] == "error"
    assert "はかりが接続されていません" in packer.banner.text()
    assert packer.weigh.button.isEnabled(), "the packer can try again"
    assert window.errors == []


def test_unsettled_scale_asks_to_hold_still(qtbot, window, sim) -> None:
    packer = logged_in_packer(qtbot, window)
    _use_scale(window, sim.port)
    _complete_an_order(qtbot, window, packer)
    sim.set("1000.0", "moving")
    with qtbot.waitSignal(packer.weigh.shown, timeout=10000):
        qtbot.keyClick(packer.field, Qt.Key.Key_F5)
    assert "重量が安定しません" in packer.banner.text()


def test_f5_weighs_on_the_packing_tab_only(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    window.tabs.setCurrentWidget(window.orders)
    before = (packer.banner.text(), packer.weigh.status.text())
    qtbot.keyClick(window.orders, Qt.Key.Key_F5)  # the orders list's refresh, not a weighing
    assert (packer.banner.text(), packer.weigh.status.text()) == before
    window.tabs.setCurrentWidget(packer)
    qtbot.keyClick(packer.field, Qt.Key.Key_F5)  # no order complete yet: says so
    assert packer.banner.state == "error" and "検品を完了" in packer.banner.text()
    assert window.errors == []


def test_a_short_shipped_order_goes_to_the_scale_too(qtbot, window, sim) -> None:
    from packstation.services.weighing import weigh as weighing
    from packstation.ui.screens.override_dialog import OverrideDialog

    packer = logged_in_packer(qtbot, window)
    _use_scale(window, sim.port)
    codes = order_codes(window)
    order_no, lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, order_no)
    if sum(qty for _, qty in lines) > 1:
        with qtbot.waitSignal(packer.result_shown, timeout=10000):
            scan(qtbot, packer.field, codes[lines[0][0]])
    dialog = OverrideDialog(window.ctx, order_no, list(packer.model.rows), packer)
    qtbot.addWidget(dialog)
    dialog.approved.connect(packer.show_result)
    dialog.action.setCurrentIndex(dialog.action.findData("short_ship"))
    qtbot.keyClicks(dialog.badge, "BADGE-0100")
    qtbot.keyClicks(dialog.pin, "2222")
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: packer.weigh.expected.text() != "", timeout=10000)
    assert packer.weigh.order_no == order_no and packer.weigh.isVisible()
    assert weighing.before_label(window.app.uow, order_no) == "weigh the box first"
