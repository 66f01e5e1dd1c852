"""Which units go in which box: the order-level search behind ``cartonize``.

Groups of units are counted by *kind* (units with equal dims, weight and flags are
interchangeable), so an order of 3 × A and 2 × B has 12 groups to price, not 32.

- One box first: a package's cost depends only on the box and the gross weight, so every box's
  cost for the whole order is known before packing; boxes are tried cheapest first.
- A split can only win when the order's cheapest single box costs more than a lower bound on
  any two packages; then small orders get an exact partition search and big ones a greedy fill
  plus repair (rebox every package, merge pairs that are cheaper together).
- Proven or not: the best plan is the proven optimum when the search was exhaustive (no greedy
  or bulk plan) and no package cheaper than it was given up on without proof that its units
  do not fit (``try_box``). Otherwise ``lower_bound_yen`` says how far off it may be.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product

from packstation.domain.cartonize_bound import lower_bound
from packstation.domain.cartonize_bulk import BULK_UNITS, bulk_plan
from packstation.domain.packing3d import Load, Spot, fill_box, fits_alone, settle
from packstation.domain.packing_exact import try_box

SPLIT_EXACT_UNITS = 8  # exact partition search up to this many units (Bell(8) = 4140)

Counts = tuple[int, ...]  # units per kind


@dataclass(frozen=True)
class BoxSpec:
    inner: tuple[int, int, int]
    tare_g: int
    max_weight_g: int

    @property
    def volume(self) -> int:
        return self.inner[0] * self.inner[1] * self.inner[2]


@dataclass(frozen=True)
class Packed:
    """One package of a plan: which box (index into the specs), its cost and its layout."""

    cost: int
    box: int
    spots: tuple[Spot, ...]
    counts: Counts


@dataclass(frozen=True)
class Plan:
    cost: int
    packages: tuple[Packed, ...]

    @property
    def rank(self) -> tuple[int, int, tuple[int, ...]]:
        # cheapest, then fewest boxes (fewer labels, less handling), then cheaper box kinds
        return (self.cost, len(self.packages), tuple(sorted(p.box for p in self.packages)))


class Planner:
    def __init__(self, loads: Sequence[Load], boxes: Sequence[BoxSpec],
                 cost: Callable[[int, int], int | None]) -> None:
        self.boxes = boxes
        self._cost_fn = cost
        self._costs: dict[tuple[int, int], int | None] = {}
        by_kind: dict[tuple[object, ...], list[Load]] = {}
        for load in sorted(loads, key=lambda u: u.uid):
            by_kind.setdefault(load.kind, []).append(load)
        self.kinds = sorted(by_kind.values(), key=lambda g: (-g[0].volume, g[0].uid))
        self.total: Counts = tuple(len(g) for g in self.kinds)
        self._fits = [[fits_alone(g[0], b.inner) for b in boxes] for g in self.kinds]
        self._best: dict[Counts, Packed | None] = {}
        self._bound: dict[Counts, int | None] = {}
        # The cheapest package given up on without proof that its units do not fit: a plan
        # dearer than this is not proven the cheapest.
        self.doubt_yen: int | None = None
        self.heuristic = False  # a greedy or bulk plan, never proven

    # -- pricing and packing one group ------------------------------------------------------
    def cost(self, box: int, gross_g: int) -> int | None:
        key = (box, gross_g)
        if key not in self._costs:
            self._costs[key] = self._cost_fn(box, gross_g)
        return self._costs[key]

    def loads(self, counts: Counts) -> list[Load]:
        return [load for group, n in zip(self.kinds, counts, strict=True) for load in group[:n]]

    def candidates(self, counts: Counts) -> list[tuple[int, int]]:
        """(cost, box) for boxes that pass the checks needing no geometry, cheapest first."""
        weight = sum(g[0].weight_g * n for g, n in zip(self.kinds, counts, strict=True))
        volume = sum(g[0].volume * n for g, n in zip(self.kinds, counts, strict=True))
        out = []
        for b, spec in enumerate(self.boxes):
            if weight + spec.tare_g > spec.max_weight_g or volume > spec.volume:
                continue
            if not all(self._fits[k][b] for k, n in enumerate(counts) if n):
                continue
            price = self.cost(b, spec.tare_g + weight)
            if price is not None:
                out.append((price, b))
        return sorted(out)

    def lower_bound(self, counts: Counts) -> int | None:
        if counts not in self._bound:
            options = self.candidates(counts)
            self._bound[counts] = options[0][0] if options else None
        return self._bound[counts]

    def best_box(self, counts: Counts) -> Packed | None:
        """The cheapest box that really holds the group (memoised: groups recur in searches)."""
        if counts not in self._best:
            self._best[counts] = None
            loads = self.loads(counts)
            for price, b in self.candidates(counts):
                spots = self._try(loads, b, price)
                if spots is not None:
                    self._best[counts] = Packed(price, b, tuple(spots), counts)
                    break
        return self._best[counts]

    def _try(self, loads: list[Load], box: int, price: int) -> list[Spot] | None:
        spots, sure = try_box(loads, self.boxes[box].inner)
        if spots is None and not sure:
            self.doubt_yen = price if self.doubt_yen is None else min(self.doubt_yen, price)
        return spots

    def lower_bound_yen(self) -> int:
        """What no plan can undercut (volume and weight relaxation, cartonize_bound.py)."""
        boxes = [(b.inner, b.tare_g, b.max_weight_g) for b in self.boxes]
        relaxed = lower_bound(self.kinds, boxes, self.cost)
        # Any plan is one package (no cheaper than the cheapest box with room and strength
        # for everything) or several (no cheaper than the split bound).
        one = self.lower_bound(self.total)
        several = self._split_bound() if sum(self.total) > 1 else None
        either = min((b for b in (one, several) if b is not None), default=0)
        return max(relaxed, either)

    def proven(self, plan: Plan) -> bool:
        """Nothing cheaper was given up on without proof, and the search was exhaustive."""
        return not self.heuristic and (self.doubt_yen is None or self.doubt_yen >= plan.cost)

    # -- whole order ------------------------------------------------------------------------
    def plan(self, alternatives: int) -> list[Plan]:
        """The best plan first, then up to ``alternatives`` others using other boxes. Large
        orders get one plan from the fast bulk method (cartonize_bulk.py)."""
        if sum(self.total) > BULK_UNITS:
            self.heuristic = True
            bulk = self._bulk()
            return [self._assign_units(bulk)] if bulk is not None else []
        plans = self._single_boxes(alternatives + 1)
        if sum(self.total) > 1 and (not plans or plans[0].cost > self._split_bound()):
            incumbent = plans[0].cost if plans else None
            split = self._split(incumbent)
            if split is not None:
                plans.append(split)
        return [self._assign_units(p) for p in sorted(plans, key=lambda p: p.rank)]

    def _bulk(self) -> Plan | None:
        boxes = [(b.inner, b.tare_g, b.max_weight_g) for b in self.boxes]
        found = bulk_plan(self.kinds, boxes, self.cost)
        if found is None:
            return None
        packages = tuple(Packed(p.cost, p.box, p.spots, p.counts) for p in found)
        return Plan(sum(p.cost for p in packages), packages)

    def _assign_units(self, plan: Plan) -> Plan:
        """Layouts of memoised groups name representative units: hand out the real ones."""
        pools = [[u.uid for u in reversed(group)] for group in self.kinds]
        kind_of = {u.uid: k for k, group in enumerate(self.kinds) for u in group}
        packages = tuple(
            Packed(pk.cost, pk.box,
                   tuple((*s[:8], pools[kind_of[s[8]]].pop()) for s in pk.spots), pk.counts)
            for pk in plan.packages)
        return Plan(plan.cost, packages)

    def _single_boxes(self, wanted: int) -> list[Plan]:
        found: list[Plan] = []
        loads = self.loads(self.total)
        for price, b in self.candidates(self.total):
            spots = self._try(loads, b, price)
            if spots is not None:
                found.append(Plan(price, (Packed(price, b, tuple(spots), self.total),)))
                if len(found) == wanted:
                    break
        return found

    def _split_bound(self) -> int:
        """No split into two or more packages can cost less than this."""
        singles = []
        for k in range(len(self.kinds)):
            singles.extend([self.lower_bound(_one(k, len(self.kinds))) or 0] * self.total[k])
        singles.sort()
        return singles[-1] + singles[0] if len(singles) > 1 else 0

    def _split(self, incumbent: int | None) -> Plan | None:
        if sum(self.total) <= SPLIT_EXACT_UNITS:
            return _ExactSplit(self, incumbent).run()
        self.heuristic = True
        return _greedy_split(self)


def _one(kind: int, kinds: int) -> Counts:
    """A group of a single unit of one kind."""
    return tuple(int(i == kind) for i in range(kinds))


class _ExactSplit:
    """Optimal partition by dynamic programming over the multiset of remaining units."""

    def __init__(self, planner: Planner, incumbent: int | None) -> None:
        self.p = planner
        self.incumbent = incumbent
        self.memo: dict[Counts, Plan | None] = {}

    def run(self) -> Plan | None:
        return self.best(self.p.total)

    def best(self, counts: Counts) -> Plan | None:
        if not any(counts):
            return Plan(0, ())
        if counts in self.memo:
            return self.memo[counts]
        first = next(k for k, n in enumerate(counts) if n)
        best: Plan | None = None
        for sub in self._subgroups(counts, first):
            rest = tuple(n - s for n, s in zip(counts, sub, strict=True))
            if self._hopeless(sub, rest):
                continue
            packed = self.p.best_box(sub)
            tail = self.best(rest) if packed is not None else None
            if packed is None or tail is None:
                continue
            plan = Plan(packed.cost + tail.cost, (packed, *tail.packages))
            if best is None or plan.rank < best.rank:
                best = plan
        self.memo[counts] = best
        return best

    @staticmethod
    def _subgroups(counts: Counts, first: int) -> list[Counts]:
        """Groups holding one unit of the first remaining kind: every partition has one."""
        ranges = [range(1 if k == first else 0, n + 1) for k, n in enumerate(counts)]
        return sorted(product(*ranges), key=lambda s: -sum(s))  # big groups first

    def _hopeless(self, sub: Counts, rest: Counts) -> bool:
        """Cheap bounds say this group cannot beat the best single box (or fit at all)."""
        here = self.p.lower_bound(sub)
        if here is None:
            return True
        # The rest needs at least one more package, as dear as its dearest unit alone.
        there = max((self.p.lower_bound(_one(k, len(rest))) or 0
                     for k, n in enumerate(rest) if n), default=0)
        # Strictly greater only: the bound ignores the prefix, so memoised results stay exact.
        return self.incumbent is not None and here + there > self.incumbent


def _greedy_split(p: Planner) -> Plan | None:
    """Fill the box with the lowest cost per packed volume, repeat; then repair the packages."""
    remaining = sorted(p.loads(p.total), key=lambda u: (-u.volume, -u.weight_g, u.uid))
    kind_of = {load.uid: k for k, group in enumerate(p.kinds) for load in group}
    packages: list[Packed] = []
    while remaining:
        chosen = _best_fill(p, remaining, kind_of)
        if chosen is None:
            return None
        packages.append(chosen)
        used = {s[8] for s in chosen.spots}
        remaining = [u for u in remaining if u.uid not in used]
    packages = [_rebox(p, pk) for pk in packages]
    packages = _merge_pairs(p, packages)
    return Plan(sum(pk.cost for pk in packages), tuple(packages))


def _best_fill(p: Planner, remaining: list[Load], kind_of: dict[int, int]) -> Packed | None:
    best: tuple[tuple[float, int, int], Packed] | None = None
    for b, spec in enumerate(p.boxes):
        spots = fill_box(remaining, spec.inner, spec.max_weight_g - spec.tare_g)
        price = None
        while spots:
            price = p.cost(b, spec.tare_g + sum(s[6] for s in spots))
            if price is not None:
                break
            spots = settle(spots[:-1])  # too heavy for every service: take the last one out
        if not spots or price is None:
            continue
        volume = sum(s[3] * s[4] * s[5] for s in spots)
        key = (price / volume, -volume, b)
        if best is None or key < best[0]:
            counts = [0] * len(p.kinds)
            for s in spots:
                counts[kind_of[s[8]]] += 1
            best = (key, Packed(price, b, tuple(spots), tuple(counts)))
    return best[1] if best else None


def _rebox(p: Planner, package: Packed) -> Packed:
    cheaper = p.best_box(package.counts)
    return package if cheaper is None or cheaper.cost >= package.cost else cheaper


def _merge_pairs(p: Planner, packages: list[Packed]) -> list[Packed]:
    improved = True
    while improved and len(packages) > 1:
        improved = False
        for i in range(len(packages)):
            for j in range(i + 1, len(packages)):
                a, b = packages[i], packages[j]
                both = tuple(x + y for x, y in zip(a.counts, b.counts, strict=True))
                merged = p.best_box(both)
                if merged is not None and merged.cost < a.cost + b.cost:
                    packages[i] = merged
                    del packages[j]
                    improved = True
                    break
            if improved:
                break
    return packages
