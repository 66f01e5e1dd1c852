"""What the packer screen says: the banner sentence per verdict, its colour state, and the
next step. Pure text functions over a ScanResult; translated in context "Verdicts"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.handling import ACK_KEYS, AckKind
from packstation.domain.verdicts import Verdict
from packstation.services.packing.dto import ScanResult
from packstation.ui.errors import in_user_language

# What the banner says for each verdict (translated when shown).
VERDICT_TEXT = {
    Verdict.OPENED: QT_TRANSLATE_NOOP("Verdicts", "Order opened: scan the items"),
    Verdict.UNKNOWN_ORDER: QT_TRANSLATE_NOOP("Verdicts", "Unknown order number"),
    Verdict.ALREADY_PACKED: QT_TRANSLATE_NOOP("Verdicts", "Already packed: do not ship it again"),
    Verdict.HELD_ELSEWHERE: QT_TRANSLATE_NOOP("Verdicts", "Another station is packing this order"),
    Verdict.NOT_CLAIMED_OFFLINE: QT_TRANSLATE_NOOP(
        "Verdicts", "Server unreachable: only orders already at this station can be opened"),
    Verdict.OK: QT_TRANSLATE_NOOP("Verdicts", "OK"),
    Verdict.WRONG_ITEM: QT_TRANSLATE_NOOP(
        "Verdicts", "WRONG ITEM: not on this order. Put it back."),
    Verdict.UNKNOWN_CODE: QT_TRANSLATE_NOOP("Verdicts", "Unknown barcode: no product has it"),
    Verdict.BAD_CHECK_DIGIT: QT_TRANSLATE_NOOP("Verdicts", "Misread barcode: scan it again"),
    Verdict.OVER_QUANTITY: QT_TRANSLATE_NOOP("Verdicts", "TOO MANY: this line is already complete"),
    Verdict.DUPLICATE_SERIAL: QT_TRANSLATE_NOOP("Verdicts", "Serial number already scanned"),
    Verdict.SERIAL_REQUIRED: QT_TRANSLATE_NOOP("Verdicts", "Scan the serial number barcode"),
    Verdict.TYPING_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Verdicts", "Scan the barcode: typing is not allowed"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("Verdicts", "EXPIRED: do not ship this unit"),
    Verdict.NO_OPEN_ORDER: QT_TRANSLATE_NOOP("Verdicts", "Scan the order barcode first"),
    Verdict.COMPLETED: QT_TRANSLATE_NOOP("Verdicts", "Order complete: pack and close the box"),
    Verdict.SHORT: QT_TRANSLATE_NOOP("Verdicts", "Items missing: the order cannot be completed"),
    Verdict.LABEL_OK: QT_TRANSLATE_NOOP("Verdicts", "Label OK: next order"),
    Verdict.LABEL_MISMATCH: QT_TRANSLATE_NOOP(
        "Verdicts", "WRONG LABEL: this label is another order's"),
    Verdict.UNDONE: QT_TRANSLATE_NOOP("Verdicts", "Last scan undone: take the unit out"),
    Verdict.NOTHING_TO_UNDO: QT_TRANSLATE_NOOP("Verdicts", "Nothing to undo"),
    Verdict.ON_HOLD: QT_TRANSLATE_NOOP("Verdicts", "Order put on hold"),
    Verdict.OVERRIDDEN: QT_TRANSLATE_NOOP("Verdicts", "Approved by the lead"),
    Verdict.SAME_ORDER: QT_TRANSLATE_NOOP("Verdicts", "This order is already open: scan its items"),
    # The service's message (what was confirmed, what is missing) is shown instead when given.
    Verdict.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Verdicts", "Confirmed"),
    Verdict.ACK_NOT_NEEDED: QT_TRANSLATE_NOOP("Verdicts", "This order needs no such confirmation"),
    Verdict.ACK_MISSING: QT_TRANSLATE_NOOP(
        "Verdicts", "Not complete yet: confirm the handling first"),
    Verdict.OTHER_ORDER: QT_TRANSLATE_NOOP(
        "Verdicts", "Another order's pick list: F8 holds this order and opens that one"),
}
_OK = QT_TRANSLATE_NOOP("Verdicts", "OK: %1  (%2 left on the order)")
_OTHER_ORDER = QT_TRANSLATE_NOOP("Verdicts", "Order %1 scanned.\nF8: put %2 on hold and open %1")
_IN_HAND = QT_TRANSLATE_NOOP("Verdicts", "In your hand: %1")
_OPENED_FULL = QT_TRANSLATE_NOOP(
    "Verdicts", "Every item is already in (sorted from a batch): check the box and complete")


def tr(text: object) -> str:
    return QCoreApplication.translate("Verdicts", str(text))


def verdict_text(verdict: Verdict) -> str:
    return tr(VERDICT_TEXT.get(verdict, verdict))


def banner_state(verdict: Verdict) -> str:
    """The banner's colour: red error, amber question, blue done, green otherwise."""
    if verdict.is_error:
        return "error"
    if verdict.is_offer:
        return "offer"
    return "complete" if verdict.finishes else "ok"


def banner_text(result: ScanResult, open_order: str | None, product_name: str) -> str:
    """The banner's sentence; ``product_name`` names what was scanned (not only its SKU)."""
    verdict = result.verdict
    if result.message is not None:  # confirmations: a catalogue message
        return in_user_language(result.message)
    if verdict is Verdict.OK:
        return tr(_OK).replace("%1", product_name or result.sku).replace(
            "%2", str(result.order_remaining))
    if verdict is Verdict.OPENED and result.lines and result.order_remaining == 0:
        return tr(_OPENED_FULL)  # a slot sorted full at the bench: nothing left to scan
    if verdict is Verdict.OTHER_ORDER:
        return tr(_OTHER_ORDER).replace("%1", result.other_order_no).replace(
            "%2", open_order or "")
    text = verdict_text(verdict)
    if verdict is Verdict.LABEL_MISMATCH and result.other_order_no:
        return f"{text}\n({result.other_order_no})"
    if verdict is Verdict.HELD_ELSEWHERE:
        return f"{text}\n({result.detail})"  # which station has it
    if verdict.is_error and (product_name or result.sku):
        return f"{text}\n{tr(_IN_HAND).replace('%1', product_name or result.sku)}"
    return text


def ack_hints(kinds: tuple[AckKind, ...]) -> str:
    """「保冷剤・クール箱 (Ctrl+1)、のし・ギフト包装 (Ctrl+2)」"""
    separator = QCoreApplication.translate("PackerScreen", ", ")
    return separator.join(f"{in_user_language(k.message)} ({ACK_KEYS[k]})" for k in kinds)
