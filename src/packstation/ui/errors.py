"""One place that turns typed errors into a message for the user, in their language.

Every error the services raise carries a message code and parameters (domain/messages); the
template is translated in the context "Messages" of the .ts files, its parameters as given
(nested messages in the same language). Nothing here reads an error's English text.
"""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QCoreApplication

from packstation.domain.errors import BadInput, InputProblem, PackstationError
from packstation.domain.messages import Msg, render

log = logging.getLogger("packstation.ui")

# What a user can do about the operating system's usual refusals; any other OSError gets
# the generic "could not be used" with the file it names.
_OS_ERRORS = {
    errno.ENOENT: "error.os.not_found",
    errno.EACCES: "error.os.permission",
    errno.EPERM: "error.os.permission",
    errno.ENOSPC: "error.os.disk_full",
    errno.EROFS: "error.os.read_only",
    errno.EBUSY: "error.os.busy",
}


def tr_message(template: str) -> str:
    """A catalogue template in the user's language (context "Messages" in the .ts files)."""
    return QCoreApplication.translate("Messages", template)


def in_user_language(msg: Msg) -> str:
    """One catalogue message in the user's language."""
    return render(msg, tr_message)


def problem_line(problem: InputProblem, source: Msg | str = "") -> str:
    """``source, row 3, column 'qty': problem (fix)`` in the user's language."""
    return problem.render(source, tr_message)


def problems_text(error: BadInput) -> str:
    """Every problem of a file or form, one line each, in the user's language."""
    return error.summary(tr_message)


def describe(error: BaseException) -> str:
    """A short sentence saying what went wrong and what to do. Never a traceback."""
    if isinstance(error, BadInput):
        return in_user_language(Msg("error.bad_input")) + "\n" + error.summary(tr_message)
    if isinstance(error, PackstationError):
        return in_user_language(error.msg)
    if isinstance(error, OSError):
        return in_user_language(os_message(error))
    # Unexpected: keep the details for the log (never personal data), show a calm message.
    log.error("unexpected error", exc_info=error)
    return in_user_language(Msg("error.unexpected"))


def os_message(error: OSError) -> Msg:
    """The operating system's refusal as a message: the file or device it names is data."""
    where = error.filename if error.filename is not None else ""
    code = _OS_ERRORS.get(error.errno or 0)
    if code is not None:
        return Msg(code, path=str(where) if where else "—")
    return Msg("error.os", detail=str(where) if where else (error.strerror or str(error)))
