"""Users on the real window: the admin's users page by keyboard (Alt+6), the login's answers to
a wrong PIN and a locked account, and the new PIN a demo or reset PIN asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.services.admin import users as users_admin
from tests.gui.conftest import log_in


def _idle(window) -> bool:
    return window.ctx.tasks.db.pending == 0 and window.ctx.tasks.work.pending == 0


@pytest.fixture
def users_page(qtbot, window):
    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.activateWindow()
    qtbot.keyClick(window.tabs, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    admin = window.admin
    qtbot.keyClick(admin.pages.tabBar(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert admin.pages.currentWidget() is admin.users, "Alt+6 opens the users page"
    qtbot.waitUntil(lambda: len(admin.users.model.rows) == 4, timeout=10000)
    window.set_language("en")  # the demo admin works in Japanese; English texts below
    admin.users.table.setFocus()  # the page's keys work while the focus is in it
    return admin.users


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest has no key for a kanji: it comes from the IME as committed text
        field.insert(text)


def test_the_admin_adds_a_user_by_keyboard(qtbot, window, users_page) -> None:
    page = users_page
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.login, "Ctrl+N starts with the login name"
    for field, text in ((page.login, "tanaka"), (page.name, "田中 一郎"),
                        (page.badge, "BADGE-0300"), (page.first_pin, "4321")):
        _type(qtbot, field, text)
    qtbot.keyClick(page.first_pin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.rows) == 5, timeout=10000)
    added = page.current()
    assert added is not None and added.login == "tanaka" and added.must_change_pin
    assert "田中 一郎 (tanaka)" in page.message.text()
    assert page.first_pin.text() == "", "no PIN stays on screen"
    assert all(b.minimumHeight() >= 44 for b in page.buttons.values()), "big targets"
    assert not window.errors


def test_a_bad_form_lists_every_problem_in_japanese(qtbot, window, users_page) -> None:
    page = users_page
    window.set_language("ja")
    _type(qtbot, page.login, "sato")
    _type(qtbot, page.first_pin, "12")
    page.add()
    qtbot.waitUntil(lambda: "暗証番号" in page.message.text(), timeout=10000)
    text = page.message.text()
    for expected in ("ログインID「sato」はすでに使われています", "表示名を1〜100文字",
                     "暗証番号は数字のみ4〜12桁です", "初回暗証番号", "名前（画面・社員証）"):
        assert expected in text, (expected, text)
    assert len(page.model.rows) == 4


def test_deactivate_unlock_and_reset_from_the_selected_row(qtbot, window, users_page) -> None:
    page = users_page
    logins = [u.login for u in page.model.rows]
    page.table.selectRow(logins.index("nguyen"))
    assert not page.buttons["unlock"].isEnabled(), "nothing to unlock"
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current() is not None and not page.current().active,
                    timeout=10000)
    assert page.buttons["deactivate"].text() == "Reactivate (Ctrl+D)"
    _type(qtbot, page.temp_pin, "7777")
    qtbot.keyClick(page.temp_pin, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current().must_change_pin, timeout=10000)  # read again
    assert page.current().login == "nguyen" and "PIN reset" in page.message.text()
    with window.app.uow() as uow:
        actions = [(a, uow.audit.recent(a)[0]["user_id"]) for a in
                   ("user_deactivated", "user_pin_reset")]
    assert actions == [("user_deactivated", 4), ("user_pin_reset", 4)]


def test_the_admin_cannot_deactivate_themselves(qtbot, window, users_page) -> None:
    page = users_page
    page.table.selectRow([u.login for u in page.model.rows].index("admin"))
    page.toggle_active()
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=10000)
    assert "another admin must do it" in page.message.text()
    assert page.current().active


def test_badge_cards_are_written_off_the_ui_thread(qtbot, window, users_page, tmp_path) -> None:
    page = users_page
    page.write_badges(tmp_path / "badges.pdf")
    qtbot.waitUntil(lambda: "badges.pdf" in page.message.text(), timeout=20000)
    assert (tmp_path / "badges.pdf").read_bytes().startswith(b"%PDF")


def test_a_wrong_pin_returns_to_the_badge_field(qtbot, window) -> None:
    window.activateWindow()
    log_in(qtbot, window, who="BADGE-0001", pin="0000")
    qtbot.waitUntil(lambda: window.login.message.text() != "", timeout=10000)
    assert QApplication.focusWidget() is window.login.who
    assert window.login.who.selectedText() == "BADGE-0001", "the next scan replaces it"
    assert window.login.pin.text() == ""


def test_a_locked_account_says_how_many_minutes(qtbot, window) -> None:
    window.activateWindow()
    for _ in range(5):
        window.login.message.clear()
        log_in(qtbot, window, who="sato", pin="0000")
        qtbot.waitUntil(lambda: window.login.message.text() != "", timeout=10000)
        window.login.who.clear()
    text = window.login.message.text()
    assert "あと5分ロックされています" in text and "佐藤 健" in text, text


def test_a_reset_pin_asks_for_a_new_one_twice_before_work(qtbot, window) -> None:
    app = window.app
    users_admin.reset_pin(app.uow, app.hasher, app.clock, users_admin.CommandLine("t"),
                          login="sato", pin="8080")
    window.activateWindow()
    log_in(qtbot, window, who="sato", pin="8080")
    step = window.login.new_pin
    qtbot.waitUntil(step.isVisible, timeout=10000)
    assert window.stack.currentWidget() is window.login and window.ctx.session is None
    assert QApplication.focusWidget() is step.first
    assert "佐藤 健" in step.explain.text() and "4〜12桁" in step.explain.text()
    for first, again in (("5678", "5679"), ("5678", "5678")):
        qtbot.keyClicks(step.first, first)
        qtbot.keyClick(step.first, Qt.Key.Key_Return)
        qtbot.keyClicks(step.again, again)
        qtbot.keyClick(step.again, Qt.Key.Key_Return)
        if first != again:
            qtbot.waitUntil(lambda: "一致しません" in step.problem.text(), timeout=10000)
            assert step.first.text() == "" and QApplication.focusWidget() is step.first
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert window.ctx.session.login == "sato" and not window.ctx.session.must_change_pin
    window.lock()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=10000)
    assert not step.isVisible()
    log_in(qtbot, window, who="sato", pin="5678")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
