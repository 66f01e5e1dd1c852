"""Packing the units of one package into one box: the shared rules and the fast heuristic.

Works on plain tuples, not on the public dataclasses of ``cartonize``: the inner loops run
thousands of times per order and attribute look-ups on frozen dataclasses cost real time.

Rules every layout obeys (the heuristic and ``packing_exact`` share ``clash``):
- items lie inside the inner dimensions and never overlap;
- a ``upright`` (this side up) unit only turns about the vertical axis: its height stays z;
- nothing heavier lies anywhere above a fragile unit (footprints overlapping, higher up):
  crushing travels through whatever is in between, so "directly on top" is not enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from math import prod

Dims = tuple[int, int, int]
# A placed unit: x, y, z, size x, size y, size z, weight g, fragile, uid.
Spot = tuple[int, int, int, int, int, int, int, bool, int]



@dataclass(frozen=True, slots=True)
class Load:
    """One unit to place. ``uid`` ties the placement back to the caller's unit."""

    uid: int
    dims: Dims
    weight_g: int
    upright: bool = False
    fragile: bool = False

    @property
    def volume(self) -> int:
        return self.dims[0] * self.dims[1] * self.dims[2]

    @property
    def kind(self) -> tuple[object, ...]:
        """Units of one kind are interchangeable, so the searches try only one of them."""
        if self.upright:
            flat = tuple(sorted(self.dims[:2]))
            return (flat, self.dims[2], True, self.fragile, self.weight_g)
        return (tuple(sorted(self.dims)), 0, False, self.fragile, self.weight_g)


@lru_cache(maxsize=4096)
def orientations(dims: Dims, upright: bool) -> tuple[Dims, ...]:
    """Distinct (x, y, z) sizes a unit may take; this-side-up keeps its height vertical."""
    if upright:
        a, b, h = dims
        return tuple(dict.fromkeys([(a, b, h), (b, a, h)]))
    return tuple(dict.fromkeys(permutations(dims)))  # type: ignore[arg-type]


def fits_alone(load: Load, inner: Dims) -> bool:
    return any(dx <= inner[0] and dy <= inner[1] and dz <= inner[2]
               for dx, dy, dz in orientations(load.dims, load.upright))


def clash(spots: Iterable[Spot], cand: Spot) -> bool:
    """True when the candidate overlaps a placed unit or breaks the fragile rule with it."""
    x, y, z, dx, dy, dz, weight, fragile, _ = cand
    for sx, sy, sz, sdx, sdy, sdz, sweight, sfragile, _ in spots:
        if x < sx + sdx and sx < x + dx and y < sy + sdy and sy < y + dy:
            if z < sz + sdz and sz < z + dz:
                return True
            if sz >= z + dz:  # the placed unit is above the candidate
                if fragile and sweight > weight:
                    return True
            elif sfragile and weight > sweight:
                return True
    return False


