"""The verdict on one scan against the open order: the rules that stop 誤出荷.

Pure: the service looks up what the scan refers to and hands the facts in; this module decides.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from packstation.domain.barcodes import ScannedCode


class Verdict(enum.StrEnum):
    # opening an order
    OPENED = "OPENED"
    UNKNOWN_ORDER = "UNKNOWN_ORDER"
    ALREADY_PACKED = "ALREADY_PACKED"
    HELD_ELSEWHERE = "HELD_ELSEWHERE"  # extension (networked): another station has the order
    NOT_CLAIMED_OFFLINE = "NOT_CLAIMED_OFFLINE"  # extension: server away, order not held here
    # scanning an item
    OK = "OK"
    WRONG_ITEM = "WRONG_ITEM"
    UNKNOWN_CODE = "UNKNOWN_CODE"
    BAD_CHECK_DIGIT = "BAD_CHECK_DIGIT"
    OVER_QUANTITY = "OVER_QUANTITY"
    DUPLICATE_SERIAL = "DUPLICATE_SERIAL"
    SERIAL_REQUIRED = "SERIAL_REQUIRED"  # extension: a serial-tracked item scanned without AI 21
    TYPING_NOT_ALLOWED = "TYPING_NOT_ALLOWED"  # extension: hand-typed code where not permitted
    EXPIRED = "EXPIRED"
    NO_OPEN_ORDER = "NO_OPEN_ORDER"
    # completing
    COMPLETED = "COMPLETED"
    SHORT = "SHORT"
    # the carrier label check (テレコ)
    LABEL_OK = "LABEL_OK"
    LABEL_MISMATCH = "LABEL_MISMATCH"
    # extensions: the packer's own corrections and the lead's decisions
    UNDONE = "UNDONE"
    NOTHING_TO_UNDO = "NOTHING_TO_UNDO"
    ON_HOLD = "ON_HOLD"
    OVERRIDDEN = "OVERRIDDEN"
    # handling instructions (issue 14): acknowledgements, and order numbers scanned mid-order.
    # None of these is a mis-pick: they are not counted against the packer.
    ACKNOWLEDGED = "ACKNOWLEDGED"  # 保冷剤 / のし / 同梱物 confirmed (bench sheet or key)
    ACK_NOT_NEEDED = "ACK_NOT_NEEDED"  # a confirmation the open order does not ask for
    ACK_MISSING = "ACK_MISSING"  # completion refused: a confirmation is still missing
    OTHER_ORDER = "OTHER_ORDER"  # another order's number: hold this one and open that?
    SAME_ORDER = "SAME_ORDER"  # the open order's own number again: nothing changes

    @property
    def refused(self) -> bool:
        """A refused scan is a near-miss: it goes to the mis-pick log."""
        return self in REFUSED

    @property
    def is_error(self) -> bool:
        """The packer must stop and act (red banner, error sound)."""
        return self in ERRORS

    @property
    def finishes(self) -> bool:
        """The order's items are done with: completed, label checked, on hold or approved."""
        return self in FINISHING

    @property
    def keeps_packing(self) -> bool:
        """The bench is (still) scanning the open order's items after this verdict."""
        return self in PACKING

    @property
    def frees_bench(self) -> bool:
        """The order has left the bench: the next scan opens another."""
        return self in FREEING

    @property
    def refuses_open(self) -> bool:
        """Opening an order was refused: nothing of any order stays on the bench."""
        return self in REFUSED_OPEN

    @property
    def is_offer(self) -> bool:
        """A question to the packer (another order's pick list), not a mistake."""
        return self in OFFERS

    @property
    def is_item_scan(self) -> bool:
        """The verdict on an item scan (not on opening the order, completing or the label)."""
        return self in ITEM_SCANS


# Which verdicts are which: the packer screen, the camera's evidence video and the review use
# these sets, never their own lists.
REFUSED = frozenset({
    Verdict.WRONG_ITEM, Verdict.UNKNOWN_CODE, Verdict.BAD_CHECK_DIGIT, Verdict.OVER_QUANTITY,
    Verdict.DUPLICATE_SERIAL, Verdict.SERIAL_REQUIRED, Verdict.EXPIRED, Verdict.NO_OPEN_ORDER,
    Verdict.LABEL_MISMATCH, Verdict.TYPING_NOT_ALLOWED, Verdict.SHORT,
})
# Opening an order refused: the bench shows nothing of any order afterwards.
REFUSED_OPEN = frozenset({Verdict.UNKNOWN_ORDER, Verdict.ALREADY_PACKED, Verdict.HELD_ELSEWHERE,
                          Verdict.NOT_CLAIMED_OFFLINE})
