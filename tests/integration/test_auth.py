"""Login with argon2id PINs, badge scans, rate limiting and the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from packstation.services import auth
from packstation.services import settings as settings_service


class FakeClock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.t


def test_login_by_name_or_badge(demo_app: App) -> None:
    user = auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "sato", "1111")
    assert (user.login, user.role) == ("sato", "packer")
    lead = auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "BADGE-0100", "2222")
    assert (lead.login, lead.role) == ("suzuki", "lead")


def test_pins_are_stored_as_argon2id_hashes(demo_app: App) -> None:
    with demo_app.uow() as uow:
        stored = uow.users.by_login("sato")
    assert stored is not None
    assert stored.pin_hash.startswith("$pspepper1$")  # keyed with the station's pepper first
    assert "$argon2id$" in stored.pin_hash
    assert "1111" not in stored.pin_hash


def test_wrong_pins_lock_the_user_and_are_logged(demo_app: App) -> None:
    clock = FakeClock()
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "0000")
    with pytest.raises(AccountLocked):
        auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "0000")
    # Locked: even the right PIN is refused until the lockout has passed.
    with pytest.raises(AccountLocked):
        auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "1111")
    clock.t += timedelta(minutes=6)
    assert auth.login(demo_app.uow, demo_app.hasher, clock, "sato", "1111").login == "sato"
    with demo_app.uow() as uow:
        failures = uow.audit.recent("login_failed")
        refused = uow.audit.recent("login_refused_locked")
    assert len(failures) == 5 and len(refused) == 1
    assert all("1111" not in str(f) and "0000" not in str(f) for f in failures)


def test_unknown_badge_is_refused_and_logged_without_the_scanned_text(demo_app: App) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "BADGE-9999", "1111")
    with demo_app.uow() as uow:
        (entry,) = uow.audit.recent("login_failed")
    assert "BADGE-9999" not in str(entry)


def test_only_a_lead_can_approve(demo_app: App) -> None:
    with pytest.raises(PermissionDenied):
        auth.approve_as_lead(demo_app.uow, demo_app.hasher, demo_app.clock, "BADGE-0001", "1111")
    lead = auth.approve_as_lead(demo_app.uow, demo_app.hasher, demo_app.clock, "BADGE-0100",
                                "2222")
    assert lead.role == "lead"


def test_admin_sets_idle_lock_and_lockout_policy(demo_app: App) -> None:
    admin = auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "admin", "9999")
    packer = auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "sato", "1111")
    with pytest.raises(PermissionDenied):
        settings_service.save(demo_app.uow, packer, {"idle_lock_minutes": 1})
    saved = settings_service.save(demo_app.uow, admin, {"idle_lock_minutes": 3,
                                                        "login_max_failures": 2})
    assert saved.idle_lock_minutes == 3
    assert settings_service.load(demo_app.uow).login_max_failures == 2
    clock = FakeClock()
    with pytest.raises(AuthenticationFailed):
        auth.login(demo_app.uow, demo_app.hasher, clock, "nguyen", "0000")
    with pytest.raises(AccountLocked):
        auth.login(demo_app.uow, demo_app.hasher, clock, "nguyen", "0000")


def test_bad_settings_change_nothing(demo_app: App) -> None:
    from packstation.domain.errors import BadInput

    admin = auth.login(demo_app.uow, demo_app.hasher, demo_app.clock, "admin", "9999")
    with pytest.raises(BadInput) as err:
        settings_service.save(demo_app.uow, admin, {"idle_lock_minutes": 0, "sound_volume": 50})
    assert "idle_lock_minutes" in str(err.value)
    assert settings_service.load(demo_app.uow).sound_volume == 80