class _ExtremePointBin:
    """Greedy insertion at extreme points (Crainic, Perboli & Tadei 2008)."""

    def __init__(self, inner: Dims) -> None:
        self.inner = inner
        self.spots: list[Spot] = []
        self.points: list[tuple[int, int, int]] = [(0, 0, 0)]  # (z, y, x): lowest, back, left

    def insert(self, load: Load) -> bool:
        size_x, size_y, size_z = self.inner
        sizes = orientations(load.dims, load.upright)
        for z, y, x in self.points:
            best: tuple[tuple[int, int, int], Spot] | None = None
            for dx, dy, dz in sizes:
                if x + dx > size_x or y + dy > size_y or z + dz > size_z:
                    continue
                cand = (x, y, z, dx, dy, dz, load.weight_g, load.fragile, load.uid)
                if clash(self.spots, cand):
                    continue
                key = (z + dz, y + dy, x + dx)  # keep the pile low and tight
                if best is None or key < best[0]:
                    best = (key, cand)
            if best is not None:
                self._place(best[1])
                return True
        return False

    def _place(self, spot: Spot) -> None:
        self.spots.append(spot)
        x, y, z, dx, dy, dz = spot[:6]
        ex, ey, ez = x + dx, y + dy, z + dz
        fresh = {(z, y, ex), (z, ey, x), (ez, y, x),
                 (z, self._drop_y(ex, y, z), ex), (self._drop_z(ex, y, z), y, ex),
                 (z, ey, self._drop_x(x, ey, z)), (self._drop_z(x, ey, z), ey, x),
                 (ez, y, self._drop_x(x, y, ez)), (ez, self._drop_y(x, y, ez), x)}
        size_x, size_y, size_z = self.inner
        kept = [p for p in self.points if not self._inside(spot, p)]
        kept.extend(p for p in fresh if p[2] < size_x and p[1] < size_y and p[0] < size_z
                    and not any(self._inside(s, p) for s in self.spots))
        self.points = sorted(set(kept))

    @staticmethod
    def _inside(s: Spot, p: tuple[int, int, int]) -> bool:
        z, y, x = p
        return s[0] <= x < s[0] + s[3] and s[1] <= y < s[1] + s[4] and s[2] <= z < s[2] + s[5]

    # Projections slide a new corner point back along one axis until it meets a unit or a wall,
    # so points also appear in the pockets a plain corner-point scheme never offers.
    def _drop_x(self, x: int, y: int, z: int) -> int:
        return max((s[0] + s[3] for s in self.spots if s[0] + s[3] <= x
                    and s[1] <= y < s[1] + s[4] and s[2] <= z < s[2] + s[5]), default=0)

    def _drop_y(self, x: int, y: int, z: int) -> int:
        return max((s[1] + s[4] for s in self.spots if s[1] + s[4] <= y
                    and s[0] <= x < s[0] + s[3] and s[2] <= z < s[2] + s[5]), default=0)

    def _drop_z(self, x: int, y: int, z: int) -> int:
        return max((s[2] + s[5] for s in self.spots if s[2] + s[5] <= z
                    and s[0] <= x < s[0] + s[3] and s[1] <= y < s[1] + s[4]), default=0)


# Item orders tried by the heuristic; each one wins on some loads.
_ORDERS = (
    lambda u: (-u.volume, -max(u.dims), u.uid),
    lambda u: (-u.weight_g, -u.volume, u.uid),  # heavy first: fragile units end up on top
    lambda u: (-max(u.dims), -u.volume, u.uid),
    lambda u: (-sorted(u.dims)[1] * max(u.dims), -u.volume, u.uid),  # largest face first
    lambda u: (u.fragile, -min(u.dims), -u.volume, u.uid),
)


def heuristic_pack(loads: Sequence[Load], inner: Dims) -> list[Spot] | None:
    """All loads in one box by extreme points, trying several item orders; None if none works."""
    for order in _ORDERS:
        box = _ExtremePointBin(inner)
        if all(box.insert(load) for load in sorted(loads, key=order)):
            return box.spots
    return None


def fill_box(loads: Sequence[Load], inner: Dims, capacity_g: int) -> list[Spot]:
    """Greedy partial fill in the given order, skipping units that do not fit (for splitting)."""
    box = _ExtremePointBin(inner)
    free = prod(inner)
    failed: set[tuple[object, ...]] = set()  # a kind that failed once will fail again: skip it
    for load in loads:
        if load.weight_g > capacity_g or load.volume > free or load.kind in failed:
            continue
        if box.insert(load):
            capacity_g -= load.weight_g
            free -= load.volume
        else:
            failed.add(load.kind)
    return settle(box.spots)


def settle(spots: Sequence[Spot]) -> list[Spot]:
    """Drop every unit until it rests on the floor or on another unit.

    Keeps the layout valid: a unit only moves down its own column, so what was above or
    below it stays so (the fragile rule holds) and nothing can pass through anything.
    """
    settled: list[Spot] = []
    for s in sorted(spots, key=lambda s: (s[2], s[1], s[0])):
        x, y, _, dx, dy = s[:5]
        floor = max((t[2] + t[5] for t in settled
                     if x < t[0] + t[3] and t[0] < x + dx and y < t[1] + t[4] and t[1] < y + dy),
                    default=0)
        settled.append((x, y, floor, *s[3:]))
    return settled
