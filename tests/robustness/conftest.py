"""The robustness suite (issue 16): bad input, faults and a hostile user against the CLI.

Each test runs the real command in a subprocess and checks three things: the exit code, the
message (one line that names the cause and the fix, never a traceback), and that the
database is exactly as it was (`fingerprint`: every row of every table). Large inputs are
generated in the test's temporary folder, never committed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from packstation.bootstrap import build
from packstation.config import Config
from tests.carrier_data import add_packed, order

EXE = [sys.executable, "-m", "packstation"]
ADMIN = ("--user", "admin")  # the demo users: admin 9999, suzuki (lead) 2222, sato (packer)
LEAD = ("--user", "suzuki")
PINS = {"admin": "9999", "suzuki": "2222", "sato": "1111"}


def run(*args: str, pin: str | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None,
        preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """The command as a cron job runs it. ``pin`` goes to PACKSTATION_PIN (None: unset)."""
    base = {k: v for k, v in os.environ.items() if k != "PACKSTATION_PIN"}
    if pin is not None:
        base["PACKSTATION_PIN"] = pin
    return subprocess.run([*EXE, *args], check=False, capture_output=True, text=True,
                          timeout=180, env={**base, **(env or {})}, cwd=cwd,
                          stdin=subprocess.DEVNULL, preexec_fn=preexec_fn)


def fingerprint(db: Path) -> str:
    """A digest of every row of every table (WAL included: read through SQLite)."""
    digest = hashlib.sha256()
    with closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    return digest.hexdigest()


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused command (and no traceback)."""
    assert "Traceback" not in out.stderr, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


@pytest.fixture
def shop(demo_template: Path, tmp_path: Path) -> Path:
    """The demo shop's database file plus two packed orders waiting for the b2 export."""
    path = tmp_path / "shop.db"
    shutil.copy(demo_template, path)
    app = build(Config(f"sqlite:///{path}", "robustness"))
    add_packed(app, [order("P-1"), order("P-2", name="佐藤 花子")])
    app.close()
    return path
