"""Weighing the closed box: the last cheap check that the right things are in it.

Pure rules, integer grams. The expected weight is every unit's registered weight plus the box's
tare. The tolerance is, per unit, the product's own tolerance when the admin registered one,
otherwise a percentage of its weight; the box tare gets the percentage too; and the whole is at
least a floor (default: max(20 g, 5 %)).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from packstation.domain.errors import PackstationError


class ScaleError(PackstationError):
    """The scale could not give a weight: missing, unplugged, silent, unstable or in error.

    ``kind`` says which (``missing``, ``no_answer``, ``unstable``, ``overload``, ``underload``,
    ``error``, ``not_configured``, ``unit``) so the UI can say what to do in the packer's
    language; ``str()`` is a plain English fallback for logs and the CLI.
    """

    def __init__(self, kind: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.kind = kind


@dataclass(frozen=True)
class ScaleReading:
    grams: int
    stable: bool = True


# Grams per unit, as exact decimals. MT-SICS spells the units out; HID POS scales number them.
_GRAMS_PER_UNIT: dict[str, Decimal] = {
    "mg": Decimal("0.001"), "g": Decimal(1), "kg": Decimal(1000), "t": Decimal(1_000_000),
    "ct": Decimal("0.2"), "oz": Decimal("28.349523125"), "lb": Decimal("453.59237"),
    "ozt": Decimal("31.1034768"), "gr": Decimal("0.06479891"),
}


def to_grams(value: Decimal | str, unit: str) -> int:
    """A weight in any unit a scale reports, as whole grams (half up)."""
    try:
        number = Decimal(value)
        factor = _GRAMS_PER_UNIT[unit.strip().lower()]
    except (InvalidOperation, KeyError):
        raise ScaleError("unit", "the scale reports a weight or unit this app cannot read",
                         value=str(value), unit=unit) from None
    grams = (number * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(grams)


# --- the tolerance rule --------------------------------------------------------------------

@dataclass(frozen=True)
class ToleranceRule:
    """Admin setting: percent of the expected weight, with a floor in grams."""

    percent: int = 5
    min_g: int = 20


@dataclass(frozen=True)
class UnitWeight:
    """One order line as the scale sees it: qty units of weight_g, with an optional own
    tolerance per unit (the product's, set by the admin for things that vary: food, liquids)."""

    sku: str
    qty: int
    weight_g: int
    tolerance_g: int | None = None


class WeightVerdict(enum.StrEnum):
    OK = "OK"
    TOO_LIGHT = "TOO_LIGHT"
    TOO_HEAVY = "TOO_HEAVY"
    UNCHECKED = "UNCHECKED"  # weighed, but a product has no registered weight
    OVERRIDDEN = "OVERRIDDEN"  # outside the tolerance, and a lead let it go

    @property
    def stops_label(self) -> bool:
        """The box is outside the tolerance: its label waits."""
        return self in (WeightVerdict.TOO_LIGHT, WeightVerdict.TOO_HEAVY)


@dataclass(frozen=True)
class Expectation:
    expected_g: int
    tolerance_g: int

    @property
    def low_g(self) -> int:
        return self.expected_g - self.tolerance_g

    @property
    def high_g(self) -> int:
        return self.expected_g + self.tolerance_g


@dataclass(frozen=True)
class WeightCheck:
    verdict: WeightVerdict
    expected_g: int
    tolerance_g: int
    measured_g: int

    @property
    def difference_g(self) -> int:
        """Measured minus expected: negative when the box is light."""
        return self.measured_g - self.expected_g

    @property
    def ok(self) -> bool:
        return self.verdict is WeightVerdict.OK


def expect(units: Iterable[UnitWeight], tare_g: int, rule: ToleranceRule) -> Expectation:
    """Expected gross weight and its tolerance (rounded up to the gram)."""
    expected = tare_g
    hundredths = rule.percent * tare_g  # tolerance in 1/100 g
    for u in units:
        expected += u.qty * u.weight_g
        if u.tolerance_g is not None:
            hundredths += 100 * u.qty * u.tolerance_g
        else:
            hundredths += rule.percent * u.qty * u.weight_g
    tolerance = -(-hundredths // 100)  # ceiling
    return Expectation(expected, max(rule.min_g, tolerance))


def check(expectation: Expectation, measured_g: int) -> WeightCheck:
    """Within expected ± tolerance (limits included) is OK; outside, light or heavy."""
    if measured_g < expectation.low_g:
        verdict = WeightVerdict.TOO_LIGHT
    elif measured_g > expectation.high_g:
        verdict = WeightVerdict.TOO_HEAVY
    else:
        verdict = WeightVerdict.OK
    return WeightCheck(verdict, expectation.expected_g, expectation.tolerance_g, measured_g)
