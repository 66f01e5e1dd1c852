"""Users as the admin manages them: add, deactivate, change the role, reset a PIN, unlock a
locked account, print badge cards. The GUI's users page and `packstation users` call these.

Admin only; every change is one transaction with an audit record saying who did it and when
(the command line records the operating-system account it ran under). Users are kept on the
central database in networked mode: a networked station refuses every change.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from packstation.domain.errors import (
    BadInput,
    InputProblem,
    NotFound,
    PermissionDenied,
    StateError,
)
from packstation.domain.messages import Msg
from packstation.domain.model import Role, User
from packstation.domain.users import (
    BadgeCard,
    UserForm,
    UserView,
    form_problems,
    minutes_left,
    pin_problem,
)
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, PinHasher, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station


@dataclass(frozen=True)
class CommandLine:
    """`packstation users …`: whoever may open the database file (or has its URL) is trusted
    as an admin; the audit log names the operating-system account."""

    os_user: str

    @classmethod
    def current(cls) -> CommandLine:
        try:
            return cls(getpass.getuser())
        except (OSError, KeyError):  # no login name in a bare container
            return cls("?")


Actor = SessionUser | CommandLine


class BadgeRenderer(Protocol):
    def badges_pdf(self, cards: Sequence[BadgeCard]) -> bytes:
        """Badge cards on A4 sheets (ten a page), each with its badge code as Code 128."""
        ...


def _require_admin(actor: Actor) -> None:
    if isinstance(actor, SessionUser) and not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("users.admin_only")


def _audit(uow: UnitOfWork, actor: Actor, action: str, target: str,
           **detail: object) -> None:
    if isinstance(actor, CommandLine):
        detail = {**detail, "via": "cli", "os_user": actor.os_user}
    uow.audit.record(action, user_id=actor.user_id if isinstance(actor, SessionUser) else None,
                     target=target, detail=detail)


def _view(user: User, clock: Clock) -> UserView:
    now = clock.now()
    locked = user.locked_until is not None and user.locked_until > now
    return UserView(user.login, user.display_name, user.role.value, user.badge_code or "",
                    user.language, user.active, user.must_change_pin,
                    minutes_left(user.locked_until, now) if locked and user.locked_until
                    else 0)


def _user(uow: UnitOfWork, login: str) -> User:
    user = uow.users.by_login(login.strip())
    if user is None:
        raise NotFound("users.unknown", login=login)
    return user


# --- reading --------------------------------------------------------------------------------

def list_users(uow_factory: UnitOfWorkFactory, clock: Clock, actor: Actor) -> list[UserView]:
    """Every user, deactivated ones last, with whether each is locked and for how long."""
    _require_admin(actor)
    with uow_factory() as uow:
        return [_view(u, clock) for u in uow.users.list_all()]


def badge_cards(uow_factory: UnitOfWorkFactory, renderer: BadgeRenderer, actor: Actor,
                logins: Sequence[str] = ()) -> bytes:
    """The badge cards of the named users (default: every active user with a badge code)."""
    _require_admin(actor)
    with uow_factory() as uow:
        users = [_user(uow, login) for login in logins] if logins else uow.users.list_active()
        cards = [BadgeCard(u.display_name, u.login, u.role.value, u.badge_code)
                 for u in users if u.active and u.badge_code]
        if not cards:
            raise StateError("users.no_badges")
        _audit(uow, actor, "badges_printed", f"{len(cards)} cards",
               users=[c.login for c in cards])
        uow.commit()
    return renderer.badges_pdf(cards)


# --- changing -------------------------------------------------------------------------------

def add_user(uow_factory: UnitOfWorkFactory, hasher: PinHasher, clock: Clock, actor: Actor,
             form: UserForm) -> UserView:
    """A new user who must choose their own PIN at the first login (the admin knows this one).
    Every problem of the form is reported at once."""
    _require_admin(actor)
    refuse_on_networked_station(uow_factory, "users")
    form = replace(form, login=form.login.strip(), display_name=form.display_name.strip(),
                   badge_code=form.badge_code.strip())
    problems = form_problems(form)
    with uow_factory() as uow:
        problems += _taken(uow, form)
        if problems:
            raise BadInput(problems=problems, source="user")
        user = User(0, form.login, form.display_name, Role(form.role), hasher.hash(form.pin),
                    form.badge_code or None, form.language, must_change_pin=True)
        user.id = uow.users.add(user)
        _audit(uow, actor, "user_created", form.login, role=form.role,
               badge=bool(form.badge_code))
        uow.commit()
    return _view(user, clock)


def _taken(uow: UnitOfWork, form: UserForm) -> list[InputProblem]:
    problems = []
    if uow.users.by_login(form.login) is not None:
        problems.append(InputProblem(None, "login", Msg("users.login_taken", login=form.login)))
    owner = uow.users.by_badge(form.badge_code) if form.badge_code else None
    if owner is not None:
        problems.append(InputProblem(None, "badge_code", Msg(
            "users.badge_taken", badge=form.badge_code, login=owner.login)))
    return problems


def set_active(uow_factory: UnitOfWorkFactory, clock: Clock, actor: Actor, login: str,
               active: bool) -> UserView:
    """Deactivate (the user disappears from the login screen; history keeps the name) or
    bring a user back. The last active admin and the admin doing it cannot be deactivated."""
    _require_admin(actor)
    refuse_on_networked_station(uow_factory, "users")
    with uow_factory() as uow:
        user = _user(uow, login)
        if not active:
            _keep_an_admin(uow, actor, user)
        user.active = active
        uow.users.save(user)
        _audit(uow, actor, "user_reactivated" if active else "user_deactivated", user.login)
        uow.commit()
    return _view(user, clock)


def set_role(uow_factory: UnitOfWorkFactory, clock: Clock, actor: Actor, login: str,
             role: str) -> UserView:
    _require_admin(actor)
    refuse_on_networked_station(uow_factory, "users")
    if role not in {r.value for r in Role}:
        raise BadInput(problems=[InputProblem(None, "role", Msg("users.role_rule", role=role))],
                       source="user")
    with uow_factory() as uow:
        user = _user(uow, login)
        before = user.role
        if before is Role.ADMIN and role != Role.ADMIN.value:
            _keep_an_admin(uow, actor, user)
        user.role = Role(role)
        uow.users.save(user)
        _audit(uow, actor, "user_role_changed", user.login, before=before.value, after=role)
        uow.commit()
    return _view(user, clock)


def _keep_an_admin(uow: UnitOfWork, actor: Actor, user: User) -> None:
    """Refuse what would leave the shop without an admin, or lock the admin out mid-session."""
    if isinstance(actor, SessionUser) and actor.user_id == user.id:
        raise StateError("users.not_yourself")
    admins = [u for u in uow.users.list_active() if u.role is Role.ADMIN]
    if user.active and user.role is Role.ADMIN and len(admins) <= 1:
        raise StateError("users.last_admin", login=user.login)


def reset_pin(uow_factory: UnitOfWorkFactory, hasher: PinHasher, clock: Clock, actor: Actor,
              *, login: str, pin: str) -> UserView:
    """A forgotten PIN: the admin sets a temporary one, the user chooses a new one at the
    next login. Unlocks the account too. The PIN itself is never logged."""
    _require_admin(actor)
    refuse_on_networked_station(uow_factory, "users")
    if (problem := pin_problem(pin)) is not None:
        raise BadInput(problems=[InputProblem(None, "pin", problem)], source="user")
    with uow_factory() as uow:
        user = _user(uow, login)
        user.pin_hash, user.must_change_pin = hasher.hash(pin), True
        user.failed_attempts, user.locked_until = 0, None
        uow.users.save(user)
        _audit(uow, actor, "user_pin_reset", user.login)
        uow.commit()
    return _view(user, clock)


def unlock(uow_factory: UnitOfWorkFactory, clock: Clock, actor: Actor,
           login: str) -> UserView:
    """End a lock after too many wrong PINs before its time is up."""
    _require_admin(actor)
    refuse_on_networked_station(uow_factory, "users")
    with uow_factory() as uow:
        user = _user(uow, login)
        was_locked = user.locked_until is not None and user.locked_until > clock.now()
        user.failed_attempts, user.locked_until = 0, None
        uow.users.save(user)
        _audit(uow, actor, "user_unlocked", user.login, was_locked=was_locked)
        uow.commit()
    return _view(user, clock)


class Users:
    """The users feature as the GUI and the CLI see it (Services.users): every call is one
    transaction, for the actor given (checked: admin only)."""

    def __init__(self, uow: UnitOfWorkFactory, hasher: PinHasher, clock: Clock,
                 badges: BadgeRenderer) -> None:
        self._uow, self._hasher, self._clock, self._badges = uow, hasher, clock, badges

    def list_users(self, actor: Actor) -> list[UserView]:
        return list_users(self._uow, self._clock, actor)

    def add(self, actor: Actor, form: UserForm) -> UserView:
        return add_user(self._uow, self._hasher, self._clock, actor, form)

    def set_active(self, actor: Actor, login: str, active: bool) -> UserView:
        return set_active(self._uow, self._clock, actor, login, active)

    def set_role(self, actor: Actor, login: str, role: str) -> UserView:
        return set_role(self._uow, self._clock, actor, login, role)

    def reset_pin(self, actor: Actor, login: str, pin: str) -> UserView:
        return reset_pin(self._uow, self._hasher, self._clock, actor, login=login, pin=pin)

    def unlock(self, actor: Actor, login: str) -> UserView:
        return unlock(self._uow, self._clock, actor, login)

    def badge_cards(self, actor: Actor, logins: Sequence[str] = ()) -> bytes:
        return badge_cards(self._uow, self._badges, actor, logins)
