"""Screenshot of the admin's users page in Japanese at 1366×768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_users.py

Real window, real services, the demo shop with a few users in each state: one locked after
wrong PINs, one whose PIN was reset, one added and deactivated. Writes
docs/screenshots/admin-users-ja.png.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, demo_db, open_window, wait_until


def _users_in_every_state(db: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.errors import AccountLocked, AuthenticationFailed
    from packstation.domain.users import UserForm
    from packstation.services import auth
    from packstation.services.admin import users

    app = build(Config(db, "station-1"))
    cli = users.CommandLine("screenshots")
    for _ in range(5):  # sato mistypes his PIN: locked for a few minutes
        with contextlib.suppress(AuthenticationFailed, AccountLocked):
            auth.login(app.uow, app.hasher, app.clock, "sato", "0000")
    users.reset_pin(app.uow, app.hasher, app.clock, cli, login="nguyen", pin="5050")
    users.add_user(app.uow, app.hasher, app.clock, cli,
                   UserForm("tanaka", "田中 一郎", "packer", "4321", "BADGE-0003"))
    users.add_user(app.uow, app.hasher, app.clock, cli,
                   UserForm("kimura", "木村 花子", "packer", "4321", "BADGE-0004"))
    users.set_active(app.uow, app.clock, cli, "kimura", False)
    app.close()


def main() -> int:
    from packstation.config import Config

    db = demo_db()
    _users_in_every_state(db)
    app, ctx, window = open_window(Config(db, "station-1"), size=(1366, 768))
    window.login.who.setText("admin")
    window.login.pin.setText("9999")
    window.login.submit()
    wait_until(app, lambda: window.stack.currentWidget() is window.work)
    window.open_admin()
    page = window.admin.users
    window.admin.pages.setCurrentWidget(page)
    wait_until(app, lambda: len(page.model.rows) == 6)
    page.table.selectRow([u.login for u in page.model.rows].index("sato"))
    wait_until(app, lambda: ctx.tasks.db.pending == 0)
    app.processEvents()
    window.grab().save(str(OUT / "admin-users-ja.png"))
    print("wrote", OUT / "admin-users-ja.png")
    ctx.tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
