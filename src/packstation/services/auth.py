"""Login by user pick or badge scan plus PIN, with rate limiting and an audit trail."""

from __future__ import annotations

from datetime import timedelta

from packstation.domain.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from packstation.domain.model import Role, User
from packstation.services import settings as settings_service
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, PinHasher, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station


def _session(user: User) -> SessionUser:
    return SessionUser(user.id, user.login, user.display_name, user.role, user.language)


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
    cfg = settings_service.load(uow_factory)
    now = clock.now()
    with uow_factory() as uow:
        user = _find(uow, login_or_badge)
        if user is None or not user.active:
            # The typed text may be a mistyped badge: log that a login failed, not what was typed.
            uow.audit.record("login_failed", detail={"reason": "unknown_user"}, at=now)
            uow.commit()
            raise AuthenticationFailed("unknown user or badge")
        if user.locked_until is not None and user.locked_until > now:
            uow.audit.record("login_refused_locked", user_id=user.id, at=now)
            uow.commit()
            raise AccountLocked("account locked", until=user.locked_until)
        if not hasher.verify(user.pin_hash, pin):
            user.failed_attempts += 1
            if user.failed_attempts >= cfg.login_max_failures:
                user.locked_until = now + timedelta(minutes=cfg.login_lockout_minutes)
                user.failed_attempts = 0
            uow.users.save_login_state(user)
            uow.audit.record("login_failed", user_id=user.id, detail={"reason": "bad_pin"}, at=now)
            uow.commit()
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLocked("account locked", until=user.locked_until)
            raise AuthenticationFailed("wrong PIN")
        user.failed_attempts = 0
        user.locked_until = None
        uow.users.save_login_state(user)
        if hasher.needs_rehash(user.pin_hash) and not uow_factory.networked:
            # An older hash (no pepper): made again now that the PIN is known to be right.
            # A networked station's users are the central database's copies: left alone.
            uow.users.set_pin_hash(user.id, hasher.hash(pin))
        uow.audit.record("login", user_id=user.id, at=now)
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
        raise PermissionDenied("a shift lead must approve this")
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
) -> int:
    refuse_on_networked_station(uow_factory, "users")
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise AuthenticationFailed("a PIN is 4 to 12 digits")
    user = User(0, login_name, display_name, role, hasher.hash(pin), badge_code, language)
    with uow_factory() as uow:
        user_id = uow.users.add(user)
        uow.audit.record("user_created", target=login_name, detail={"role": role.value})
        uow.commit()
    return user_id
