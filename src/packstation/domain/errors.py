"""Typed errors. Raised where found, caught only at the UI boundary and in the CLI.

Every error carries a message *code* and parameters (``domain/messages``), never a sentence, so
the GUI shows it in the user's language and the CLI in English from the same catalogue.
``str()`` is the English rendering (logs, CLI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from packstation.domain.messages import Msg, Translate, english, render
from packstation.domain.messages.catalogue import CATALOGUE


class PackstationError(Exception):
    """Base of every error a user may see: ``code`` names its message in the catalogue."""

    default_code = "error.unexpected"

    def __init__(self, code: str = "", /, **params: Any) -> None:
        code = code or self.default_code
        # Transitional: a few raise sites still pass English prose (issue 13 converts them).
        self.msg: Msg | None = Msg(code, **params) if code in CATALOGUE else None
        self.message = english(self.msg) if self.msg is not None else code
        self.code = code if self.msg is not None else ""
        self.params = params
        super().__init__(self.message)


class NotFound(PackstationError):
    default_code = "error.not_found"


class PermissionDenied(PackstationError):
    default_code = "error.permission"


class AuthenticationFailed(PackstationError):
    pass


class AccountLocked(PackstationError):
    pass


class ConfigError(PackstationError):
    pass


class StateError(PackstationError):
    """The action does not fit the current state (e.g. completing a short order)."""


class CentrallyManaged(StateError):
    """A networked station's catalogue, shop settings, users and orders are copies of the
    central database's, replaced at every sync: an edit made on the station would be lost."""


class Cancelled(PackstationError):
    """The user stopped a long operation (an import) before it finished; nothing was changed."""

    default_code = "error.cancelled"


@dataclass(frozen=True)
class InputProblem:
    """One problem in a file or form: where it is, what is wrong and how to fix it."""

    row: int | None  # 1-based data row as a spreadsheet shows it (header = row 1); None = file
    column: str | None
    problem: Msg | str  # str only while issue 13's conversion is under way
    fix: Msg | str = ""

    def render(self, source: str = "", translate: Translate | None = None) -> str:
        """``source: row 3, column 'qty': problem (fix)`` in the language of ``translate``."""
        tr = translate or (lambda template: template)
        where = [source] if source else []
        if self.row is not None:
            where.append(render(Msg("problem.where.row", row=self.row), tr))
        if self.column:
            where.append(render(Msg("problem.where.column", column=self.column), tr))
        loc = ", ".join(where)
        problem, fix = _text(self.problem, tr), _text(self.fix, tr)
        text = f"{loc}: {problem}" if loc else problem
        return f"{text} ({fix})" if fix else text


def _text(part: Msg | str, translate: Translate) -> str:
    return render(part, translate) if isinstance(part, Msg) else part


@dataclass
class BadInput(PackstationError):
    """Bad input: a file, a form or a barcode. Carries every problem found, not just the first."""

    problems: list[InputProblem] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        PackstationError.__init__(self, "error.bad_input")
        self.message = self.summary()
        self.args = (self.message,)

    def summary(self, translate: Translate | None = None) -> str:
        return "\n".join(p.render(self.source, translate) for p in self.problems)
