"""Messages of pick lists, batches and sorting at the bench (issue 20)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "auth.lead_only_order_entry": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin may enter orders by hand."),
    "auth.lead_only_batches": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin may group orders into batches."),
    "batch.max_orders_range": QT_TRANSLATE_NOOP(
        "Messages", "{value} orders in one batch is not possible"),
    "batch.max_orders_fix": QT_TRANSLATE_NOOP("Messages", "give a number from 1 to {high}"),
    "batch.unknown_filter": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a filter"),
    "batch.bad_filter_value": QT_TRANSLATE_NOOP(
        "Messages", "'{value}': the value cannot be read"),
    "batch.filters_fix": QT_TRANSLATE_NOOP("Messages", "use one of {filters}"),
    "batch.unknown_carrier": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not one of the shop's carriers"),
    "batch.carriers_fix": QT_TRANSLATE_NOOP("Messages", "use one of {carriers}"),
    "batch.nothing_to_batch": QT_TRANSLATE_NOOP(
        "Messages", "No open order matches: nothing was grouped into a batch."),
    "batch.not_found": QT_TRANSLATE_NOOP("Messages", "Batch {batch_no} does not exist."),
    "batch.finished": QT_TRANSLATE_NOOP(
        "Messages", "Batch {batch_no} is already sorted: every order has gone to packing."),
    "batch.elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Batch {batch_no} is being sorted at {station}."),
    "batch.order_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Batch {batch_no} cannot be sorted here: its order {order_no} is being "
        "packed at {station}. Ask the lead to release it on the floor view, then scan the batch "
        "again."),
    "batch.offline": QT_TRANSLATE_NOOP(
        "Messages", "The server cannot be reached: batch {batch_no} can be sorted here once "
        "the connection is back. Orders this station already holds can be packed meanwhile."),
    "batch.not_open": QT_TRANSLATE_NOOP(
        "Messages", "No batch is open: scan the batch list's barcode first."),
}
