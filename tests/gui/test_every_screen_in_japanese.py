"""Every screen and dialog in Japanese on the demo shop shows no English: the walk visits the
login, every tab of the main window and every tab inside it (the admin pages, the review's
pages) for a packer, a lead and an admin, and opens every dialog reachable from them. Each
visible text (tests/gui/screen_texts.py) may keep only the data it shows (SKUs, order
numbers, codes the shop typed) and the allowed non-words (units, key names, CSV, GS1…);
anything else is listed as "screen: widget: text"."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.gui import test_networked
from tests.gui.conftest import log_in
from tests.gui.screen_texts import RULE_WORDS, latin_words, visible_texts

station_window = test_networked.station_window  # a networked station's window (PostgreSQL)

# A half-width colon after or before Japanese text: Japanese takes 「：」 (「F1：再印刷」).
_JA = r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]"
HALF_COLON = re.compile(f"{_JA}:|:\\s?{_JA}")


# Every dialog of the app, by the walk that opens it (test_every_dialog_is_on_a_walk checks
# that a new dialog class is added here).
DIALOGS = {
    "packer": {"OverrideDialog", "WeightOverrideDialog"},
    "lead": {"MisShipmentDialog", "CarrierExportDialog", "TrackingImportDialog",
             "OrderDetailDialog", "OrderEntryDialog", "BatchDialog"},
    "admin": {"SettingsDialog", "PrintersDialog", "ScaleSettingsDialog", "ImportDialog",
              "MappingDialog", "CarrierLayoutDialog"},
    "networked": {"FloorDialog"},
    "dashboard": {"DashSettingsDialog", "FloorBoardWindow", "OrdersDialog"},
}
_BASES = {"Dialog", "SettingsForm"}  # shared parts, never shown alone


@dataclass
class Walk:
    """The texts seen so far, and the ones that are not Japanese."""

    url: str  # the shop's database: what it holds is shown as typed
    screens: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    dialogs: set[str] = field(default_factory=set)  # the dialog classes seen
    # Data that one screen and the screens under it may show as it is ("": every screen).
    local: dict[str, set[str]] = field(default_factory=dict)

    def look(self, screen: str, root: QWidget) -> None:
        self.screens.append(screen)
        if isinstance(root, QDialog):
            self.dialogs.add(type(root).__name__)
        data = self.data().union(*(v for k, v in self.local.items()
                                   if k in ("", screen) or screen.startswith(f"{k} › ")))
        for widget, text in visible_texts(root):
            words = latin_words(text, data)
            if words or HALF_COLON.search(text):
                self.leaks.append(f"{screen}: {widget}: {text!r}")

    def text(self, screen: str, *texts: str) -> None:
        """Texts the app shows in a standard dialog (QInputDialog, QMessageBox)."""
        self.screens.append(screen)
        for text in texts:
            if latin_words(text, self.data()) or HALF_COLON.search(text):
                self.leaks.append(f"{screen}: {text!r}")

    def data(self) -> set[str]:
        return shop_data(self.url)

    def verdict(self) -> str:
        return "English left on screen:\n" + "\n".join(dict.fromkeys(self.leaks))


def shop_data(url: str) -> set[str]:
    """What the demo shop itself holds (SKUs, codes, order numbers, names of people, boxes and
    services): shown as typed. Not the products' English names: Japanese shows name_ja."""
    queries = (
        "SELECT sku FROM products", "SELECT code FROM product_codes",
        "SELECT order_no FROM orders", "SELECT channel FROM orders",
        "SELECT code FROM boxes", "SELECT code FROM carriers", "SELECT code FROM services",
        "SELECT name FROM boxes", "SELECT name FROM carriers", "SELECT name FROM services",
        "SELECT login FROM users", "SELECT display_name FROM users",
        "SELECT badge_code FROM users", "SELECT name FROM stations", "SELECT name FROM printers",
        "SELECT name FROM ship_to", "SELECT tracking_no FROM orders",
    )
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        data = {str(v) for q in queries for (v,) in db.execute(q) if v}
    return data | {"gui-station"}


