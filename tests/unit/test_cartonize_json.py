"""`packstation cartonize` JSON: the contract's shapes (cli-contract.md) and BadInput."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from packstation.domain.errors import BadInput
from packstation.services.proposal.cartonize_json import run

# The contract's input example, verbatim.
EXAMPLE: dict[str, Any] = {
    "items": [{"sku": "A", "qty": 2, "dims_mm": [100, 80, 30], "weight_g": 200,
               "this_side_up": False}],
    "boxes": [{"code": "B60", "inner_mm": [250, 180, 100], "outer_mm": [260, 190, 110],
               "tare_g": 150, "cost_yen": 40, "max_weight_g": 20000}],
    "services": [{"code": "yupacket", "classes": [
        {"name": "1cm", "max_sum_mm": 600, "max_side_mm": 340, "max_thickness_mm": 10,
         "max_weight_g": 1000, "price_yen": {"*": 250}}]}],
    "destination": {"prefecture": "北海道"},
}
CONTRACT_KEYS = {"packages", "total_cost_yen", "unpacked", "explanation"}
PACKAGE_KEYS = {"box", "service", "class", "shipping_yen", "box_cost_yen", "gross_weight_g",
                "items"}


def _example(**changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(EXAMPLE)
    payload.update(changes)
    return payload


def _problems(payload: Any) -> dict[str, str]:
    with pytest.raises(BadInput) as caught:
        run(payload)
    return {p.column or "": p.problem for p in caught.value.problems}


def test_contract_example_gives_the_contract_shape() -> None:
    # As written, the 1cm class wants a 10 mm thin parcel: a 110 mm B60 cannot go, so both
    # units come back unpacked with the reason, and the shape still holds.
    out = run(_example())
    assert set(out) >= CONTRACT_KEYS
    assert out["packages"] == []
    assert out["total_cost_yen"] == 0
    assert [u["sku"] for u in out["unpacked"]] == ["A", "A"]
    assert all("no carrier service" in u["reason"] for u in out["unpacked"])
    assert isinstance(out["explanation"], str) and out["explanation"]
    json.dumps(out)  # JSON-ready as it is


def test_contract_output_example_figures() -> None:
    # Without the thickness limit the contract's output example comes out exactly.
    payload = _example()
    del payload["services"][0]["classes"][0]["max_thickness_mm"]
    out = run(payload)
    [package] = out["packages"]
    assert set(package) >= PACKAGE_KEYS
    assert {k: package[k] for k in PACKAGE_KEYS - {"items"}} == {
        "box": "B60", "service": "yupacket", "class": "1cm", "shipping_yen": 250,
        "box_cost_yen": 40, "gross_weight_g": 550}
    assert out["total_cost_yen"] == 290
    assert out["unpacked"] == []
    assert len(package["items"]) == 2  # one per unit
    for unit in package["items"]:
        assert set(unit) == {"sku", "position_mm", "size_mm"}
        assert unit["sku"] == "A"
        assert sorted(unit["size_mm"]) == [30, 80, 100]
        assert all(p + s <= lim for p, s, lim in zip(unit["position_mm"], unit["size_mm"],
                                                     [250, 180, 100], strict=True))
    assert out["explanation"] == "B60 40円 + yupacket 1cm 250円 = 290円; no alternative fits"


def test_this_side_up_keeps_the_height_in_the_output() -> None:
    payload = _example(items=[{"sku": "V", "qty": 3, "dims_mm": [60, 60, 90], "weight_g": 400,
                               "this_side_up": True}])
    del payload["services"]
    out = run(payload)
    sizes = [u["size_mm"] for p in out["packages"] for u in p["items"]]
    assert len(sizes) == 3 and all(size[2] == 90 for size in sizes)


def test_without_services_boxes_by_cost_and_service_fields_null() -> None:
    payload = _example(boxes=[*EXAMPLE["boxes"], {
        "code": "B40", "inner_mm": [210, 160, 70], "outer_mm": [220, 170, 80], "tare_g": 90,
        "cost_yen": 25, "max_weight_g": 10000}])
    del payload["services"]
    out = run(payload)
    [package] = out["packages"]
    assert (package["box"], package["service"], package["class"], package["shipping_yen"]) \
        == ("B40", None, None, None)
    assert out["total_cost_yen"] == 25
    assert out["alternatives"] == [{"total_cost_yen": 40, "packages": [{
        "box": "B60", "service": None, "class": None, "shipping_yen": None,
        "box_cost_yen": 40, "gross_weight_g": 550}]}]


def test_unit_too_long_for_every_box_is_unpacked_with_reason() -> None:
    payload = _example(items=[*EXAMPLE["items"], {"sku": "ROD", "qty": 1,
                                                  "dims_mm": [400, 20, 20], "weight_g": 300}])
    del payload["services"]
    out = run(payload)
    assert out["unpacked"] == [{"sku": "ROD", "reason": "longest side 400 mm exceeds every "
                                                       "box (longest inner side 250 mm)"}]
    assert sum(len(p["items"]) for p in out["packages"]) == 2


def test_bad_dims_names_the_field() -> None:
    payload = _example(items=[EXAMPLE["items"][0], EXAMPLE["items"][0],
                              {"sku": "C", "qty": 1, "dims_mm": [100, 0], "weight_g": 5}])
    problems = _problems(payload)
    assert list(problems) == ["items[2].dims_mm"]
    assert "three positive whole millimetres" in problems["items[2].dims_mm"]


def test_every_problem_is_reported_at_once() -> None:
    payload = _example(
        items=[{"sku": "", "qty": 0, "dims_mm": "100x80x30", "weight_g": True}],
        boxes=[{"code": "B60", "inner_mm": [250, 180, 100], "outer_mm": [240, 190, 110],
                "tare_g": -1, "cost_yen": 40.5, "max_weight_g": 20000}],
        destination={"prefecture": "Atlantis"})
    payload["services"][0]["classes"][0]["price_yen"] = {"関東": "930", "Mars": 1}
    problems = _problems(payload)
    assert set(problems) == {
        "items[0].sku", "items[0].qty", "items[0].dims_mm", "items[0].weight_g",
        "boxes[0].tare_g", "boxes[0].cost_yen", "boxes[0].outer_mm",
        "services[0].classes[0].price_yen.関東", "services[0].classes[0].price_yen.Mars",
        "destination.prefecture"}
    assert "Atlantis" in problems["destination.prefecture"]


def test_missing_and_wrong_types_are_bad_input_not_crashes() -> None:
    assert _problems({}) == {"items": "missing", "boxes": "missing"}
    assert set(_problems({"items": {}, "boxes": [1]})) == {"items", "boxes[0]"}
    assert _problems([1, 2]) == {"": "the input is not a JSON object"}
    problems = _problems(_example(services=[{"code": "x", "classes": [{"name": "60"}]}],
                                  cool="warm"))
    assert set(problems) == {"services[0].classes[0].max_sum_mm",
                             "services[0].classes[0].max_weight_g",
                             "services[0].classes[0].price_yen", "cool"}


def test_same_sku_with_different_data_is_refused() -> None:
    other = dict(EXAMPLE["items"][0], weight_g=999)
    problems = _problems(_example(items=[EXAMPLE["items"][0], other]))
    assert list(problems) == ["items[1].sku"]


def test_extensions_cool_and_remote_island_reach_the_price() -> None:
    payload = _example(cool="chilled", destination={"prefecture": "東京都",
                                                    "remote_island": True})
    payload["services"] = [{"code": "takkyubin", "classes": [
        {"name": "60", "max_sum_mm": 600, "max_weight_g": 2000,
         "price_yen": {"関東": 890, "*": 1060}}],
        "cool": {"max_sum_mm": 1200, "chilled_yen": {"60": 220}},
        "relay_fee_yen": {"*": 800}}]
    out = run(payload)
    [package] = out["packages"]
    assert package["shipping_yen"] == 890 + 220 + 800
    assert package["surcharges_yen"] == {"cool": 220, "cod": 0, "relay": 800}
    assert out["total_cost_yen"] == 40 + 1910
