"""Cut-block instances (issue 18): the one exact box is found and proven for up to 8 units;
above that the plan is checked against a lower bound and its gap is said."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.cartonize import (
    Box,
    Cartonization,
    Item,
    Package,
    Placement,
    Solution,
    box_cost_only,
    cartonize,
    order_problems,
    package_problems,
)
from packstation.domain.cartonize_bound import lower_bound
from packstation.domain.messages import Msg
from packstation.domain.packing3d import Load, heuristic_pack
from packstation.domain.packing_exact import try_box
from packstation.domain.packing_guillotine import guillotine_pack
from packstation.domain.shipping import plan_shipment
from tests.cutblock import SERVICES, TERMS, CutBlock, generate, instances, shipped_cost
from tests.unit.test_cartonize import GRID, brute_fits, brute_optimum, by_weight, small_orders

MEDIUM = instances(60, (5, 8))  # piece counts 5, 6, 7, 8 in turn
SMALL = instances(40, (2, 5), seed=7, step=10, block_mm=(40, 90))  # the grid oracle's size
LARGE = instances(6, (10, 14), seed=3)


def _layout_package(inst: CutBlock) -> Package:
    """The block as it was cut, in the exact box: the witness that the answer exists."""
    placements = tuple(Placement(u.sku, p.at, p.size)
                       for u, p in zip(inst.units, inst.layout, strict=True))
    gross = inst.exact.tare_g + sum(u.weight_g for u in inst.units)
    return Package(inst.exact, placements, gross)


def _valid(units: tuple[Item, ...], result: Cartonization) -> None:
    assert order_problems(list(units), result) == []
    items = {u.sku: u for u in units}
    for solution in result.solutions:
        for package in solution.packages:
            assert package_problems(package, items) == []


def test_generator_is_deterministic_and_its_witness_is_valid() -> None:
    assert generate(5, 7) == generate(5, 7)
    assert generate(5, 7) != generate(6, 7)
    for inst in MEDIUM + SMALL + LARGE:
        package = _layout_package(inst)
        assert package_problems(package, {u.sku: u for u in inst.units}) == []
        need = sum(u.dims_mm[0] * u.dims_mm[1] * u.dims_mm[2] for u in inst.units)
        cheaper = [b for b in inst.boxes if b.cost_yen < inst.exact.cost_yen]
        dearer = [b for b in inst.boxes if b.cost_yen > inst.exact.cost_yen]
        assert cheaper and dearer and len(cheaper) + len(dearer) + 1 == len(inst.boxes)
        assert all(b.inner_mm[0] * b.inner_mm[1] * b.inner_mm[2] < need for b in cheaper)


@pytest.mark.parametrize("inst", MEDIUM, ids=lambda i: f"seed{i.seed}-{len(i.units)}")
def test_one_exact_box_is_found_and_proven(inst: CutBlock) -> None:
    result = cartonize(list(inst.units), list(inst.boxes))
    assert result.best is not None
    assert [p.box.code for p in result.best.packages] == ["EXACT"]
    assert result.best.cost_yen == inst.expected_box_only
    assert result.proven and result.bound_yen == inst.expected_box_only
    _valid(inst.units, result)
    plan = plan_shipment(list(inst.units), list(inst.boxes), SERVICES, TERMS)
    assert plan.best is not None and plan.best.total_yen == inst.expected_shipped
    assert [s.package.box.code for s in plan.best.shipments] == ["EXACT"]
    assert plan.note is None  # up to 8 units only a doubt is said


@pytest.mark.parametrize("inst", SMALL, ids=lambda i: f"seed{i.seed}-{len(i.units)}")
def test_small_instances_match_the_brute_force_optimum(inst: CutBlock) -> None:
    for cost in (box_cost_only, shipped_cost):
        result = cartonize(list(inst.units), list(inst.boxes), cost)
        expected, unpacked = brute_optimum(inst.units, inst.boxes, cost)
        assert result.best is not None and unpacked == 0
        assert (result.best.cost_yen, len(result.best.packages)) == expected
        assert result.proven
        _valid(inst.units, result)
    assert expected == (inst.expected_shipped, 1)


@pytest.mark.parametrize("inst", LARGE, ids=lambda i: f"seed{i.seed}-{len(i.units)}")
def test_above_eight_units_the_gap_to_a_valid_bound_is_said(inst: CutBlock) -> None:
    result = cartonize(list(inst.units), list(inst.boxes))
    assert result.best is not None
    _valid(inst.units, result)
    # The block fills one box, so the optimum is known: the bound may not pass it.
    assert 0 < result.bound_yen <= inst.expected_box_only <= result.best.cost_yen
    plan = plan_shipment(list(inst.units), list(inst.boxes), SERVICES, TERMS)
    assert plan.best is not None and plan.note is not None
    shipped = plan.best.total_yen
    if plan.note.code == "cartonize.proven":
        assert shipped == inst.expected_shipped
        assert plan.explanation.endswith("; proven the cheapest")
        return
    bound = plan.note.params["bound_yen"]
    assert 0 < bound <= inst.expected_shipped <= shipped
    assert plan.note == Msg("cartonize.gap", gap_yen=shipped - bound,
                            gap_percent=round(100 * (shipped - bound) / bound),
                            bound_yen=bound)
    assert plan.explanation.endswith(f"above the lower bound of {bound}円")


def test_thirty_mixed_units_report_their_gap() -> None:
    mugs = [Item("MUG", (120, 90, 100), 350)] * 12
    books = [Item("BOOK", (210, 148, 25), 400)] * 18
    small = next(b for b in generate(1, 6).boxes if b.code == "EXACT")
    plan = plan_shipment(mugs + books, [small], SERVICES, TERMS)
    assert plan.best is not None and plan.note is not None
    assert plan.note.code in {"cartonize.gap", "cartonize.proven"}
    assert "the cheapest" in plan.explanation
    packages = tuple(s.package for s in plan.best.shipments)
    assert order_problems(mugs + books, Cartonization((Solution(packages, 0),), ())) == []


def test_guillotine_search_finds_a_block_the_heuristic_misses() -> None:
    # A 101 × 67 × 53 block cut at x = 40, then y = 30, then z = 23, the pieces handed over
    # turned; the box has 1 mm to spare along each side.
    slabs = [Load(0, (53, 40, 67), 100), Load(1, (30, 53, 61), 100),
             Load(2, (23, 61, 37), 100), Load(3, (37, 30, 61), 100)]
    inner = (102, 68, 54)
    assert heuristic_pack(slabs, inner) is None
    spots = guillotine_pack(slabs, inner)
    assert spots is not None and sorted(s[8] for s in spots) == [0, 1, 2, 3]
    assert all(s[0] + s[3] <= inner[0] and s[1] + s[4] <= inner[1] and s[2] + s[5] <= inner[2]
               for s in spots)
    assert try_box(slabs, inner)[0] is not None
    assert guillotine_pack(slabs, (101, 67, 52)) is None  # too low by 1 mm: no layout


def test_no_fit_is_proven_not_given_up() -> None:
    hoodie, snack, bunko = (300, 250, 60), (200, 130, 60), (148, 105, 18)
    # Two hoodies fill the floor twice; no snack fits the 30 mm above or the 50 mm beside.
    loads = [Load(n, d, 500) for n, d in enumerate((hoodie, hoodie, snack, snack, bunko))]
    assert try_box(loads, (350, 250, 150)) == (None, True)
    # A 28 mm mailer: nothing stacks, so the four lie side by side and do not fit.
    flat = [Load(n, d, 60) for n, d in enumerate(((170, 90, 20), (170, 90, 20),
                                                   (148, 105, 18), (148, 105, 18)))]
    assert try_box(flat, (312, 232, 28)) == (None, True)
    assert try_box(flat[:3], (312, 232, 28))[0] is not None


grid_loads = st.lists(st.builds(
    lambda uid, dims, weight, upright, fragile: (dims, weight, upright, fragile),
    st.integers(0), st.tuples(*[st.integers(1, 4).map(lambda v: v * GRID)] * 3),
    st.integers(1, 5).map(lambda v: v * 100), st.booleans(), st.booleans()),
    min_size=2, max_size=6)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid_loads, st.tuples(*[st.integers(2, 6).map(lambda v: v * GRID)] * 3))
def test_a_proven_no_is_never_wrong(specs: list[tuple[tuple[int, int, int], int, bool, bool]],
                                    inner: tuple[int, int, int]) -> None:
    loads = [Load(n, d, w, up, fr) for n, (d, w, up, fr) in enumerate(specs)]
    items = [Item(f"U{n}", d, w, up, fr) for n, (d, w, up, fr) in enumerate(specs)]
    spots, sure = try_box(loads, inner)
    if spots is not None:
        box = Box("B", inner, inner, 0, 1, 10**9)
        package = Package(box, tuple(Placement(f"U{s[8]}", s[:3], s[3:6]) for s in spots),
                          sum(w for _, w, _, _ in specs))
        assert package_problems(package, {i.sku: i for i in items}) == []
    elif sure:
        assert not brute_fits(items, inner)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_orders())
def test_the_lower_bound_never_passes_the_optimum(order: tuple[list[Item], list[Box]]) -> None:
    units, boxes = order
    expected, unpacked = brute_optimum(units, boxes, by_weight)
    if expected is None or unpacked:
        return
    kinds: dict[Item, list[Load]] = {}
    for n, u in enumerate(units):
        kinds.setdefault(u, []).append(Load(n, u.dims_mm, u.weight_g, u.this_side_up,
                                            u.fragile))
    bound = lower_bound(list(kinds.values()),
                        [(b.inner_mm, b.tare_g, b.max_weight_g) for b in boxes],
                        lambda b, gross: by_weight(boxes[b], gross))
    assert 0 < bound <= expected[0]


def test_the_cover_bound_knows_a_package_costs_its_whole_price() -> None:
    # 30 units of 4.5 l in boxes of 130 l at most: two packages, the second at least the
    # smallest box with 5.4 l of room, whatever fraction of it is used.
    hoodies = [[Load(n, (300, 250, 60), 600) for n in range(30)]]
    boxes = [((600, 450, 480), 900, 25000), ((350, 250, 150), 250, 20000),
             ((250, 180, 100), 150, 20000)]
    prices = [2630, 1380, 1100]
    bound = lower_bound(hoodies, boxes, lambda b, gross: prices[b])
    assert bound == 2630 + 1380
