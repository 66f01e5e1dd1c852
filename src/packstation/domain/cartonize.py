"""Cartonization: which boxes an order goes in and where each unit lies in them.

Pure domain code. The caller says what a package costs (box + carrier rate, see
``shipping.plan_shipment``); without that, the box's own cost is minimised. Integer mm, g, yen.

Public entry points: ``cartonize`` (the search), ``expand`` (order lines to units) and
``package_problems`` (checks any layout, ours or another packer's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from packstation.domain.cartonize_search import BoxSpec, Planner
from packstation.domain.packing3d import Load, fits_alone

Dims = tuple[int, int, int]


@dataclass(frozen=True)
class Item:
    """One unit's product data. ``dims_mm`` is (length, width, height): with ``this_side_up``
    the height must stay vertical."""

    sku: str
    dims_mm: Dims
    weight_g: int
    this_side_up: bool = False
    fragile: bool = False


@dataclass(frozen=True)
class Box:
    code: str
    inner_mm: Dims
    outer_mm: Dims
    tare_g: int
    cost_yen: int  # box + void fill + tape: what one use of this box costs the shop
    max_weight_g: int  # gross (tare + contents) the box may carry
    envelope: bool = False  # a mailer / 封筒: some thin services take nothing else


@dataclass(frozen=True)
class Placement:
    sku: str
    position_mm: Dims  # lowest, back, left corner from the box's inner corner
    size_mm: Dims  # extents along x, y, z: a permutation of the item's dims


@dataclass(frozen=True)
class Package:
    box: Box
    placements: tuple[Placement, ...]
    gross_weight_g: int


@dataclass(frozen=True)
class Unpacked:
    sku: str
    reason: str


@dataclass(frozen=True)
class Solution:
    packages: tuple[Package, ...]
    cost_yen: int  # as the package cost function priced it


@dataclass(frozen=True)
class Cartonization:
    solutions: tuple[Solution, ...]  # best first, then alternatives using other boxes
    unpacked: tuple[Unpacked, ...]  # one entry per unit that fits no box
    proven: bool = False  # the best is the cheapest possible (an exhaustive search said so)
    # No packing of the packed units costs less (the best's own cost when proven; 0: unknown)
    bound_yen: int = 0

    @property
    def best(self) -> Solution | None:
        return self.solutions[0] if self.solutions else None


# What one package costs in a box at a gross weight; None when it cannot be sent that way.
# Must not fall as the weight rises (true of every carrier's rate table).
PackageCost = Callable[[Box, int], int | None]


def box_cost_only(box: Box, gross_g: int) -> int | None:
    return box.cost_yen


def expand(lines: Iterable[tuple[Item, int]]) -> list[Item]:
    """Order lines (item, quantity) to one Item per unit."""
    return [item for item, qty in lines for _ in range(qty)]


def cartonize(units: Sequence[Item], boxes: Sequence[Box],
              package_cost: PackageCost = box_cost_only, alternatives: int = 2,
              ) -> Cartonization:
    """Pack one Item per unit into boxes at the lowest total package cost, then fewest boxes.

    Units that fit no box (size, weight, or no way to send any box holding them) are returned
    in ``unpacked`` with a reason; the rest are all placed exactly once.
    """
    ordered = sorted(boxes, key=lambda b: (b.cost_yen, _volume(b.inner_mm), b.code))
    specs = [BoxSpec(b.inner_mm, b.tare_g, b.max_weight_g) for b in ordered]
    loads = [Load(i, u.dims_mm, u.weight_g, u.this_side_up, u.fragile)
             for i, u in enumerate(units)]
    unpacked: list[Unpacked] = []
    packable: list[Load] = []
    reasons: dict[tuple[object, ...], str] = {}  # units of one kind share the answer
    for load in loads:
        if load.kind not in reasons:
            reasons[load.kind] = _unpackable(load, ordered, package_cost)
        reason = reasons[load.kind]
        if reason:
            unpacked.append(Unpacked(units[load.uid].sku, reason))
        else:
            packable.append(load)
    if not packable:
        return Cartonization((), tuple(unpacked))
    planner = Planner(packable, specs, lambda b, gross: package_cost(ordered[b], gross))
    plans = planner.plan(alternatives)
    solutions = []
    for plan in plans:
        packages = tuple(
            Package(ordered[pk.box],
                    tuple(Placement(units[s[8]].sku, (s[0], s[1], s[2]), (s[3], s[4], s[5]))
                          for s in sorted(pk.spots, key=lambda s: (s[2], s[1], s[0]))),
                    ordered[pk.box].tare_g + sum(s[6] for s in pk.spots))
            for pk in plan.packages)
        solutions.append(Solution(packages, plan.cost))
    proven = bool(plans) and planner.proven(plans[0])
    bound = plans[0].cost if proven else planner.lower_bound_yen() if plans else 0
    return Cartonization(tuple(solutions), tuple(unpacked), proven, bound)


def _volume(d: Dims) -> int:
    return d[0] * d[1] * d[2]


def _unpackable(load: Load, boxes: Sequence[Box], cost: PackageCost) -> str:
    """Why this unit fits no box on its own (empty string when some box takes it)."""
    roomy = [b for b in boxes if fits_alone(load, b.inner_mm)]
    if not roomy:
        return _size_reason(load, boxes)
    strong = [b for b in roomy if b.tare_g + load.weight_g <= b.max_weight_g]
    if not strong:
        limit = max(b.max_weight_g - b.tare_g for b in roomy)
        return (f"weight {load.weight_g} g exceeds what any box that fits it may carry "
                f"(at most {limit} g of contents)")
    if all(cost(b, b.tare_g + load.weight_g) is None for b in strong):
        return "no carrier service takes any box that holds it (size or weight over every limit)"
    return ""


def _size_reason(load: Load, boxes: Sequence[Box]) -> str:
    dims = load.dims
    shown = "×".join(str(d) for d in dims)
    if not boxes:
        return "no boxes are defined"
    longest_inner = max(max(b.inner_mm) for b in boxes)
    if max(dims) > longest_inner:
        return (f"longest side {max(dims)} mm exceeds every box "
                f"(longest inner side {longest_inner} mm)")
    if load.upright:
        tallest = max(b.inner_mm[2] for b in boxes)
        if dims[2] > tallest:
            return (f"height {dims[2]} mm (this side up) exceeds every box's inner height "
                    f"(tallest {tallest} mm)")
        return f"{shown} mm kept this side up fits no box's inner dimensions"
    return f"{shown} mm fits no box's inner dimensions in any orientation"


def package_problems(package: Package, items: Mapping[str, Item]) -> list[str]:
    """Everything wrong with one package's layout; empty when it is valid."""
    problems: list[str] = []
    inner = package.box.inner_mm
    for n, p in enumerate(package.placements):
        item = items.get(p.sku)
        where = f"unit {n} ({p.sku})"
        if item is None:
            problems.append(f"{where}: unknown sku")
            continue
        if sorted(p.size_mm) != sorted(item.dims_mm):
            problems.append(f"{where}: size {p.size_mm} is not a turn of {item.dims_mm}")
        elif item.this_side_up and p.size_mm[2] != item.dims_mm[2]:
            problems.append(f"{where}: this side up, but its height is not vertical")
        if any(c < 0 or c + s > lim for c, s, lim in zip(p.position_mm, p.size_mm, inner,
                                                         strict=True)):
            problems.append(f"{where}: outside the box's inner dimensions")
    problems.extend(_pair_problems(package.placements, items))
    contents = sum(items[p.sku].weight_g for p in package.placements if p.sku in items)
    if package.gross_weight_g != package.box.tare_g + contents:
        problems.append(f"gross weight {package.gross_weight_g} g is not tare + contents")
    if package.gross_weight_g > package.box.max_weight_g:
        problems.append(f"gross weight {package.gross_weight_g} g over the box's limit")
    return problems


