"""Problems every form and file import shares: empty, too long, out of range, and their fixes."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "form.empty": QT_TRANSLATE_NOOP("Messages", "empty"),
    "form.not_filled_in": QT_TRANSLATE_NOOP("Messages", "not filled in"),
    "form.fill_in": QT_TRANSLATE_NOOP("Messages", "fill it in"),
    "form.too_long": QT_TRANSLATE_NOOP("Messages", "longer than {max_len} characters"),
    "form.shorten": QT_TRANSLATE_NOOP("Messages", "shorten it"),
    "form.out_of_range": QT_TRANSLATE_NOOP("Messages", "'{value}' is out of range"),
    "form.whole_range": QT_TRANSLATE_NOOP("Messages", "a whole number from {low} to {high}"),
    "form.delete_one": QT_TRANSLATE_NOOP("Messages", "delete one of them"),
    "form.use_one_of": QT_TRANSLATE_NOOP("Messages", "use one of: {options}"),
    "form.formula_like": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' starts with = + - @ or holds a control character"),
    "form.formula_like_fix": QT_TRANSLATE_NOOP(
        "Messages", "start it with a letter or a digit (spreadsheets run such cells as "
        "formulas)"),
    # A number field of a form, read from the text as typed (domain/numbers.py): nothing typed
    # is dropped, a refusal quotes it and says the unit.
    "form.not_whole": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a whole number"),
    "form.whole_in_unit": QT_TRANSLATE_NOOP(
        "Messages", "type a whole number from {low} to {high} ({unit}), digits only"),
    "unit.mm": QT_TRANSLATE_NOOP("Messages", "millimetres"),
    "unit.g": QT_TRANSLATE_NOOP("Messages", "grams"),
    "unit.yen": QT_TRANSLATE_NOOP("Messages", "yen"),
    "unit.percent": QT_TRANSLATE_NOOP("Messages", "%"),
    "unit.minutes": QT_TRANSLATE_NOOP("Messages", "minutes"),
    "unit.days": QT_TRANSLATE_NOOP("Messages", "days"),
    "unit.times": QT_TRANSLATE_NOOP("Messages", "times"),
    "unit.bytes": QT_TRANSLATE_NOOP("Messages", "bytes"),
    "unit.orders": QT_TRANSLATE_NOOP("Messages", "orders"),
    "unit.units": QT_TRANSLATE_NOOP("Messages", "units"),
}
