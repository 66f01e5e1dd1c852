"""Messages of the lead's review: mis-picks and mis-shipment reports (services/mispicks.py,
services/kpis.py)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "review.not_packed": QT_TRANSLATE_NOOP("Messages", "{order_no} has not been packed"),
    "review.not_packed_fix": QT_TRANSLATE_NOOP(
        "Messages", "report mis-shipments of packed orders only"),
    "review.misshipment_exists": QT_TRANSLATE_NOOP(
        "Messages", "{order_no} already has a report '{kind}'"),
    "review.misshipment_exists_fix": QT_TRANSLATE_NOOP(
        "Messages", "the mis-shipment is already recorded"),
    "review.unknown_kind": QT_TRANSLATE_NOOP("Messages", "unknown kind '{kind}'"),
    "review.choose_kind": QT_TRANSLATE_NOOP("Messages", "choose a kind from the list"),
    "review.misshipment.wrong_item": QT_TRANSLATE_NOOP("Messages", "wrong item shipped"),
    "review.misshipment.wrong_qty": QT_TRANSLATE_NOOP("Messages", "wrong quantity shipped"),
    "review.misshipment.missing": QT_TRANSLATE_NOOP("Messages", "item or order not shipped"),
    "review.misshipment.wrong_address": QT_TRANSLATE_NOOP(
        "Messages", "labels swapped (wrong address)"),
    "review.misshipment.wrong_document": QT_TRANSLATE_NOOP(
        "Messages", "another customer's slip in the box"),
    "review.misshipment.damaged": QT_TRANSLATE_NOOP("Messages", "damaged in transit"),
    "review.no_record": QT_TRANSLATE_NOOP("Messages", "no record chosen"),
    "review.no_record_fix": QT_TRANSLATE_NOOP("Messages", "select rows first"),
    "review.mispick_not_found": QT_TRANSLATE_NOOP(
        "Messages", "A chosen mis-pick record was not found: read the list again."),
}
