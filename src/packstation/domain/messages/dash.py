"""Messages of the lead's dashboard and daily report (domain/dash.py, services/dash)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "dash.cutoffs_need_seven": QT_TRANSLATE_NOOP(
        "Messages", "seven cutoffs are needed, Monday to Sunday ({found} given)"),
    "dash.bad_cutoff": QT_TRANSLATE_NOOP(
        "Messages", "cutoff for {weekday} is not a time: '{value}'"),
    "dash.cutoffs_fix": QT_TRANSLATE_NOOP(
        "Messages", "write HH:MM per weekday, Monday first, comma-separated; leave a day empty "
        "when nothing ships (e.g. 14:00,14:00,14:00,14:00,14:00,,)"),
    "dash.lead_only": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin can see the dashboard and its reports."),
    "dash.bad_time": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a time of day"),
    "dash.bad_time_fix": QT_TRANSLATE_NOOP("Messages", "write the time as HH:MM, e.g. 18:00"),
    "dash.bad_date": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date"),
    "dash.bad_date_fix": QT_TRANSLATE_NOOP("Messages", "write the date as YYYY-MM-DD"),
}
