"""Messages of the bench's handling instructions: acknowledgements and enclosure rules."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # what an acknowledgement confirms (AckKind.message): named in the refusal to complete
    "handling.ack.cool": QT_TRANSLATE_NOOP("Messages", "cool packs and cool box"),
    "handling.ack.gift": QT_TRANSLATE_NOOP("Messages", "noshi and gift wrapping"),
    "handling.ack.enclosure": QT_TRANSLATE_NOOP("Messages", "enclosures put in the box"),
    "packing.ack_missing": QT_TRANSLATE_NOOP(
        "Messages", "Not complete yet: confirm {what} first (scan the code on the bench sheet "
        "or press its key)."),
    "packing.ack_not_needed": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} needs no confirmation of {what}: nothing was recorded."),
    "packing.ack_recorded": QT_TRANSLATE_NOOP("Messages", "Confirmed: {what}."),
    "packing.ack_no_order": QT_TRANSLATE_NOOP(
        "Messages", "No order is open: scan the order's pick list first, then confirm."),
    # enclosure rules in the shop settings (domain/handling.py)
    "handling.rule_no_item": QT_TRANSLATE_NOOP(
        "Messages", "Rule '{rule}' names no item: write it as 'condition: item', "
        "e.g. first_order: flyer."),
    "handling.rule_unknown_condition": QT_TRANSLATE_NOOP(
        "Messages", "Rule '{rule}': '{condition}' is not a condition; use one of "
        "{conditions}."),
    "handling.rule_argument": QT_TRANSLATE_NOOP(
        "Messages", "Rule '{rule}': channel and sku need a value (channel=Rakuten: flyer), "
        "the other conditions none."),
}
