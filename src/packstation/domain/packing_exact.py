"""Deciding for sure whether a few units fit one box: cheap bounds, then a complete search.

``try_box`` is what the order-level search calls: size and volume checks, the extreme-point
heuristic (fast, usually right), and when it fails, for up to ``EXACT_MAX_UNITS`` units: the
dual-feasible-function bound, straight-cut layouts (``packing_guillotine``: units cut from
one block), two or three units that cannot share the box, and last the complete grid search.
So a cheap box is never given up for a layout the heuristic merely missed, and the caller
knows whether a "does not fit" is proven (the search behind ``cartonize`` then says whether
its answer is the proven optimum). Above that many units only straight cuts are tried, with
a small budget, and a "no" is never proven.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations, product
from math import gcd, prod

from packstation.domain.packing3d import (
    Dims,
    Load,
    Spot,
    clash,
    fits_alone,
    heuristic_pack,
    orientations,
    settle,
)
from packstation.domain.packing_guillotine import guillotine_pack

EXACT_MAX_UNITS = 8  # above this the exact search explodes; the heuristic alone decides
EXACT_BUDGET = 200_000  # position tests (~20 ms) before giving up, answering "does not fit"
_FULL_GRID_CELLS = 4_096  # coarse enough to try every multiple of the common step
_MAX_CELLS = 32_768  # finer grids make the exact search too slow to be worth starting
_MAX_LINES = 64  # per axis
_GUILLOTINE_BIG_BUDGET = 40_000  # above EXACT_MAX_UNITS: a few ms per box at most


def pack_box(loads: Sequence[Load], inner: Dims, exact_budget: int = EXACT_BUDGET,
             ) -> list[Spot] | None:
    """Every load in one box, or None. Weight limits are the caller's: they need no geometry."""
    return try_box(loads, inner, exact_budget)[0]


def try_box(loads: Sequence[Load], inner: Dims, exact_budget: int = EXACT_BUDGET,
            ) -> tuple[list[Spot] | None, bool]:
    """(layout or None, whether a None is proven): a bound or a complete search said no, as
    opposed to every method giving up (too many units, too fine a grid, out of budget)."""
    if sum(u.volume for u in loads) > prod(inner):
        return None, True
    if not all(fits_alone(u, inner) for u in loads):
        return None, True
    found = heuristic_pack(loads, inner)
    if found is not None:
        return settle(found), True
    if len(loads) > EXACT_MAX_UNITS:
        # Too many for a proof; a straight-cut layout may still be found at a bounded cost.
        found = guillotine_pack(loads, inner, _GUILLOTINE_BIG_BUDGET)
        return (settle(found), True) if found is not None else (None, False)
    if dff_rules_out(loads, inner):
        return None, True
    found = guillotine_pack(loads, inner)
    if found is not None:
        return settle(found), True
    if _some_few_never_fit(loads, inner, exact_budget):
        return None, True
    found, sure = exact_search(loads, inner, exact_budget)
    return (settle(found) if found is not None else None), sure


def _some_few_never_fit(loads: Sequence[Load], inner: Dims, budget: int) -> bool:
    """Two or three units that cannot share the box prove the whole load cannot: small
    searches that settle what the big one would find only after trying every place for
    the others."""
    seen: set[tuple[str, ...]] = set()
    for size in (2, 3):
        for few in combinations(loads, size):
            key = tuple(sorted(repr(u.kind) for u in few))
            if key in seen or len(few) == len(loads):
                continue
            seen.add(key)
            if heuristic_pack(few, inner) is None and exact_search(few, inner,
                                                                   budget) == (None, True):
                return True
    return False


