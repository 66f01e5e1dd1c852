"""`packstation server init` and `packstation claim` exactly as the contract says, on a real
PostgreSQL server, plus the lead's holders/release/take-over commands."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.integration.test_central_claims import seed_orders

EXE = [sys.executable, "-m", "packstation"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXE, *args], check=False, capture_output=True, text=True,
                          timeout=120,
                          env={"PACKSTATION_NO_KEYRING": "1", "PATH": "/usr/bin:/bin",
                               "HOME": "/tmp", **_pythonpath()})


def _pythonpath() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_server_init_twice_then_claims_until_none_left(pg_url: str) -> None:
    first = _run("server", "init", "--url", pg_url)
    assert first.returncode == 0, first.stderr
    again = _run("server", "init", "--url", pg_url)
    assert again.returncode == 0 and again.stdout == first.stdout
    seed_orders(pg_url, 2)
    assert _run("server", "add-station", "--url", pg_url, "st-cli").returncode == 0
    got = [json.loads(_run("claim", "--server", pg_url, "--station", "st-cli", "--json").stdout)
           for _ in range(3)]
    assert [set(g) for g in got[:2]] == [{"order_no", "lease_expires", "claim"}] * 2
    assert got[0]["order_no"] != got[1]["order_no"]
    assert got[1]["claim"] > got[0]["claim"]
    assert got[2] == {"order_no": None}
    holders = json.loads(_run("server", "holders", "--url", pg_url, "--json").stdout)
    assert {h["order_no"] for h in holders} == {got[0]["order_no"], got[1]["order_no"]}
    assert _run("server", "release", "--url", pg_url, got[0]["order_no"]).returncode == 0
    back = json.loads(_run("claim", "--server", pg_url, "--station", "st-cli", "--json").stdout)
    assert back["order_no"] == got[0]["order_no"] and back["claim"] > got[1]["claim"]


def test_claim_for_an_unregistered_station_is_one_clear_line(pg_url: str) -> None:
    assert _run("server", "init", "--url", pg_url).returncode == 0
    out = _run("claim", "--server", pg_url, "--station", "ghost", "--json")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "not registered" in out.stderr
    assert "Traceback" not in out.stderr


def test_unreachable_server_is_one_clear_line() -> None:
    out = _run("claim", "--server", "postgresql://nobody@127.0.0.1:1/none", "--station", "x",
               "--json")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
