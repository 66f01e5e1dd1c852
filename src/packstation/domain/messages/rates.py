"""Problems of a service's rate table (services/rate_csv.py): one row per prefecture or region,
one column per size class. {prefecture}, {region} and {default} are the Japanese names."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "rates.no_service": QT_TRANSLATE_NOOP("Messages", "No carrier service with the code {code}."),
    "rates.first_column": QT_TRANSLATE_NOOP(
        "Messages", "the first column must be the destination prefecture"),
    "rates.first_column_fix": QT_TRANSLATE_NOOP(
        "Messages", "put the '{header}' column first, then one column per size class"),
    "rates.not_a_class": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a size class of this service"),
    "rates.not_a_class_fix": QT_TRANSLATE_NOOP(
        "Messages", "name each column after a size class: {names}"),
    "rates.class_twice": QT_TRANSLATE_NOOP(
        "Messages", "columns '{first}' and '{second}' are both size class {size_class}"),
    "rates.no_class_column": QT_TRANSLATE_NOOP(
        "Messages", "no column for size class {size_class}"),
    "rates.no_class_column_fix": QT_TRANSLATE_NOOP(
        "Messages", "add a column '{size_class}' with its prices"),
    "rates.column_n": QT_TRANSLATE_NOOP("Messages", "column {n}"),
    "rates.unnamed_column": QT_TRANSLATE_NOOP(
        "Messages", "prices in a column without a size class in row 1"),
    "rates.unnamed_column_fix": QT_TRANSLATE_NOOP(
        "Messages", "write the size class in row 1 or delete the column"),
    "rates.no_prefecture": QT_TRANSLATE_NOOP("Messages", "no prefecture"),
    "rates.prefecture_fix": QT_TRANSLATE_NOOP(
        "Messages", "e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; '{default}' or "
        "'*' for the default row"),
    "rates.place_twice": QT_TRANSLATE_NOOP("Messages", "{place} is also in row {row}"),
    "rates.place_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "keep one row per prefecture or region"),
    "rates.not_a_formula": QT_TRANSLATE_NOOP(
        "Messages", "type the amount itself (no formula, no minus sign): {fix}"),
    "rates.no_price": QT_TRANSLATE_NOOP(
        "Messages", "no price for {prefecture} here nor in the default row"),
    "rates.no_price_fix": QT_TRANSLATE_NOOP(
        "Messages", "fill in this cell or the default row's"),
    "rates.no_default_row": QT_TRANSLATE_NOOP(
        "Messages", "no row for {prefecture} and no default row ({default})"),
    "rates.no_default_row_fix": QT_TRANSLATE_NOOP(
        "Messages", "add a row for {prefecture} or its region ({region}), or a row '{default}' "
        "with the price for every prefecture without a row"),
    "rates.not_a_date": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date"),
    "rates.date_fix": QT_TRANSLATE_NOOP(
        "Messages", "write the day the table applies from as YYYY-MM-DD, e.g. 2027-04-01"),
    "rates.date_too_early": QT_TRANSLATE_NOOP(
        "Messages", "{value} is before {first}, the first day a table may start"),
    "rates.dates_differ": QT_TRANSLATE_NOOP(
        "Messages", "{here} here but {there} in row {row}: one file is one table"),
    "rates.dates_differ_fix": QT_TRANSLATE_NOOP(
        "Messages", "give every row the same date, or leave it empty below the first"),
    "rates.no_table": QT_TRANSLATE_NOOP(
        "Messages", "{code} has no rate table starting on {day}."),
    "rates.no_date": QT_TRANSLATE_NOOP("Messages", "the column '{header}' has no date"),
}
