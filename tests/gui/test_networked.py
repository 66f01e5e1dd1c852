"""A networked station's window against a real PostgreSQL server: claim on open, another
station's order refused, the status bar through an outage, and the backlog drained after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from packstation.adapters.central.claims import SqlClaimStore
from packstation.adapters.db.engine import make_engine
from tests.gui.conftest import log_in, window_on
from tests.integration.networked import seed_server, unit_codes
from tests.pgcluster import ThrowawayCluster


@pytest.fixture
def station_window(qtbot, pg_url: str, demo_db: str, request) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from packstation.bootstrap import build
    from packstation.config import Config

    seed_server(pg_url, stations=("st-gui", "st-other"))
    app = build(Config(demo_db, "st-gui", server_url=pg_url))
    app.sync.interval = 0.2
    with window_on(qtbot, app) as win:
        who, pin = getattr(request, "param", ("sato", "1111"))
        log_in(qtbot, win, who, pin)
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.work, timeout=10000)
        yield win


def _scan(qtbot, win, text: str) -> None:  # type: ignore[no-untyped-def]
    field = win.packer.field
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.tasks.db.pending == 0, timeout=10000)


def test_order_held_by_another_station_is_refused(qtbot, station_window, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    win = station_window
    other = SqlClaimStore(make_engine(pg_url)).claim_order(
        "R-1001", "st-other", datetime.now(UTC), timedelta(minutes=5))
    assert other is not None
    _scan(qtbot, win, "R-1001")
    qtbot.waitUntil(lambda: win.packer.banner.state == "error", timeout=5000)
    assert "他の梱包台で作業中" in win.packer.banner.text()  # sato works in Japanese
    assert "st-other" in win.packer.banner.text()
    assert win.packer.order_no is None


def test_station_packs_through_an_outage_and_drains(  # type: ignore[no-untyped-def]
        qtbot, station_window, pg_cluster: ThrowawayCluster, pg_url: str) -> None:
    win = station_window
    app = win.app
    qtbot.waitUntil(lambda: win.sync_status.state == "online", timeout=10000)
    _scan(qtbot, win, "R-1002")  # claimed on the server and pulled
    qtbot.waitUntil(lambda: win.packer.order_no == "R-1002", timeout=5000)
    codes = unit_codes(app.uow.engine)
    lines = list(win.packer.model.rows)
    pg_cluster.stop_server()
    try:
        qtbot.waitUntil(lambda: win.sync_status.state == "offline", timeout=20000)
        for line in lines:
            for _ in range(line.qty):
                code, serial = codes[line.sku]
                _scan(qtbot, win, f"(01){code.zfill(14)}(21)SN-GUI-{line.line_no}-{_}"
                      if serial else code)
                assert win.packer.banner.state in ("ok", "complete")
        qtbot.waitUntil(lambda: win.packer.stage == "completed", timeout=5000)
        qtbot.waitUntil(lambda: app.sync.snapshot.backlog > 0, timeout=5000)
        assert "未送信" in win.sync_status.text()
    finally:
        pg_cluster.start_server()
    qtbot.waitUntil(lambda: win.sync_status.state == "online"
                    and app.sync.snapshot.backlog == 0, timeout=30000)
    server = make_engine(pg_url)
    with server.connect() as conn:
        from sqlalchemy import text

        status = conn.scalar(text("SELECT status FROM orders WHERE order_no = 'R-1002'"))
    assert status == "packed"
    assert win.errors == []


@pytest.mark.parametrize("station_window", [("suzuki", "2222")], indirect=True)
def test_lead_takes_a_stuck_order_over_and_releases_it(  # type: ignore[no-untyped-def]
        qtbot, station_window, pg_url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from packstation.ui.screens.floor_dialog import FloorDialog

    win = station_window
    store = SqlClaimStore(make_engine(pg_url))
    stuck = store.claim_order("R-1007", "st-other", datetime.now(UTC) - timedelta(hours=1),
                              timedelta(minutes=5))
    assert stuck is not None
    assert win.floor_button.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FloorDialog)
                    or any(isinstance(w, FloorDialog) and w.isVisible()
                           for w in QApplication.topLevelWidgets()), timeout=5000)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, FloorDialog) and w.isVisible())
    qtbot.waitUntil(lambda: len(dialog.holders.rows) == 1, timeout=10000)
    assert dialog.holders.rows[0].station == "st-other" and dialog.holders.rows[0].expired
    dialog.holder_view.selectRow(0)
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(dialog.holders.rows) == 1
                    and dialog.holders.rows[0].station == "st-gui", timeout=10000)
    assert not store.complete(stuck, "st-other", datetime.now(UTC))  # fenced out
    dialog.holder_view.selectRow(0)
    qtbot.keyClick(dialog, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: dialog.holders.rows == [], timeout=10000)
    assert win.errors == []


@pytest.mark.parametrize("station_window", [("admin", "9999")], indirect=True)
def test_admin_at_a_station_is_told_to_edit_the_catalogue_centrally(  # type: ignore[no-untyped-def]
        qtbot, station_window) -> None:
    """The station's catalogue is the server's copy: a box saved here would vanish at the next
    sync, so the save is refused on screen, in the admin's language, and nothing changes."""
    from packstation.services.admin import catalog as catalog_admin

    win = station_window  # the demo admin works in Japanese
    qtbot.keyClick(win.tabs, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentWidget() is win.admin
    page = win.admin.boxes
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=10000)
    before = catalog_admin.list_boxes(win.app.uow, win.ctx.session)
    from packstation.ui.style import BASE_CSS

    win.setStyleSheet(BASE_CSS)  # the bench's big type, on its smallest screen: the form
    win.resize(1366, 768)  # scrolls, and the refusal must not stay below the fold
    page.table.selectRow(0)
    page.cost.setValue(page.cost.value() + 10)
    page.save()
    qtbot.waitUntil(lambda: "管理用PC" in page.message.text(), timeout=10000)
    assert "次回の同期で反映" in page.message.text()
    from PySide6.QtWidgets import QAbstractSlider, QApplication, QScrollArea

    area = page.message.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "at 1366×768 with the bench's type the box form scrolls"
    qtbot.waitUntil(lambda: page.message.visibleRegion().boundingRect().height()
                    >= page.message.height() - 1, timeout=5000)  # scrolled into view
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # the admin scrolls up
    win.resize(1366, 760)  # the form is laid out again: the message must not pull it back
    for _ in range(10):  # the turns of the event loop the settling would take
        QApplication.processEvents()
    assert bar.value() == 0
    assert catalog_admin.list_boxes(win.app.uow, win.ctx.session) == before
    assert win.errors == []
    assert win.sync_status.isVisible() and win.floor_button.isVisible()
    assert win.minimumSizeHint().width() <= 1366, "the admin's window fits the bench screen"
    assert win.minimumSizeHint().height() <= 768