# Dual feasible functions (Fekete & Schepers 2004), u^(k)(x) = x if (k+1)x is whole, else
# floor((k+1)x)/k, with k = 0 meaning plain x. Any layout keeps the sum over units of the
# product of the three axes' values <= 1, so a load whose transformed volume exceeds that
# cannot fit, whatever the orientations: this proves most "almost fits" cases hopeless at
# once, where the search would have to try every position first.
def _dff(k: int, e: int, w: int) -> int:
    """u^(k)(e / w) as a numerator over k * w (over w when k == 0)."""
    if k == 0 or (k + 1) * e % w == 0:
        return e * max(k, 1)
    return ((k + 1) * e // w) * w


def dff_rules_out(loads: Sequence[Load], inner: Dims) -> bool:
    """True when a dual-feasible-function volume bound proves the loads cannot fit."""
    shapes = [orientations(u.dims, u.upright) for u in loads]
    extents = [{o[a] for shape in shapes for o in shape} for a in range(3)]
    values = [[{e: _dff(k, e, inner[a]) for e in extents[a]} for k in range(4)]
              for a in range(3)]
    for kx, ky, kz in product(range(4), repeat=3):
        fx, fy, fz = values[0][kx], values[1][ky], values[2][kz]
        total = sum(min(fx[o[0]] * fy[o[1]] * fz[o[2]] for o in shape) for shape in shapes)
        capacity = max(kx, 1) * max(ky, 1) * max(kz, 1) * prod(inner)
        if total > capacity:
            return True
    return False


class _OutOfBudget(Exception):
    pass


def _axis_lines(extents: list[tuple[int, ...]], size: int) -> list[int] | None:
    """Every sum of unit extents that stays inside ``size``: where a pushed unit may start."""
    sums = {0}
    for options in extents:
        sums |= {s + e for s in sums for e in options if s + e <= size}
        if len(sums) > _MAX_LINES:
            return None
    return sorted(sums | {size})


def _grid(loads: Sequence[Load], inner: Dims) -> list[list[int]] | None:
    step = 0
    for load in loads:
        for d in load.dims:
            step = gcd(step, d)
    for d in inner:
        step = gcd(step, d)
    if prod(d // step for d in inner) <= _FULL_GRID_CELLS:
        # Every multiple of the common step: complete for every layout on that step,
        # including those the fragile rule needs where pushed-tight layouts break it.
        return [list(range(0, d + 1, step)) for d in inner]
    lines: list[list[int]] = []
    turns = [[o for o in orientations(u.dims, u.upright)
              if all(e <= s for e, s in zip(o, inner, strict=True))] for u in loads]
    for axis in range(3):
        extents = [tuple({o[axis] for o in t}) for t in turns]
        shortest = sorted(min(e) for e in extents)
        if len(shortest) > 1 and shortest[0] + shortest[1] > inner[axis]:
            # No two units pass each other along this axis, so they stand side by side
            # across it and every one may start at 0 (footprints stay apart, nothing that
            # lay above another stops doing so): a 2D problem, not a 3D one.
            lines.append(sorted({0, inner[axis], *(e for t in extents for e in t)}))
            continue
        axis_lines = _axis_lines(extents, inner[axis])
        if axis_lines is None:
            return None
        lines.append(axis_lines)
    return lines


def exact_pack(loads: Sequence[Load], inner: Dims, budget: int = EXACT_BUDGET,
               ) -> list[Spot] | None:
    """Complete search over every grid position of every unit; None if nothing fits."""
    return exact_search(loads, inner, budget)[0]


def exact_search(loads: Sequence[Load], inner: Dims, budget: int = EXACT_BUDGET,
                 ) -> tuple[list[Spot] | None, bool]:
    """Complete search over every grid position of every unit: (layout, True), (None, True)
    when no layout exists, (None, False) when it gave up or its grid may miss layouts.

    Units go in most-constrained-first order (fewest positions), each at any position that
    is free and breaks no rule; interchangeable units take increasing positions only, so no
    layout is tried twice. Gives up after ``budget`` position tests. Positions are the sums
    of unit sizes (every layout pushed to the low corner has its units there), or every
    multiple of the common step; pushing a layout may break the fragile rule, so with fragile
    units only the second kind of grid proves a "no".
    """
    grid = _grid(loads, inner)
    if grid is None or prod(len(axis) - 1 for axis in grid) > _MAX_CELLS:
        return None, False
    search = _PositionSearch(loads, grid, budget)
    try:
        found = search.run(0, 0, 0)
    except _OutOfBudget:
        return None, False
    if found:
        return search.spots, True
    if _even(grid) or not any(u.fragile for u in loads):
        return None, True
    # Pushed to the low corner a layout may break the fragile rule, so this grid proves a
    # "no" only for the units without that rule: when even those do not fit, nothing does.
    plain = [Load(u.uid, u.dims, u.weight_g, u.upright) for u in loads]
    try:
        return None, not _PositionSearch(plain, grid, search.budget).run(0, 0, 0)
    except _OutOfBudget:
        return None, False


def _even(grid: list[list[int]]) -> bool:
    """Every multiple of one step, as opposed to only the sums of unit sizes."""
    return all(len(axis) == axis[-1] // axis[1] + 1 for axis in grid)


# One way to put a unit: the cells it covers (a bit per grid cell) and the spot it makes.
_Option = tuple[int, Spot]


class _PositionSearch:
    def __init__(self, loads: Sequence[Load], grid: list[list[int]], budget: int) -> None:
        self.grid = grid
        self.index = [{v: i for i, v in enumerate(axis)} for axis in grid]
        self.shape = tuple(len(axis) - 1 for axis in grid)
        kinds: dict[tuple[object, ...], list[Load]] = {}
        for load in sorted(loads, key=lambda u: u.uid):
            kinds.setdefault(load.kind, []).append(load)
        options = {k: self._options(group[0]) for k, group in kinds.items()}
        order = sorted(kinds, key=lambda k: (len(options[k]), -_group_volume(kinds[k])))
        single = [k for k in order if len(kinds[k]) == 1]  # identical units break symmetry
        if single and _even(grid):
            options[single[0]] = self._mirror_half(options[single[0]], loads)
        # (options, load, same kind as the unit before) per unit, in search order
        self.units = [(options[k], load, n > 0) for k in order for n, load in enumerate(kinds[k])]
        self.any_fragile = any(u.fragile for u in loads)
        self.spots: list[Spot] = []
        self.budget = budget

    def _options(self, load: Load) -> list[_Option]:
        out: list[_Option] = []
        for size in orientations(load.dims, load.upright):
            per_axis = [self._spans(a, size[a]) for a in range(3)]
            for (x, fx), (y, fy), (z, fz) in product(*per_axis):
                spot = (x, y, z, *size, load.weight_g, load.fragile, load.uid)
                out.append((fx * fy * fz, spot))
        # Low, back, left first: layouts that exist are found after few tries.
        return sorted(out, key=lambda o: (o[1][2], o[1][1], o[1][0], o[1][3:6]))

    def _spans(self, axis: int, extent: int) -> list[tuple[int, int]]:
        """(start, bit factor) for each grid line a unit of this extent may start on.

        Cell (i, j, k) is bit i + nx * (j + ny * k), so a block's bits are the product of
        one factor per axis: a run of ones for x, ones spaced nx apart for y, nx * ny apart
        for z. Products of these never carry, and build a mask in three multiplications."""
        lines, index = self.grid[axis], self.index[axis]
        stride = (1, self.shape[0], self.shape[0] * self.shape[1])[axis]
        out = []
        for i, start in enumerate(lines):
            j = index.get(start + extent)
            if j is not None:
                out.append((start, sum(1 << (stride * k) for k in range(i, j))))
        return out

    def _mirror_half(self, options: list[_Option], loads: Sequence[Load]) -> list[_Option]:
        """Mirroring a layout keeps it valid, so the first unit may stay in the lower half.

        Only on an evenly spaced grid, where a mirrored position is a grid position too; not
        along z with fragile units, whose rule has an up and a down."""
        axes = (0, 1) if any(u.fragile for u in loads) else (0, 1, 2)
        size = [axis[-1] for axis in self.grid]
        return [o for o in options if all(2 * o[1][a] + o[1][a + 3] <= size[a] for a in axes)]

    def run(self, i: int, taken: int, first: int) -> bool:
        if i == len(self.units):
            return True
        options, load, _ = self.units[i]
        for j in range(first, len(options)):
            mask, spot = options[j]
            self.budget -= 1
            if mask & taken:
                continue
            if self.budget < 0:
                raise _OutOfBudget
            if self.any_fragile and clash(self.spots, spot):
                continue
            self.spots.append((*spot[:8], load.uid))
            # An interchangeable next unit only takes later positions: each layout once.
            again = i + 1 < len(self.units) and self.units[i + 1][2]
            if self.run(i + 1, taken | mask, j + 1 if again else 0):
                return True
            self.spots.pop()
        return False


def _group_volume(group: Sequence[Load]) -> int:
    return sum(u.volume for u in group)
