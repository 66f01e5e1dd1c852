"""Typed errors. Raised where found, caught only at the UI boundary and in cli.py.

Every error carries a message *key* and parameters, never a pre-formatted sentence, so the UI
can show it in the packer's language. ``str()`` gives a plain English fallback for logs/CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class PackstationError(Exception):
    """Base of every error a user may see."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class NotFound(PackstationError):
    pass


class PermissionDenied(PackstationError):
    pass


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


@dataclass(frozen=True)
class InputProblem:
    """One problem in a file or form: where it is and how to fix it."""

    row: int | None  # 1-based data row as a spreadsheet shows it (header = row 1); None = file
    column: str | None
    problem: str
    fix: str = ""

    def render(self, source: str = "") -> str:
        where = [source] if source else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        loc = ", ".join(where)
        text = f"{loc}: {self.problem}" if loc else self.problem
        return f"{text} ({self.fix})" if self.fix else text


@dataclass
class BadInput(PackstationError):
    """Bad input: a file, a form or a barcode. Carries every problem found, not just the first."""

    problems: list[InputProblem] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        PackstationError.__init__(self, self.summary())

    def summary(self) -> str:
        return "\n".join(p.render(self.source) for p in self.problems)