@pytest.mark.parametrize("station_window", [("suzuki", "2222")], indirect=True)
def test_lead_review_at_a_station_says_it_shows_this_station_only(  # type: ignore[no-untyped-def]
        qtbot, station_window) -> None:
    win = station_window
    with qtbot.waitSignal(win.review.refreshed, timeout=10000):
        qtbot.keyClick(win.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentWidget() is win.review
    assert "この梱包台の記録のみ表示" in win.review.count.text()
    assert win.errors == []


def _central_batch(pg_url: str, orders: int) -> tuple[str, dict[int, str]]:
    """The lead makes a batch on the central database (the admin PC)."""
    from sqlalchemy import select

    from packstation.adapters.db.models import UserRow
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.model import Role
    from packstation.services.dto import SessionUser

    central = build(Config(pg_url, "server"), migrate=False)
    try:
        with central.uow() as uow:
            lead_id = uow.session.scalar(select(UserRow.id).where(UserRow.login == "suzuki"))
        lead = SessionUser(int(lead_id), "suzuki", "鈴木 美香", Role.LEAD, "ja")
        record = central.services.picking.create_batch(lead, max_orders=orders)
    finally:
        central.close()
    return record.batch_no, record.slots


def test_a_batch_with_an_order_at_another_station_is_said_on_the_red_banner(  # type: ignore[no-untyped-def]
        qtbot, station_window, pg_url: str) -> None:
    win = station_window
    batch_no, slots = _central_batch(pg_url, 3)
    store = SqlClaimStore(make_engine(pg_url))
    assert store.claim_order(slots[2], "st-other", datetime.now(UTC), timedelta(minutes=5))
    _scan(qtbot, win, batch_no)
    sorting = win.sorting
    qtbot.waitUntil(lambda: sorting.banner.state == "error", timeout=10000)
    text = sorting.banner.text()
    assert "仕分けできません" in text and slots[2] in text and "st-other" in text
    assert sorting.batch_no is None and not win.errors, "no dialog, nothing claimed"
    assert store.force_release(slots[2])  # the lead frees it (Ctrl+H): the batch opens whole
    sorting.on_scanned(batch_no, False)
    qtbot.waitUntil(lambda: sorting.batch_no == batch_no, timeout=10000)
    assert [s.order_no for s in sorting.slots] == list(slots.values())
    assert {h.station for h in store.holders(datetime.now(UTC))} == {"st-gui"}
