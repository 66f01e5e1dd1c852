"""`packstation users list|add|deactivate|role|reset-pin|unlock|badges`: the admin's user
commands, the same services as the admin window's users page.

Whoever runs them may open the database, so they act as an admin; the audit log records the
operating-system account. A PIN is never an argument (it would stay in the shell history and
show in `ps`): it is asked twice on a terminal, or read as the first line of stdin.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from packstation.cli.documents import _write
from packstation.domain.errors import StateError

ROLES = ("packer", "lead", "admin")


def add_commands(sub: Any) -> dict[str, Any]:
    users = sub.add_parser("users", help="list, add and change users; print badge cards")
    cmd = users.add_subparsers(dest="users_command", required=True, metavar="COMMAND")
    listing = cmd.add_parser("list", help="every user, with role, badge and lock state")
    listing.add_argument("--json", action="store_true")
    add = cmd.add_parser("add", help="add a user (the PIN is asked; a new one at first login)")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the name shown on screen and badge")
    add.add_argument("--role", choices=ROLES, default="packer")
    add.add_argument("--badge", default="", metavar="CODE", help="the badge's barcode")
    add.add_argument("--language", choices=("ja", "en"), default="ja")
    deactivate = cmd.add_parser("deactivate", help="take a user off the login screen")
    deactivate.add_argument("login")
    deactivate.add_argument("--reactivate", action="store_true",
                            help="bring a deactivated user back instead")
    role = cmd.add_parser("role", help="change a user's role")
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    reset = cmd.add_parser("reset-pin", help="set a temporary PIN (a new one at next login)")
    reset.add_argument("login")
    unlock = cmd.add_parser("unlock", help="end a lock after too many wrong PINs")
    unlock.add_argument("login")
    badges = cmd.add_parser("badges", help="badge cards (Code 128) as a PDF, ten to an A4")
    badges.add_argument("logins", nargs="*", metavar="LOGIN",
                        help="only these users (default: every active user with a badge)")
    badges.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    return {"users": _users}


def _users(args: argparse.Namespace) -> int:
    from packstation.cli import services

    app = services(args)
    try:
        return _HANDLERS[args.users_command](app.users, args)
    finally:
        app.close()


def _me() -> Any:
    from packstation.services.admin.users import CommandLine

    return CommandLine.current()


def _list(users: Any, args: argparse.Namespace) -> int:
    rows = users.list_users(_me())
    if args.json:
        sys.stdout.write(json.dumps([r.__dict__ for r in rows], ensure_ascii=False) + "\n")
        return 0
    for r in rows:
        state = "inactive" if not r.active else (
            f"locked {r.locked_minutes} min" if r.locked_minutes else "active")
        flag = "  (new PIN at next login)" if r.must_change_pin and r.active else ""
        print(f"{r.login:<16} {r.role:<7} {r.badge_code or '-':<14} {state:<14} "
              f"{r.display_name}{flag}")
    return 0


def _add(users: Any, args: argparse.Namespace) -> int:
    from packstation.domain.users import UserForm

    form = UserForm(args.login, args.name, args.role, _read_pin(f"PIN for {args.login}"),
                    args.badge, args.language)
    user = users.add(_me(), form)
    print(f"user {user.login} added ({user.role}); a new PIN is asked at the first login")
    return 0


def _deactivate(users: Any, args: argparse.Namespace) -> int:
    user = users.set_active(_me(), args.login, args.reactivate)
    print(f"user {user.login} {'active again' if user.active else 'deactivated'}")
    return 0


def _role(users: Any, args: argparse.Namespace) -> int:
    user = users.set_role(_me(), args.login, args.role)
    print(f"user {user.login} is now {user.role}")
    return 0


def _reset_pin(users: Any, args: argparse.Namespace) -> int:
    pin = _read_pin(f"temporary PIN for {args.login}")
    user = users.reset_pin(_me(), args.login, pin)
    print(f"PIN of {user.login} reset; a new one is asked at the next login")
    return 0


def _unlock(users: Any, args: argparse.Namespace) -> int:
    user = users.unlock(_me(), args.login)
    print(f"user {user.login} unlocked")
    return 0


def _badges(users: Any, args: argparse.Namespace) -> int:
    pdf = users.badge_cards(_me(), args.logins)
    _write(args.out, pdf)
    print(f"badges: {args.out} ({len(pdf):,} bytes)")
    return 0


def _read_pin(prompt: str) -> str:
    """Twice on a terminal (a typo would lock the user out); else stdin's first line."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    import getpass

    pin = getpass.getpass(f"{prompt}: ")
    if getpass.getpass("again: ") != pin:
        raise StateError("users.pin_mismatch")
    return pin


_HANDLERS = {"list": _list, "add": _add, "deactivate": _deactivate, "role": _role,
             "reset-pin": _reset_pin, "unlock": _unlock, "badges": _badges}
