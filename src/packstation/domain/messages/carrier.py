"""Problems of the carrier hand-off: the admin's CSV layouts (domain/carrier_csv.py), the
export (services/carrier_export.py) and the issued tracking numbers (carrier_tracking.py)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # --- an order's status, named inside other messages ---------------------------------
    "order.status.open": QT_TRANSLATE_NOOP("Messages", "open"),
    "order.status.packing": QT_TRANSLATE_NOOP("Messages", "being packed"),
    "order.status.on_hold": QT_TRANSLATE_NOOP("Messages", "on hold"),
    "order.status.packed": QT_TRANSLATE_NOOP("Messages", "packed"),
    "order.status.shipped": QT_TRANSLATE_NOOP("Messages", "shipped"),
    "order.status.cancelled": QT_TRANSLATE_NOOP("Messages", "cancelled"),
    # --- the layout ---------------------------------------------------------------------
    "carrier.layout_source": QT_TRANSLATE_NOOP("Messages", "{carrier} layout"),
    "carrier.export_source": QT_TRANSLATE_NOOP("Messages", "{carrier} export"),
    "carrier.header": QT_TRANSLATE_NOOP("Messages", "header"),
    "carrier.account": QT_TRANSLATE_NOOP("Messages", "account"),
    "carrier.tracking_order_column": QT_TRANSLATE_NOOP("Messages", "tracking order column"),
    "carrier.tracking_number_column": QT_TRANSLATE_NOOP("Messages", "tracking number column"),
    "carrier.no_columns": QT_TRANSLATE_NOOP("Messages", "the layout has no columns"),
    "carrier.no_columns_fix": QT_TRANSLATE_NOOP("Messages", "add columns"),
    "carrier.empty_header": QT_TRANSLATE_NOOP("Messages", "empty column name"),
    "carrier.empty_header_fix": QT_TRANSLATE_NOOP("Messages", "name the column"),
    "carrier.header_twice": QT_TRANSLATE_NOOP("Messages", "'{header}' appears twice"),
    "carrier.header_twice_fix": QT_TRANSLATE_NOOP("Messages", "give each column its own name"),
    "carrier.not_cp932": QT_TRANSLATE_NOOP("Messages", "has characters cp932 cannot hold"),
    "carrier.not_cp932_fix": QT_TRANSLATE_NOOP(
        "Messages", "use characters from the carrier's character set"),
    "carrier.unknown_source": QT_TRANSLATE_NOOP("Messages", "unknown source '{source}'"),
    "carrier.choose_one_of": QT_TRANSLATE_NOOP("Messages", "choose one of: {options}"),
    "carrier.negative_length": QT_TRANSLATE_NOOP("Messages", "negative length"),
    "carrier.negative_length_fix": QT_TRANSLATE_NOOP(
        "Messages", "enter 0 (no limit) or the carrier's length in bytes"),
    "carrier.unknown_width": QT_TRANSLATE_NOOP("Messages", "unknown width '{width}'"),
    "carrier.unknown_encoding": QT_TRANSLATE_NOOP("Messages",
                                                  "unknown file encoding '{encoding}'"),
    # --- a file checked against a layout (domain/carrier_file_check.py) -------------------
    "carrier.file_not_encoded": QT_TRANSLATE_NOOP(
        "Messages", "the file is not in the layout's encoding ({encoding})"),
    "carrier.file_encoding_fix": QT_TRANSLATE_NOOP(
        "Messages", "choose the encoding the carrier software writes in the layout"),
    "carrier.file_column_count": QT_TRANSLATE_NOOP(
        "Messages", "{found} columns where the layout has {expected}"),
    "carrier.file_header": QT_TRANSLATE_NOOP(
        "Messages", "column named '{found}' where the layout has '{expected}'"),
    "carrier.file_too_long": QT_TRANSLATE_NOOP(
        "Messages", "{length} bytes where the column takes {max_bytes}"),
    "carrier.file_not_a_date": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a date in the layout's format {format}"),
    "carrier.file_unknown_code": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not one of the layout's codes: {options}"),
    "carrier.file_layout_fix": QT_TRANSLATE_NOOP(
        "Messages", "make the layout match the carrier software's import filter, column by "
        "column, or register this layout as the account's filter"),
    "carrier.unknown_width_fix": QT_TRANSLATE_NOOP(
        "Messages", "choose full, half or leave empty"),
    "carrier.not_set": QT_TRANSLATE_NOOP("Messages", "not set"),
    "carrier.not_set_fix": QT_TRANSLATE_NOOP(
        "Messages", "name the column of the carrier's issued-data CSV (or #n for the n-th "
        "column)"),
    "carrier.no_account_name": QT_TRANSLATE_NOOP("Messages", "no account name"),
    "carrier.no_account_name_fix": QT_TRANSLATE_NOOP("Messages", "name the account"),
    "carrier.unknown": QT_TRANSLATE_NOOP("Messages", "unknown carrier '{carrier}'"),
    "carrier.unknown_fix": QT_TRANSLATE_NOOP("Messages", "use one of: {options}"),
    "carrier.no_account": QT_TRANSLATE_NOOP(
        "Messages", "No carrier account named '{account}'."),
    # --- the export ---------------------------------------------------------------------
    "carrier.change.cut": QT_TRANSLATE_NOOP("Messages", "it would be cut"),
    "carrier.change.substituted": QT_TRANSLATE_NOOP(
        "Messages", "a character would be replaced"),
    "carrier.change.unmapped": QT_TRANSLATE_NOOP("Messages", "it has no code in the layout"),
    "carrier.order_no_does_not_fit": QT_TRANSLATE_NOOP(
        "Messages", "order number '{order_no}' does not fit the carrier's field ({change})"),
    "carrier.order_no_does_not_fit_fix": QT_TRANSLATE_NOOP(
        "Messages", "shorten the order number, or raise the column's length in the carrier "
        "layout"),
    # --- the issued data (tracking numbers) ---------------------------------------------
    "carrier.undecodable": QT_TRANSLATE_NOOP(
        "Messages", "the file is neither cp932 (Shift_JIS) nor UTF-8 text"),
    "carrier.undecodable_fix": QT_TRANSLATE_NOOP(
        "Messages", "export the issued data from the carrier software again as CSV"),
    "carrier.column_not_found": QT_TRANSLATE_NOOP(
        "Messages", "column not found in the header row"),
    "carrier.column_not_found_fix": QT_TRANSLATE_NOOP(
        "Messages", "export the issued data with this column, or change the column name in "
        "the carrier layout"),
    "carrier.no_order": QT_TRANSLATE_NOOP("Messages", "no order '{order_no}'"),
    "carrier.no_order_fix": QT_TRANSLATE_NOOP(
        "Messages", "check the order number; import the order first if it is missing"),
    "carrier.no_order_no": QT_TRANSLATE_NOOP("Messages", "no order number"),
    "carrier.no_order_no_fix": QT_TRANSLATE_NOOP(
        "Messages", "fill in the order number the export wrote, or delete the row"),
    "carrier.no_tracking_no": QT_TRANSLATE_NOOP("Messages", "no tracking number"),
    "carrier.no_tracking_no_fix": QT_TRANSLATE_NOOP(
        "Messages", "issue the label in the carrier software first, or delete the row"),
    "carrier.tracking_check_digit": QT_TRANSLATE_NOOP(
        "Messages", "tracking number '{tracking}' fails its check digit"),
    "carrier.correct_from_label": QT_TRANSLATE_NOOP(
        "Messages", "correct the number from the printed label"),
    "carrier.order_twice": QT_TRANSLATE_NOOP(
        "Messages", "order '{order_no}' is also on row {row}"),
    "carrier.order_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "keep one row per order (one label per order)"),
    "carrier.tracking_twice": QT_TRANSLATE_NOOP(
        "Messages", "tracking number '{tracking}' is also on row {row} (order {order_no})"),
    "carrier.tracking_twice_fix": QT_TRANSLATE_NOOP(
        "Messages", "each label has its own number: correct the number or the order on one of "
        "the rows"),
    "carrier.tracking_taken": QT_TRANSLATE_NOOP(
        "Messages", "tracking number '{tracking}' already belongs to order {owner}"),
    "carrier.already_shipped": QT_TRANSLATE_NOOP(
        "Messages", "order {order_no} was shipped with tracking number {tracking}"),
    "carrier.already_shipped_fix": QT_TRANSLATE_NOOP(
        "Messages", "delete the row, or correct the number"),
    "carrier.not_packed": QT_TRANSLATE_NOOP(
        "Messages", "order {order_no} is {status}, not packed"),
    "carrier.not_packed_fix": QT_TRANSLATE_NOOP(
        "Messages", "pack the order before attaching its tracking number"),
    "carrier.other_carrier": QT_TRANSLATE_NOOP(
        "Messages", "order {order_no} was exported for {exported}, not {carrier}"),
    "carrier.other_carrier_fix": QT_TRANSLATE_NOOP(
        "Messages", "import this file as {exported}, or export the order again for {carrier}"),
}
