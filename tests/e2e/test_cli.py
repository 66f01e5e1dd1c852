"""The command-line surface as an admin's cron job sees it: a subprocess, exit codes, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import packstation

EXE = [sys.executable, "-m", "packstation"]
ADMIN = ("--user", "admin")  # the demo admin; its PIN (9999) comes from PACKSTATION_PIN
ADMIN_PIN = {"PACKSTATION_PIN": "9999"}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXE, *args], check=False, capture_output=True, text=True,
                          timeout=120,
                          env={**os.environ, **(env or {})})


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"packstation {packstation.__version__}"


def test_demo_data_then_orders_json(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    seeded = run("--db", db, "demo-data", "--orders", "12")
    assert seeded.returncode == 0, seeded.stderr
    out = run("--db", db, "orders", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)  # nothing but JSON on stdout
    assert len(rows) == 12
    assert {"order_no", "status", "lines", "prefecture"} <= set(rows[0])
    assert rows[0]["lines"][0]["qty"] >= 1
    again = run("--db", db, "demo-data", "--if-empty")
    assert again.returncode == 0 and "nothing added" in again.stdout
    refused = run("--db", db, "demo-data", "--orders", "3")  # users exist now: who runs it?
    assert refused.returncode == 2 and "--user LOGIN" in refused.stderr
    more = run("--db", db, "demo-data", "--orders", "3", *ADMIN, env=ADMIN_PIN)
    assert more.returncode == 0, more.stderr
    numbers = {r["order_no"] for r in json.loads(run("--db", db, "orders", "--json").stdout)}
    assert len(numbers) == 15


def test_db_from_environment_and_status_filter(tmp_path: Path) -> None:
    env = {"PACKSTATION_DB": f"sqlite:///{tmp_path / 'env.db'}"}
    assert run("demo-data", "--orders", "2", env=env).returncode == 0
    packed = run("orders", "--status", "packed", "--json", env=env)
    assert json.loads(packed.stdout) == []
    opened = json.loads(run("orders", "--status", "open", "--json", env=env).stdout)
    assert len(opened) == 2


def test_bad_json_input_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    out = run("simulate", str(bad))
    assert out.returncode == 2
    assert "bad.json" in out.stderr and "Traceback" not in out.stderr
