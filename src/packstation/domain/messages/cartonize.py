"""Problems of the JSON inputs: `packstation cartonize` (services/cartonize_json.py) and
`packstation simulate` scenarios (services/simulate.py). Paths like items[2].dims_mm are the
column; {value} is the JSON value as written."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "cartonize.source": QT_TRANSLATE_NOOP("Messages", "cartonize input"),
    "cartonize.scenario_source": QT_TRANSLATE_NOOP("Messages", "scenario"),
    "cartonize.not_an_object": QT_TRANSLATE_NOOP("Messages", "the input is not a JSON object"),
    "cartonize.not_an_object_fix": QT_TRANSLATE_NOOP(
        "Messages", 'write {{"items": [...], ...}}'),
    "cartonize.sku_twice": QT_TRANSLATE_NOOP(
        "Messages", "sku '{sku}' is listed twice with different data"),
    "cartonize.sku_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "give each sku one line, or the same dimensions and weight"),
    "cartonize.outer_smaller": QT_TRANSLATE_NOOP(
        "Messages", "an outer dimension is smaller than the inner one"),
    "cartonize.outer_smaller_fix": QT_TRANSLATE_NOOP(
        "Messages", "give the outside measure, wall included, in the same order"),
    "cartonize.box_twice": QT_TRANSLATE_NOOP("Messages", "box code '{code}' is used twice"),
    "cartonize.service_twice": QT_TRANSLATE_NOOP(
        "Messages", "service code '{code}' is used twice"),
    "cartonize.unique_codes": QT_TRANSLATE_NOOP("Messages", "make codes unique"),
    "cartonize.unknown_prefecture": QT_TRANSLATE_NOOP(
        "Messages", "unknown prefecture '{prefecture}'"),
    "cartonize.unknown_prefecture_fix": QT_TRANSLATE_NOOP(
        "Messages", "write one of the 47, e.g. 東京都, 北海道, or its JIS code 01–47"),
    "cartonize.unknown_cool": QT_TRANSLATE_NOOP("Messages", "unknown cool type {value}"),
    "cartonize.unknown_cool_fix": QT_TRANSLATE_NOOP(
        "Messages", "use none, chilled (冷蔵) or frozen (冷凍)"),
    "cartonize.missing": QT_TRANSLATE_NOOP("Messages", "missing"),
    "cartonize.add_key": QT_TRANSLATE_NOOP("Messages", "add {key}"),
    "cartonize.not_a_list": QT_TRANSLATE_NOOP("Messages", "not a non-empty list"),
    "cartonize.not_a_list_fix": QT_TRANSLATE_NOOP(
        "Messages", "write {key} as a JSON list [...]"),
    "cartonize.not_object": QT_TRANSLATE_NOOP("Messages", "not an object"),
    "cartonize.not_object_fix": QT_TRANSLATE_NOOP("Messages", "write it as {{...}}"),
    "cartonize.not_text": QT_TRANSLATE_NOOP("Messages", "{value} is not a text"),
    "cartonize.not_text_fix": QT_TRANSLATE_NOOP("Messages", "write a non-empty string"),
    "cartonize.not_texts": QT_TRANSLATE_NOOP("Messages", "not a list of texts"),
    "cartonize.not_texts_fix": QT_TRANSLATE_NOOP("Messages", 'write ["A", "B"]'),
    "cartonize.not_integer": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a whole number of at least {low}"),
    "cartonize.not_integer_fix": QT_TRANSLATE_NOOP(
        "Messages", "write an integer (millimetres, grams, yen)"),
    "cartonize.not_flag": QT_TRANSLATE_NOOP("Messages", "{value} is not true or false"),
    "cartonize.not_flag_fix": QT_TRANSLATE_NOOP("Messages", "write true or false"),
    "cartonize.not_dims": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not three positive whole millimetres"),
    "cartonize.not_dims_fix": QT_TRANSLATE_NOOP(
        "Messages", "write [length, width, height], e.g. [100, 80, 30]"),
    "cartonize.not_price_table": QT_TRANSLATE_NOOP("Messages", "not a non-empty object"),
    "cartonize.not_price_table_fix": QT_TRANSLATE_NOOP(
        "Messages", 'write {{"*": 930, "北海道": 1260}}'),
    "cartonize.unknown_place": QT_TRANSLATE_NOOP(
        "Messages", "unknown prefecture or region '{place}'"),
    "cartonize.unknown_place_fix": QT_TRANSLATE_NOOP(
        "Messages", 'use a prefecture (北海道), a region (関東) or "*"'),
    "cartonize.not_price": QT_TRANSLATE_NOOP("Messages", "{value} is not a price"),
    "cartonize.not_price_fix": QT_TRANSLATE_NOOP("Messages", "write whole yen, 0 or more"),
    "cartonize.missing_or_not": QT_TRANSLATE_NOOP("Messages", "missing or not a {kind}"),
    "cartonize.give_as": QT_TRANSLATE_NOOP("Messages", "give {key} as a {kind}"),
    "cartonize.unknown_step": QT_TRANSLATE_NOOP("Messages", "unknown step"),
    # The proposal's explanation (domain/shipping.py): how sure the choice is.
    "cartonize.proven": QT_TRANSLATE_NOOP("Messages", "proven the cheapest"),
    "cartonize.gap": QT_TRANSLATE_NOOP(
        "Messages", "not proven the cheapest: at most {gap_yen}円 ({gap_percent} %) above "
        "the lower bound of {bound_yen}円"),
}
