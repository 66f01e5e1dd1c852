"""What the packer reads about a weighing, in the station's language, and the label hook.

``QCoreApplication.translate`` is thread-safe, so ``label_hook`` may run on a printing worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.weighing import ScaleError, WeightVerdict
from packstation.services.weighing import weigh as weighing
from packstation.services.weighing.api import Weighing

_CONTEXT = "Weighing"
_RESULTS = {
    WeightVerdict.TOO_LIGHT: QT_TRANSLATE_NOOP(
        "Weighing", "Too light: expected %1 g ± %2 g / measured %3 g"),
    WeightVerdict.TOO_HEAVY: QT_TRANSLATE_NOOP(
        "Weighing", "Too heavy: expected %1 g ± %2 g / measured %3 g"),
    WeightVerdict.OK: QT_TRANSLATE_NOOP("Weighing", "Weight OK: %3 g (expected %1 g ± %2 g)"),
    WeightVerdict.OVERRIDDEN: QT_TRANSLATE_NOOP(
        "Weighing", "Approved by the lead: shipped at the measured %3 g"),
}
_UNCHECKED = QT_TRANSLATE_NOOP("Weighing", "Weighed %1 g; not checked: no registered weight "
                                           "for %2")
_NOT_WEIGHED = QT_TRANSLATE_NOOP("Weighing", "Weigh the box first (F5)")
_EXPECTED = QT_TRANSLATE_NOOP("Weighing", "Expected %1 g ± %2 g (box %3)")
_CLASS = QT_TRANSLATE_NOOP("Weighing", "The weight changes the carrier class: %1 → %2 (%3 yen)")
_NO_SERVICE = QT_TRANSLATE_NOOP("Weighing", "No carrier service takes this box at this weight "
                                            "(was %1): call the lead")
_SCALE_ERRORS = {
    "missing": QT_TRANSLATE_NOOP("Weighing", "The scale is not connected (%1): plug it in, or "
                                             "set its port (admin: Shift+F5)"),
    "no_answer": QT_TRANSLATE_NOOP("Weighing", "No answer from the scale (%1): check the cable, "
                                               "that it is on, and its speed (baud)"),
    "unstable": QT_TRANSLATE_NOOP("Weighing", "The weight does not settle: keep the box still "
                                              "and press F5 again"),
    "overload": QT_TRANSLATE_NOOP("Weighing", "Over the scale's range: use a bigger scale"),
    "underload": QT_TRANSLATE_NOOP("Weighing", "The scale reads below zero: empty it, zero it "
                                               "and weigh again"),
    "permission": QT_TRANSLATE_NOOP("Weighing", "This PC may not read the scale (%1): ask the "
                                                "admin"),
    "not_configured": QT_TRANSLATE_NOOP("Weighing", "No scale is set up at this station "
                                                    "(admin: Shift+F5)"),
    "error": QT_TRANSLATE_NOOP("Weighing", "The scale reports an error: %1"),
    "unit": QT_TRANSLATE_NOOP("Weighing", "The scale reports an error: %1"),
}


def tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def grams(value: int | None) -> str:
    return f"{value:,}" if value is not None else "—"


def result_text(result: weighing.WeighResult) -> str:
    if result.verdict is None:
        return ""
    if result.verdict is WeightVerdict.UNCHECKED:
        return tr(_UNCHECKED).replace("%1", grams(result.measured_g)).replace(
            "%2", ", ".join(result.unweighted))
    return (tr(_RESULTS[result.verdict])
            .replace("%1", grams(result.expected_g)).replace("%2", grams(result.tolerance_g))
            .replace("%3", grams(result.measured_g)))


def expected_text(result: weighing.WeighResult) -> str:
    if result.expected_g is None:
        return tr(_UNCHECKED).replace("%1", "—").replace("%2", ", ".join(result.unweighted))
    return (tr(_EXPECTED).replace("%1", grams(result.expected_g))
            .replace("%2", grams(result.tolerance_g)).replace("%3", ", ".join(result.box_codes)))


def class_text(change: weighing.ClassChange) -> str:
    if not change.after:
        return tr(_NO_SERVICE).replace("%1", change.before)
    sign = "+" if change.difference_yen >= 0 else "−"
    return (tr(_CLASS).replace("%1", change.before).replace("%2", change.after)
            .replace("%3", f"{sign}{abs(change.difference_yen):,}"))


def block_text(block: weighing.WeightBlock) -> str:
    if block.kind == "not_weighed":
        return tr(_NOT_WEIGHED)
    return (tr(_RESULTS[WeightVerdict(block.kind)]).replace("%1", grams(block.expected_g))
            .replace("%2", grams(block.tolerance_g)).replace("%3", grams(block.measured_g)))


def scale_error_text(error: ScaleError) -> str:
    detail = str(error.params.get("port") or error.message)
    return tr(_SCALE_ERRORS.get(error.kind, _SCALE_ERRORS["error"])).replace("%1", detail)


def label_hook(scale_check: Weighing) -> Callable[[str], str | None]:
    """``before_label(order_no) -> str | None`` for the label printing path: the reason the
    label must wait, in the station's language, or None. Runs its own short read transaction;
    call it off the UI thread (the printing worker)."""

    def before_label(order_no: str) -> str | None:
        block = scale_check.label_refusal(order_no)
        return block_text(block) if block else None

    return before_label
