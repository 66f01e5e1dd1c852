"""The admin screens on the real window: only for admins, reachable by keyboard, saves through
the services, a refused save paints the cells it names and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from packstation.services.admin import catalog as catalog_admin
from packstation.services.admin import products as product_admin
from tests.gui.conftest import log_in


def _idle(window) -> bool:
    return window.ctx.tasks.db.pending == 0


@pytest.fixture
def admin(qtbot, window):
    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")  # the demo admin works in Japanese; English texts below
    window.activateWindow()
    qtbot.keyClick(window.tabs, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.admin, "Ctrl+M opens the admin screen"
    qtbot.waitUntil(lambda: len(window.admin.boxes.model.rows) > 0, timeout=10000)
    return window.admin


def _stored_service(window, code: str):
    user = window.ctx.session
    return next(s for s in catalog_admin.list_services(window.app.uow, user)
                if s.code == code)


def test_packers_have_no_admin_tab(qtbot, window) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert window.tabs.indexOf(window.admin) == -1
    window.open_admin()
    assert window.tabs.currentWidget() is not window.admin


def test_alt_keys_open_each_page(qtbot, window, admin) -> None:
    pages = admin.all_pages()
    for n, page in reversed(list(enumerate(pages, start=1))):
        qtbot.keyClick(admin.pages.tabBar(), getattr(Qt.Key, f"Key_{n}"),
                       Qt.KeyboardModifier.AltModifier)
        assert admin.pages.currentWidget() is page
    qtbot.waitUntil(lambda: _idle(window), timeout=10000)
    assert not window.errors


def test_a_new_box_is_saved_and_a_bad_one_refused(qtbot, window, admin) -> None:
    page = admin.boxes
    before = len(page.model.rows)
    page.table.setFocus()  # the keys of a page work while the focus is in it
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.code.hasFocus() and page.code.text() == ""
    qtbot.keyClicks(page.code, "B70")
    page.name.setText("70サイズ箱")  # typed through the IME in real life
    for field, value in zip(page.inner + page.outer, (300, 220, 150, 310, 230, 160),
                            strict=True):
        field.setValue(value)
    page.tare.setValue(260)
    page.cost.setValue(75)
    qtbot.keyClick(page.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.rows) == before + 1, timeout=10000)
    assert "B70" in page.message.text()
    page.inner[0].setValue(400)  # inside now larger than the outside
    page.save()
    qtbot.waitUntil(lambda: "Nothing was changed" in page.message.text(), timeout=10000)
    assert "Inside (mm)" in page.message.text() and "larger than the outside" in \
        page.message.text()
    stored = {b.code: b for b in catalog_admin.list_boxes(window.app.uow,
                                                          window.ctx.session)}
    assert stored["B70"].inner_mm == (300, 220, 150)


def test_service_form_paints_bad_cells_then_saves(qtbot, window, admin) -> None:
    from packstation.ui.screens.admin.common import BAD

    admin.pages.setCurrentWidget(admin.services)
    page = admin.services
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=10000)
    row = [r[1].code for r in page.model.rows].index("yupacket")
    page.table.selectRow(row)
    assert page.code.text() == "yupacket" and page.classes.rowCount() == 3
    page.classes.item(2, 3).setText("3cm")  # thickness of class 3cm: not millimetres
    page.save()
    qtbot.waitUntil(lambda: "Nothing was changed" in page.message.text(), timeout=10000)
    assert page.classes.item(2, 3).background().color() == BAD
    assert page.classes.item(1, 3).background().color() != BAD
    assert "Size classes · row 3 · Thickness ≤ mm" in page.message.text()
    assert _stored_service(window, "yupacket").classes[2].max_thickness_mm == 30
    page.classes.item(2, 3).setText("35")
    page.flags["date_allowed"].setChecked(True)
    page.save()
    qtbot.waitUntil(lambda: "saved" in page.message.text(), timeout=10000)
    stored = _stored_service(window, "yupacket")
    assert stored.classes[2].max_thickness_mm == 35 and stored.date_allowed
    assert stored.classes[2].prices, "prices kept under the class name"
    assert page.classes.item(2, 3).background().color() != BAD
    assert page.notice.text() == ""
    page.classes.item(2, 0).setText("4cm")  # a renamed class has no prices of its own
    page.save()
    qtbot.waitUntil(lambda: "4cm" in page.notice.text(), timeout=10000)
    assert "No prices yet" in page.notice.text()


def test_surcharge_rows_with_a_kind_list(qtbot, window, admin) -> None:
    admin.pages.setCurrentWidget(admin.services)
    page = admin.services
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=10000)
    # 佐川 飛脚宅配便: the demo service with a relay fee (中継料; ゆうパック has none, issue 17)
    page.table.selectRow([r[1].code for r in page.model.rows].index("hikyaku"))
    count = page.surcharges.rowCount()
    page.buttons["add_surcharge"].click()
    assert page.surcharges.rowCount() == count + 1
    page.surcharges.setFocus()
    page.surcharges.setCurrentCell(count, 0)
    qtbot.keyClick(page.surcharges, Qt.Key.Key_F2)  # the kind list opens from the keyboard
    from PySide6.QtWidgets import QComboBox

    editors = page.surcharges.viewport().findChildren(QComboBox)
    assert len(editors) == 1, "F2 opened the list of kinds"
    editor = editors[0]
    editor.setCurrentIndex(editor.findData("relay"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.surcharges.item(count, 0).text() == "Island relay fee",
                    timeout=5000)  # the delegate commits on the next turn of the event loop
    page.surcharges.item(count, 1).setText("北海道")
    page.surcharges.item(count, 3).setText("500")
    page.save()
    qtbot.waitUntil(lambda: "saved" in page.message.text(), timeout=10000)
    relay = {(s.kind, s.key): s.price_yen for s in _stored_service(window, "hikyaku").surcharges}
    assert relay[("relay", "1")] == 500 and relay[("relay", "47")] == 1200


def test_rates_export_import_and_a_refused_file(qtbot, window, admin, tmp_path: Path) -> None:
    admin.pages.setCurrentWidget(admin.rates)
    page = admin.rates
    qtbot.waitUntil(lambda: len(page.services) > 0, timeout=10000)
    assert page.select_service("yupacket")
    assert page.matrix_model.rowCount() == 48 and page.matrix_model.columns == \
        ["1cm", "2cm", "3cm"]
    page.encoding.setCurrentIndex(page.encoding.findData("cp932"))
    out = tmp_path / "yupacket.csv"
    page.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10000)
    qtbot.waitUntil(lambda: "Exported" in page.report.toPlainText(), timeout=10000)
    text = out.read_bytes().decode("cp932")
    assert text.startswith("都道府県,1cm,2cm,3cm,適用開始日\r\n"
                           "全国(既定),250,310,360,2000-01-01\r\n")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(text.replace("北海道,", "北海道,abc", 1).encode("cp932"))
    page.import_from(bad)
    qtbot.waitUntil(lambda: "Nothing was changed" in page.report.toPlainText(), timeout=10000)
    assert "row 3" in page.report.toPlainText() and "1cm" in page.report.toPlainText()
    good = tmp_path / "good.csv"
    good.write_bytes(text.replace("北海道,,,,", "北海道,300,400,500,", 1).encode("cp932"))
    page.import_from(good)
    qtbot.waitUntil(lambda: "replaced" in page.report.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: page.matrix_model.cells[1] == ["¥300", "¥400", "¥500"],
                    timeout=10000)
    assert page.matrix_model.cells[2][0] == "(¥250)" and (2, 0) in page.matrix_model.grey


def test_next_years_table_is_loaded_in_advance_and_both_are_shown(qtbot, window, admin,
                                                                   tmp_path: Path) -> None:
    """The admin loads a table dated 2099-04-01 beside the one in force: the page lists both
    with their 適用開始日 and state, shows either, and exports the one chosen with its date."""
    admin.pages.setCurrentWidget(admin.rates)
    page = admin.rates
    qtbot.waitUntil(lambda: len(page.services) > 0, timeout=10000)
    assert page.select_service("yupacket")
    assert page.table.count() == 1 and "2000-01-01" in page.table.itemText(0)
    upcoming = tmp_path / "yupacket-2099.csv"
    upcoming.write_text("都道府県,1cm,2cm,3cm,適用開始日\r\n全国(既定),270,330,380,2099-04-01\r\n",
                        encoding="utf-8-sig")
    page.import_from(upcoming)
    qtbot.waitUntil(lambda: page.table.count() == 2, timeout=10000)
    texts = [page.table.itemText(i) for i in range(2)]
    assert texts == ["2000-01-01 — in force now", "2099-04-01 — upcoming"]
    assert page.selected_day is not None and page.selected_day.isoformat() == "2099-04-01"
    assert page.matrix_model.cells[0] == ["¥270", "¥330", "¥380"]
    assert "2000-01-01" in page.table_state.text() and "2099-04-01" in page.table_state.text()
    page.table.setCurrentIndex(0)
    assert page.matrix_model.cells[0] == ["¥250", "¥310", "¥360"]
    page.table.setCurrentIndex(1)
    out = tmp_path / "export-2099.csv"
    page.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10000)
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1] == "全国(既定),270,330,380,2099-04-01"


def test_products_missing_measurements_are_filled_in(qtbot, window, admin) -> None:
    admin.pages.setCurrentWidget(admin.products)
    page = admin.products
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10000)
    assert page.only_missing.isChecked() and page.sku.text() == "NEW-SAMPLE"
    assert page.model.data(page.model.index(0, 0)).startswith("⚠")
    page.sides[0].setValue(200)
    page.save()
    qtbot.waitUntil(lambda: "Nothing was changed" in page.message.text(), timeout=10000)
    assert "Width (mm)" in page.message.text() and "Weight (g)" in page.message.text()
    for field, value in zip((*page.sides, page.weight), (200, 150, 20, 150), strict=True):
        field.setValue(value)
    page.weight.setFocus()
    qtbot.keyClick(page.weight, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.rows) == 0, timeout=10000)
    assert "NEW-SAMPLE saved" in page.message.text()
    assert product_admin.list_products(window.app.uow, window.ctx.session, True) == []
    page.only_missing.setChecked(False)
    qtbot.waitUntil(lambda: len(page.model.rows) > 40, timeout=10000)
    assert "0 missing" in page.count.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "mug")
    assert {r.sku for r in page.model.rows} == {"MUG-WHT", "MUG-BLK"}
    page.search.setText("ＭＵＧ－ＷＨＴ")  # full-width, as an IME types it
    assert [r.sku for r in page.model.rows] == ["MUG-WHT"] and page.sku.text() == "MUG-WHT"


def test_admin_pages_speak_japanese(qtbot, window, admin) -> None:
    window.set_language("ja")
    qtbot.waitUntil(lambda: admin.pages.tabText(0).startswith("梱包箱"), timeout=10000)
    assert window.tabs.tabText(window.tabs.indexOf(admin)).startswith("管理")
    assert admin.boxes.model.headerData(4, Qt.Orientation.Horizontal) == "箱重量 (g)"
    admin.pages.setCurrentWidget(admin.products)
    assert admin.products.only_missing.text().startswith("寸法・重量が未登録")


def test_unsaved_edits_are_never_dropped_silently(qtbot, window, admin, monkeypatch) -> None:
    from packstation.ui.screens.admin import common as admin_common

    answers: list[bool] = []
    asked: list[str] = []

    def confirm(_parent, what: str) -> bool:
        asked.append(what)
        return answers.pop(0)

    monkeypatch.setattr(admin_common, "confirm_discard", confirm)
    page = admin.boxes
    page.table.selectRow(0)
    first = page.model.rows[0].code
    page.cost.setValue(999)  # typed, not saved
    answers.append(False)
    page.table.selectRow(1)
    assert asked == [first] and page.code.text() == first and page.cost.value() == 999
    assert page.table.currentIndex().row() == 0, "the list stays on the record being edited"
    admin.pages.setCurrentWidget(admin.rates)  # look something up on another page…
    qtbot.waitUntil(lambda: len(admin.rates.services) > 0, timeout=10000)
    admin.pages.setCurrentWidget(page)  # …and come back: the list is read again
    qtbot.waitUntil(lambda: _idle(window), timeout=10000)
    assert page.cost.value() == 999 and len(asked) == 1
    answers.append(True)
    page.table.selectRow(1)
    assert page.code.text() == page.model.rows[1].code and page.cost.value() != 999
    page.table.selectRow(2)  # nothing typed: no question
    assert len(asked) == 2
    stored = {b.code: b for b in catalog_admin.list_boxes(window.app.uow,
                                                          window.ctx.session)}
    assert stored[first].cost_yen != 999


def test_a_products_shelf_location_is_kept_as_the_pick_list_reads_it(qtbot, window,
                                                                      admin) -> None:
    admin.pages.setCurrentWidget(admin.products)
    page = admin.products
    page.only_missing.setChecked(False)
    qtbot.waitUntil(lambda: len(page.model.rows) > 40, timeout=10000)
    page.search.setText("MUG-WHT")
    assert page.sku.text() == "MUG-WHT" and page.location.text() != ""  # demo: shelved
    page.location.setText("棚/1")
    page.save()
    qtbot.waitUntil(lambda: "Location (棚番)" in page.message.text(), timeout=10000)
    with window.app.uow() as uow:
        assert uow.products.get("MUG-WHT").location != "棚/1", "nothing saved"
    page.location.setText("ｃ－０３－１")  # as a Japanese keyboard types it
    page.save()
    qtbot.waitUntil(lambda: "MUG-WHT saved" in page.message.text(), timeout=10000)
    with window.app.uow() as uow:
        assert uow.products.get("MUG-WHT").location == "C-03-1"
    qtbot.waitUntil(lambda: page.location.text() == "C-03-1", timeout=10000)
