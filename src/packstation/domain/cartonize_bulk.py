"""Large orders (hundreds to thousands of units): a fast plan instead of the search.

The search of ``cartonize_search`` re-packs the remaining units for every package it opens,
which grows with units × packages: 2,000 units took 24 s and 10,000 did not finish. Orders
that large are wholesale ones of few kinds with many units each, so here:

1. Each kind fills whole boxes as a grid (every unit turned the same way; this-side-up units
   keep their height vertical), in the box with the lowest price per unit; units of one kind
   weigh the same, so no fragile unit has a heavier one above it.
2. What is left of each kind (less than one box) becomes one *block*: the first cells of that
   grid. Blocks are packed into boxes by the extreme-point heuristic, block by block, with the
   fragile rule checked on the blocks' footprints (stricter than per unit).
3. Each mixed box is then made the cheapest box type its blocks fit in.

Every layout is valid by construction (``package_problems`` finds nothing), but not the
cheapest possible: the exact search stays for orders up to ``BULK_UNITS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import permutations

from packstation.domain.packing3d import Dims, Load, Spot, _ExtremePointBin, orientations, settle

BULK_UNITS = 200  # above this many units the fast plan; up to it the search
OPEN_BINS = 8  # a block is tried in the last few boxes opened, not all: time stays linear


@dataclass(frozen=True)
class _Block:
    kind: int
    count: int
    unit: Dims  # the unit's size as it lies in the grid
    cells: Dims  # units along x, y, z
    weight_g: int  # one unit's
    upright: bool
    fragile: bool

    @property
    def dims(self) -> Dims:
        return (self.unit[0] * self.cells[0], self.unit[1] * self.cells[1],
                self.unit[2] * self.cells[2])


@dataclass(frozen=True)
class BulkPackage:
    box: int
    cost: int
    spots: tuple[Spot, ...]
    counts: tuple[int, ...]


def bulk_plan(kinds: Sequence[Sequence[Load]], boxes: Sequence[tuple[Dims, int, int]],
              cost: Callable[[int, int], int | None]) -> list[BulkPackage] | None:
    """Packages for every unit (``kinds``: units grouped by kind; ``boxes``: inner, tare,
    max gross weight; ``cost(box, gross)``: a package's price or None). None when some
    kind fits no box that can be sent."""
    packages: list[BulkPackage] = []
    blocks: list[_Block] = []
    for k, group in enumerate(kinds):
        best = _best_grid(group[0], boxes, cost)
        if best is None:
            return None
        _, per_box, _, unit, grid = best
        left = len(group)
        layer = min(per_box, grid[0] * grid[1])  # blocks of one layer: slabs stack and
        while left:                                # fill what a whole grid would leave empty
            n = min(left, layer)
            blocks.append(_Block(k, n, unit, _block_cells(n, grid), group[0].weight_g,
                                 group[0].upright, group[0].fragile))
            left -= n
    mixed = _pack_blocks(blocks, [g[0].uid for g in kinds], len(kinds), boxes, cost)
    return None if mixed is None else packages + mixed


def _best_grid(load: Load, boxes: Sequence[tuple[Dims, int, int]],
               cost: Callable[[int, int], int | None],
               ) -> tuple[int, int, int, Dims, Dims] | None:
    """(box, units per box, price, unit size, grid) with the lowest price per unit."""
    best: tuple[tuple[float, int], tuple[int, int, int, Dims, Dims]] | None = None
    for b, (inner, tare, max_gross) in enumerate(boxes):
        grids = [((inner[0] // o[0], inner[1] // o[1], inner[2] // o[2]), o)
                 for o in orientations(load.dims, load.upright)]
        grid, unit = max(grids, key=lambda g: (g[0][0] * g[0][1] * g[0][2], g[1]))
        room = min(grid[0] * grid[1] * grid[2], (max_gross - tare) // max(load.weight_g, 1))
        n = _most_sendable(b, tare, load.weight_g, room, cost)
        if n:
            price = cost(b, tare + n * load.weight_g)
            assert price is not None
            key = (price / n, b)
            if best is None or key < best[0]:
                best = (key, (b, n, price, unit, grid))
    return best[1] if best else None


def _most_sendable(b: int, tare: int, weight: int, room: int,
                   cost: Callable[[int, int], int | None]) -> int:
    """The most units (≤ room) whose package some service takes (prices rise with weight)."""
    low, high = 0, room
    while low < high:
        mid = (low + high + 1) // 2
        if cost(b, tare + mid * weight) is not None:
            low = mid
        else:
            high = mid - 1
    return low


def _block_cells(count: int, grid: Dims) -> Dims:
    """The smallest part of the grid holding ``count`` units: a row, a layer, then layers."""
    gx, gy, _ = grid
    if count <= gx:
        return (count, 1, 1)
    if count <= gx * gy:
        return (gx, -(-count // gx), 1)
    return (gx, gy, -(-count // (gx * gy)))


def _expand(block: _Block, at: Dims, placed: Dims, uid: int, count: int) -> tuple[Spot, ...]:
    """The block's units as spots, bottom layer first; the block may lie turned about."""
    order = _turn(block, placed)
    unit = tuple(block.unit[a] for a in order)
    spots = []
    for n in range(count):
        # Cell n in the block's own axes (x fastest, then y, then z), then turned.
        own = (n % block.cells[0], n // block.cells[0] % block.cells[1],
               n // (block.cells[0] * block.cells[1]))
        i, j, k = (own[a] for a in order)
        spots.append((at[0] + i * unit[0], at[1] + j * unit[1], at[2] + k * unit[2],
                      unit[0], unit[1], unit[2], block.weight_g, block.fragile, uid))
    return tuple(spots)


def _turn(block: _Block, placed: Dims) -> tuple[int, int, int]:
    """Which of the block's axes lies along x, y and z as placed (height kept if upright)."""
    dims = block.dims
    for order in permutations(range(3)):
        if tuple(dims[a] for a in order) == placed and (not block.upright or order[2] == 2):
            return order  # type: ignore[return-value]
    raise AssertionError("a placed block is a turn of itself")


_Bin = tuple[int, int, _ExtremePointBin, list[_Block]]  # box, price, layout, blocks


def _pack_blocks(blocks: list[_Block], uids: list[int], kinds: int,
                 boxes: Sequence[tuple[Dims, int, int]],
                 cost: Callable[[int, int], int | None]) -> list[BulkPackage] | None:
    """The blocks packed in a few orders (each wins on some orders); the cheapest result."""
    best: list[_Bin] | None = None
    for key in _BLOCK_ORDERS:
        found = _first_fit(sorted(blocks, key=key), boxes, cost)
        if found is not None and (best is None or _total(found) < _total(best)):
            best = found
    if best is None:
        return None
    return [_package(found, uids, kinds) for found in best]


_BLOCK_ORDERS: tuple[Callable[[_Block], tuple[int, ...]], ...] = (
    lambda bl: (-_volume(bl.dims), bl.kind),
    lambda bl: (-bl.dims[0] * bl.dims[1], -bl.dims[2], bl.kind),  # widest footprint first
    lambda bl: (-max(bl.dims), -_volume(bl.dims), bl.kind),
    lambda bl: (bl.fragile, -bl.weight_g, -_volume(bl.dims), bl.kind),  # heavy low
)


def _total(bins: list[_Bin]) -> tuple[int, int]:
    return sum(price for _, price, _, _ in bins), len(bins)


def _first_fit(blocks: list[_Block], boxes: Sequence[tuple[Dims, int, int]],
               cost: Callable[[int, int], int | None]) -> list[_Bin] | None:
    """Each block into one of the last boxes opened where it fits, else a new box of the type
    that is cheapest per volume when full; then each box shrunk to the cheapest type."""
    by_value = sorted(range(len(boxes)), key=lambda b: (
        (cost(b, boxes[b][2]) or cost(b, boxes[b][1]) or 10**9) / _volume(boxes[b][0]), b))
    bins: list[tuple[int, _ExtremePointBin, list[_Block], int]] = []  # box, bin, blocks, grams
    for block in blocks:
        grams = block.count * block.weight_g
        for n in range(max(0, len(bins) - OPEN_BINS), len(bins)):
            b, ep, held, load = bins[n]
            if load + grams + boxes[b][1] <= boxes[b][2] and \
                    cost(b, boxes[b][1] + load + grams) is not None and ep.insert(_load(block)):
                held.append(block)
                bins[n] = (b, ep, held, load + grams)
                break
        else:
            for b in by_value:
                ep = _ExtremePointBin(boxes[b][0])
                if grams + boxes[b][1] <= boxes[b][2] and \
                        cost(b, boxes[b][1] + grams) is not None and ep.insert(_load(block)):
                    bins.append((b, ep, [block], grams))
                    break
            else:
                return None
    return [_cheapest(held, (b, ep, grams), boxes, cost) for b, ep, held, grams in bins]


def _cheapest(held: list[_Block], packed: tuple[int, _ExtremePointBin, int],
              boxes: Sequence[tuple[Dims, int, int]],
              cost: Callable[[int, int], int | None]) -> _Bin:
    b, ep, grams = packed  # the box type the blocks went in, their layout and weight
    options = sorted((price, c) for c, (_, tare, top) in enumerate(boxes)
                     if grams + tare <= top and (price := cost(c, tare + grams)) is not None)
    for price, c in options:
        trial = ep if c == b else _ExtremePointBin(boxes[c][0])
        if c == b or all(trial.insert(_load(bl)) for bl in
                         sorted(held, key=lambda bl: (-_volume(bl.dims), bl.kind))):
            return c, price, trial, held
    raise AssertionError("the box the blocks were packed in holds them")


def _package(found: _Bin, uids: list[int], kinds: int) -> BulkPackage:
    box, price, ep, held = found
    by_uid = {id(bl): bl for bl in held}
    spots: list[Spot] = []
    for s in ep.spots:
        block = by_uid[s[8]]
        spots.extend(_expand(block, s[:3], s[3:6], uids[block.kind], block.count))
    counts = [0] * kinds
    for bl in held:
        counts[bl.kind] += bl.count
    return BulkPackage(box, price, tuple(settle(spots)), tuple(counts))


def _load(block: _Block) -> Load:
    # The block as one load: its uid finds it again; weight and flags are one unit's, which
    # is what the fragile rule compares (every unit of a block weighs the same).
    return Load(id(block), block.dims, block.weight_g, block.upright, block.fragile)


def _volume(d: Dims) -> int:
    return d[0] * d[1] * d[2]
