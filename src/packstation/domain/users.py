"""Users as the admin manages them: the form's rules, PIN rules, badge cards. Pure.

A PIN is 4 to 12 digits (the login screen's field takes 12). A badge code is printed as Code 128
on the badge card and scanned at the login screen, so it is plain ASCII without spaces.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

from packstation.domain.errors import InputProblem
from packstation.domain.messages import Msg
from packstation.domain.model import Role

PIN_MIN, PIN_MAX = 4, 12
LANGUAGES = ("ja", "en")
_LOGIN = re.compile(r"[A-Za-z0-9._\-]{1,40}")
_BADGE = re.compile(r"[A-Za-z0-9_\-]{1,64}")


@dataclass(frozen=True)
class UserForm:
    """A new user as the admin typed it (the PIN is hashed by the service, never stored)."""

    login: str
    display_name: str
    role: str
    pin: str
    badge_code: str = ""
    language: str = "ja"


@dataclass(frozen=True)
class UserView:
    """One user on the admin's list: no PIN hash leaves the service."""

    login: str
    display_name: str
    role: str
    badge_code: str
    language: str
    active: bool
    must_change_pin: bool
    locked_minutes: int  # 0: not locked; else the whole minutes until the lock ends


@dataclass(frozen=True)
class BadgeCard:
    """What a badge card shows: the name, the role and the badge code as Code 128."""

    display_name: str
    login: str
    role: str
    badge_code: str


def pin_problem(pin: str) -> Msg | None:
    """Why a PIN is refused, or None. ASCII digits only: a full-width ７ is not a key a
    numeric keypad sends."""
    if pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX:
        return None
    return Msg("users.pin_rule", min=PIN_MIN, max=PIN_MAX)


def form_problems(form: UserForm) -> list[InputProblem]:
    """Every problem of the user form at once, each naming its field."""
    problems: list[InputProblem] = []
    if not _LOGIN.fullmatch(form.login):
        problems.append(InputProblem(None, "login", Msg("users.login_rule")))
    if not form.display_name.strip() or len(form.display_name.strip()) > 100:
        problems.append(InputProblem(None, "display_name", Msg("users.name_rule")))
    if form.role not in {r.value for r in Role}:
        problems.append(InputProblem(None, "role", Msg("users.role_rule", role=form.role)))
    if (bad_pin := pin_problem(form.pin)) is not None:
        problems.append(InputProblem(None, "pin", bad_pin))
    if form.badge_code and not _BADGE.fullmatch(form.badge_code):
        problems.append(InputProblem(None, "badge_code", Msg("users.badge_rule")))
    if form.language not in LANGUAGES:
        problems.append(InputProblem(None, "language",
                                     Msg("users.language_rule", language=form.language)))
    return problems


def minutes_left(until: datetime, now: datetime) -> int:
    """Whole minutes until a lock ends, rounded up: '1' until the very last second."""
    return max(1, math.ceil((until - now).total_seconds() / 60))
