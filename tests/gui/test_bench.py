"""The packer's bench (issue 14) on the real window and demo data, driven like a scanner:
handling badges and confirmations, nothing stale, the wrong item in hand, another order's pick
list, repeated refusals, and what is readable at 1366×768."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from tests.gui.conftest import log_in
from tests.gui.test_packer import logged_in_packer, order_codes, plain_order, scan

COOL_GIFT = "R-1036"  # demo: 冷凍 + ギフト (のし, wrapping, card) + 19-21, two GYOZA-FRZ


def _result(qtbot, packer, code: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as shown:
        scan(qtbot, packer.field, code)
    return shown.args[0]


def _key(qtbot, packer, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as shown:
        qtbot.keyClick(packer.field, key, modifier)
    return shown.args[0]


def _add_order(window, order_no: str, skus: list[str], qty: int = 1) -> None:
    from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo

    with window.app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.OPEN,
                                   [OrderLine(i, sku, qty) for i, sku in enumerate(skus, 1)],
                                   ship_to=ShipTo("テスト 太郎", "100-0001", 13, "1-1"))])
        uow.commit()


def _plain_skus(window, count: int) -> list[str]:
    from packstation.services.demo import shop as demo_shop

    return [p.sku for p in demo_shop.products() if not p.missing_measurements
            and not p.serial_tracked and not p.qty_entry_allowed][:count]


def _empty(packer) -> bool:  # type: ignore[no-untyped-def]
    """Nothing of any order on the screen."""
    return (packer.order_no is None and packer.model.rows == [] and not packer.badges.labels
            and packer.cards.held.isHidden() and packer.cards.expected.isHidden()
            and packer.proposal_label.isHidden() and packer.count_label.text() == ""
            and packer.order_label.text() in ("No order open", "検品中の受注なし"))


# --- handling instructions --------------------------------------------------------------------

def test_a_cool_gift_order_shows_its_badges_the_moment_it_opens(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)  # sato works in Japanese
    opened = _result(qtbot, packer, COOL_GIFT)
    assert opened.verdict == "OPENED" and packer.badges.isVisible()
    texts = packer.badges.texts()
    assert texts[0].startswith("冷凍") and "Ctrl+1" in texts[0]
    assert texts[1].startswith("ギフト") and "Ctrl+2" in texts[1] and "のし：御祝" in texts[1]
    assert any("時間帯 19-21" in t for t in texts)
    assert all(label.height() >= 40 for label in packer.badges.labels), "large badges"
    assert window.minimumSizeHint().height() <= 768, "badges and 8 lines fit 1366×768"
    assert packer.model.data(packer.model.index(0, 1)) == "冷凍ぎょうざ 30個"
    window.set_language("en")
    qtbot.waitUntil(lambda: packer.badges.texts()[0].startswith("Frozen"), timeout=5000)
    assert packer.badges.texts()[1].startswith("Gift")
    assert packer.model.data(packer.model.index(0, 1)) == "Frozen gyoza x30", \
        "English names where the product has one"


def test_completion_waits_for_the_confirmations_by_key_or_bench_sheet(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    window.set_language("en")
    codes = order_codes(window)
    _result(qtbot, packer, COOL_GIFT)
    assert _result(qtbot, packer, codes["GYOZA-FRZ"]).verdict == "OK"
    last = _result(qtbot, packer, codes["GYOZA-FRZ"])  # every unit in, nothing confirmed:
    assert last.verdict == "OK" and packer.stage == "packing"  # no auto-completion
    assert "Ctrl+1" in packer.next_step.text() and "Ctrl+2" in packer.next_step.text()
    refused = _key(qtbot, packer, Qt.Key.Key_F10)
    assert refused.verdict == "ACK_MISSING" and packer.banner.state == "error"
    assert "Not complete yet" in packer.banner.text() and packer.stage == "packing"
    assert "cool packs and cool box" in packer.banner.text()
    cool = _key(qtbot, packer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert cool.verdict == "ACKNOWLEDGED" and packer.banner.state == "ok"
    assert "done" in packer.badges.texts()[0] and "Ctrl+2" in packer.next_step.text()
    with qtbot.waitSignal(packer.result_shown, timeout=10000):
        scan(qtbot, packer.field, "ACK-GIFT")  # the bench sheet's code: then no click needed
    qtbot.waitUntil(lambda: packer.stage == "completed", timeout=10000)
    assert packer.banner.state == "complete"


# --- nothing stale ---------------------------------------------------------------------------

def test_hold_clears_every_element_of_the_order(qtbot, window, monkeypatch) -> None:
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    _result(qtbot, packer, COOL_GIFT)
    qtbot.waitUntil(lambda: packer.proposal is not None, timeout=20000)
    _result(qtbot, packer, codes["TEE-RED-M"])  # a wrong item: both cards shown
    assert packer.cards.expected.isVisible()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("箱が足りない", True))
    held = _key(qtbot, packer, Qt.Key.Key_F8)
    assert held.verdict == "ON_HOLD"
    assert _empty(packer)


def test_a_refused_open_after_a_completed_order_leaves_nothing_of_it(qtbot, window) -> None:
    from tests.gui.test_packer import scan_whole_order

    packer = logged_in_packer(qtbot, window)
    done = scan_whole_order(qtbot, window)
    qtbot.waitUntil(lambda: packer.stage == "completed", timeout=10000)
    assert packer.model.rows
    again = _result(qtbot, packer, done)  # the same pick list again: already packed
    assert again.verdict == "ALREADY_PACKED" and packer.banner.state == "error"
    assert _empty(packer)
    unknown = _result(qtbot, packer, "R-9999")
    assert unknown.verdict == "UNKNOWN_ORDER" and _empty(packer)


def test_logout_and_another_users_login_show_nothing_of_the_last_packer(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    order_no, _lines = plain_order(window)
    _result(qtbot, packer, order_no)
    assert packer.order_no == order_no
    window.lock()
    assert _empty(packer)
    log_in(qtbot, window, "nguyen", "1112")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    qtbot.waitUntil(lambda: window.ctx.tasks.db.pending == 0, timeout=10000)
    assert _empty(packer), "another user's order never shows"
    window.lock()
    log_in(qtbot, window)  # sato again: the order comes back as committed
    qtbot.waitUntil(lambda: packer.order_no == order_no, timeout=10000)


def test_a_wrong_item_shows_both_products_with_pictures(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    _result(qtbot, packer, COOL_GIFT)
    wrong = _result(qtbot, packer, codes["TEE-RED-M"])
    assert wrong.verdict == "WRONG_ITEM"
    held, expected = packer.cards.held, packer.cards.expected
    assert held.isVisible() and expected.isVisible()
    assert held.sku.text() == "TEE-RED-M" and expected.sku.text() == "GYOZA-FRZ"
    assert held.name.text() == "Tシャツ 赤 M" and "ぎょうざ" in expected.name.text()
    assert not held.picture.pixmap().isNull() and not expected.picture.pixmap().isNull()
    assert "Tシャツ 赤 M" in packer.banner.text(), "the banner names the product in hand"
    ok = _result(qtbot, packer, codes["GYOZA-FRZ"])
    assert ok.verdict == "OK" and expected.isHidden(), "back to one card after a good scan"
    assert held.sku.text() == "GYOZA-FRZ"


def test_another_orders_pick_list_is_offered_and_f8_switches_at_once(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    order_no, _lines = plain_order(window)
    _result(qtbot, packer, COOL_GIFT)
    other = _result(qtbot, packer, order_no)
    assert other.verdict == "OTHER_ORDER" and packer.banner.state == "offer"
    assert "F8" in packer.next_step.text() and order_no in packer.next_step.text()
    switched = _key(qtbot, packer, Qt.Key.Key_F8)  # no dialog: one key
    assert switched.verdict == "OPENED" and packer.order_no == order_no
    with window.app.uow() as uow:
        assert uow.orders.get(COOL_GIFT).status.value == "on_hold"
    from packstation.services.review import mispicks
    from packstation.services.review.dto import MisPickFilter

    assert mispicks.search(window.app.uow, MisPickFilter()) == [], "not a mis-pick"


def test_a_repeated_identical_refusal_counts_and_flashes(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    _result(qtbot, packer, COOL_GIFT)
    first = _result(qtbot, packer, codes["TEE-RED-M"])
    assert first.repeat == 1 and "×" not in packer.banner.text()
    flashes = packer.banner.flashes
    second = _result(qtbot, packer, codes["TEE-RED-M"])
    assert second.repeat == 2 and packer.banner.text().endswith("×2")
    assert packer.banner.flashes == flashes + 1
    third = _result(qtbot, packer, codes["TEE-RED-M"])
    assert third.repeat == 3 and packer.banner.text().endswith("×3")


# --- readable and complete at 1366×768 --------------------------------------------------------

def _row_visible(packer, row: int) -> bool:  # type: ignore[no-untyped-def]
    rect = packer.table.visualRect(packer.model.index(row, 0))
    return rect.top() >= 0 and rect.bottom() <= packer.table.viewport().height()


def test_eight_lines_show_whole_finished_green_current_highlighted(qtbot, window) -> None:
    window.resize(1366, 768)
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    skus = _plain_skus(window, 8)
    _add_order(window, "R-8008", skus)
    _result(qtbot, packer, "R-8008")
    window.set_language("ja")  # Japanese headers are the taller ones
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "出荷検品 (F2)", timeout=5000)
    assert window.minimumSizeHint().height() <= 768
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: packer.table.viewport().height() > 0, timeout=5000)
    assert all(_row_visible(packer, r) for r in range(8)), "all 8 lines without scrolling"
    assert packer.table.verticalScrollBar().maximum() == 0
    _result(qtbot, packer, codes[skus[0]])  # line 1 finished
    _result(qtbot, packer, codes[skus[1]])  # line 2 finished, now current
    background = Qt.ItemDataRole.BackgroundRole
    assert packer.model.data(packer.model.index(0, 0), background) == QColor("#c8e6c9")
    assert packer.model.data(packer.model.index(1, 0), background) == QColor("#fff176")
    assert packer.model.data(packer.model.index(2, 0), background) is None


def test_a_long_order_scrolls_the_active_line_into_view(qtbot, window) -> None:
    window.resize(1366, 768)
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    skus = _plain_skus(window, 20)
    _add_order(window, "R-2020", skus)
    _result(qtbot, packer, "R-2020")
    assert not _row_visible(packer, 19)
    _result(qtbot, packer, codes[skus[19]])
    assert _row_visible(packer, 19), "the line just scanned is in view"


def test_counts_and_next_step_are_28_px_or_more(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    _result(qtbot, packer, COOL_GIFT)
    window.set_language("ja")
    qtbot.waitUntil(lambda: packer.count_label.text() == "残り 2 点", timeout=5000)
    assert packer.count_label.font().pixelSize() >= 28 or "32px" in \
        packer.count_label.styleSheet()
    assert packer.next_step.px >= 28
    count_font = packer.model.data(packer.model.index(0, 4), Qt.ItemDataRole.FontRole)
    assert count_font.pixelSize() >= 28


def test_japanese_breaks_only_at_phrases_and_uses_full_width_colons(qtbot, window) -> None:
    from packstation.ui.screens.packer_text import VERDICT_TEXT, verdict_text
    from packstation.ui.widgets.fit_text import lone_kana

    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    window.set_language("ja")
    _result(qtbot, packer, COOL_GIFT)
    _result(qtbot, packer, codes["TEE-RED-M"])
    assert len(packer.banner.lines) >= 2 and not lone_kana(packer.banner.lines)
    for verdict in VERDICT_TEXT:  # every sentence the banner can show, at its width
        packer.banner.show_state("error", verdict_text(verdict))
        assert not lone_kana(packer.banner.lines), packer.banner.lines
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]:", packer.banner.text())
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]:", packer.next_step.text())


def test_the_muted_sound_icon_is_painted(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    image = packer.sound_icon.pixmap().toImage()
    assert not image.isNull()
    inked = sum(image.pixelColor(x, y).alpha() > 0
                for x in range(image.width()) for y in range(image.height()))
    assert inked > image.width() * image.height() // 6, "a drawn speaker, not an empty box"


def test_f7_offers_every_box_and_service_not_only_other_carriers(qtbot, window,
                                                                 monkeypatch) -> None:
    packer = logged_in_packer(qtbot, window)
    _result(qtbot, packer, "R-1005")  # demo: a mug and more
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, names, *_a, **_k):  # type: ignore[no-untyped-def]
        offered.append(list(names))
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    qtbot.keyClick(packer.field, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    names = offered[0]
    assert len(names) > 2, names
    assert len({n.split(" + ")[0] for n in names}) >= 2, "several boxes"


# --- no English on the Japanese packing screen -------------------------------------------------

# Key names (F8, Ctrl+Z), OK, the bench sheet's codes, units, PC, and single letters (sizes
# such as M in 「Tシャツ 赤 M」, the Z of Ctrl+Z).
_ALLOWED = re.compile(r"^(OK|F\d{1,2}|Ctrl|Shift|Enter|Tab|ACK|COOL|GIFT|ENCL|cm|mm|kg|PC|"
                      r"[A-Za-z])$")


def _visible_words(packer, allowed_codes: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    texts = [w.text() for w in packer.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in packer.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.placeholderText() for w in packer.findChildren(QLineEdit) if w.isVisible()]
    model = packer.model
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(5)]
    texts += [str(model.data(model.index(r, c))) for r in range(len(model.rows))
              for c in range(5)]
    words = set()
    for text in texts:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))  # rich-text badges
        for token in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", plain):
            if token in allowed_codes or _ALLOWED.match(token) or re.match(
                    r"^[A-Z0-9]+(-[A-Z0-9]+)+$", token):  # SKUs and order numbers
                continue
            words.add(token)
    return words


def test_the_japanese_packing_screen_shows_no_english_words(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    window.set_language("ja")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "出荷検品 (F2)", timeout=5000)
    seen: dict[str, set[str]] = {"idle": _visible_words(packer, set())}
    _result(qtbot, packer, COOL_GIFT)
    qtbot.waitUntil(lambda: packer.proposal is not None, timeout=20000)
    seen["opened"] = _visible_words(packer, set())
    _result(qtbot, packer, codes["TEE-RED-M"])
    seen["wrong item"] = _visible_words(packer, set())
    _result(qtbot, packer, codes["TEE-RED-M"])
    seen["repeated"] = _visible_words(packer, set())
    order_no, _lines = plain_order(window)
    _result(qtbot, packer, order_no)
    seen["other order"] = _visible_words(packer, set())
    for _ in range(2):
        _result(qtbot, packer, codes["GYOZA-FRZ"])
    seen["all in"] = _visible_words(packer, set())
    _key(qtbot, packer, Qt.Key.Key_F10)
    seen["confirmation missing"] = _visible_words(packer, set())
    _key(qtbot, packer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    seen["confirmed"] = _visible_words(packer, set())
    assert {state: words for state, words in seen.items() if words} == {}


def test_english_mode_names_products_in_english_where_they_have_a_name(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    window.set_language("en")
    qtbot.waitUntil(lambda: window.ctx.language.current == "en", timeout=5000)
    _result(qtbot, packer, COOL_GIFT)
    wrong = _result(qtbot, packer, codes["TEE-RED-M"])
    assert wrong.verdict == "WRONG_ITEM"
    assert packer.cards.held.name.text() == "T-shirt red M"
    assert packer.cards.expected.name.text() == "Frozen gyoza x30"
    lines = [packer.model.data(packer.model.index(r, c))
             for r in range(packer.model.rowCount()) for c in range(packer.model.columnCount())]
    assert "Frozen gyoza x30" in lines and "冷凍ぎょうざ 30個" not in lines
    window.set_language("ja")
    qtbot.waitUntil(lambda: any(  # the switch repaints the lines in Japanese
        packer.model.data(packer.model.index(r, c)) == "冷凍ぎょうざ 30個"
        for r in range(packer.model.rowCount()) for c in range(packer.model.columnCount())),
        timeout=5000)
