"""`simulate` and `cartonize` with malformed input: exit 2 and the path of each bad field,
never a crash; a file saved with a BOM is read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.robustness.conftest import run

PRODUCT = {"sku": "TEE", "name": "Tシャツ", "barcodes": ["4912345678904"]}
SHIP_TO = {"name": "山田 太郎", "postal_code": "060-0001", "prefecture": "北海道",
           "address": "札幌市中央区北一条西1-1"}


def _scenario(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "products": [PRODUCT],
        "orders": [{"order_no": f"R-{n}", "lines": [{"sku": "TEE", "qty": 1}],
                    "ship_to": SHIP_TO} for n in range(4)],
        "steps": [{"open": "R-0"}, {"scan": "4912345678904"}, {"complete": True}]}
    base.update(changes)
    return base


def _with_order(n: int, **fields: Any) -> list[dict[str, Any]]:
    orders: list[dict[str, Any]] = _scenario()["orders"]
    orders[n] = {**orders[n], **fields}
    return orders


SCENARIOS = {
    "fractional qty": (_scenario(orders=_with_order(3, lines=[{"sku": "TEE", "qty": 1.5}])),
                       "orders[3].lines[0].qty"),
    "zero qty": (_scenario(orders=_with_order(2, lines=[{"sku": "TEE", "qty": 0}])),
                 "orders[2].lines[0].qty"),
    "negative qty": (_scenario(orders=_with_order(1, lines=[{"sku": "TEE", "qty": -2}])),
                     "orders[1].lines[0].qty"),
    "qty as text": (_scenario(orders=_with_order(0, lines=[{"sku": "TEE", "qty": "2"}])),
                    "orders[0].lines[0].qty"),
    "qty true": (_scenario(orders=_with_order(0, lines=[{"sku": "TEE", "qty": True}])),
                 "orders[0].lines[0].qty"),
    "lines not a list": (_scenario(orders=_with_order(3, lines="TEE x1")), "orders[3].lines"),
    "line not an object": (_scenario(orders=_with_order(3, lines=[["TEE", 1]])),
                           "orders[3].lines[0]"),
    "duplicate order number": (_scenario(orders=_with_order(3, order_no="R-1")),
                               "orders[3].order_no"),
    "order number not text": (_scenario(orders=_with_order(2, order_no=["R"])),
                              "orders[2].order_no"),
    "bidi in order number": (_scenario(orders=_with_order(1, order_no="R-\u202e1001")),
                             "orders[1].order_no"),
    "unknown sku": (_scenario(orders=_with_order(0, lines=[{"sku": "NOPE", "qty": 1}])),
                    "orders[0].lines[0].sku"),
    "orders not a list": (_scenario(orders={"order_no": "R-1"}), "orders"),
    "products not a list": (_scenario(products="TEE"), "products"),
    "barcode not text": (_scenario(products=[{**PRODUCT, "barcodes": [None]}]),
                         "products[0].barcodes[0]"),
    "duplicate sku": (_scenario(products=[PRODUCT, PRODUCT]), "products[1].sku"),
    "case units fractional": (_scenario(products=[{**PRODUCT, "case_codes": [
        {"code": "14912345678901", "units": 2.5}]}]), "products[0].case_codes[0].units"),
    "dims wrong": (_scenario(products=[{**PRODUCT, "dims_mm": [1, "2"]}]),
                   "products[0].dims_mm"),
    "ship_to not an object": (_scenario(orders=_with_order(0, ship_to="Tokyo")),
                              "orders[0].ship_to"),
    "step not an object": (_scenario(steps=["open R-0"]), "steps[0]"),
    "count qty fractional": (_scenario(steps=[{"open": "R-0"}, {"count": {
        "scan": "4912345678904", "qty": 0.5}}]), "steps[1].count.qty"),
    "scan not text": (_scenario(steps=[{"open": "R-0"}, {"scan": {"code": 1}}]),
                      "steps[1].scan"),
}


@pytest.mark.parametrize("case", sorted(SCENARIOS))
def test_simulate_names_the_bad_field(case: str, tmp_path: Path) -> None:
    scenario, path = SCENARIOS[case]
    file = tmp_path / "scenario.json"
    file.write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    out = run("simulate", str(file))
    assert out.returncode == 2, out.stdout
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert f"'{path}'" in out.stderr, out.stderr


ITEM = {"sku": "A", "qty": 2, "dims_mm": [100, 80, 30], "weight_g": 200}
BOX = {"code": "B60", "inner_mm": [250, 180, 100], "outer_mm": [260, 190, 110], "tare_g": 150,
       "cost_yen": 40, "max_weight_g": 20000}

CARTONIZE = {
    "fractional qty": ({"items": [{**ITEM, "qty": 1.5}], "boxes": [BOX]}, "items[0].qty"),
    "zero qty": ({"items": [ITEM, {**ITEM, "sku": "B", "qty": 0}], "boxes": [BOX]},
                 "items[1].qty"),
    "dims as text": ({"items": [{**ITEM, "dims_mm": "100x80x30"}], "boxes": [BOX]},
                     "items[0].dims_mm"),
    "boxes not a list": ({"items": [ITEM], "boxes": BOX}, "boxes"),
    "duplicate box": ({"items": [ITEM], "boxes": [BOX, BOX]}, "boxes[1].code"),
    "price as text": ({"items": [ITEM], "boxes": [BOX], "services": [{"code": "s", "classes": [
        {"name": "60", "max_sum_mm": 600, "max_weight_g": 2000, "price_yen": {"*": "930"}}]}]},
        "services[0].classes[0].price_yen.*"),
}


@pytest.mark.parametrize("case", sorted(CARTONIZE))
def test_cartonize_names_the_bad_field(case: str, tmp_path: Path) -> None:
    payload, path = CARTONIZE[case]
    file = tmp_path / "input.json"
    file.write_text(json.dumps(payload), encoding="utf-8")
    out = run("cartonize", str(file))
    assert out.returncode == 2 and out.stdout == ""
    assert "Traceback" not in out.stderr and f"'{path}'" in out.stderr, out.stderr


@pytest.mark.parametrize("command", ["simulate", "cartonize"])
def test_deep_nesting_is_refused_not_a_crash(command: str, tmp_path: Path) -> None:
    file = tmp_path / "deep.json"
    file.write_text('{"items": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    out = run(command, str(file))
    assert out.returncode == 2
    assert out.stderr.strip() == (f"{file}: the JSON is nested too deeply to be an input of "
                                  "this command (write the input as the command's "
                                  "documentation shows)")


def test_a_json_file_with_a_bom_is_read(tmp_path: Path) -> None:
    scenario = tmp_path / "bom.json"
    scenario.write_bytes(b"\xef\xbb\xbf" + json.dumps(_scenario()).encode("utf-8"))
    out = run("simulate", str(scenario))
    assert out.returncode == 0, out.stderr
    verdicts = [json.loads(line)["verdict"] for line in out.stdout.splitlines()]
    assert verdicts == ["OPENED", "OK", "COMPLETED"]
    cart = tmp_path / "cart.json"
    cart.write_bytes(b"\xef\xbb\xbf" + json.dumps({"items": [ITEM], "boxes": [BOX]}).encode())
    done = run("cartonize", str(cart))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["packages"][0]["box"] == "B60"


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    file = tmp_path / "sjis.json"
    file.write_bytes('{"items": [{"sku": "商品"}]}'.encode("cp932"))
    out = run("cartonize", str(file))
    assert out.returncode == 2
    assert out.stderr.strip() == (f"{file}: the file is not UTF-8 text (save it as UTF-8 "
                                  "(with or without BOM))")
