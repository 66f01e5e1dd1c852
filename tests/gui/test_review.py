"""The shift lead's review screen, by keyboard: only leads see it; filters narrow the list;
look-alike pairs and the packer × hour table follow the filters; marking reviewed with a
comment; CSV export in cp932; the KPI page and reporting a mis-shipment."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services.demo import shop as demo_shop
from packstation.services.packing import bench as packing
from tests.gui.conftest import log_in

CODES = {p.sku: p.codes[0].code for p in demo_shop.products()}


def _refusals(app) -> None:
    """sato at st-1, now: two look-alike tees, one too many mugs, then packs the order;
    nguyen at st-2: the wrong phone case."""
    with app.uow() as uow:
        uow.orders.add_many([
            Order("RV-1", "test", OrderStatus.OPEN, [OrderLine(1, "TEE-RED-M", 1),
                                                     OrderLine(2, "MUG-WHT", 1)],
                  ship_to=ShipTo("テスト 太郎", "060-0001", 1, "1-1")),
            Order("RV-2", "test", OrderStatus.OPEN, [OrderLine(1, "CASE-IP15", 1)],
                  ship_to=ShipTo("テスト 花子", "060-0001", 1, "1-1"))])
        ids = {login: uow.users.by_login(login).id for login in ("sato", "nguyen")}
        uow.commit()
    sato = packing.Bench(app.uow, app.clock, "st-1", user_id=ids["sato"])
    packing.open_order(sato, "RV-1")
    for sku in ("TEE-RED-L", "TEE-RED-L", "TEE-RED-M", "MUG-WHT", "MUG-WHT"):
        packing.scan(sato, "RV-1", CODES[sku])
    assert packing.complete(sato, "RV-1").verdict == "COMPLETED"
    nguyen = packing.Bench(app.uow, app.clock, "st-2", user_id=ids["nguyen"])
    packing.open_order(nguyen, "RV-2")
    assert packing.scan(nguyen, "RV-2", CODES["CASE-IP16"]).verdict == "WRONG_ITEM"


def _lead_on_review(qtbot, window):
    _refusals(window.app)
    log_in(qtbot, window, "suzuki", "2222")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert window.ctx.language.current == "ja", "suzuki works in Japanese"
    window.set_language("en")  # the assertions below read the English texts
    review = window.review
    assert window.tabs.isTabVisible(window.tabs.indexOf(review))
    with qtbot.waitSignal(review.refreshed, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is review
    qtbot.waitUntil(lambda: window.ctx.tasks.db.pending == 0, timeout=10000)
    return review


def _shown(review) -> list[tuple[str, str, str]]:
    """(packer, scanned, reason) of each row, as displayed."""
    model = review.records
    return [(model.index(r, 1).data(), model.index(r, 4).data(), model.index(r, 5).data())
            for r in range(model.rowCount())]


def test_packers_do_not_see_the_review(qtbot, window) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.review))
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.packer


def test_lead_sees_records_pairs_and_hours_and_filters_them(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    window.set_language("ja")
    assert {r for _p, _s, r in _shown(review)} == {"商品違い", "数量超過"}
    assert review.records.headerData(0, Qt.Orientation.Horizontal) == "日時"
    window.set_language("en")
    assert sorted(_shown(review)) == sorted([
        ("佐藤 健", "TEE-RED-L", "Wrong item"), ("佐藤 健", "TEE-RED-L", "Wrong item"),
        ("佐藤 健", "MUG-WHT", "Too many"), ("グエン ヴァン アン", "CASE-IP16", "Wrong item")])
    assert review.records.index(0, 0).data()[:4].isdigit(), "time shown as JST text"
    pairs = [(p.expected_sku, p.scanned_sku, p.count) for p in review.pairs.rows]
    assert pairs == [("TEE-RED-M", "TEE-RED-L", 2), ("CASE-IP15", "CASE-IP16", 1)]
    assert review.heat.packers == ["グエン ヴァン アン", "佐藤 健"]
    assert sum(review.heat.counts.values()) == 4
    assert "4 record(s)" in review.count.text()
    assert "this station's scans only" not in review.count.text(), "standalone: the whole log"

    with qtbot.waitSignal(review.refreshed, timeout=10000):  # SKU: Ctrl+F, type, Enter
        qtbot.keyClick(review, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(review.sku, "tee-red")
        qtbot.keyClick(review.sku, Qt.Key.Key_Return)
    assert [s for _p, s, _r in _shown(review)] == ["TEE-RED-L", "TEE-RED-L"], \
        "the extra mug came when only the mug was still expected: no tee involved"
    assert [p.expected_sku for p in review.pairs.rows] == ["TEE-RED-M"]
    review.sku.clear()

    with qtbot.waitSignal(review.refreshed, timeout=10000):  # reason: Too many
        review.reason.setCurrentIndex(review.reason.findData("OVER_QUANTITY"))
        review.reason.activated.emit(review.reason.currentIndex())
    assert _shown(review) == [("佐藤 健", "MUG-WHT", "Too many")]
    assert review.pairs.rows == [], "look-alike pairs are wrong items only"

    with qtbot.waitSignal(review.refreshed, timeout=10000):  # packer: nguyen, every reason
        review.reason.setCurrentIndex(0)
        review.packer.setCurrentIndex(review.packer.findText("グエン ヴァン アン"))
        review.packer.activated.emit(review.packer.currentIndex())
    assert _shown(review) == [("グエン ヴァン アン", "CASE-IP16", "Wrong item")]
    assert review.heat.packers == ["グエン ヴァン アン"]

    with qtbot.waitSignal(review.refreshed, timeout=10000):  # yesterday only: nothing
        review.packer.setCurrentIndex(0)
        review.date_from.setDate(review.date_from.date().addDays(-1))
        review.date_to.setDate(review.date_to.date().addDays(-1))
        review.refresh_button.click()
    assert _shown(review) == [] and review.heat.hours == []
    assert window.errors == []


def test_mark_selected_reviewed_with_a_comment_by_keyboard(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    review.records_table.setFocus()
    qtbot.keyClick(review.records_table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(review.records_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(review.selected_ids()) == 2
    chosen = set(review.selected_ids())
    review.comment.insert("棚を分ける")  # typed through the IME: QTest sends ASCII only
    with qtbot.waitSignal(review.refreshed, timeout=10000):
        qtbot.keyClick(review.comment, Qt.Key.Key_Return)
    done = {v.id: v for v in review.records.rows if v.reviewed_at is not None}
    assert set(done) == chosen
    assert {(v.reviewed_by, v.review_comment) for v in done.values()} == {
        ("鈴木 美香", "棚を分ける")}
    assert review.comment.text() == ""
    assert "2 not reviewed" in review.count.text()
    row = next(r for r, v in enumerate(review.records.rows) if v.id in chosen)
    assert "棚を分ける" in review.records.index(row, 6).data()

    with qtbot.waitSignal(review.refreshed, timeout=10000):
        review.pending_only.setChecked(True)
    assert {v.id for v in review.records.rows}.isdisjoint(chosen) and len(review.records.rows) == 2

    review.records_table.clearSelection()  # nothing selected: told, nothing sent
    qtbot.keyClick(review, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Select the records first" in review.count.text()
    assert window.ctx.tasks.db.pending == 0 and window.errors == []


def test_export_writes_every_selected_record_as_cp932_csv(qtbot, window, tmp_path) -> None:
    review = _lead_on_review(qtbot, window)
    qtbot.keyClick(review, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QFileDialog) and w.isVisible())
    assert dialog.defaultSuffix() == "csv" and "mispicks-" in dialog.selectedFiles()[0]
    dialog.reject()

    review.encoding.setCurrentIndex(review.encoding.findData("cp932"))
    target = tmp_path / "mispicks.csv"
    with qtbot.waitSignal(review.exported, timeout=10000) as written:
        review.export_to(str(target), str(review.encoding.currentData()))
    assert written.args == [str(target)]
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("cp932"), newline="")))
    assert rows[0][8] == "理由/Reason" and len(rows) == 5
    assert sorted(r[8] for r in rows[1:]) == ["商品違い (WRONG_ITEM)"] * 3 + [
        "数量超過 (OVER_QUANTITY)"]
    assert "4 record(s) written to" in review.count.text()


def test_kpi_page_and_reporting_a_misshipment(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    assert review.kpi.rows == [], "the KPIs are read only when their page is shown"
    with qtbot.waitSignal(review.kpis_refreshed, timeout=10000):
        qtbot.keyClick(review, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert review.pages.currentIndex() == 1
    by_packer = {k.packer: k for k in review.kpi.rows[:-1]}
    sato = by_packer["佐藤 健"]
    assert (sato.orders, sato.units, sato.hours, sato.refused) == (1, 2, 1, 3)
    total_row = len(review.kpi.rows) - 1
    assert review.kpi.rows[total_row].orders == 1
    assert review.kpi.index(total_row, 0).data() == "Total"
    window.set_language("ja")
    assert review.kpi.index(total_row, 0).data() == "合計", "named in the language shown now"
    window.set_language("en")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(review, Qt.Key.Key_M, ctrl_shift)
    from packstation.ui.screens.review.misshipment_dialog import MisShipmentDialog

    dialog = next(w for w in review.findChildren(MisShipmentDialog) if w.isVisible())
    qtbot.keyClicks(dialog.order_no, "RV-2")  # not packed: refused, said in the dialog
    qtbot.keyClick(dialog.order_no, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert "RV-2 has not been packed" in dialog.message.text() and dialog.isVisible()
    dialog.order_no.setText("RV-1")
    dialog.kind.setCurrentIndex(dialog.kind.findData("WRONG_QTY"))
    dialog.note.insert("返品あり")
    with qtbot.waitSignal(review.kpis_refreshed, timeout=10000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    sato = next(k for k in review.kpi.rows if k.packer == "佐藤 健")
    assert (sato.misshipments, sato.misship_ppm) == (1, 1_000_000)
    assert [(m.order_no, m.kind, m.note) for m in review.missed.rows] == [
        ("RV-1", "WRONG_QTY", "返品あり")]
    assert review.missed.index(0, 2).data() == "Wrong quantity shipped"
    assert window.errors == []


def test_review_fits_a_1366_wide_screen_in_both_languages(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    for language in ("en", "ja"):
        window.set_language(language)
        qtbot.waitUntil(lambda: review.sku.placeholderText() != "", timeout=5000)
        assert window.minimumSizeHint().width() <= 1366, language
        assert review.pending_only.width() >= review.pending_only.sizeHint().width(), language


def test_tab_goes_from_the_list_to_the_comment_then_the_buttons(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    review.records_table.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [review.comment, review.mark_button, review.encoding, review.export_button]


def test_the_screen_says_when_it_shows_only_the_newest_records(qtbot, window, monkeypatch) -> None:
    from packstation.ui.screens.review import screen as review_module

    review = _lead_on_review(qtbot, window)
    assert "only the newest" not in review.count.text()
    monkeypatch.setattr(review_module, "SHOWN_MAX", 3)
    with qtbot.waitSignal(review.refreshed, timeout=10000):
        qtbot.keyClick(review, Qt.Key.Key_F5)
    assert len(review.records.rows) == 3
    assert "only the newest 3 are shown; the CSV export has all" in review.count.text()


def test_dates_stepped_with_the_arrows_refresh_once_they_settle(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    qtbot.keyClick(review, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert review.date_from.hasFocus()
    year = review.date_from.date().year()
    with qtbot.waitSignal(review.refreshed, timeout=10000):
        qtbot.keyClick(review.date_from, Qt.Key.Key_Down)  # the year section: a year back
        qtbot.keyClick(review.date_from, Qt.Key.Key_Down)
    assert review.date_from.date().year() == year - 2
    assert review.filters().since.year == year - 2
    assert len(review.records.rows) == 4


def test_the_screens_shared_keys_act_on_the_screen_shown(qtbot, window) -> None:
    review = _lead_on_review(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.tabs.currentWidget() is window.orders
    qtbot.keyClick(window.orders, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.orders.search.hasFocus(), "Ctrl+F searches the orders, not the review"
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(review, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert review.sku.hasFocus()


def test_every_refused_verdict_has_a_reason_and_every_verdict_a_banner_text() -> None:
    """The UI's translation tables are keyed by the domain's enums; none may miss one."""
    from packstation.domain.verdicts import Verdict
    from packstation.ui.screens.packer_text import VERDICT_TEXT as _VERDICT_TEXT
    from packstation.ui.screens.review.models import REASONS

    assert set(REASONS) == {v for v in Verdict if v.refused}
    assert set(_VERDICT_TEXT) == set(Verdict)
