"""What the packer screen says: the banner sentence per verdict, its colour state, and the
next step. Pure text functions over a ScanResult; translated in context "Verdicts"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.handling import ACK_KEYS, AckKind
from packstation.services.packing.dto import ScanResult
from packstation.ui.errors import in_user_language

# What the banner says for each verdict (translated when shown).
VERDICT_TEXT = {
    "OPENED": QT_TRANSLATE_NOOP("Verdicts", "Order opened: scan the items"),
    "UNKNOWN_ORDER": QT_TRANSLATE_NOOP("Verdicts", "Unknown order number"),
    "ALREADY_PACKED": QT_TRANSLATE_NOOP("Verdicts", "Already packed: do not ship it again"),
    "HELD_ELSEWHERE": QT_TRANSLATE_NOOP("Verdicts", "Another station is packing this order"),
    "NOT_CLAIMED_OFFLINE": QT_TRANSLATE_NOOP(
        "Verdicts", "Server unreachable: only orders already at this station can be opened"),
    "OK": QT_TRANSLATE_NOOP("Verdicts", "OK"),
    "WRONG_ITEM": QT_TRANSLATE_NOOP("Verdicts", "WRONG ITEM: not on this order. Put it back."),
    "UNKNOWN_CODE": QT_TRANSLATE_NOOP("Verdicts", "Unknown barcode: no product has it"),
    "BAD_CHECK_DIGIT": QT_TRANSLATE_NOOP("Verdicts", "Misread barcode: scan it again"),
    "OVER_QUANTITY": QT_TRANSLATE_NOOP("Verdicts", "TOO MANY: this line is already complete"),
    "DUPLICATE_SERIAL": QT_TRANSLATE_NOOP("Verdicts", "Serial number already scanned"),
    "SERIAL_REQUIRED": QT_TRANSLATE_NOOP("Verdicts", "Scan the serial number barcode"),
    "TYPING_NOT_ALLOWED": QT_TRANSLATE_NOOP("Verdicts", "Scan the barcode: typing is not allowed"),
    "EXPIRED": QT_TRANSLATE_NOOP("Verdicts", "EXPIRED: do not ship this unit"),
    "NO_OPEN_ORDER": QT_TRANSLATE_NOOP("Verdicts", "Scan the order barcode first"),
    "COMPLETED": QT_TRANSLATE_NOOP("Verdicts", "Order complete: pack and close the box"),
    "SHORT": QT_TRANSLATE_NOOP("Verdicts", "Items missing: the order cannot be completed"),
    "LABEL_OK": QT_TRANSLATE_NOOP("Verdicts", "Label OK: next order"),
    "LABEL_MISMATCH": QT_TRANSLATE_NOOP("Verdicts", "WRONG LABEL: this label is another order's"),
    "UNDONE": QT_TRANSLATE_NOOP("Verdicts", "Last scan undone: take the unit out"),
    "NOTHING_TO_UNDO": QT_TRANSLATE_NOOP("Verdicts", "Nothing to undo"),
    "ON_HOLD": QT_TRANSLATE_NOOP("Verdicts", "Order put on hold"),
    "OVERRIDDEN": QT_TRANSLATE_NOOP("Verdicts", "Approved by the lead"),
    "SAME_ORDER": QT_TRANSLATE_NOOP("Verdicts", "This order is already open: scan its items"),
}
_OK = QT_TRANSLATE_NOOP("Verdicts", "OK: %1  (%2 left on the order)")
_OTHER_ORDER = QT_TRANSLATE_NOOP("Verdicts", "Order %1 scanned.\nF8: put %2 on hold and open %1")
_IN_HAND = QT_TRANSLATE_NOOP("Verdicts", "In your hand: %1")
ERRORS = {"UNKNOWN_ORDER", "ALREADY_PACKED", "HELD_ELSEWHERE", "NOT_CLAIMED_OFFLINE",
          "WRONG_ITEM", "UNKNOWN_CODE", "BAD_CHECK_DIGIT",
          "OVER_QUANTITY", "DUPLICATE_SERIAL", "SERIAL_REQUIRED", "TYPING_NOT_ALLOWED",
          "EXPIRED", "NO_OPEN_ORDER", "SHORT", "LABEL_MISMATCH", "NOTHING_TO_UNDO",
          "ACK_MISSING", "ACK_NOT_NEEDED"}
COMPLETE = {"COMPLETED", "LABEL_OK", "OVERRIDDEN", "ON_HOLD"}
OFFERS = {"OTHER_ORDER"}  # not a mistake: a question, amber
REFUSED_OPEN = {"UNKNOWN_ORDER", "ALREADY_PACKED", "HELD_ELSEWHERE", "NOT_CLAIMED_OFFLINE"}


def tr(text: object) -> str:
    return QCoreApplication.translate("Verdicts", str(text))


def verdict_text(verdict: str) -> str:
    return tr(VERDICT_TEXT.get(str(verdict), str(verdict)))


def banner_state(verdict: str) -> str:
    if verdict in ERRORS:
        return "error"
    if verdict in OFFERS:
        return "offer"
    return "complete" if verdict in COMPLETE else "ok"


def banner_text(result: ScanResult, open_order: str | None, product_name: str) -> str:
    """The banner's sentence; ``product_name`` names what was scanned (not only its SKU)."""
    verdict = str(result.verdict)
    if result.message is not None:  # confirmations: a catalogue message
        return in_user_language(result.message)
    if verdict == "OK":
        return tr(_OK).replace("%1", product_name or result.sku).replace(
            "%2", str(result.order_remaining))
    if verdict == "OTHER_ORDER":
        return tr(_OTHER_ORDER).replace("%1", result.other_order_no).replace(
            "%2", open_order or "")
    text = verdict_text(verdict)
    if verdict == "LABEL_MISMATCH" and result.other_order_no:
        return f"{text}\n({result.other_order_no})"
    if verdict == "HELD_ELSEWHERE":
        return f"{text}\n({result.detail})"  # which station has it
    if verdict in ERRORS and (product_name or result.sku):
        return f"{text}\n{tr(_IN_HAND).replace('%1', product_name or result.sku)}"
    return text


def ack_hints(kinds: tuple[AckKind, ...]) -> str:
    """「保冷剤・クール箱 (Ctrl+1)、のし・ギフト包装 (Ctrl+2)」"""
    separator = QCoreApplication.translate("PackerScreen", ", ")
    return separator.join(f"{in_user_language(k.message)} ({ACK_KEYS[k]})" for k in kinds)
