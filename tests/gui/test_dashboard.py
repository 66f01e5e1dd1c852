"""The lead's dashboard tab and the floor board (issue 19): only leads and admins see it; the
day's figures, hours, trends with the target line and per-packer bars come from one DB task;
a click on an hour's bar lists the orders behind it; the daily report is written from the tab;
the floor board counts what is left and refreshes by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from packstation.domain.errors import BadInput
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services.demo import shop as demo_shop
from packstation.services.packing import bench as packing
from tests.documents_fixtures import pdf_fonts, pdf_text
from tests.gui.conftest import log_in

CODES = {p.sku: p.codes[0].code for p in demo_shop.products()}
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _pack_two(app) -> None:  # type: ignore[no-untyped-def]
    """sato packs two orders now (one look-alike tee refused on the way)."""
    with app.uow() as uow:
        uow.orders.add_many([
            Order(f"DB-{n}", "test", OrderStatus.OPEN, [OrderLine(1, "TEE-RED-M", 1)],
                  ship_to=ShipTo("テスト 太郎", "060-0001", 1, "1-1")) for n in (1, 2)])
        sato = uow.users.by_login("sato").id  # type: ignore[union-attr]
        uow.commit()
    bench = packing.Bench(app.uow, app.clock, "st-1", user_id=sato)
    for order_no in ("DB-1", "DB-2"):
        packing.open_order(bench, order_no)
        if order_no == "DB-1":
            assert packing.scan(bench, order_no, CODES["TEE-RED-L"]).verdict == "WRONG_ITEM"
        assert packing.scan(bench, order_no, CODES["TEE-RED-M"]).verdict == "OK"
        assert packing.complete(bench, order_no).verdict == "COMPLETED"


def _lead_on_dashboard(qtbot, window):  # type: ignore[no-untyped-def]
    _pack_two(window.app)
    log_in(qtbot, window, "suzuki", "2222")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")
    dash = window.dashboard
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert window.tabs.currentWidget() is dash
    return dash


def test_packers_do_not_see_the_dashboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert window._dashboard is None or not window.tabs.isTabVisible(
        window.tabs.indexOf(window._dashboard))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert window.tabs.currentWidget() is window.packer


def test_figures_hours_trends_and_packers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dash = _lead_on_dashboard(qtbot, window)
    view = dash.data
    assert view is not None and (view.today.orders, view.today.units) == (2, 2)
    assert dash.figures["orders"].text() == "2"
    assert dash.figures["errors"].text() == "500.0"  # 1 refusal / 2 units × 1,000
    today_bars = dash.hours.sets[0]  # hours 06-22 are drawn
    assert today_bars.count() == 17 and sum(view.today.orders_by_hour) == 2
    assert sum(today_bars.at(i) for i in range(17)) == sum(view.today.orders_by_hour[6:23])
    assert dash.misship.target.count() == 30  # the target line across 30 days
    assert dash.misship.target.at(0).y() == 100  # the admin's default target, ppm
    assert dash.packers.set.count() == 1 and dash.packers.set.at(0) > 0
    assert dash.pairs.rowCount() == 1
    assert dash.pairs.index(0, 1).data() == "TEE-RED-L"
    window.set_language("ja")
    qtbot.waitUntil(lambda: dash.captions["orders"].text() == "出荷件数", timeout=5000)
    assert dash.captions["productivity"].text() == "人時生産性"
    assert window.tabs.tabText(window.tabs.indexOf(dash)).startswith("ダッシュボード")
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        dash.period.setCurrentIndex(1)
        dash.period.activated.emit(1)
    assert dash.misship.target.count() == 90
    assert window.errors == []


def test_a_click_on_an_hour_lists_its_orders(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dash = _lead_on_dashboard(qtbot, window)
    hour = next(h for h, n in enumerate(dash.data.today.orders_by_hour) if n)
    dash.hours.hour_clicked.emit(0, hour)  # what a click on today's bar sends
    dialog = dash.drill_down
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10000)
    orders = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert orders <= {"DB-1", "DB-2"} and orders
    dialog.close()


def test_daily_report_from_the_tab(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dash = _lead_on_dashboard(qtbot, window)
    out = tmp_path / "daily.pdf"
    with qtbot.waitSignal(dash.report_written, timeout=20000):
        dash.write_report(out)
    assert all(embedded for _, embedded in pdf_fonts(out))
    assert "日次レポート" in pdf_text(out) and "2件" in pdf_text(out)


def test_floor_board_counts_and_refreshes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dash = _lead_on_dashboard(qtbot, window)
    dash.open_floor_board()
    board = dash.floor_board
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=10000)
    assert board.values["packed"].text() == "2"
    assert int(board.values["remaining"].text().replace(",", "")) >= 50  # the demo's orders
    assert board.timer.isActive() and board.timer.interval() == 30_000
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        board.timer.timeout.emit()  # what the timer does every 30 s
    board.close()
    assert not board.timer.isActive()


def test_an_error_point_opens_that_days_refusals_in_the_review(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dash = _lead_on_dashboard(qtbot, window)
    assert not dash.settings_button.isVisible(), "cutoffs and targets are the admin's"
    review = window.review
    with qtbot.waitSignal(review.refreshed, timeout=10000):
        dash.errors.day_clicked.emit(len(dash.data.trend) - 1)  # today's point
    assert window.tabs.currentWidget() is review
    today = dash.data.today.day.isoformat()
    assert review.date_from.date().toString("yyyy-MM-dd") == today
    assert review.date_to.date().toString("yyyy-MM-dd") == today
    qtbot.waitUntil(lambda: review.records.rowCount() == 1, timeout=10000)


def test_admin_sets_cutoffs_and_targets_from_the_dashboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window, "admin", "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")
    dash = window.dashboard
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert dash.settings_button.isVisible()
    dash.open_settings()
    dialog = dash.settings_dialog
    dialog.cutoffs.setText("14:00,14:00,99:00,14:00,14:00,,")
    dialog.misship.setValue(50)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert "水" in dialog.message.text() and "99:00" in dialog.message.text()
    assert dialog.isVisible(), "nothing stored, the form stays open"
    dialog.cutoffs.setText("14:00,14:00,13:00,14:00,14:00,,")
    with qtbot.waitSignal(dash.refreshed, timeout=10000):
        dialog.save()
    assert window.ctx.settings.cutoff_times == "14:00,14:00,13:00,14:00,14:00,,"
    assert dash.data.targets.misship_ppm == 50
    assert dash.misship.target.at(0).y() == 50


def test_the_daily_report_writes_itself_into_the_admins_folder(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    from packstation.services import settings
    from packstation.ui.screens.dash.scheduled import report_paths

    _pack_two(window.app)
    log_in(qtbot, window, "admin", "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    scheduled = window.scheduled_report
    assert scheduled.timer.isActive() and scheduled.timer.interval() == 5 * 60_000
    folder = tmp_path / "reports"
    folder.mkdir()
    scheduled.check()  # no folder set: nothing to do
    qtbot.waitUntil(lambda: not scheduled._busy, timeout=10000)
    assert list(folder.iterdir()) == []
    with pytest.raises(BadInput):  # a time of day that is not one is refused
        settings.save(window.app.uow, window.ctx.session, {"daily_report_at": "25:00"})
    settings.save(window.app.uow, window.ctx.session,
                  {"daily_report_folder": str(folder), "daily_report_at": "00:00"})
    with qtbot.waitSignal(scheduled.written, timeout=20000) as written:
        scheduled.check()
    pdf, csv_file = report_paths(str(folder), window.app.services.dash.today())
    assert written.args == [str(pdf)] and pdf.name.startswith("日次レポート_")
    assert "日次レポート" in pdf_text(pdf)
    assert "出荷件数,2,件" in csv_file.read_bytes().decode("utf-8-sig")
    scheduled.check()  # today's report is there: not written again
    qtbot.waitUntil(lambda: not scheduled._busy, timeout=10000)
    assert sorted(p.name for p in folder.iterdir()) == sorted([pdf.name, csv_file.name])
    assert window.errors == []
