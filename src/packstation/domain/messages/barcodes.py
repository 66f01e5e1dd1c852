"""Why a GS1 element string cannot be read (domain/barcodes.py). {ai} is the Application
Identifier, {value} the field as scanned. Short: they also serve as a scan's problem note."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "barcode.body_not_digits": QT_TRANSLATE_NOOP(
        "Messages", "check digit body '{value}' is not all digits"),
    "barcode.date_not_yymmdd": QT_TRANSLATE_NOOP("Messages", "date '{value}' is not YYMMDD"),
    "barcode.date_bad_month": QT_TRANSLATE_NOOP("Messages", "date {value} has month {month}"),
    "barcode.date_bad_day": QT_TRANSLATE_NOOP("Messages", "date {value} has day {day}"),
    "barcode.ai_not_digits": QT_TRANSLATE_NOOP("Messages", "AI {ai} must be digits"),
    "barcode.ai_bad_character": QT_TRANSLATE_NOOP(
        "Messages", "AI {ai} has a character GS1 does not allow"),
    "barcode.ai_too_long": QT_TRANSLATE_NOOP("Messages", "AI {ai} is longer than {length}"),
    "barcode.ai_too_short": QT_TRANSLATE_NOOP("Messages", "AI {ai} is shorter than {length}"),
    "barcode.ai_twice": QT_TRANSLATE_NOOP(
        "Messages", "AI {ai} appears twice with different values"),
    "barcode.unknown_ai": QT_TRANSLATE_NOOP("Messages", "unknown AI {ai}"),
    "barcode.text_before_ai": QT_TRANSLATE_NOOP(
        "Messages", "text in front of the first '(AI)'"),
    "barcode.empty": QT_TRANSLATE_NOOP("Messages", "empty element string"),
}