def idle(win) -> bool:
    return win.ctx.tasks.db.pending == 0 and win.ctx.tasks.work.pending == 0


def settle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: idle(win), timeout=20000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: idle(win), timeout=20000)


def every_tab(qtbot, win, walk: Walk, tabs: QTabWidget, path: str, *,
              whole: QWidget | None = None) -> int:
    """Each visible tab of ``tabs`` in turn, and the tab widgets inside it: a new screen or
    page is walked without naming it here. ``whole``: what is seen around each page (the
    window's top row, the tab bar and its corner). Returns the number of pages seen."""
    seen = 0
    for i in range(tabs.count()):
        if not tabs.isTabVisible(i):
            continue
        tabs.setCurrentIndex(i)
        settle(qtbot, win)
        name = f"{path} › {tabs.tabText(i)}" if path else tabs.tabText(i)
        page = tabs.widget(i)
        walk.look(name, whole or page)
        seen += 1
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()
                 and t.parentWidget() is not None]
        for tab_widget in inner:
            seen += every_tab(qtbot, win, walk, tab_widget, name)
            tabs.setCurrentIndex(i)
    return seen


def new_dialog(qtbot, win, kind: type, open_it: Callable[[], object]) -> QWidget:
    """``open_it`` opens a dialog of ``kind`` as the app does; the dialog, shown."""
    before = set(win.findChildren(kind))
    open_it()
    qtbot.waitUntil(lambda: bool(set(win.findChildren(kind)) - before), timeout=10000)
    (dialog,) = set(win.findChildren(kind)) - before
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    settle(qtbot, win)
    return dialog


def look_and_close(qtbot, win, walk: Walk, name: str, dialog: QWidget) -> None:
    walk.look(name, dialog)
    dialog.close()
    settle(qtbot, win)


@pytest.fixture
def asked(monkeypatch) -> Iterator[list[tuple[str, ...]]]:
    """The standard dialogs the app asks with (QInputDialog, QMessageBox.question): their
    texts kept; a choice answered with its first item (so the question after it is asked
    too), the rest with Cancel."""
    seen: list[tuple[str, ...]] = []

    def get_item(_parent, title, label, items, *_a, **_k):
        seen.append((title, label, *items))
        return items[0], True

    def get_text(_parent, title, label, *_a, **_k):
        seen.append((title, label))
        return "", False

    def get_int(_parent, title, label, *_a, **_k):
        seen.append((title, label))
        return 0, False

    def question(_parent, title, text, *_a, **_k):
        seen.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    monkeypatch.setattr(QMessageBox, "question", question)
    yield seen


def logged_in(qtbot, win, who: str, pin: str) -> None:
    log_in(qtbot, win, who, pin)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.work, timeout=10000)
    assert win.ctx.language.current == "ja", "the demo users work in Japanese"
    settle(qtbot, win)


def all_tabs(qtbot, win, walk: Walk) -> int:
    return every_tab(qtbot, win, walk, win.tabs, "", whole=win)


# -- the walk --------------------------------------------------------------------------------
def scanned(qtbot, win, code: str):  # type: ignore[no-untyped-def]
    """A scanner's read (not typed), the screen's answer shown and settled."""
    with qtbot.waitSignal(win.packer.result_shown, timeout=15000) as shown:
        win.packer.on_scanned(code, False)
    settle(qtbot, win)
    return shown.args[0]


@pytest.fixture
def walk(demo_db: str) -> Walk:
    return Walk(demo_db)