def _pair_problems(placements: Sequence[Placement], items: Mapping[str, Item]) -> list[str]:
    problems = []
    for i, a in enumerate(placements):
        for j in range(i + 1, len(placements)):
            b = placements[j]
            apart = [a.position_mm[k] + a.size_mm[k] <= b.position_mm[k]
                     or b.position_mm[k] + b.size_mm[k] <= a.position_mm[k] for k in range(3)]
            if not any(apart):
                problems.append(f"units {i} ({a.sku}) and {j} ({b.sku}) overlap")
            elif not apart[0] and not apart[1] and a.sku in items and b.sku in items:
                low, high = (a, b) if a.position_mm[2] < b.position_mm[2] else (b, a)
                lower, upper = items[low.sku], items[high.sku]
                if lower.fragile and upper.weight_g > lower.weight_g:
                    problems.append(f"fragile {low.sku} lies under heavier {high.sku}")
    return problems


def order_problems(units: Sequence[Item], result: Cartonization) -> list[str]:
    """Every unit placed exactly once or listed unpacked, and every package valid."""
    items = {u.sku: u for u in units}
    problems = []
    best = result.best
    placed = Counter(p.sku for pk in (best.packages if best else ()) for p in pk.placements)
    placed.update(u.sku for u in result.unpacked)
    if placed != Counter(u.sku for u in units):
        problems.append(f"units placed {dict(placed)} differ from the order")
    for pk in best.packages if best else ():
        problems.extend(package_problems(pk, items))
    return problems
