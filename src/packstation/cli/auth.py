"""Who runs a command that changes the catalogue, the orders or the shipping state.

The rule (docs/cli.md, "Who runs a command"):
- ``--user LOGIN`` names a user of the database; the PIN comes from PACKSTATION_PIN or is
  asked for on a terminal (not echoed). It is checked like a login at the station (wrong PINs
  count and lock the account) and must belong to the role the command needs: an admin for
  imports of products and orders and for demo-data, a lead (or admin) for the carrier export
  and the tracking import.
- Without ``--user`` such a command is refused (exit 2, the message names --user), except on
  a database that has no user yet: a new shop's first import or ``demo-data`` on an empty
  database, before anyone could log in.
- Every such command that succeeds leaves an audit record ``cli_command`` with the command,
  the operating-system user who ran it and the login (if any); the service's own record
  (import_products, carrier_export, …) carries the user too.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.services.app import Services
    from packstation.services.dto import SessionUser

# Nothing of the domain is imported here at module level: the parser adds --user, and
# `packstation --version` must stay fast.

PIN_VARIABLE = "PACKSTATION_PIN"


@dataclass(frozen=True)
class Guard:
    role: str  # domain.model.Role's value
    what: str  # what the command changes, for the message


GUARDS: dict[str, Guard] = {
    "import-products": Guard("admin", "product master"),
    "import-orders": Guard("admin", "orders"),
    "demo-data": Guard("admin", "products, users and orders"),
    "export": Guard("lead", "shipping state (orders marked exported)"),
    "import-tracking": Guard("lead", "shipping state (orders marked shipped)"),
    "batch": Guard("lead", "batches (orders grouped for picking)"),
}


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="LOGIN", default=None,
                        help=f"who runs this (PIN from ${PIN_VARIABLE} or asked for)")


@dataclass(frozen=True)
class Runner:
    """Who ran a command: always the operating-system user, and the login when given."""

    os_user: str
    user: SessionUser | None

    @property
    def user_id(self) -> int | None:
        return self.user.user_id if self.user else None


def who_runs(args: argparse.Namespace, app: Services) -> Runner:
    """Check --user against the rule above; raises ConfigError / PermissionDenied (exit 2)."""
    from packstation.domain.errors import (
        AccountLocked,
        AuthenticationFailed,
        ConfigError,
        PermissionDenied,
    )
    from packstation.domain.model import Role

    guard = GUARDS[args.command]
    login = (getattr(args, "user", None) or "").strip()
    if not login:
        if app.auth.list_users():
            raise ConfigError("cli.user_required", command=args.command, what=guard.what,
                              role=guard.role)
        return Runner(os_user(), None)
    pin = _pin(login)
    try:
        user = app.auth.authorize(login, pin, Role(guard.role))
    except AccountLocked as e:
        raise ConfigError("cli.account_locked", login=login) from e
    except AuthenticationFailed as e:
        raise ConfigError("cli.login_failed", login=login) from e
    except PermissionDenied as e:
        raise PermissionDenied("cli.role_needed", login=login, command=args.command,
                               role=guard.role) from e
    return Runner(os_user(), user)


def record(app: Services, runner: Runner, command: str, **detail: object) -> None:
    """The audit record of a command that changed something."""
    app.auth.record_command(runner.user, command, {"os_user": runner.os_user, **detail})


def os_user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError):
        return getpass.getuser()


def _pin(login: str) -> str:
    pin = os.environ.get(PIN_VARIABLE, "")
    if pin:
        return pin
    if sys.stdin.isatty():
        try:
            return getpass.getpass(f"PIN for {login}: ")
        except EOFError:
            pass
    from packstation.domain.errors import ConfigError

    raise ConfigError("cli.pin_required", login=login)