def test_a_packer_sees_only_japanese(qtbot, window, walk, asked) -> None:
    from packstation.ui.screens.override_dialog import OverrideDialog
    from packstation.ui.screens.weight_override import WeightOverrideDialog
    from tests.gui.test_packer import order_codes, plain_order
    from tests.gui.test_weighing import _use_scale
    from tests.scale_sim import SimulatedScale

    win = window
    with sqlite3.connect(walk_db(win)) as db:  # the demo PIN is replaced at the first login
        db.execute("UPDATE users SET must_change_pin = 1 WHERE login = 'sato'")
        db.execute("UPDATE users SET locked_until = datetime('now', '+9 minutes'), "
                   "failed_attempts = 5 WHERE login = 'nguyen'")
    walk.look("ログイン", win.login)
    for who, pin, name in (("sato", "0000", "暗証番号違い"), ("nguyen", "1112", "ロック中")):
        log_in(qtbot, win, who, pin)
        qtbot.waitUntil(lambda: win.login.message.text() != "", timeout=10000)
        walk.look(f"ログイン › {name}", win.login)
        win.login.reset()
    log_in(qtbot, win, "sato", "1111")
    qtbot.waitUntil(win.login.new_pin.isVisible, timeout=10000)
    walk.look("ログイン › 新しいPIN", win.login)
    qtbot.keyClicks(win.login.new_pin.first, "480264")
    qtbot.keyClicks(win.login.new_pin.again, "480264")
    qtbot.keyClick(win.login.new_pin.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.work, timeout=10000)
    settle(qtbot, win)
    assert all_tabs(qtbot, win, walk) == 2, "a packer has the packing screen and the orders"
    win.tabs.setCurrentWidget(win.packer)
    packer, codes = win.packer, order_codes(win)
    scanned(qtbot, win, "R-1036")  # 冷凍, ギフト (のし, ラッピング, カード), 19-21
    qtbot.waitUntil(lambda: packer.proposal is not None, timeout=20000)
    walk.look("出荷検品 › 冷凍ギフトの注文", packer)
    order_no, lines = plain_order(win)
    scanned(qtbot, win, order_no)  # another order's pick list: the offer to hold and open
    walk.look("出荷検品 › 別の注文", packer)
    packer.hold()  # F8: R-1036 on hold, the other order opens
    settle(qtbot, win)
    qtbot.waitUntil(lambda: packer.proposal is not None, timeout=20000)
    wrong = next(c for sku, c in codes.items() if sku not in {s for s, _ in lines})
    scanned(qtbot, win, wrong)
    walk.look("出荷検品 › 違う商品", packer)
    scanned(qtbot, win, "4999999999999")
    walk.look("出荷検品 › 不明なバーコード", packer)
    camera_states(qtbot, win, walk)
    packer.choose_other()  # F7
    packer.key_count()  # F6
    settle(qtbot, win)
    dialog = new_dialog(qtbot, win, OverrideDialog, packer.request_override)  # F9
    look_and_close(qtbot, win, walk, "リーダー承認", dialog)
    with SimulatedScale("0.0") as scale:
        _use_scale(win, scale.port)
        for sku, qty in lines:
            for _ in range(qty):
                scanned(qtbot, win, codes[sku])
        qtbot.waitUntil(lambda: packer.stage == "completed", timeout=15000)
        settle(qtbot, win)
        walk.look("出荷検品 › 完了", packer)
        with qtbot.waitSignal(packer.weigh.weighed, timeout=10000):
            packer.weigh.weigh()  # F5: an empty scale, far too light
        settle(qtbot, win)
        walk.look("出荷検品 › 重量が合わない", packer)
        dialog = new_dialog(qtbot, win, WeightOverrideDialog, packer.request_override)
        look_and_close(qtbot, win, walk, "重量の承認", dialog)
    packer.print_panel.reprint()  # Ctrl+P
    settle(qtbot, win)
    for texts in asked:
        walk.text("出荷検品 › 入力", *texts)
    assert {texts[0] for texts in asked} >= {"数量入力", "別の箱", "印刷"}, asked
    assert len(asked) >= 4, "after a choice, the reason is asked"
    icon = packer.sound_icon
    if icon.isVisible():  # no sound on this PC: the drawn icon, not an empty box
        image = icon.grab().toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).red() > 150
                   for x in range(image.width()) for y in range(image.height()))
    assert not win.errors
    assert walk.dialogs >= DIALOGS["packer"], DIALOGS["packer"] - walk.dialogs
    assert not walk.leaks, walk.verdict()


