"""Problems of reading a CSV file (services/csv_rows.py) and importing orders and products
(services/csv_import.py). ``{value}`` is the cell as the file has it (cut short when long)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # --- the file --------------------------------------------------------------------------
    "csv.unknown_kind": QT_TRANSLATE_NOOP("Messages", "unknown import kind '{kind}'"),
    "csv.unknown_kind_fix": QT_TRANSLATE_NOOP("Messages", "use orders or products"),
    "csv.more_problems": QT_TRANSLATE_NOOP("Messages", "{count} more problems not listed"),
    "csv.more_problems_fix": QT_TRANSLATE_NOOP(
        "Messages", "fix the ones above and import again to see the rest"),
    "csv.undecodable": QT_TRANSLATE_NOOP(
        "Messages", "byte {byte} at byte offset {offset} is neither UTF-8 nor cp932 "
        "(Shift_JIS)"),
    "csv.undecodable_fix": QT_TRANSLATE_NOOP(
        "Messages", "save the file as 'CSV UTF-8' or as 'CSV (Shift_JIS)' and import it again"),
    "csv.no_header": QT_TRANSLATE_NOOP("Messages", "the file has no header row"),
    "csv.no_header_fix": QT_TRANSLATE_NOOP("Messages", "the first row must name the columns"),
    "csv.not_csv": QT_TRANSLATE_NOOP("Messages", "not valid CSV: {error}"),
    "csv.not_csv_fix": QT_TRANSLATE_NOOP("Messages", "check the quotes in this row"),
    "csv.too_many_cells": QT_TRANSLATE_NOOP(
        "Messages", "this row has {cells} cells, the header only {headers}"),
    "csv.quote_commas": QT_TRANSLATE_NOOP("Messages", "quote cells that contain a comma"),
    "csv.not_writable_cp932": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' cannot be written in cp932"),
    "csv.export_utf8": QT_TRANSLATE_NOOP("Messages", "export as UTF-8"),
    "csv.unknown_encoding": QT_TRANSLATE_NOOP("Messages", "unknown encoding '{encoding}'"),
    "csv.encoding_fix": QT_TRANSLATE_NOOP("Messages", "use utf-8 or cp932"),
    # --- columns and layouts ---------------------------------------------------------------
    "csv.layout_column_missing": QT_TRANSLATE_NOOP(
        "Messages", "column '{header}' ({field}) of layout '{layout}' is not in the file"),
    "csv.layout_column_missing_fix": QT_TRANSLATE_NOOP(
        "Messages", "choose the layout that fits this file or edit it"),
    "csv.two_columns": QT_TRANSLATE_NOOP(
        "Messages", "columns '{first}' and '{second}' both hold {field}"),
    "csv.required_missing": QT_TRANSLATE_NOOP(
        "Messages", "required column '{field}' is missing (layout '{layout}')"),
    "csv.required_missing_builtin": QT_TRANSLATE_NOOP(
        "Messages", "required column '{field}' is missing"),
    "csv.required_missing_fix": QT_TRANSLATE_NOOP(
        "Messages", "add a column '{field}' or choose a saved layout that maps it"),
    "csv.required_missing_fix_aliases": QT_TRANSLATE_NOOP(
        "Messages", "add a column '{field}' (or {aliases}) or choose a saved layout that maps "
        "it"),
    "csv.required_empty": QT_TRANSLATE_NOOP("Messages", "empty cell in a required column"),
    "csv.no_layout": QT_TRANSLATE_NOOP(
        "Messages", "no saved {kind} layout named '{layout}'"),
    "csv.choose_layout": QT_TRANSLATE_NOOP("Messages", "choose one of: {choices}"),
    "csv.bad_layout_name": QT_TRANSLATE_NOOP(
        "Messages", "'{name}' cannot be a layout name"),
    "csv.layout_name_fix": QT_TRANSLATE_NOOP(
        "Messages", "1 to 64 characters, not '{generic}'"),
    "csv.unknown_field": QT_TRANSLATE_NOOP("Messages", "unknown field '{field}'"),
    "csv.no_column_chosen": QT_TRANSLATE_NOOP("Messages", "no column chosen"),
    "csv.choose_column": QT_TRANSLATE_NOOP("Messages", "choose a column header"),
    "csv.column_twice": QT_TRANSLATE_NOOP("Messages", "one column chosen for several fields"),
    "csv.column_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "choose a different column for each field"),
    "csv.required_unmapped": QT_TRANSLATE_NOOP("Messages", "required field not mapped"),
    "csv.required_unmapped_fix": QT_TRANSLATE_NOOP(
        "Messages", "choose the column that holds it"),
    "csv.layout_source": QT_TRANSLATE_NOOP("Messages", "layout '{name}'"),
    # --- cells -----------------------------------------------------------------------------
    "csv.control_character": QT_TRANSLATE_NOOP(
        "Messages", "contains a line break or control character"),
    "csv.one_line": QT_TRANSLATE_NOOP("Messages", "put it on one line"),
    "csv.not_valid": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a valid {what}"),
    "csv.what.quantity": QT_TRANSLATE_NOOP("Messages", "quantity"),
    "csv.what.limit": QT_TRANSLATE_NOOP("Messages", "limit"),
    "csv.what.weight": QT_TRANSLATE_NOOP("Messages", "weight in grams"),
    "csv.what.side": QT_TRANSLATE_NOOP("Messages", "size in millimetres"),
    "csv.what.case_units": QT_TRANSLATE_NOOP("Messages", "number of units per case"),
    "csv.not_a_formula": QT_TRANSLATE_NOOP(
        "Messages", "type the number itself, not a formula: {fix}"),
    "csv.not_yen": QT_TRANSLATE_NOOP("Messages", "'{value}' is not an amount in yen"),
    "csv.yen_fix": QT_TRANSLATE_NOOP("Messages", "whole yen from 0 to {high}, e.g. 1980 or 1,980"),
    "csv.not_a_flag": QT_TRANSLATE_NOOP("Messages", "'{value}' is not yes or no"),
    "csv.flag_fix": QT_TRANSLATE_NOOP("Messages", "use 1/0, yes/no or あり/なし"),
    "csv.not_cool": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a cool type"),
    "csv.cool_fix": QT_TRANSLATE_NOOP(
        "Messages", "use なし/冷蔵/冷凍, none/chilled/frozen or 0/2/1"),
    "csv.not_a_slot": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a delivery time slot"),
    "csv.slot_fix": QT_TRANSLATE_NOOP(
        "Messages", "use 午前中, 12-14, 14-16, 16-18, 18-20, 18-21 or 19-21 (or the carrier's "
        "code: B2 1416, e飛伝 04, ゆうプリR 52), or leave it empty"),
    "csv.not_a_date": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date"),
    "csv.date_fix": QT_TRANSLATE_NOOP("Messages", "write it as YYYY-MM-DD, e.g. 2026-11-23"),
    "csv.not_a_timestamp": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date and time"),
    "csv.timestamp_fix": QT_TRANSLATE_NOOP(
        "Messages", "write it as YYYY-MM-DD HH:MM (Japan time)"),
    "csv.not_a_postal_code": QT_TRANSLATE_NOOP("Messages", "not a postal code"),
    "csv.postal_code_fix": QT_TRANSLATE_NOOP("Messages", "7 digits, e.g. 100-0001"),
    "csv.not_a_prefecture": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a prefecture"),
    "csv.prefecture_fix": QT_TRANSLATE_NOOP("Messages", "e.g. 東京都, 大阪府 or Tokyo"),
    "csv.not_a_phone": QT_TRANSLATE_NOOP("Messages", "not a phone number"),
    "csv.phone_fix": QT_TRANSLATE_NOOP("Messages", "digits and hyphens, e.g. 03-1234-5678"),
    "csv.not_a_tax_rate": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a tax rate"),
    "csv.tax_rate_fix": QT_TRANSLATE_NOOP("Messages", "10 or 8 (the reduced rate)"),
    "csv.not_a_location": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a shelf location"),
    "csv.location_fix": QT_TRANSLATE_NOOP(
        "Messages", "letters and digits joined by hyphens, at most {max_len}, e.g. A-01-03"),
    "csv.scientific_barcode": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is a barcode a spreadsheet turned into a number"),
    "csv.scientific_barcode_fix": QT_TRANSLATE_NOOP(
        "Messages", "format the column as text and type the code again"),
    "csv.not_a_gtin": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a JAN/EAN/UPC/ITF-14 code"),
    "csv.gtin_fix": QT_TRANSLATE_NOOP("Messages", "8, 12, 13 or 14 digits"),
    "csv.gtin_check_digit": QT_TRANSLATE_NOOP(
        "Messages", "barcode {code} has a wrong check digit (the last digit should be "
        "{expected})"),
    "csv.gtin_check_digit_fix": QT_TRANSLATE_NOOP(
        "Messages", "copy the code from the product label again"),
    # --- orders and products (services/csv_import.py) -----------------------------------
    "csv.order_differs": QT_TRANSLATE_NOOP(
        "Messages", "differs from row {first_row}, the first row of order {order_no}"),
    "csv.order_differs_values": QT_TRANSLATE_NOOP(
        "Messages", "differs from row {first_row}, the first row of order {order_no}: "
        "'{here}' here, '{there}' there"),
    "csv.order_differs_fix": QT_TRANSLATE_NOOP(
        "Messages", "give every line of an order the same order details, or leave them empty "
        "on the later lines"),
    "csv.unknown_sku": QT_TRANSLATE_NOOP(
        "Messages", "unknown SKU '{sku}': not in the product master"),
    "csv.unknown_sku_fix": QT_TRANSLATE_NOOP(
        "Messages", "import the product first or correct the SKU"),
    "csv.order_exists": QT_TRANSLATE_NOOP(
        "Messages", "order {order_no} is already in the database"),
    "csv.order_exists_fix": QT_TRANSLATE_NOOP(
        "Messages", "remove it from the file (imported before?)"),
    "csv.sku_twice": QT_TRANSLATE_NOOP("Messages", "SKU {sku} is also in row {row}"),
    "csv.sku_twice_fix": QT_TRANSLATE_NOOP("Messages", "keep one row per product"),
    "csv.sizes_all_or_none": QT_TRANSLATE_NOOP("Messages", "give all three sizes or none"),
    "csv.sizes_fix": QT_TRANSLATE_NOOP("Messages", "fill in length, width and height"),
    "csv.case_needs_units": QT_TRANSLATE_NOOP(
        "Messages", "a case code needs the number of units in the case (入数)"),
    "csv.case_needs_units_fix": QT_TRANSLATE_NOOP("Messages", "fill in case_units"),
    "csv.units_without_case": QT_TRANSLATE_NOOP(
        "Messages", "units per case given without a case code"),
    "csv.units_without_case_fix": QT_TRANSLATE_NOOP(
        "Messages", "fill in the case code (ITF-14) or clear the units"),
    "csv.barcode_registered": QT_TRANSLATE_NOOP(
        "Messages", "barcode {code} is already registered to SKU {owner}"),
    "csv.barcode_registered_fix": QT_TRANSLATE_NOOP(
        "Messages", "remove it from that product first, or correct the code"),
    "csv.barcode_twice": QT_TRANSLATE_NOOP(
        "Messages", "barcode {code} is also given in row {row} (SKU {sku})"),
    "csv.barcode_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "a barcode may belong to one product only"),
    "csv.unit_is_case": QT_TRANSLATE_NOOP(
        "Messages", "barcode {code} is this product's unit and case code at once"),
    "csv.unit_is_case_fix": QT_TRANSLATE_NOOP(
        "Messages", "a unit code and its case code must differ"),
}
