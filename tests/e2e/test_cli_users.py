"""`packstation users …` as an admin's shell sees it, and the demo shop `make run` seeds: its
users must choose new PINs, its station prints into a folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.documents_fixtures import decode, render_png

EXE = [sys.executable, "-m", "packstation"]


def run(db: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACKSTATION_STATION": "bench-1"}
    return subprocess.run([*EXE, "--db", db, *args], check=False, capture_output=True,
                          text=True, input=stdin, timeout=120, env=env)


def _users(db: str) -> dict[str, dict[str, object]]:
    out = run(db, "users", "list", "--json")
    assert out.returncode == 0, out.stderr
    return {u["login"]: u for u in json.loads(out.stdout)}


def test_the_user_commands_from_add_to_badges(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run(db, "demo-data", "--orders", "1").returncode == 0
    added = run(db, "users", "add", "tanaka", "--name", "田中 一郎", "--role", "lead",
                "--badge", "BADGE-0300", stdin="4321\n")
    assert added.returncode == 0, added.stderr
    assert "4321" not in added.stdout + added.stderr
    assert run(db, "users", "role", "tanaka", "admin").returncode == 0
    assert run(db, "users", "deactivate", "nguyen").returncode == 0
    assert run(db, "users", "reset-pin", "sato", stdin="8080\n").returncode == 0
    assert run(db, "users", "unlock", "sato").returncode == 0
    users = _users(db)
    assert users["tanaka"]["role"] == "admin" and users["tanaka"]["must_change_pin"]
    assert users["nguyen"]["active"] is False
    badges = run(db, "users", "badges", "tanaka", "sato", "--out", str(tmp_path / "b.pdf"))
    assert badges.returncode == 0, badges.stderr
    (page,) = render_png(tmp_path / "b.pdf", 203)
    assert sorted(decode(page)) == ["CODE-128:BADGE-0001", "CODE-128:BADGE-0300"]
    listed = run(db, "users", "list").stdout
    assert "tanaka" in listed and "inactive" in listed


def test_refusals_exit_2_with_the_reason_and_no_traceback(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run(db, "demo-data", "--orders", "1").returncode == 0
    short = run(db, "users", "add", "x y", "--name", "X", stdin="12\n")
    assert short.returncode == 2
    assert "A PIN is 4 to 12 digits" in short.stderr and "login name" in short.stderr
    last = run(db, "users", "deactivate", "admin")
    assert (last.returncode, last.stderr.strip()) == (
        2, "packstation: admin is the last active admin: make another user an admin first.")
    ghost = run(db, "users", "unlock", "ghost")
    assert ghost.returncode == 2 and "There is no user ghost" in ghost.stderr
    assert "Traceback" not in short.stderr + last.stderr + ghost.stderr


def test_the_demo_shop_asks_for_new_pins_and_prints_into_a_folder(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run(db, "demo-data", "--orders", "2").returncode == 0
    assert all(u["must_change_pin"] for u in _users(db).values())
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.printing import desk as printing

    app = build(Config(db, "bench-1"))
    try:
        setup = printing.station_printing(app.uow, "bench-1")
        assert (setup.label_printer, setup.slip_printer, setup.auto_print) == (
            "ラベル (フォルダー)", "納品書 (フォルダー)", True)
        assert app.printing is not None
        job = printing.enqueue(app.printing.desk, None, "R-1001", "label")
        printed = printing.process_next(app.printing.desk, job.printer_id or 0)
    finally:
        app.close()
    assert printed is not None and printed.status == "done", printed
    (label,) = (tmp_path / "prints").glob("R-1001-label-*.pdf")
    (png,) = render_png(label, 203)
    assert "CODE-128:R-1001" in decode(png)