def camera_states(qtbot, win, walk: Walk) -> None:
    """The camera panel beside the lines: busy (its message), then showing a picture."""
    from packstation.domain.camera import CameraUnavailable
    from tests.gui.conftest import use_fakes
    from tests.gui.test_camera_panel import ScriptedCamera, _failing, _frames_pass

    camera = win.packer.camera
    use_fakes(win, open=_failing(CameraUnavailable("camera.busy", device="0")))
    with qtbot.waitSignal(camera.camera_failed, timeout=15000):
        camera.start()
    walk.look("出荷検品 › カメラ使用中", win.packer)
    scripted = ScriptedCamera()
    use_fakes(win, open=lambda _device: scripted)
    camera.start()
    _frames_pass(qtbot, camera, 3)
    assert camera.isVisible()
    walk.look("出荷検品 › カメラ", win.packer)
    camera.stop()
    qtbot.waitUntil(scripted.closed.is_set, timeout=5000)


def failed_jobs(win, order_no: str) -> None:
    """The print bar with jobs that did not print: a row stored before details were messages
    ('no label printer at …') and one whose printer refused the connection."""
    from datetime import UTC, datetime

    from packstation.domain.messages import Msg, to_json
    from packstation.domain.printing import Failure, JobStatus
    from packstation.services.printing.ports import JobView

    refused = to_json(Msg("print.detail.refused", where="10.0.0.5:9100"))
    now = datetime.now(UTC)
    win.packer.print_panel._merge_all([
        JobView(9001, "gui-station", order_no, "label", None, JobStatus.FAILED, 1,
                Failure.NOT_CONFIGURED, "no label printer at gui-station", False, "", now),
        JobView(9002, "gui-station", order_no, "slip", "レーザー", JobStatus.FAILED, 1,
                Failure.UNREACHABLE, refused, False, "", now)])
    QApplication.processEvents()


def walk_db(win) -> str:
    return str(win.app.config.db_url).removeprefix("sqlite:///")


def test_a_lead_sees_only_japanese(qtbot, window, walk, asked) -> None:
    from packstation.ui.screens.batch_dialog import BatchDialog
    from packstation.ui.screens.carrier.dialogs import CarrierExportDialog, TrackingImportDialog
    from packstation.ui.screens.order_detail import OrderDetailDialog
    from packstation.ui.screens.order_entry import OrderEntryDialog
    from packstation.ui.screens.review.misshipment_dialog import MisShipmentDialog
    from tests.gui.test_packer import order_codes, plain_order
    from tests.gui.test_review import _refusals

    win = window
    _refusals(win.app)  # refused scans of every kind for the review
    logged_in(qtbot, win, "suzuki", "2222")
    order_no, lines = plain_order(win)  # packed by the lead: the documents go to the printer
    scanned(qtbot, win, order_no)
    codes = order_codes(win)
    for sku, qty in lines:
        for _ in range(qty):
            scanned(qtbot, win, codes[sku])
    qtbot.waitUntil(lambda: win.packer.stage == "completed", timeout=15000)
    settle(qtbot, win)
    walk.look("出荷検品 › 完了", win.packer)
    failed_jobs(win, order_no)
    assert win.packer.print_panel.isVisible()
    walk.look("出荷検品 › 印刷できない", win.packer)
    win.packer.print_panel.cancel()  # Shift+F1: why is it cancelled
    win.packer.print_panel.reprint()  # Ctrl+P: which document, why again
    settle(qtbot, win)
    assert all_tabs(qtbot, win, walk) >= 5, "packing, orders, the review and its pages"
    win.tabs.setCurrentWidget(win.review)
    settle(qtbot, win)
    review = win.review
    dialogs = {
        "誤出荷の報告": (MisShipmentDialog, review.report_misshipment),
        "送り状CSV": (CarrierExportDialog, win.orders.open_carrier_export),
        "追跡番号の取込": (TrackingImportDialog, win.orders.open_tracking_import),
        "受注詳細": (OrderDetailDialog, lambda: win.show_order("R-1036")),
        "受注詳細 › 梱包済み": (OrderDetailDialog, lambda: win.show_order(order_no)),
    }
    for name, (kind, open_it) in dialogs.items():
        look_and_close(qtbot, win, walk, name, new_dialog(qtbot, win, kind, open_it))
    batch = new_dialog(qtbot, win, BatchDialog, win.orders.open_new_batch)
    batch.max_orders.setText("0")
    batch.make()
    look_and_close(qtbot, win, walk, "バッチ作成 › エラー", batch)
    entry = new_dialog(qtbot, win, OrderEntryDialog, win.orders.open_order_entry)
    qtbot.waitUntil(lambda: bool(entry.products), timeout=10000)
    entry.product.setText("マグ")  # two match: the form lists them
    entry.add_line()
    walk.look("電話・FAX注文 › 候補", entry)
    entry.save()  # nothing filled in: every problem, in Japanese
    qtbot.waitUntil(lambda: entry.message.text().count("\n") >= 3, timeout=10000)
    look_and_close(qtbot, win, walk, "電話・FAX注文 › エラー", entry)
    review.mark_reviewed()  # nothing selected: says so
    walk.look("誤出荷レビュー › 未選択", review)
    win.tabs.setCurrentWidget(win.orders)
    settle(qtbot, win)
    win.orders.print_pick_lists()  # Ctrl+Shift+L: the selected order's pick list
    qtbot.waitUntil(lambda: win.orders.print_status.text() != "", timeout=10000)
    qtbot.waitUntil(lambda: "…" not in win.orders.print_status.text(), timeout=20000)
    walk.look("受注一覧 › ピッキングリスト", win.orders)
    for texts in asked:
        walk.text("印刷 › 入力", *texts)
    assert {texts[0] for texts in asked} >= {"印刷", "印刷取消"}, asked
    assert not win.errors
    assert walk.dialogs >= DIALOGS["lead"], DIALOGS["lead"] - walk.dialogs
    assert not walk.leaks, walk.verdict()


