"""`packstation cartonize` as the contract says: JSON in, JSON out, exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHIRT_ORDER = {
    "items": [{"sku": "TEE", "qty": 1, "dims_mm": [250, 200, 25], "weight_g": 180}],
    "boxes": [
        {"code": "B60", "inner_mm": [270, 190, 100], "outer_mm": [280, 200, 110], "tare_g": 200,
         "cost_yen": 60, "max_weight_g": 20000},
        {"code": "THIN", "inner_mm": [310, 220, 26], "outer_mm": [320, 230, 30], "tare_g": 90,
         "cost_yen": 45, "max_weight_g": 4000},
    ],
    "services": [
        {"code": "yupacket", "classes": [
            {"name": "3cm", "max_sum_mm": 600, "max_side_mm": 340, "max_thickness_mm": 30,
             "max_weight_g": 1000, "price_yen": {"*": 360}}]},
        {"code": "takkyubin", "classes": [
            {"name": "60", "max_sum_mm": 600, "max_weight_g": 2000,
             "price_yen": {"*": 940, "北海道": 1460}}]},
    ],
    "destination": {"prefecture": "北海道"},
}


def cartonize(tmp_path: Path, payload: object) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "packstation", "cartonize", str(path)],
                          check=False, capture_output=True, text=True, timeout=120)


def test_thin_box_and_thin_service_win_on_total_cost(tmp_path: Path) -> None:
    out = cartonize(tmp_path, SHIRT_ORDER)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    (package,) = result["packages"]
    assert (package["box"], package["service"], package["class"]) == ("THIN", "yupacket", "3cm")
    assert result["total_cost_yen"] == 45 + 360
    assert package["gross_weight_g"] == 90 + 180
    assert sorted(package["items"][0]["size_mm"]) == [25, 200, 250]
    assert result["unpacked"] == [] and result["explanation"]


def test_bad_input_names_the_field(tmp_path: Path) -> None:
    bad = {**SHIRT_ORDER, "items": [{"sku": "TEE", "qty": 1, "dims_mm": [250, -1], "weight_g": 1}]}
    out = cartonize(tmp_path, bad)
    assert out.returncode == 2
    assert "items[0].dims_mm" in out.stderr and "Traceback" not in out.stderr
