"""Why a GS1 element string cannot be read (domain/barcodes.py). {ai} is the Application
Identifier, {value} the field as scanned."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "barcode.body_not_digits": QT_TRANSLATE_NOOP(
        "Messages", "The check digit cannot be computed: '{value}' is not all digits."),
    "barcode.date_not_yymmdd": QT_TRANSLATE_NOOP(
        "Messages", "The date '{value}' in the barcode is not YYMMDD."),
    "barcode.date_bad_month": QT_TRANSLATE_NOOP(
        "Messages", "The date {value} in the barcode has month {month}."),
    "barcode.date_bad_day": QT_TRANSLATE_NOOP(
        "Messages", "The date {value} in the barcode has day {day}."),
    "barcode.ai_not_digits": QT_TRANSLATE_NOOP(
        "Messages", "AI ({ai}) in the barcode must be digits: {value}"),
    "barcode.ai_bad_character": QT_TRANSLATE_NOOP(
        "Messages", "AI ({ai}) in the barcode has a character GS1 does not allow: {value}"),
    "barcode.ai_too_long": QT_TRANSLATE_NOOP(
        "Messages", "AI ({ai}) in the barcode is longer than {length}: {value}"),
    "barcode.ai_too_short": QT_TRANSLATE_NOOP(
        "Messages", "AI ({ai}) in the barcode is shorter than {length}: {value}"),
    "barcode.ai_twice": QT_TRANSLATE_NOOP(
        "Messages", "AI ({ai}) appears twice in the barcode with different values."),
    "barcode.unknown_ai": QT_TRANSLATE_NOOP(
        "Messages", "The barcode has an unknown AI ({ai})."),
    "barcode.text_before_ai": QT_TRANSLATE_NOOP(
        "Messages", "The barcode has text in front of the first '(AI)'."),
    "barcode.empty": QT_TRANSLATE_NOOP("Messages", "The barcode holds no GS1 data."),
}
