"""Messages every feature uses: the generic wording of each kind of error."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "error.unexpected": QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong and was not saved. Try again; if it repeats, call the admin."),
    "error.not_found": QT_TRANSLATE_NOOP(
        "Messages", "Not found. Check the number and scan again."),
    "error.permission": QT_TRANSLATE_NOOP(
        "Messages", "You are not allowed to do this. Ask a lead or an admin."),
    "error.centrally_managed": QT_TRANSLATE_NOOP(
        "Messages", "This station works with the central database: master data, shop settings, "
        "users, orders and the carrier hand-off are handled there (on the admin PC). This "
        "station takes the changes at its next sync. Nothing was changed here."),
    "error.os": QT_TRANSLATE_NOOP(
        "Messages", "A file or device could not be used: {detail}"),
    "error.os.not_found": QT_TRANSLATE_NOOP(
        "Messages", "A file or device was not found: {path}"),
    "error.os.permission": QT_TRANSLATE_NOOP(
        "Messages", "This PC may not use the file or device {path}: ask the admin."),
    "error.os.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: {path} could not be written. Ask the admin."),
    "error.os.read_only": QT_TRANSLATE_NOOP(
        "Messages", "{path} is on a read-only disk: choose another place."),
    "error.os.busy": QT_TRANSLATE_NOOP(
        "Messages", "{path} is in use by another program: close it and try again."),
    "error.bad_input": QT_TRANSLATE_NOOP(
        "Messages", "The input has problems; nothing was changed:"),
    "error.cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Stopped; nothing was changed."),
    "error.needs_confirmation": QT_TRANSLATE_NOOP(
        "Messages", "Please confirm this value; nothing was saved yet."),
    # One problem's line: "a.csv, row 3, column 'qty': problem (fix)"; each language joins
    # the places its own way.
    "problem.where.source": QT_TRANSLATE_NOOP("Messages", "{source}, {place}"),
    "problem.where.and": QT_TRANSLATE_NOOP("Messages", "{first}, {then}"),
    "problem.line": QT_TRANSLATE_NOOP("Messages", "{where}: {problem}"),
    "problem.with_fix": QT_TRANSLATE_NOOP("Messages", "{problem} ({fix})"),
    "problem.where.row": QT_TRANSLATE_NOOP("Messages", "row {row}"),
    "problem.where.column": QT_TRANSLATE_NOOP("Messages", "column '{column}'"),
}