def test_an_admin_sees_only_japanese(qtbot, window, walk, asked, tmp_path) -> None:
    from packstation.services.imports import csv_import
    from packstation.ui.screens.carrier.dialogs import CarrierExportDialog
    from packstation.ui.screens.carrier.layout_dialog import CarrierLayoutDialog
    from packstation.ui.screens.import_dialog import ImportDialog
    from packstation.ui.screens.mapping_dialog import MappingDialog
    from packstation.ui.screens.printing.printers_dialog import PrintersDialog
    from packstation.ui.screens.scale_settings import ScaleSettingsDialog
    from packstation.ui.screens.settings_dialog import SettingsDialog

    win = window
    with sqlite3.connect(walk_db(win)) as db:  # every state a user can be in
        db.execute("UPDATE users SET locked_until = datetime('now', '+9 minutes'), "
                   "failed_attempts = 5 WHERE login = 'nguyen'")
        db.execute("UPDATE users SET must_change_pin = 1 WHERE login = 'sato'")
        db.execute("UPDATE users SET active = 0 WHERE login = 'suzuki'")
    logged_in(qtbot, win, "admin", "9999")
    walk.local["設定"] = set(RULE_WORDS)  # first_order: …; channel=楽天市場: …
    assert all_tabs(qtbot, win, walk) >= 12, "every tab, the review's and the admin's pages"
    packer = win.packer
    bad_csv = tmp_path / "受注.csv"  # a mall's export lacking the address columns
    bad_csv.write_text("注文番号,商品コード,数量\nR-9001,MUG-WHT,二\n", encoding="utf-8")
    # The file's name, and the header names a file may use, are written as they are.
    walk.local["CSV取込"] = {bad_csv.name, *csv_import.all_fields("orders")}

    def import_and_map() -> None:
        win.open_import()

    dialogs = {
        "設定": (SettingsDialog, win.open_settings),
        "プリンタ": (PrintersDialog, win.open_printers),
        "はかりの設定": (ScaleSettingsDialog, lambda: packer.weigh.open_settings(packer)),
        "CSV取込": (ImportDialog, import_and_map),
    }
    opened: dict[str, QWidget] = {}
    for name, (kind, open_it) in dialogs.items():
        opened[name] = new_dialog(qtbot, win, kind, open_it)
        if name != "CSV取込":
            look_and_close(qtbot, win, walk, name, opened[name])
    importer = opened["CSV取込"]
    walk.look("CSV取込", importer)
    importer.path.setText(str(bad_csv))
    mapping = new_dialog(qtbot, win, MappingDialog, importer._map_headers)
    look_and_close(qtbot, win, walk, "CSV取込 › 列の対応", mapping)
    importer._start()  # a refused file: every problem listed
    qtbot.waitUntil(lambda: importer.report_box.toPlainText() != "", timeout=20000)
    settle(qtbot, win)
    walk.look("CSV取込 › 問題", importer)
    importer.close()
    export = new_dialog(qtbot, win, CarrierExportDialog, win.orders.open_carrier_export)
    layout = new_dialog(qtbot, win, CarrierLayoutDialog, export._edit_layout)
    look_and_close(qtbot, win, walk, "送り状CSV › レイアウト", layout)
    export.close()
    admin = win.admin
    win.tabs.setCurrentWidget(admin)
    admin.pages.setCurrentWidget(admin.users)
    settle(qtbot, win)
    admin.users.table.selectRow(1)
    settle(qtbot, win)
    admin.users.unlock()
    settle(qtbot, win)
    walk.look("利用者 › ロック解除", admin.users)
    admin.users.write_badges(tmp_path / "社員証.pdf")
    qtbot.waitUntil(lambda: "pdf" in admin.users.message.text(), timeout=20000)
    walk.local["利用者 › 社員証"] = {str(tmp_path / "社員証.pdf")}
    walk.look("利用者 › 社員証", admin.users)
    admin.pages.setCurrentWidget(admin.rates)
    settle(qtbot, win)
    admin.rates.select_service("takkyubin")
    settle(qtbot, win)
    walk.look("運賃表 › 宅急便", admin.rates)
    for page in admin.all_pages():  # a form saved empty: each page's problems at once
        admin.pages.setCurrentWidget(page)
        settle(qtbot, win)
        for new in ("new_box", "new_carrier", "new_service", "start_new"):
            if callable(getattr(page, new, None)):
                getattr(page, new)()
        save = next((getattr(page, n) for n in ("save", "add")
                     if callable(getattr(page, n, None))), None)
        if save is not None:
            save()
        settle(qtbot, win)
        walk.look(f"管理 › {admin.pages.tabText(admin.pages.currentIndex())} › 空の保存", page)
    for texts in asked:
        walk.text("管理 › 確認", *texts)
    assert not win.errors
    assert walk.dialogs >= DIALOGS["admin"], DIALOGS["admin"] - walk.dialogs
    assert not walk.leaks, walk.verdict()


