"""A lower bound on what an order's packages can cost: how far a heuristic plan may be off.

Orders of more than a few units get a greedy or bulk plan, not a proven optimum; the bound
says how much cheaper any plan could at best be. It relaxes the packing to volume and weight:

- a package in box ``b`` costs at least ``base_b``, its price with the lightest unit in it
  (prices never fall as the weight rises);
- it holds at most ``V_b`` of volume and ``W_b`` of contents weight, so for any
  0 ≤ λ ≤ 1 its price is at least ``base_b · (λ·v/V_b + (1 − λ)·w/W_b)`` for the volume v
  and weight w it carries;
- charging every unit that share in the cheapest box it fits alone (per unit, so never more
  than its own package's box) and summing gives a bound for each λ; the best λ is kept;
- and at least one package is needed for each unit: the dearest unit's cheapest box;
- the packages together hold the order's whole volume, and its whole weight: the cheapest
  set of boxes with that much room (or strength) is a bound too, one that knows a package
  costs its whole price however little it holds (a covering knapsack, capacities rounded up).

Integer yen, rounded up (a price is whole yen) after a margin for floating-point error,
so the bound may be a yen low, never high.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from packstation.domain.packing3d import Dims, Load, fits_alone

_LAMBDAS = tuple(n / 8 for n in range(9))


def lower_bound(kinds: Sequence[Sequence[Load]], boxes: Sequence[tuple[Dims, int, int]],
                cost: Callable[[int, int], int | None]) -> int:
    """No plan packing every unit of ``kinds`` (boxes: inner, tare, max gross; ``cost(box,
    gross)``) costs less. 0 when some unit fits no box (nothing to bound)."""
    if not kinds or not boxes:
        return 0
    lightest = min(group[0].weight_g for group in kinds)
    bases = [cost(b, tare + lightest) for b, (_, tare, _) in enumerate(boxes)]
    shares: list[list[tuple[int, float, float]]] = []  # per kind: (base, v/V, w/W)
    for group in kinds:
        unit = group[0]
        options = [(base, unit.volume / (inner[0] * inner[1] * inner[2]),
                    unit.weight_g / (limit - tare))
                   for (inner, tare, limit), base in zip(boxes, bases, strict=True)
                   if base is not None and limit - tare >= unit.weight_g
                   and fits_alone(unit, inner)]
        if not options:
            return 0
        shares.append(options)
    best = max(min(base for base, _, _ in options) for options in shares)
    usable = [(base, inner, limit - tare) for (inner, tare, limit), base
              in zip(boxes, bases, strict=True) if base is not None and limit > tare]
    volume = sum(group[0].volume * len(group) for group in kinds)
    weight = sum(group[0].weight_g * len(group) for group in kinds)
    best = max(best, _cover(volume, [(b, i[0] * i[1] * i[2]) for b, i, _ in usable]),
               _cover(weight, [(b, w) for b, _, w in usable]))
    for lam in _LAMBDAS:
        total = sum(len(group) * min(base * (lam * v + (1 - lam) * w) for base, v, w in options)
                    for group, options in zip(kinds, shares, strict=True))
        best = max(best, math.ceil(total * (1 - 1e-9) - 1e-6))
    return best


def _cover(need: int, boxes: Sequence[tuple[int, int]], steps: int = 500) -> int:
    """The cheapest multiset of boxes (price, capacity) whose capacities add up to ``need``.
    Capacities are counted in steps of need / steps, rounded up: never dearer than exact."""
    if need <= 0 or not boxes:
        return 0
    sizes = [(price, max(1, -(-capacity * steps // need))) for price, capacity in boxes]
    cheapest = [0] * (steps + 1)
    for filled in range(1, steps + 1):
        cheapest[filled] = min(price + cheapest[max(0, filled - size)] for price, size in sizes)
    return cheapest[steps]
