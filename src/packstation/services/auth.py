"""Login by user pick or badge scan plus PIN, with rate limiting and an audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

from packstation.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    StateError,
)
from packstation.domain.model import Role, User
from packstation.domain.users import minutes_left, pin_problem
from packstation.services import settings as settings_service
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, PinHasher, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station


def _session(user: User, must_change_pin: bool = False) -> SessionUser:
    return SessionUser(user.id, user.login, user.display_name, user.role, user.language,
                       must_change_pin)


def list_users(uow_factory: UnitOfWorkFactory) -> list[SessionUser]:
    """The users shown on the login screen (no PIN hashes leave the service)."""
    with uow_factory() as uow:
        return [_session(u) for u in uow.users.list_active()]


def _find(uow: UnitOfWork, login_or_badge: str) -> User | None:
    key = login_or_badge.strip()
    return uow.users.by_badge(key) or uow.users.by_login(key)


def login(
    uow_factory: UnitOfWorkFactory,
    hasher: PinHasher,
    clock: Clock,
    login_or_badge: str,
    pin: str,
) -> SessionUser:
    """Check the PIN. Failures count per user; too many lock the account for a while."""
    return _check_pin(uow_factory, hasher, clock, login_or_badge, pin, record_success=True)


def authorize(
    uow_factory: UnitOfWorkFactory,
    hasher: PinHasher,
    clock: Clock,
    login_name: str,
    pin: str,
    *,
    needed: Role,
) -> SessionUser:
    """Who runs a command (``--user``): the same PIN check, failures and lock-out as a login,
    and the role the command needs (PermissionDenied, audited). A success writes nothing: the
    command records who ran it with its own effect, and a refused input leaves the database
    exactly as it was."""
    user = _check_pin(uow_factory, hasher, clock, login_name, pin, record_success=False)
    if not Role(user.role).can(needed):
        with uow_factory() as uow:
            uow.audit.record("role_refused", user_id=user.user_id, at=clock.now(),
                             detail={"needed": needed.value})
            uow.commit()
        raise PermissionDenied()
    return user


def record_command(uow_factory: UnitOfWorkFactory, clock: Clock, user: SessionUser | None,
                   command: str, detail: dict[str, object]) -> None:
    """`cli_command` in the audit: the command, the login (or none) and whatever the CLI
    adds (the operating-system user, always)."""
    with uow_factory() as uow:
        uow.audit.record("cli_command", user_id=user.user_id if user else None, target=command,
                         at=clock.now(),
                         detail={"login": user.login if user else None, **detail})
        uow.commit()


def _check_pin(uow_factory: UnitOfWorkFactory, hasher: PinHasher, clock: Clock,
               login_or_badge: str, pin: str, *, record_success: bool) -> SessionUser:
    cfg = settings_service.load(uow_factory)
    now = clock.now()
    with uow_factory() as uow:
        user = _find(uow, login_or_badge)
        if user is None or not user.active:
            # The typed text may be a mistyped badge: log that a login failed, not what was typed.
            uow.audit.record("login_failed", detail={"reason": "unknown_user"}, at=now)
            uow.commit()
            raise AuthenticationFailed("auth.not_recognised")
        if user.locked_until is not None and user.locked_until > now:
            uow.audit.record("login_refused_locked", user_id=user.id, at=now)
            uow.commit()
            raise _locked(user, now)
        if not hasher.verify(user.pin_hash, pin):
            user.failed_attempts += 1
            if user.failed_attempts >= cfg.login_max_failures:
                user.locked_until = now + timedelta(minutes=cfg.login_lockout_minutes)
                user.failed_attempts = 0
            uow.users.save_login_state(user)
            uow.audit.record("login_failed", user_id=user.id, detail={"reason": "bad_pin"}, at=now)
            uow.commit()
            if user.locked_until is not None and user.locked_until > now:
                raise _locked(user, now)
            raise AuthenticationFailed("auth.not_recognised")
        # An older hash (no pepper) is made again now that the PIN is known to be right; a
        # networked station's users are the central database's copies: left alone.
        rehash = hasher.needs_rehash(user.pin_hash) and not uow_factory.networked
        if record_success or rehash or user.failed_attempts or user.locked_until is not None:
            user.failed_attempts = 0
            user.locked_until = None
            uow.users.save_login_state(user)
            if rehash:
                uow.users.set_pin_hash(user.id, hasher.hash(pin))
            if record_success:
                uow.audit.record("login", user_id=user.id, at=now)
            uow.commit()
        # A networked station cannot save a new PIN (users are central): it does not ask.
        return _session(user, user.must_change_pin and not uow_factory.networked)


def _locked(user: User, now: datetime) -> AccountLocked:
    assert user.locked_until is not None
    return AccountLocked("auth.locked", name=user.display_name,
                         minutes=minutes_left(user.locked_until, now), until=user.locked_until)


def change_pin(uow_factory: UnitOfWorkFactory, hasher: PinHasher, clock: Clock, login: str,
               *, current_pin: str, new_pin: str, again: str) -> SessionUser:
    """A user replaces their PIN (asked at login when it is a demo or reset PIN): the current
    PIN once more, the new one twice. Every check is done before anything is written."""
    refuse_on_networked_station(uow_factory, "users")
    if (problem := pin_problem(new_pin)) is not None:
        raise StateError(problem.code, **problem.params)
    if new_pin != again:
        raise StateError("users.pin_mismatch")
    if new_pin == current_pin:
        raise StateError("users.pin_unchanged")
    with uow_factory() as uow:
        user = uow.users.by_login(login)
        if user is None or not user.active or not hasher.verify(user.pin_hash, current_pin):
            raise AuthenticationFailed("auth.not_recognised")
        user.pin_hash, user.must_change_pin = hasher.hash(new_pin), False
        uow.users.save(user)
        uow.audit.record("pin_changed", user_id=user.id, target=user.login, at=clock.now())
        uow.commit()
        return _session(user)


def approve_as_lead(
    uow_factory: UnitOfWorkFactory,
    hasher: PinHasher,
    clock: Clock,
    badge_or_login: str,
    pin: str,
) -> SessionUser:
    """A lead's badge + PIN, for overrides. Same rate limiting as a login."""
    lead = login(uow_factory, hasher, clock, badge_or_login, pin)
    if not Role(lead.role).can(Role.LEAD):
        raise PermissionDenied("auth.lead_must_approve")
    return lead


def create_user(
    uow_factory: UnitOfWorkFactory,
    hasher: PinHasher,
    *,
    login_name: str,
    display_name: str,
    role: Role,
    pin: str,
    badge_code: str | None = None,
    language: str = "ja",
    must_change_pin: bool = False,
) -> int:
    refuse_on_networked_station(uow_factory, "users")
    if (problem := pin_problem(pin)) is not None:
        raise StateError(problem.code, **problem.params)
    user = User(0, login_name, display_name, role, hasher.hash(pin), badge_code, language,
                must_change_pin=must_change_pin)
    with uow_factory() as uow:
        user_id = uow.users.add(user)
        uow.audit.record("user_created", target=login_name, detail={"role": role.value})
        uow.commit()
    return user_id
