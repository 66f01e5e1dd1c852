"""Layouts made of straight cuts: every group of units as a stack of two smaller stacks.

Units cut from one block (or packed by a person, layer by layer, row by row) lie in a
*guillotine* layout: a plane splits the box into two parts, each part splits again, down to
single units. For a few units every such layout is built bottom-up: for each group of units
(counted by kind, so equal units are not told apart) the Pareto-smallest outer sizes of its
layouts, each made by putting two smaller groups side by side along x, y or z. Unlike the
extreme-point heuristic it tries every guillotine layout (up to ``MAX_SHAPES`` sizes kept per
group and a work budget: neither is reached on cut-block orders of up to 8 units), and unlike
the grid search of ``packing_exact`` it does not care how fine the sizes are (a 2 % slack on
odd millimetres). No group may waste more room than the box has to spare beyond the units'
volume: this is what keeps tight boxes fast.

It only ever *finds* layouts: when it finds none, the units may still fit another way.

Rules kept: this-side-up units keep their height vertical (``orientations``); a group goes
on top of another only when no fragile unit below is lighter than any unit above (stricter
than the per-unit rule: footprints are not compared). Side by side, footprints never meet.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import product
from typing import Any

from packstation.domain.packing3d import Dims, Load, Spot, clash, orientations

MAX_UNITS = 12  # groups of kinds: 2^12 at most, each split 2^11 ways; the budget bounds it
BUDGET = 400_000  # pairs of layouts joined (~0.1 s) before giving up
MAX_SHAPES = 24  # Pareto sizes kept per group; the smallest volumes first
Counts = tuple[int, ...]


# A layout's outer size and how it is made: (x, y, z, kind) for one unit of that kind turned
# to (x, y, z); (x, y, z, axis, first, second) for two layouts one after the other along axis.
# Plain tuples: 8 units join up to some 10^5 pairs; attribute look-ups would cost double.
_Shape = tuple[Any, ...]


class _OutOfBudget(Exception):
    pass


def guillotine_pack(loads: Sequence[Load], inner: Dims, budget: int = BUDGET,
                    ) -> list[Spot] | None:
    """A guillotine layout of every load in the box, or None when none was found."""
    if not loads or len(loads) > MAX_UNITS:
        return None
    try:
        return _first_layout(loads, inner, budget)
    except _OutOfBudget:
        return None


def _first_layout(loads: Sequence[Load], inner: Dims, budget: int) -> list[Spot] | None:
    kinds: dict[tuple[object, ...], list[Load]] = {}
    for load in sorted(loads, key=lambda u: u.uid):
        kinds.setdefault(load.kind, []).append(load)
    groups = list(kinds.values())
    shapes = _Shapes(groups, inner, budget)
    total = tuple(len(g) for g in groups)
    # The whole order needs one layout, not all: stop at the first. Even splits first, as
    # their parts are small groups, quick to build; a roomy box is usually done there.
    for shape in shapes.joins(total, even_first=True):
        spots = _place(shape, [list(g) for g in groups], (0, 0, 0))
        if _valid(spots):
            return spots
    return None


class _Shapes:
    """Pareto-smallest sizes of each group's guillotine layouts that fit the box."""

    def __init__(self, groups: list[list[Load]], inner: Dims, budget: int) -> None:
        self.budget = budget
        self.groups = groups
        self.inner = inner
        self.memo: dict[Counts, list[_Shape]] = {}
        self._weight_memo: dict[Counts, tuple[int, float]] = {}
        self.heaviest = [g[0].weight_g for g in groups]
        self.fragile = [g[0].weight_g if g[0].fragile else None for g in groups]
        self.volumes = [g[0].volume for g in groups]
        # The empty space inside any part lies inside the box too: no part may hold more
        # than the box holds beyond the units' volume (prunes hard when the fit is tight).
        self.slack = inner[0] * inner[1] * inner[2] - sum(
            v * len(g) for v, g in zip(self.volumes, groups, strict=True))

    def of(self, counts: Counts) -> list[_Shape]:
        if counts not in self.memo:
            self.memo[counts] = self._build(counts)
        return self.memo[counts]

    def _build(self, counts: Counts) -> list[_Shape]:
        return _pareto(list(self.joins(counts)))

    def joins(self, counts: Counts, even_first: bool = False) -> Iterator[_Shape]:
        """Every layout of the group made of two layouts of smaller groups (or one unit)."""
        ix, iy, iz = self.inner
        if sum(counts) == 1:
            k = counts.index(1)
            load = self.groups[k][0]
            yield from ((*o, k) for o in orientations(load.dims, load.upright)
                        if o[0] <= ix and o[1] <= iy and o[2] <= iz)
            return
        room = self.slack + sum(v * n for v, n in zip(self.volumes, counts, strict=True))
        first = next(k for k, n in enumerate(counts) if n)
        parts = [p for p in product(*(range(1 if k == first else 0, n + 1)
                                      for k, n in enumerate(counts))) if p != counts]
        if even_first:
            half = sum(counts) / 2
            parts.sort(key=lambda p: abs(sum(p) - half))
        for part in parts:
            rest = tuple(n - p for n, p in zip(counts, part, strict=True))
            (heavy_a, soft_a), (heavy_b, soft_b) = self._weights(part), self._weights(rest)
            a_below, b_below = soft_a >= heavy_b, soft_b >= heavy_a
            shapes_a, shapes_b = self.of(part), self.of(rest)
            self.budget -= len(shapes_a) * len(shapes_b)
            if self.budget < 0:
                raise _OutOfBudget
            for a in shapes_a:
                ax, ay, az = a[0], a[1], a[2]
                for b in shapes_b:
                    bx, by, bz = b[0], b[1], b[2]
                    mx = ax if ax > bx else bx
                    my = ay if ay > by else by
                    mz = az if az > bz else bz
                    if ax + bx <= ix and my <= iy and mz <= iz and (ax + bx) * my * mz <= room:
                        yield (ax + bx, my, mz, 0, a, b)
                    if ay + by <= iy and mx <= ix and mz <= iz and mx * (ay + by) * mz <= room:
                        yield (mx, ay + by, mz, 1, a, b)
                    if az + bz <= iz and mx <= ix and my <= iy and mx * my * (az + bz) <= room:
                        if a_below:
                            yield (mx, my, az + bz, 2, a, b)
                        elif b_below:
                            yield (mx, my, az + bz, 2, b, a)

    def _weights(self, counts: Counts) -> tuple[int, float]:
        """(heaviest unit, lightest fragile unit or infinity): a group may lie on another
        when its lightest fragile unit is no lighter than the other's heaviest unit."""
        found = self._weight_memo.get(counts)
        if found is None:
            inside = [k for k, n in enumerate(counts) if n]
            found = (max(self.heaviest[k] for k in inside),
                     min((w for k in inside if (w := self.fragile[k]) is not None),
                         default=math.inf))
            self._weight_memo[counts] = found
        return found


def _pareto(shapes: list[_Shape]) -> list[_Shape]:
    """Drop every size another one is no bigger than along all three axes."""
    shapes = sorted(shapes, key=lambda s: (s[0] * s[1] * s[2], s[0], s[1], s[2]))
    kept: list[_Shape] = []
    for s in shapes:
        x, y, z = s[0], s[1], s[2]
        if not any(k[0] <= x and k[1] <= y and k[2] <= z for k in kept):
            kept.append(s)
            if len(kept) == MAX_SHAPES:
                break
    return kept


def _place(shape: _Shape, pools: list[list[Load]], at: Dims) -> list[Spot]:
    if len(shape) == 4:
        load = pools[shape[3]].pop()
        return [(at[0], at[1], at[2], shape[0], shape[1], shape[2], load.weight_g,
                 load.fragile, load.uid)]
    axis, first, second = shape[3], shape[4], shape[5]
    shifted = list(at)
    shifted[axis] += first[axis]
    return [*_place(first, pools, at),
            *_place(second, pools, (shifted[0], shifted[1], shifted[2]))]


def _valid(spots: list[Spot]) -> bool:
    """The exact per-unit rules once more: the group rule above is only an approximation."""
    return all(not clash(spots[:n], s) for n, s in enumerate(spots))
