"""Cut-block instances: an order that fills one box exactly, for the box choice (issue 18).

A block is cut by straight (guillotine) cuts into ``pieces`` units; the *exact* box is the
block with 2 % slack on each side (at least 1 mm, or nothing on a ``step`` grid: the grid
oracle of tests/unit/test_cartonize.py needs positions on the grid). Beside it:

- cheaper boxes too small for the whole order (less volume than the units), some of which
  still take a few units, so that two of them would hold the order, but dearer;
- dearer boxes too big (at least the exact box along every axis);

and the units are handed over turned at random (this-side-up units keep their height up).
By construction the one exact box is the cheapest answer: nothing cheaper holds everything,
everything dearer costs more, and any split costs at least twice the cheapest package, which
is kept above the exact box's package (``package_cost``: box + carrier rate, or box only).

Deterministic: the same seed gives the same instance. Test-only; the benchmark imports it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from packstation.domain.cartonize import Box, Item
from packstation.domain.shipping import (
    Destination,
    OrderTerms,
    Service,
    SizeClass,
    quotes,
)

Dims = tuple[int, int, int]
TERMS = OrderTerms(Destination("東京都"))
WALL_MM = 10  # outer = inner + 10 mm along every axis
# 宅急便-like demo rates (§4 of docs/domain-facts.md shape): size class by the outer sum.
_SIZES = ((60, 2, 890), (80, 5, 1150), (100, 10, 1430), (120, 15, 1700), (140, 20, 1980),
          (160, 25, 2260))
SERVICES = [Service("takkyubin", tuple(
    SizeClass(str(s), s * 10, kg * 1000, {"*": price}, max_side_mm=1700)
    for s, kg, price in _SIZES))]


@dataclass(frozen=True)
class Piece:
    at: Dims  # corner in the block
    size: Dims  # extents along the block's x, y, z


@dataclass(frozen=True)
class CutBlock:
    seed: int
    units: tuple[Item, ...]
    boxes: tuple[Box, ...]
    exact: Box  # the box the block fills
    layout: tuple[Piece, ...]  # where each unit lies in the exact box (block axes)
    expected_box_only: int  # the optimum with box cost only
    expected_shipped: int  # the optimum with box + carrier rate (SERVICES, TERMS)


def shipped_cost(box: Box, gross_g: int) -> int | None:
    """Box + the cheapest carrier rate: the package cost ``plan_shipment`` minimises."""
    found = quotes(SERVICES, box, gross_g, TERMS)
    return box.cost_yen + found[0].total_yen if found else None


def cut(rng: random.Random, block: Dims, pieces: int, step: int) -> list[Piece]:
    """Guillotine cuts: the biggest piece is cut across an axis it is long enough along;
    sometimes in halves, which gives identical units (the kinds the search groups)."""
    out = [Piece((0, 0, 0), block)]
    minimum = 2 * step if step > 1 else 20
    while len(out) < pieces:
        out.sort(key=lambda p: -p.size[0] * p.size[1] * p.size[2])
        for piece in out:
            axes = [a for a in range(3) if piece.size[a] >= 2 * minimum]
            if axes:
                break
        else:
            return out  # nothing left to cut: fewer pieces than asked
        out.remove(piece)
        victim = piece
        axis = rng.choice(axes)
        length = victim.size[axis]
        if rng.random() < 0.3 and length % (2 * step) == 0:
            where = length // 2
        else:
            where = rng.randrange(minimum, length - minimum + 1, step)
        first = list(victim.size)
        first[axis] = where
        second = list(victim.size)
        second[axis] = length - where
        at2 = list(victim.at)
        at2[axis] += where
        out += [Piece(victim.at, (first[0], first[1], first[2])),
                Piece((at2[0], at2[1], at2[2]), (second[0], second[1], second[2]))]
    return out


def _slack(d: int, step: int) -> int:
    return d + (max(1, d * 2 // 100) if step == 1 else min(step - 1, max(1, d * 2 // 100)))


def _box(code: str, inner: Dims, cost: int, tare: int) -> Box:
    outer = (inner[0] + WALL_MM, inner[1] + WALL_MM, inner[2] + WALL_MM)
    return Box(code, inner, outer, tare, cost, 30_000)


def _units(rng: random.Random, layout: list[Piece]) -> list[Item]:
    weights = [max(1, p.size[0] * p.size[1] * p.size[2] * rng.randint(100, 600) // 1_000_000)
               for p in layout]
    total = sum(weights)
    if total > 12_000:  # keep the order inside every service's weight classes
        weights = [max(1, w * 12_000 // total) for w in weights]
    upright = [rng.random() < 0.2 for _ in layout]
    units = []
    for n, piece in enumerate(layout):
        # Fragile only where nothing heavier lies above it in the block: the layout stays valid.
        above = [m for m, q in enumerate(layout) if q.at[2] >= piece.at[2] + piece.size[2]
                 and _overlap(piece, q)]
        fragile = rng.random() < 0.3 and all(weights[m] <= weights[n] for m in above)
        a, b, h = piece.size
        if upright[n]:
            dims = (b, a, h) if rng.random() < 0.5 else (a, b, h)
        else:
            shuffled = [a, b, h]
            rng.shuffle(shuffled)
            dims = (shuffled[0], shuffled[1], shuffled[2])
        units.append(Item(f"P{n}", dims, weights[n], upright[n], fragile))
    return _share_skus(units)


def _share_skus(units: list[Item]) -> list[Item]:
    """Identical units (equal halves) share one sku, as units of one order line do."""
    names: dict[tuple[object, ...], str] = {}
    out = []
    for u in units:
        key = (tuple(sorted(u.dims_mm)) if not u.this_side_up else u.dims_mm, u.weight_g,
               u.this_side_up, u.fragile)
        name = names.setdefault(key, u.sku)
        out.append(Item(name, u.dims_mm, u.weight_g, u.this_side_up, u.fragile))
    return out


def _overlap(p: Piece, q: Piece) -> bool:
    return all(p.at[a] < q.at[a] + q.size[a] and q.at[a] < p.at[a] + p.size[a] for a in (0, 1))


def generate(seed: int, pieces: int, *, step: int = 1, block_mm: tuple[int, int] = (120, 400),
             ) -> CutBlock:
    """One instance; retried with the next seed until its construction holds."""
    for attempt in range(1000):
        found = _try(random.Random(seed * 1000 + attempt), seed, pieces, step, block_mm)
        if found is not None:
            return found
    raise RuntimeError(f"no cut-block instance for seed {seed}")


def _try(rng: random.Random, seed: int, pieces: int, step: int,
         block_mm: tuple[int, int]) -> CutBlock | None:
    low, high = block_mm
    block = tuple(rng.randrange(low, high + 1, step) for _ in range(3))
    layout = cut(rng, (block[0], block[1], block[2]), pieces, step)
    if len(layout) != pieces:
        return None
    units = _units(rng, layout)
    inner = (_slack(block[0], step), _slack(block[1], step), _slack(block[2], step))
    price = rng.randint(60, 160)
    exact = _box("EXACT", inner, price, tare=inner[0] * inner[1] // 400)
    boxes = [exact, *_smaller(rng, units, inner, price, step),
             *_bigger(rng, inner, price, step)]
    weight = sum(u.weight_g for u in units)
    shipped = shipped_cost(exact, exact.tare_g + weight)
    if shipped is None:
        return None
    cheapest = min(c for b in boxes if (c := shipped_cost(b, b.tare_g + 1)) is not None)
    if 2 * cheapest <= shipped or 2 * min(b.cost_yen for b in boxes) <= price:
        return None  # a split could tie or win: not the instance this generator promises
    rng.shuffle(boxes)
    return CutBlock(seed, tuple(units), tuple(boxes), exact, tuple(layout), price, shipped)


def _smaller(rng: random.Random, units: list[Item], inner: Dims, price: int,
             step: int) -> list[Box]:
    """Cheaper boxes with less room than the units take: one or two axes cut short."""
    need = sum(u.dims_mm[0] * u.dims_mm[1] * u.dims_mm[2] for u in units)
    out = []
    for n in range(rng.randint(1, 3)):
        for _ in range(100):
            dims = [max(step, d * rng.randint(55, 100) // 100 // step * step) for d in inner]
            if dims[0] * dims[1] * dims[2] < need:
                break
        else:
            continue
        rng.shuffle(dims)
        cost = rng.randint(price // 2 + 1, price - 1)
        out.append(_box(f"SMALL{n}", (dims[0], dims[1], dims[2]), cost,
                        tare=dims[0] * dims[1] // 400))
    return out


def _bigger(rng: random.Random, inner: Dims, price: int, step: int) -> list[Box]:
    """Dearer boxes, at least the exact box along every axis (in the same order)."""
    out = []
    for n in range(rng.randint(1, 3)):
        dims = tuple(d + rng.randrange(0, d // 3 + step, step) for d in inner)
        cost = rng.randint(price + 1, 2 * price)
        out.append(_box(f"BIG{n}", (dims[0], dims[1], dims[2]), cost,
                        tare=dims[0] * dims[1] // 400 + 10))
    return out


def instances(count: int, pieces: tuple[int, int] = (5, 8), *, seed: int = 18,
              step: int = 1, block_mm: tuple[int, int] = (120, 400)) -> list[CutBlock]:
    """``count`` instances, piece counts cycling through the range."""
    low, high = pieces
    return [generate(seed * 100_000 + n, low + n % (high - low + 1), step=step,
                     block_mm=block_mm) for n in range(count)]
