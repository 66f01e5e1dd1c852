"""Large orders take the fast bulk plan (issue 16: 2,000 units took 24 s, 10,000 never
finished): every unit placed once, no overlap, inside the box, this side up and fragile kept.
Not timed here: benchmarks/cartonize.py prints the time against its target."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.cartonize import Box, Cartonization, Item, cartonize, order_problems
from packstation.domain.cartonize_bulk import BULK_UNITS

BOXES = [
    Box("YP-MAILER", (312, 232, 28), (314, 234, 30), 30, 30, 1000, envelope=True),
    Box("B60", (250, 180, 100), (260, 190, 110), 150, 40, 20000),
    Box("B80", (350, 250, 150), (360, 260, 160), 250, 60, 20000),
    Box("B100", (420, 300, 230), (430, 310, 240), 400, 90, 25000),
    Box("B140", (540, 420, 360), (550, 430, 370), 700, 160, 25000),
    Box("B160", (600, 450, 480), (610, 460, 490), 900, 200, 25000),
]


def priced(box: Box, gross_g: int) -> int | None:
    """A carrier-like rate: by box size and weight band, nothing over 25 kg."""
    if gross_g > 25000:
        return None
    return box.cost_yen + 800 + 100 * (gross_g // 5000) + sum(box.outer_mm) // 2


def order(units: int, skus: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    kinds = []
    for k in range(skus):
        dims = (rng.randint(20, 330), rng.randint(20, 250), rng.randint(10, 200))
        upright, fragile = rng.random() < 0.2, rng.random() < 0.2
        kinds.append(Item(f"SKU-{k:03d}", dims, rng.randint(20, 1500), upright, fragile))
    return [kinds[rng.randrange(skus)] for _ in range(units)]


def valid_and_complete(units: list[Item], result: Cartonization) -> None:
    assert result.unpacked == ()
    assert order_problems(units, result) == []  # placed once each, inside, no overlap, rules
    best = result.best
    assert best is not None
    assert sum(len(p.placements) for p in best.packages) == len(units)


def test_ten_thousand_units_of_a_hundred_skus_get_a_valid_layout() -> None:
    units = order(10_000, 100, seed=16)
    valid_and_complete(units, cartonize(units, BOXES, priced))


def test_two_thousand_units_get_a_valid_layout() -> None:
    units = order(2_000, 100, seed=24)
    valid_and_complete(units, cartonize(units, BOXES, priced))


@settings(max_examples=12, deadline=None)
@given(st.integers(BULK_UNITS + 1, 3 * BULK_UNITS), st.integers(1, 40), st.integers(0, 10**6))
def test_any_large_order_gets_a_valid_layout(units: int, skus: int, seed: int) -> None:
    items = order(units, skus, seed)
    valid_and_complete(items, cartonize(items, BOXES, priced))