# Red, but no mis-pick: a confirmation not asked for, or one still missing at completion.
ERRORS = REFUSED | REFUSED_OPEN | {Verdict.NOTHING_TO_UNDO, Verdict.ACK_NOT_NEEDED,
                                   Verdict.ACK_MISSING}
FINISHING = frozenset({Verdict.COMPLETED, Verdict.LABEL_OK, Verdict.OVERRIDDEN, Verdict.ON_HOLD})
PACKING = frozenset({Verdict.OPENED, Verdict.OK, Verdict.UNDONE, Verdict.SHORT,
                     Verdict.OVER_QUANTITY, Verdict.WRONG_ITEM, Verdict.ACKNOWLEDGED,
                     Verdict.ACK_NOT_NEEDED, Verdict.ACK_MISSING, Verdict.OTHER_ORDER,
                     Verdict.SAME_ORDER})
# A question to the packer, not a mistake (amber): hold this order and open that one?
OFFERS = frozenset({Verdict.OTHER_ORDER})
FREEING = frozenset({Verdict.LABEL_OK, Verdict.ON_HOLD})
# The first of these starts the evidence video. Not the opening scan: the 納品書 that opens
# the order may carry the customer's address and is often still in view then.
ITEM_SCANS = frozenset({
    Verdict.OK, Verdict.WRONG_ITEM, Verdict.UNKNOWN_CODE, Verdict.BAD_CHECK_DIGIT,
    Verdict.OVER_QUANTITY, Verdict.DUPLICATE_SERIAL, Verdict.SERIAL_REQUIRED, Verdict.EXPIRED,
})


@dataclass(frozen=True)
class ProductMatch:
    """What a scanned code refers to: a product, and how many units one scan means."""

    sku: str
    units: int
    serial_tracked: bool = False
    qty_entry_allowed: bool = False  # scan once, key the count


@dataclass(frozen=True)
class LineState:
    line_no: int
    sku: str
    qty: int
    scanned_qty: int

    @property
    def remaining(self) -> int:
        return max(self.qty - self.scanned_qty, 0)


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    sku: str = ""
    line_no: int | None = None
    units: int = 0  # units this scan adds to the line (0 when refused)
    serial: str = ""
    detail: str = ""  # why, in plain words, for the log and the banner


def units_of(code: ScannedCode, match: ProductMatch) -> int:
    """A case code counts its units; a GS1 count (AI 30) multiplies them."""
    return match.units * (code.count if code.count else 1)


def judge_item(
    code: ScannedCode,
    match: ProductMatch | None,
    lines: list[LineState],
    today: date,
    serial_already_shipped: bool = False,
) -> Decision:
    """Decide one item scan. Order of checks: the cheapest proof of a wrong scan first."""
    if not code.check_digit_ok:
        return Decision(Verdict.BAD_CHECK_DIGIT, detail=code.problem or "wrong check digit")
    if match is None:
        return Decision(Verdict.UNKNOWN_CODE, detail=code.problem or "no product has this code")
    if code.expiry is not None and code.expiry < today:
        return Decision(Verdict.EXPIRED, match.sku, detail=f"expired {code.expiry.isoformat()}")
    line = next((ln for ln in lines if ln.sku == match.sku and ln.remaining > 0), None)
    line = line or next((ln for ln in lines if ln.sku == match.sku), None)
    if line is None:
        return Decision(Verdict.WRONG_ITEM, match.sku, detail="not on this order")
    return _judge_on_line(code, match, line, serial_already_shipped)


def _judge_on_line(code: ScannedCode, match: ProductMatch, line: LineState,
                   serial_already_shipped: bool) -> Decision:
    units = units_of(code, match)
    if match.serial_tracked:
        if not code.serial:
            return Decision(Verdict.SERIAL_REQUIRED, match.sku, line.line_no,
                            detail="scan the code with the serial number")
        if serial_already_shipped:
            return Decision(Verdict.DUPLICATE_SERIAL, match.sku, line.line_no,
                            serial=code.serial, detail=f"serial {code.serial} already scanned")
    if units > line.remaining:
        return Decision(Verdict.OVER_QUANTITY, match.sku, line.line_no,
                        detail=f"{units} more than the {line.remaining} still needed")
    return Decision(Verdict.OK, match.sku, line.line_no, units, serial=code.serial)


def is_complete(lines: list[LineState]) -> bool:
    return all(ln.remaining == 0 for ln in lines)
