"""`packstation simulate`: every verdict of the contract, through the packer's services."""

from __future__ import annotations

import json
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
