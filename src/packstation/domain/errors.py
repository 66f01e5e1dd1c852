"""Typed errors. Raised where found, caught only at the UI boundary and in the CLI.

Every error carries a message *code* and parameters (``domain/messages``), never a sentence, so
the GUI shows it in the user's language and the CLI in English from the same catalogue.
``str()`` is the English rendering (logs, CLI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from packstation.domain.messages import Msg, Translate, english, render


class PackstationError(Exception):
    """Base of every error a user may see: ``code`` names its message in the catalogue."""

    default_code = "error.unexpected"

    def __init__(self, code: str = "", /, **params: Any) -> None:
        self.msg = Msg(code or self.default_code, **params)  # KeyError on an unknown code
        self.code = self.msg.code
        self.message = english(self.msg)
        self.params = params
        super().__init__(self.message)


class NotFound(PackstationError):
    default_code = "error.not_found"


class PermissionDenied(PackstationError):
    default_code = "error.permission"


class AuthenticationFailed(PackstationError):
    default_code = "auth.not_recognised"


class AccountLocked(PackstationError):
    default_code = "auth.locked"


class ConfigError(PackstationError):
    pass


class StateError(PackstationError):
    """The action does not fit the current state (e.g. completing a short order)."""


class CentrallyManaged(StateError):
    """A networked station's catalogue, shop settings, users and orders are copies of the
    central database's, replaced at every sync: an edit made on the station would be lost."""

    default_code = "error.centrally_managed"


class NeedsConfirmation(PackstationError):
    """A value that may well be right but looks wrong: stored only when the user confirms it
    (``setting`` names what to confirm; ``problem`` says why it looks wrong)."""

    default_code = "error.needs_confirmation"


class Cancelled(PackstationError):
    """The user stopped a long operation (an import) before it finished; nothing was changed."""

    default_code = "error.cancelled"


@dataclass(frozen=True)
class InputProblem:
    """One problem in a file or form: where it is, what is wrong and how to fix it."""

    row: int | None  # 1-based data row as a spreadsheet shows it (header = row 1); None = file
    column: Msg | str | None  # a header as the file has it / a form's field key, or a message
    problem: Msg
    fix: Msg | None = None

    def render(self, source: Msg | str = "", translate: Translate | None = None) -> str:
        """``source: row 3, column 'qty': problem (fix)`` in the language of ``translate``."""
        tr = translate or (lambda template: template)
        places = ([Msg("problem.where.row", row=self.row)] if self.row is not None else []) + \
            ([Msg("problem.where.column", column=self.column)] if self.column else [])
        what: Msg = self.problem if self.fix is None else Msg(
            "problem.with_fix", problem=self.problem, fix=self.fix)
        where: Msg | str | None = places[0] if places else None
        if len(places) == 2:
            where = Msg("problem.where.and", first=places[0], then=places[1])
        if source:
            where = Msg("problem.where.source", source=source, place=where) if where else source
        return render(Msg("problem.line", where=where, problem=what), tr) if where else \
            render(what, tr)


@dataclass
class BadInput(PackstationError):
    """Bad input: a file, a form or a barcode. Carries every problem found, not just the first."""

    problems: list[InputProblem] = field(default_factory=list)
    source: Msg | str = ""  # what was read: a file's path (data, shown as it is) or a message

    def __post_init__(self) -> None:
        PackstationError.__init__(self, "error.bad_input")
        self.message = self.summary()
        self.args = (self.message,)

    def summary(self, translate: Translate | None = None) -> str:
        return "\n".join(p.render(self.source, translate) for p in self.problems)
