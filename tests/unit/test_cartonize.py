"""Cartonization: every layout valid, small orders optimal against a brute-force oracle."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.cartonize import (
    Box,
    Cartonization,
    Item,
    Package,
    Placement,
    box_cost_only,
    cartonize,
    expand,
    order_problems,
    package_problems,
)

GRID = 10  # the oracle's instances sit on a 10 mm grid so it can try every position

# -- the oracle -------------------------------------------------------------------------------


def _turns(item: Item) -> set[tuple[int, int, int]]:
    d = tuple(v // GRID for v in item.dims_mm)
    if item.this_side_up:
        return {(d[0], d[1], d[2]), (d[1], d[0], d[2])}
    return set(itertools.permutations(d))  # type: ignore[arg-type]


def brute_fits(units: Sequence[Item], inner_mm: tuple[int, int, int]) -> bool:
    """Tries every orientation at every grid position for every unit (no cleverness)."""
    nx, ny, nz = (v // GRID for v in inner_mm)
    choices = []
    for unit in units:
        options = []
        for a, b, c in _turns(unit):
            for x, y, z in itertools.product(range(nx - a + 1), range(ny - b + 1),
                                             range(nz - c + 1)):
                cells = 0
                for i, j, k in itertools.product(range(a), range(b), range(c)):
                    cells |= 1 << (x + i + nx * (y + j + ny * (z + k)))
                options.append((cells, (x, y, z, a, b, c)))
        choices.append(options)
    order = sorted(range(len(units)), key=lambda i: len(choices[i]))
    placed: list[tuple[Item, tuple[int, ...]]] = []

    def crushes(unit: Item, p: tuple[int, ...]) -> bool:
        for other, q in placed:
            if p[0] < q[0] + q[3] and q[0] < p[0] + p[3] and p[1] < q[1] + q[4] \
                    and q[1] < p[1] + p[4]:
                low, high = (unit, other) if p[2] < q[2] else (other, unit)
                if low.fragile and high.weight_g > low.weight_g:
                    return True
        return False

    def place(n: int, taken: int) -> bool:
        if n == len(order):
            return True
        unit = units[order[n]]
        for cells, pos in choices[order[n]]:
            if not cells & taken and not crushes(unit, pos):
                placed.append((unit, pos))
                if place(n + 1, taken | cells):
                    return True
                placed.pop()
        return False

    return place(0, 0)


def partitions(items: list[int]) -> Iterator[list[list[int]]]:
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for smaller in partitions(rest):
        for n in range(len(smaller)):
            yield [*smaller[:n], [first, *smaller[n]], *smaller[n + 1:]]
        yield [[first], *smaller]


Cost = Callable[[Box, int], int | None]


def brute_optimum(units: Sequence[Item], boxes: Sequence[Box], cost: Cost,
                  ) -> tuple[tuple[int, int] | None, int]:
    """(cheapest total, fewest boxes) over every partition and box choice; unpacked count."""

    def alone(u: Item, b: Box) -> bool:
        return (b.tare_g + u.weight_g <= b.max_weight_g and brute_fits([u], b.inner_mm)
                and cost(b, b.tare_g + u.weight_g) is not None)

    packable = [i for i, u in enumerate(units) if any(alone(u, b) for b in boxes)]
    memo: dict[tuple[int, ...], int | None] = {}

    def block_cost(block: list[int]) -> int | None:
        key = tuple(sorted(block))
        if key not in memo:
            group = [units[i] for i in block]
            weight = sum(u.weight_g for u in group)
            prices = [cost(b, b.tare_g + weight) for b in boxes
                      if b.tare_g + weight <= b.max_weight_g and brute_fits(group, b.inner_mm)]
            memo[key] = min((p for p in prices if p is not None), default=None)
        return memo[key]

    best: tuple[int, int] | None = None
    for partition in partitions(packable):
        prices = [block_cost(block) for block in partition]
        if all(p is not None for p in prices):
            found = (sum(p for p in prices if p is not None), len(partition))
            best = found if best is None or found < best else best
    return best, len(units) - len(packable)


# -- instances --------------------------------------------------------------------------------

grid_items = st.builds(
    Item,
    sku=st.sampled_from(["A", "B", "C"]),
    dims_mm=st.tuples(*[st.integers(1, 3).map(lambda v: v * GRID)] * 3),
    weight_g=st.integers(1, 6).map(lambda v: v * 100),
    this_side_up=st.booleans(),
    fragile=st.booleans(),
)


@st.composite
def small_orders(draw: st.DrawFn) -> tuple[list[Item], list[Box]]:
    kinds = {i.sku: i for i in draw(st.lists(grid_items, min_size=1, max_size=3))}
    units = draw(st.lists(st.sampled_from(sorted(kinds.values(), key=lambda i: i.sku)),
                          min_size=1, max_size=6))
    boxes = []
    for n in range(draw(st.integers(1, 3))):
        inner = draw(st.tuples(*[st.integers(2, 5).map(lambda v: v * GRID)] * 3))
        outer = (inner[0] + 10, inner[1] + 10, inner[2] + 10)
        boxes.append(Box(f"B{n}", inner, outer, tare_g=draw(st.integers(0, 200)),
                         cost_yen=draw(st.integers(10, 120)),
                         max_weight_g=draw(st.integers(800, 4000))))
    return units, boxes


def by_weight(box: Box, gross_g: int) -> int | None:
    """A carrier-like rate: box cost plus a step per started kilogram, nothing over 3 kg."""
    return None if gross_g > 3000 else box.cost_yen + 300 + 150 * (gross_g // 1000)


def _rank(result: Cartonization) -> tuple[int, int]:
    best = result.best
    return (best.cost_yen, len(best.packages)) if best else (0, 0)  # nothing to pack


def _all_valid(units: list[Item], result: Cartonization) -> None:
    assert order_problems(units, result) == []
    items = {u.sku: u for u in units}
    for solution in result.solutions:
        assert sum(len(p.placements) for p in solution.packages) + len(result.unpacked) \
            == len(units)
        for package in solution.packages:
            assert package_problems(package, items) == []


# -- optimality against the oracle ------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_orders())
def test_box_cost_matches_exhaustive_optimum(order: tuple[list[Item], list[Box]]) -> None:
    units, boxes = order
    result = cartonize(units, boxes)
    expected, unpacked = brute_optimum(units, boxes, box_cost_only)
    assert _rank(result) == expected
    assert len(result.unpacked) == unpacked
    _all_valid(units, result)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_orders())
def test_weight_priced_cost_matches_exhaustive_optimum(
        order: tuple[list[Item], list[Box]]) -> None:
    units, boxes = order
    result = cartonize(units, boxes, by_weight)
    expected, unpacked = brute_optimum(units, boxes, by_weight)
    assert _rank(result) == expected
    assert len(result.unpacked) == unpacked
    _all_valid(units, result)


# -- validity on realistic, random instances ---------------------------------------------------

mm_items = st.builds(
    Item,
    sku=st.sampled_from(["TEE", "MUG", "BOOK", "CASE", "SOAP", "BAG"]),
    dims_mm=st.tuples(st.integers(5, 400), st.integers(5, 300), st.integers(5, 200)),
    weight_g=st.integers(10, 6000),
    this_side_up=st.booleans(),
    fragile=st.booleans(),
)
mm_boxes = st.lists(
    st.builds(lambda code, inner, tare, cost, limit: Box(
        code, inner, (inner[0] + 8, inner[1] + 8, inner[2] + 8), tare, cost, limit),
        st.text("ABCDEFGH", min_size=2, max_size=4),
        st.tuples(st.integers(50, 500), st.integers(50, 400), st.integers(20, 350)),
        st.integers(0, 600), st.integers(0, 300), st.integers(1000, 25000)),
    min_size=1, max_size=6, unique_by=lambda b: b.code)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(mm_items, st.integers(1, 4)), min_size=1, max_size=5,
                unique_by=lambda line: line[0].sku), mm_boxes)
def test_every_layout_is_valid(lines: list[tuple[Item, int]], boxes: list[Box]) -> None:
    units = expand(lines)
    result = cartonize(units, boxes, by_weight)
    _all_valid(units, result)
    for solution in result.solutions:
        for package in solution.packages:
            assert package.gross_weight_g <= package.box.max_weight_g
            for p in package.placements:
                item = next(u for u in units if u.sku == p.sku)
                if item.this_side_up:
                    assert p.size_mm[2] == item.dims_mm[2]
    costs = [s.cost_yen for s in result.solutions]
    assert costs == sorted(costs)


# -- the rules, one by one --------------------------------------------------------------------

B60 = Box("B60", (250, 180, 100), (260, 190, 110), tare_g=150, cost_yen=40, max_weight_g=20000)
B80 = Box("B80", (350, 250, 150), (360, 260, 160), tare_g=250, cost_yen=60, max_weight_g=20000)


def test_this_side_up_keeps_height_vertical() -> None:
    # Lying down it would fit B60 easily; upright (height 230 mm) only the tall box takes it.
    bottle = Item("WINE", (80, 80, 230), 1300, this_side_up=True)
    tall = Box("TALL", (100, 100, 250), (110, 110, 260), tare_g=120, cost_yen=90,
               max_weight_g=10000)
    result = cartonize([bottle], [B60, tall])
    assert result.best is not None
    [package] = result.best.packages
    assert package.box.code == "TALL"
    assert package.placements[0].size_mm[2] == 230
    lying = cartonize([Item("WINE", (80, 80, 230), 1300)], [B60, tall])
    assert lying.best is not None and lying.best.packages[0].box.code == "B60"


def test_this_side_up_unit_that_only_fits_tipped_over_is_unpacked() -> None:
    result = cartonize([Item("LAMP", (90, 90, 240), 900, this_side_up=True)], [B60, B80])
    assert result.best is None
    [unpacked] = result.unpacked
    assert "this side up" in unpacked.reason and "240 mm" in unpacked.reason


def test_fragile_unit_is_never_under_a_heavier_one() -> None:
    # A 250 × 180 footprint: the two must stack. The glass is the bigger unit, so packing
    # biggest first would put it at the bottom; the iron has to go underneath instead.
    glass = Item("GLASS", (250, 180, 50), 300, fragile=True)
    iron = Item("IRON", (250, 180, 40), 2500)
    result = cartonize([glass, iron], [B60])
    assert result.best is not None
    [package] = result.best.packages
    z = {p.sku: p.position_mm[2] for p in package.placements}
    assert z == {"IRON": 0, "GLASS": 40}


def test_validator_sees_a_heavier_unit_anywhere_above_a_fragile_one() -> None:
    glass = Item("GLASS", (100, 100, 30), 300, fragile=True)
    book = Item("BOOK", (100, 100, 20), 200)
    iron = Item("IRON", (50, 50, 20), 2500)
    items = {i.sku: i for i in (glass, book, iron)}
    # The iron does not touch the glass, but sits above it with only a book in between.
    package = Package(B60, (Placement("GLASS", (0, 0, 0), (100, 100, 30)),
                            Placement("BOOK", (0, 0, 30), (100, 100, 20)),
                            Placement("IRON", (20, 20, 50), (50, 50, 20))), 150 + 3000)
    assert package_problems(package, items) == ["fragile GLASS lies under heavier IRON"]
    moved = Package(B60, (*package.placements[:2],
                          Placement("IRON", (120, 0, 0), (20, 50, 50))), 150 + 3000)
    assert package_problems(moved, items) == []


def test_validator_sees_overlap_tipping_and_leaving_the_box() -> None:
    cup = Item("CUP", (90, 90, 100), 300, this_side_up=True)
    package = Package(B60, (Placement("CUP", (0, 0, 0), (90, 90, 100)),
                            Placement("CUP", (50, 0, 0), (90, 90, 100)),
                            Placement("CUP", (160, 0, 0), (100, 90, 90)),
                            Placement("CUP", (0, 100, 10), (90, 90, 100))), 150 + 1200)
    problems = package_problems(package, {"CUP": cup})
    assert "units 0 (CUP) and 1 (CUP) overlap" in problems
    assert "unit 2 (CUP): this side up, but its height is not vertical" in problems
    assert "unit 3 (CUP): outside the box's inner dimensions" in problems


def test_weight_limit_splits_the_order() -> None:
    box = Box("B100", (400, 300, 250), (410, 310, 260), tare_g=500, cost_yen=80,
              max_weight_g=10000)
    plates = [Item("PLATE", (200, 200, 40), 4000)] * 3  # 12 kg: two per box at most
    result = cartonize(plates, [box])
    assert result.best is not None
    assert sorted(len(p.placements) for p in result.best.packages) == [1, 2]
    assert all(p.gross_weight_g <= 10000 for p in result.best.packages)
    assert [p.gross_weight_g for p in result.best.packages] in ([8500, 4500], [4500, 8500])


def test_unpacked_units_say_why() -> None:
    pole = Item("POLE", (400, 20, 20), 500)
    anvil = Item("ANVIL", (100, 100, 100), 30000)
    cup = Item("CUP", (90, 90, 100), 300)
    result = cartonize([pole, anvil, cup], [B60, B80])
    reasons = {u.sku: u.reason for u in result.unpacked}
    assert reasons["POLE"].startswith("longest side 400 mm exceeds every box")
    assert reasons["ANVIL"].startswith("weight 30000 g exceeds")
    assert "CUP" not in reasons
    assert result.best is not None and result.best.packages[0].box.code == "B60"


def test_no_service_for_any_box_is_a_reason_too() -> None:
    result = cartonize([Item("TV", (300, 200, 120), 9000)], [B80], by_weight)
    [unpacked] = result.unpacked
    assert "no carrier service" in unpacked.reason


def test_two_cheap_boxes_beat_one_dear_box_and_vice_versa() -> None:
    small = Box("S", (210, 160, 60), (220, 170, 70), tare_g=50, cost_yen=10,
                max_weight_g=5000)
    big = Box("L", (420, 320, 130), (430, 330, 140), tare_g=200, cost_yen=100,
              max_weight_g=5000)
    books = [Item("BOOK", (200, 150, 50), 600)] * 2
    result = cartonize(books, [small, big])
    assert result.best is not None
    assert [p.box.code for p in result.best.packages] == ["S", "S"]
    assert result.best.cost_yen == 20
    cheap_big = Box("L", big.inner_mm, big.outer_mm, 200, 15, 5000)
    result = cartonize(books, [small, cheap_big])
    assert result.best is not None
    assert [p.box.code for p in result.best.packages] == ["L"]


def test_alternatives_use_other_boxes_and_cost_more_or_equal() -> None:
    mugs = [Item("MUG", (120, 90, 100), 350)] * 2
    result = cartonize(mugs, [B80, B60, Box("B100", (450, 350, 200), (460, 360, 210), 400,
                                            90, 25000)])
    assert [s.packages[0].box.code for s in result.solutions] == ["B60", "B80", "B100"]
    assert [s.cost_yen for s in result.solutions] == [40, 60, 90]


def test_thirty_units_are_all_placed_validly() -> None:
    lines = [(Item("TEE", (250, 200, 25), 180), 10), (Item("MUG", (120, 90, 100), 350), 8),
             (Item("BOOK", (210, 150, 30), 450), 12)]
    units = expand(lines)
    result = cartonize(units, [B60, B80, Box("B100", (450, 350, 200), (460, 360, 210), 400,
                                             90, 25000)])
    _all_valid(units, result)
    assert result.unpacked == ()


def test_oracle_itself_knows_a_tight_fit_and_a_near_miss() -> None:
    cube = Item("C", (20, 20, 20), 100)
    assert brute_fits([cube] * 8, (40, 40, 40))
    assert not brute_fits([cube] * 2, (30, 30, 30))
    # One column of three: fits only heaviest at the bottom, which the oracle must find.
    column = [Item("F", (30, 30, 10), 100, fragile=True), Item("P", (30, 30, 10), 500),
              Item("G", (30, 30, 10), 900, fragile=True)]
    assert brute_fits(column, (30, 30, 30))
    assert not brute_fits([*column, Item("X", (10, 10, 10), 1)], (30, 30, 30))
