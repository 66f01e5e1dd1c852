"""The admin's user management on the demo shop: every change audited with who and when, the
shop never left without an admin, PINs never stored or logged, badge cards that scan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    BadInput,
    NotFound,
    PermissionDenied,
    StateError,
)
from packstation.domain.users import UserForm
from packstation.services import auth
from packstation.services.admin import users
from packstation.services.dto import SessionUser
from tests.documents_fixtures import decode, pdf_fonts, render_png

ADMIN = SessionUser(4, "admin", "山田 管理者", "admin", "ja")
PACKER = SessionUser(1, "sato", "佐藤 健", "packer", "ja")


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.t


def _audit(app: App, action: str) -> list[dict[str, object]]:
    with app.uow() as uow:
        return uow.audit.recent(action)


def _view(app: App, login: str) -> users.UserView:
    return next(u for u in users.list_users(app.uow, app.clock, ADMIN) if u.login == login)


def test_an_added_user_logs_in_and_must_choose_a_pin(demo_app: App) -> None:
    form = UserForm("tanaka", "田中 一郎", "lead", "4321", "BADGE-0300", "en")
    added = users.add_user(demo_app.uow, demo_app.hasher, demo_app.clock, ADMIN, form)
    assert (added.role, added.active, added.must_change_pin) == ("lead", True, True)
    record = _audit(demo_app, "user_created")[0]  # newest first (the demo's own are older)
    assert (record["user_id"], record["target"]) == (ADMIN.user_id, "tanaka")
    assert isinstance(record["at"], datetime) and "4321" not in str(record)
    session = auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "BADGE-0300", "4321")
    assert session.must_change_pin and session.language == "en"


def test_a_form_with_several_problems_is_refused_whole(demo_app: App) -> None:
    form = UserForm("sato", "", "packer", "12", "BADGE-0001")
    before = _audit(demo_app, "user_created")
    with pytest.raises(BadInput) as refused:
        users.add_user(demo_app.uow, demo_app.hasher, demo_app.clock, ADMIN, form)
    columns = sorted(p.column or "" for p in refused.value.problems)
    assert columns == ["badge_code", "display_name", "login", "pin"]
    assert "BADGE-0001 already belongs to sato" in str(refused.value)
    assert _audit(demo_app, "user_created") == before


def test_deactivated_users_leave_the_login_screen_and_come_back(demo_app: App) -> None:
    users.set_active(demo_app.uow, demo_app.clock, ADMIN, "nguyen", False)
    assert "nguyen" not in [u.login for u in auth.list_users(demo_app.uow)]
    with pytest.raises(AuthenticationFailed):
        auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "nguyen", "1112")
    assert not _view(demo_app, "nguyen").active
    users.set_active(demo_app.uow, demo_app.clock, ADMIN, "nguyen", True)
    assert auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "nguyen", "1112")
    assert [r["target"] for r in _audit(demo_app, "user_deactivated")] == ["nguyen"]
    assert [r["target"] for r in _audit(demo_app, "user_reactivated")] == ["nguyen"]


def test_the_shop_keeps_an_admin_and_no_admin_removes_themselves(demo_app: App) -> None:
    cli = users.CommandLine("root")
    with pytest.raises(StateError, match="last active admin"):
        users.set_active(demo_app.uow, demo_app.clock, cli, "admin", False)
    with pytest.raises(StateError, match="last active admin"):
        users.set_role(demo_app.uow, demo_app.clock, cli, "admin", "lead")
    users.set_role(demo_app.uow, demo_app.clock, cli, "suzuki", "admin")
    with pytest.raises(StateError, match="cannot deactivate yourself"):
        users.set_active(demo_app.uow, demo_app.clock, ADMIN, "admin", False)
    changed = users.set_role(demo_app.uow, demo_app.clock, cli, "admin", "packer")
    assert changed.role == "packer"
    (record, _first) = _audit(demo_app, "user_role_changed")
    assert record["detail"] == {"before": "admin", "after": "packer", "via": "cli",
                                "os_user": "root"}
    assert record["user_id"] is None


def test_only_an_admin_manages_users(demo_app: App) -> None:
    with pytest.raises(PermissionDenied, match="Only an admin"):
        users.list_users(demo_app.uow, demo_app.clock, PACKER)
    with pytest.raises(PermissionDenied):
        users.unlock(demo_app.uow, demo_app.clock, PACKER, "sato")
    with pytest.raises(NotFound, match="no user ghost"):
        users.unlock(demo_app.uow, demo_app.clock, ADMIN, "ghost")


def test_a_locked_user_sees_the_minutes_and_the_admin_unlocks(demo_app: App) -> None:
    clock = Clock()
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "0000")
    with pytest.raises(AccountLocked) as locked:
        auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "0000")
    assert "locked for 5 more minute(s)" in str(locked.value)
    clock.t += timedelta(minutes=2, seconds=30)
    with pytest.raises(AccountLocked, match="locked for 3 more minute"):
        auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "1111")
    assert users.list_users(demo_app.uow, clock, ADMIN)[-1].locked_minutes == 3
    unlocked = users.unlock(demo_app.uow, clock, ADMIN, "sato")
    assert unlocked.locked_minutes == 0
    assert auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "1111").login == "sato"
    assert _audit(demo_app, "user_unlocked")[0]["detail"] == {"was_locked": True}


def test_a_reset_pin_is_temporary_and_the_new_one_is_asked_twice(demo_app: App) -> None:
    uow, hasher, clock = demo_app.uow, demo_app.hasher, demo_app.clock
    users.reset_pin(uow, hasher, clock, ADMIN, login="sato", pin="8080")
    with pytest.raises(AuthenticationFailed):
        auth.login(uow, hasher, clock, "sato", "1111")
    assert auth.login(uow, hasher, clock, "sato", "8080").must_change_pin
    for new, again, why in (("12", "12", "4 to 12 digits"), ("4455", "4456", "not the same"),
                            ("8080", "8080", "not the one you have now")):
        with pytest.raises(StateError, match=why):
            auth.change_pin(uow, hasher, clock, "sato", current_pin="8080", new_pin=new,
                            again=again)
    with pytest.raises(AuthenticationFailed):  # the current PIN is checked once more
        auth.change_pin(uow, hasher, clock, "sato", current_pin="0000", new_pin="4455",
                        again="4455")
    changed = auth.change_pin(uow, hasher, clock, "sato", current_pin="8080",
                              new_pin="4455", again="4455")
    assert not changed.must_change_pin
    assert not auth.login(uow, hasher, clock, "sato", "4455").must_change_pin
    assert [r["target"] for r in _audit(demo_app, "user_pin_reset")] == ["sato"]
    assert [r["target"] for r in _audit(demo_app, "pin_changed")] == ["sato"]
    everything = str(_audit(demo_app, "user_pin_reset") + _audit(demo_app, "pin_changed"))
    assert "8080" not in everything and "4455" not in everything


def test_badge_cards_scan_as_code_128_with_the_font_embedded(demo_app: App,
                                                             tmp_path: Path) -> None:
    pdf = tmp_path / "badges.pdf"
    pdf.write_bytes(users.badge_cards(demo_app.uow, demo_app.badges, ADMIN))
    (page,) = render_png(pdf, 203)
    assert sorted(decode(page)) == ["CODE-128:BADGE-0001", "CODE-128:BADGE-0002",
                                    "CODE-128:BADGE-0100", "CODE-128:BADGE-0900"]
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    assert _audit(demo_app, "badges_printed")[0]["detail"] == {
        "users": ["admin", "suzuki", "nguyen", "sato"]}


def test_eleven_badges_take_two_sheets_and_named_users_only(demo_app: App,
                                                           tmp_path: Path) -> None:
    for n in range(7):
        users.add_user(demo_app.uow, demo_app.hasher, demo_app.clock, ADMIN,
                       UserForm(f"temp{n}", f"臨時 {n}", "packer", "5555", f"T-{n:04}"))
    pdf = tmp_path / "all.pdf"
    pdf.write_bytes(users.badge_cards(demo_app.uow, demo_app.badges, ADMIN))
    first, second = render_png(pdf, 203)
    assert (len(decode(first)), len(decode(second))) == (10, 1)
    one = tmp_path / "one.pdf"
    one.write_bytes(users.badge_cards(demo_app.uow, demo_app.badges, ADMIN, ["temp3"]))
    assert decode(render_png(one, 203)[0]) == ["CODE-128:T-0003"]
