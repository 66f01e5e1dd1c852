"""Messages of packing: scanning an order, holds, overrides, the box proposal, weighing."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "order.not_found": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} not found: check the number and scan again."),
    "packing.unit_by_unit": QT_TRANSLATE_NOOP(
        "Messages", "{sku} must be scanned unit by unit: no quantity can be typed for it."),
    "packing.order_not_open": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} is not open at this station: scan its pick list again."),
    "packing.hold_needs_reason": QT_TRANSLATE_NOOP(
        "Messages", "A reason is needed to put an order on hold: choose one."),
    "packing.unknown_override": QT_TRANSLATE_NOOP(
        "Messages", "This override or reason is not known: choose one from the list."),
    "packing.qty_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The new quantity must be between the scanned ({scanned}) and the "
        "ordered ({ordered})."),
    "proposal.no_service_for_slot": QT_TRANSLATE_NOOP(
        "Messages", "no active service delivers in the time slot {slot} (asked for by the "
        "order); carriers that have it: {carriers}"),
    "proposal.no_service_for_date": QT_TRANSLATE_NOOP(
        "Messages", "no active service takes a delivery date (asked for by the order)"),
    "proposal.override_needs_reason": QT_TRANSLATE_NOOP(
        "Messages", "A reason is needed to choose another box or service: choose one."),
    # --- weighing the box (services/weighing.py) ---------------------------------------
    "weighing.not_stable": QT_TRANSLATE_NOOP(
        "Messages", "The weight is not stable yet: keep the box still and weigh again."),
    "weighing.unknown_reason": QT_TRANSLATE_NOOP(
        "Messages", "The reason {reason} is not known: choose one from the list."),
    "weighing.other_needs_comment": QT_TRANSLATE_NOOP(
        "Messages", "Write a comment for the reason 'other'."),
    "weighing.nothing_to_approve": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} needs no approval: only a weighed box outside the "
        "tolerance does."),
    "weighing.no_box": QT_TRANSLATE_NOOP(
        "Messages", "No box is chosen for order {order_no}: choose the box first (F4)."),
    "weighing.box_not_registered": QT_TRANSLATE_NOOP(
        "Messages", "The chosen box {box} is not registered: ask the admin to register it."),
}