def test_the_walk_sees_english(qtbot, window, walk) -> None:
    """The walk itself: the same login screen in English is reported, word by word."""
    window.set_language("en")
    qtbot.waitUntil(lambda: "Log in" in window.login.login_button.text(), timeout=5000)
    walk.look("login", window.login)
    assert any("'Log in (Enter)'" in leak for leak in walk.leaks), walk.leaks
    assert not any("English" in leak for leak in walk.leaks), "the language switch is kept"


@pytest.mark.parametrize("station_window", [("suzuki", "2222")], indirect=True)
def test_a_networked_lead_sees_only_japanese(qtbot, station_window, pg_url, walk) -> None:
    """A station synced with the server: the sync status beside the tabs, an order another
    station holds, and the lead's floor view (Ctrl+H) with that order."""
    from datetime import UTC, datetime, timedelta

    from packstation.adapters.central.claims import SqlClaimStore
    from packstation.adapters.db.engine import make_engine
    from packstation.ui.screens.floor_dialog import FloorDialog

    win = station_window
    walk.local[""] = {"st-gui", "st-other"}  # the stations' names, as the server has them
    store = SqlClaimStore(make_engine(pg_url))
    now = datetime.now(UTC)
    for order_no, since in (("R-1007", now), ("R-1008", now - timedelta(hours=1))):
        assert store.claim_order(order_no, "st-other", since, timedelta(minutes=5))
    settle(qtbot, win)
    assert all_tabs(qtbot, win, walk) >= 4
    win.tabs.setCurrentWidget(win.packer)
    scanned(qtbot, win, "R-1007")  # held by the other station
    walk.look("出荷検品 › 他の梱包台", win.packer)
    floor = new_dialog(qtbot, win, FloorDialog, win.open_floor)
    qtbot.waitUntil(lambda: len(floor.holders.rows) == 2, timeout=10000)
    floor.holder_view.selectRow(0)
    look_and_close(qtbot, win, walk, "フロア", floor)
    assert not win.errors
    assert walk.dialogs >= DIALOGS["networked"], DIALOGS["networked"] - walk.dialogs
    assert not walk.leaks, walk.verdict()


