"""`packstation simulate`: every verdict of the contract, through the packer's services."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SCENARIOS = sorted((Path(__file__).parents[1] / "scenarios").glob("*.json"))
CONTRACT_VERDICTS = {"OK", "WRONG_ITEM", "UNKNOWN_CODE", "BAD_CHECK_DIGIT", "OVER_QUANTITY",
                     "DUPLICATE_SERIAL", "EXPIRED", "NO_OPEN_ORDER", "COMPLETED", "SHORT",
                     "LABEL_OK", "LABEL_MISMATCH", "OPENED", "UNKNOWN_ORDER", "ALREADY_PACKED"}


def simulate(path: Path) -> list[dict[str, object]]:
    out = subprocess.run([sys.executable, "-m", "packstation", "simulate", str(path)],
                         check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario_gives_the_expected_verdicts(path: Path) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))["expect"]
    lines = simulate(path)
    assert [line["verdict"] for line in lines] == expected
    assert [line["step"] for line in lines] == list(range(1, len(expected) + 1))


def test_scenarios_cover_every_contract_verdict() -> None:
    seen = {v for p in SCENARIOS for v in json.loads(p.read_text(encoding="utf-8"))["expect"]}
    assert seen >= CONTRACT_VERDICTS


def test_contract_line_shape(tmp_path: Path) -> None:
    lines = simulate(Path(__file__).parents[1] / "scenarios" / "happy_path.json")
    assert lines[1] == {"step": 2, "verdict": "OK", "sku": "TEE-RED-M", "remaining": 1,
                        "order_remaining": 1, "order_no": "R-1001"}


def test_bad_scenario_names_the_field_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"products": [{"name": "no sku"}], "orders": [],
                               "today": "23/11/2026", "steps": [{"dance": 1}]}),
                   encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "packstation", "simulate", str(bad)],
                         check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "products[0].sku" in out.stderr
    assert "today" in out.stderr and "steps[0]" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_run_killed_with_kill_9_leaves_no_database_behind(tmp_path: Path) -> None:
    scenario = json.loads((Path(__file__).parents[1] / "scenarios" / "happy_path.json")
                          .read_text(encoding="utf-8"))
    scenario["steps"] = [{"open": "NO-SUCH-ORDER"}] * 3000  # more output than a pipe holds
    path = tmp_path / "long.json"
    path.write_text(json.dumps(scenario), encoding="utf-8")
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    child = subprocess.Popen([sys.executable, "-m", "packstation", "simulate", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert child.stdout is not None
    first = json.loads(child.stdout.readline())  # running, its database made
    assert first["verdict"] == "UNKNOWN_ORDER"
    # Not reading on: the child blocks on the full pipe, mid-run, until killed.
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert list(temp.iterdir()) == []


def test_a_batch_sort_answers_each_unit_with_its_slot() -> None:
    lines = simulate(Path(__file__).parents[1] / "scenarios" / "batch_sort.json")
    assert lines[2] == {"step": 3, "verdict": "OK", "batch_no": "B-1", "sku": "TEE-RED-M",
                        "slot": 1, "order_no": "S-1", "slot_full": True, "slots_left": 2}
    assert [ln.get("slot") for ln in lines[2:7]] == [1, 2, None, 2, 3]
    assert lines[6]["slots_left"] == 0
