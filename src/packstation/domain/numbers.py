"""Whole numbers typed into a form, read from the text exactly as typed.

A form field never drops a character the user typed (a spin box silently swallows letters):
it keeps the text, and on save this reads it. Full-width digits (１２０), group separators
(1,200) and the field's own unit after the number (120mm, 5 %) are read; anything else is a
problem that quotes the text and says the unit and range, so the form can report every field
at once (integer mm, g, yen everywhere).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from packstation.domain.messages import Msg

# The unit a field holds, its catalogue code and the symbols a user may type after a number.
UNITS: dict[str, tuple[str, ...]] = {
    "mm": ("mm",), "g": ("g",), "yen": ("円", "¥", "yen"), "percent": ("%",),
    "minutes": ("分", "min", "minutes"), "days": ("日", "days", "day"), "times": ("回",),
    "bytes": ("bytes", "byte", "b"), "units": ("点", "個", "units", "pcs"),
}
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+")
_ECHO = 30


@dataclass(frozen=True)
class NumberRule:
    """What one field takes: whole numbers from `low` to `high` in `unit` (a UNITS key);
    with `empty_is`, an empty field means that value (e.g. 0 = not set)."""

    low: int
    high: int
    unit: str
    empty_is: int | None = None

    def fix(self) -> Msg:
        return Msg("form.whole_in_unit", low=f"{self.low:,}", high=f"{self.high:,}",
                   unit=Msg(f"unit.{self.unit}"))


def read_whole(text: str, rule: NumberRule) -> tuple[int | None, Msg | None, Msg | None]:
    """(value, None, None) or (None, problem, fix) for the text as typed."""
    key = unicodedata.normalize("NFKC", text).strip()
    if not key:
        if rule.empty_is is not None:
            return rule.empty_is, None, None
        return None, Msg("form.not_filled_in"), rule.fix()
    key = _without_unit(key, rule.unit)
    if _GROUPED.fullmatch(key):
        key = key.replace(",", "")
    digits = key[1:] if key[:1] in "-−" else key
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 12:
        shown = text if len(text) <= _ECHO else text[:_ECHO] + "…"
        return None, Msg("form.not_whole", value=shown), rule.fix()
    value = -int(digits) if digits != key else int(digits)
    if not rule.low <= value <= rule.high:
        return None, Msg("form.out_of_range", value=f"{value:,}"), rule.fix()
    return value, None, None


def _without_unit(key: str, unit: str) -> str:
    lowered = key.casefold()
    for symbol in sorted(UNITS.get(unit, ()), key=len, reverse=True):
        if lowered.endswith(symbol) and len(lowered) > len(symbol):
            return key[: -len(symbol)].rstrip()
    if unit == "yen" and key.startswith("¥"):
        return key[1:].strip()
    return key