def test_every_dialog_is_on_a_walk() -> None:
    """Each dialog class of the app is opened by one of the walks above."""
    import importlib
    import pkgutil

    import packstation.ui

    for module in pkgutil.walk_packages(packstation.ui.__path__, "packstation.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        kind = todo.pop()
        todo += kind.__subclasses__()
        if kind.__module__.startswith("packstation.") and not kind.__name__.startswith("_"):
            found.add(kind.__name__)
    listed = set().union(*DIALOGS.values())
    assert listed, "the walks open dialogs"
    assert found - _BASES == listed, (found - _BASES) ^ listed


def test_sorting_a_batch_shows_only_japanese(qtbot, window, walk) -> None:
    """種まき (issue 20): the sorting tab appears when a batch list is scanned; its states."""
    from packstation.domain.model import Role
    from packstation.services.dto import SessionUser
    from tests.gui.test_packer import logged_in_packer, order_codes

    win = window
    lead = SessionUser(3, "suzuki", "鈴木 美香", Role.LEAD, "ja")
    batch = win.app.services.picking.create_batch(lead, max_orders=6, filters=["single"])
    walk.local[""] = {batch.batch_no}
    packer = logged_in_packer(qtbot, win)
    codes = order_codes(win)
    packer.on_scanned(batch.batch_no, False)
    qtbot.waitUntil(lambda: win._sorting is not None and win.sorting.batch_no is not None,
                    timeout=10000)
    sorting = win.sorting
    settle(qtbot, win)
    walk.look("仕分け › 開始", win)
    with win.app.uow() as uow:
        sku = uow.orders.get(batch.slots[1]).lines[0].sku
    for code, name in ((codes[sku], "間口完了"), ("4900000000000", "不明なバーコード"),
                       (codes["MUG-BLK"], "商品違い")):
        before = sorting.last
        sorting.on_scanned(code, False)
        qtbot.waitUntil(lambda b=before: sorting.last is not b, timeout=10000)
        settle(qtbot, win)
        walk.look(f"仕分け › {name}", win)
    assert all_tabs(qtbot, win, walk) == 3, "packing, orders and sorting"
    assert not walk.leaks, walk.verdict()


def test_the_dashboard_and_its_windows_show_only_japanese(qtbot, window, walk) -> None:
    """毎日カイゼン (issue 19): the dashboard, its settings, the floor board and a drill-down."""
    from datetime import UTC, datetime, timedelta, timezone

    win = window
    logged_in(qtbot, win, "admin", "9999")
    dash = win.dashboard
    win.show_dashboard()
    settle(qtbot, win)
    walk.look("ダッシュボード", win)
    today = datetime.now(UTC).astimezone(timezone(timedelta(hours=9))).date()
    dash.show_orders(today, None)
    qtbot.waitUntil(lambda: dash.drill_down is not None and dash.drill_down.isVisible(),
                    timeout=10000)
    settle(qtbot, win)
    look_and_close(qtbot, win, walk, "ダッシュボード › 受注", dash.drill_down)
    dash.open_settings()
    qtbot.waitUntil(dash.settings_dialog.isVisible, timeout=10000)
    look_and_close(qtbot, win, walk, "ダッシュボード › 設定", dash.settings_dialog)
    dash.open_floor_board()
    qtbot.waitUntil(dash.floor_board.isVisible, timeout=10000)
    settle(qtbot, win)
    look_and_close(qtbot, win, walk, "フロアボード", dash.floor_board)
    assert walk.dialogs >= DIALOGS["dashboard"], DIALOGS["dashboard"] - walk.dialogs
    assert not walk.leaks, walk.verdict()
