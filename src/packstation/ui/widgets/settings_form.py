"""What every settings dialog does on Save: read every number field as typed, then one
all-or-nothing save on the DB executor, then close with the new settings, or stay open and
name every field that is wrong (by its caption) and how to fix it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from packstation.domain.errors import BadInput, NeedsConfirmation
from packstation.services import settings as settings_service
from packstation.ui.errors import describe
from packstation.ui.screens.admin.common import problem_report
from packstation.ui.widgets.base import Dialog
from packstation.ui.widgets.number_field import NumberField, read_numbers, with_rules


def number_box(setting: str, value: int, unit: str) -> NumberField:
    """A whole-number field for a setting, with the range the settings service enforces."""
    low, high = settings_service.LIMITS[setting]
    field = NumberField(low, high, unit, value=value)
    field.setObjectName(setting)
    return field


class SettingsForm(Dialog):
    """Subclasses set `ctx`, `save_button`, `message`, the captions in `_labels` (one per
    field, in the order of `fields()`), and implement `changes()` and `fields()`."""

    ctx: Any
    save_button: Any
    message: Any
    _labels: list[QLabel]
    _to_confirm: dict[str, object] = {}
    _asked: dict[str, object] = {}

    def fields(self) -> list[tuple[str, Any]]:
        """(setting name, its widget) in the form's order."""
        raise NotImplementedError

    def changes(self) -> dict[str, object]:
        raise NotImplementedError

    def number_fields(self) -> list[tuple[str, NumberField]]:
        return [(name, w) for name, w in self.fields() if isinstance(w, NumberField)]

    def field_labels(self) -> dict[str, str]:
        """Each setting's name as the form shows it (its caption, without a trailing colon)."""
        return {name: label.text().rstrip(":：") for (name, _w), label in
                zip(self.fields(), self._labels, strict=True)}

    def save(self) -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        if user is None:
            return
        numbers, unreadable = read_numbers(self.number_fields())
        # Only what the user changed here: the form shows the settings as they were when it
        # opened, and a networked station refuses to store a shared one (services/networked.py)
        # even unchanged if the central value moved since.
        shown = self.ctx.settings
        typed = {**self.changes(), **numbers}
        if unreadable:  # refused here with every other problem of the form: nothing is saved
            self._failed(BadInput(with_rules(unreadable, settings_service.problems(typed))))
            return
        changes = {name: value for name, value in typed.items()
                   if shown is None or getattr(shown, name, None) != value}
        self.save_button.setEnabled(False)
        # A value the service asked to confirm counts as confirmed when saved again unchanged.
        confirmed = frozenset(name for name, value in self._to_confirm.items()
                              if changes.get(name) == value)
        self._asked = changes
        self.ctx.tasks.db.submit(lambda: admin.save_settings(user, changes, confirmed),
                                 self._saved, self._failed)

    def _saved(self, saved: settings_service.Settings) -> None:
        self.ctx.settings = saved
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, NeedsConfirmation):
            name = str(error.params.get("setting", ""))
            self._to_confirm = {**self._to_confirm, name: self._asked.get(name)}
        self.message.setText(problem_report(error, self.field_labels())
                             if isinstance(error, BadInput) else describe(error))
