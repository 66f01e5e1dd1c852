"""One place that turns typed errors into a message for the user, in their language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    BadInput,
    CentrallyManaged,
    NotFound,
    PackstationError,
    PermissionDenied,
    StateError,
)
from packstation.domain.messages import Msg, render

log = logging.getLogger("packstation.ui")

# First match wins: subclasses before their bases.
_MESSAGES: list[tuple[type[BaseException], object]] = [
    (AccountLocked, QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong PINs. This user is locked for a few minutes; ask the lead.")),
    (AuthenticationFailed, QT_TRANSLATE_NOOP(
        "Errors", "User or PIN not recognised. Scan your badge again and re-enter the PIN.")),
    (PermissionDenied, QT_TRANSLATE_NOOP(
        "Errors", "You are not allowed to do this. Ask a lead or an admin.")),
    (NotFound, QT_TRANSLATE_NOOP("Errors", "Not found. Check the number and scan again.")),
    (CentrallyManaged, QT_TRANSLATE_NOOP(
        "Errors", "This station works with the central database: master data, shop settings, "
        "users, orders and the carrier hand-off are handled there (on the admin PC). This "
        "station takes the changes at its next sync. Nothing was changed here.")),
]
_BAD_INPUT = QT_TRANSLATE_NOOP("Errors", "The input has problems; nothing was changed:")
_STATE = QT_TRANSLATE_NOOP("Errors", "This cannot be done now:")
_OS = QT_TRANSLATE_NOOP("Errors", "A file or device could not be used:")
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong and was not saved. Try again; if it repeats, call the admin.")


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP returns the literal unchanged; its stub just says `object`.
    return QCoreApplication.translate("Errors", str(text))


def tr_message(template: str) -> str:
    """A catalogue template in the user's language (context "Messages" in the .ts files)."""
    return QCoreApplication.translate("Messages", template)


def in_user_language(msg: Msg) -> str:
    """One catalogue message in the user's language."""
    return render(msg, tr_message)


def describe(error: BaseException) -> str:
    """A short sentence saying what went wrong and what to do. Never a traceback."""
    if isinstance(error, BadInput):
        return in_user_language(Msg("error.bad_input")) + "\n" + error.summary(tr_message)
    if isinstance(error, PackstationError) and error.msg is not None:
        return in_user_language(error.msg)
    for kind, message in _MESSAGES:
        if isinstance(error, kind):
            named = error.params.get("settings") if isinstance(error, PackstationError) else None
            return _t(message) + (f" ({', '.join(map(str, named))})" if named else "")
    if isinstance(error, BadInput):
        return _t(_BAD_INPUT) + "\n" + error.summary()
    if isinstance(error, StateError):
        return _t(_STATE) + " " + error.message
    if isinstance(error, PackstationError):
        return error.message
    if isinstance(error, OSError):
        return _t(_OS) + f" {error.strerror or error}"
    # Unexpected: keep the details for the log (never personal data), show a calm message.
    log.error("unexpected error", exc_info=error)
    return _t(_UNEXPECTED)
