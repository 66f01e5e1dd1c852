"""What every settings dialog does on Save: one all-or-nothing save on the DB executor, then
close with the new settings, or stay open and say what is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSpinBox

from packstation.domain.errors import NeedsConfirmation
from packstation.services import settings as settings_service
from packstation.ui.errors import describe
from packstation.ui.widgets.base import Dialog


def spin_box(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class SettingsForm(Dialog):
    """Subclasses set `ctx`, `save_button`, `message` and implement `changes()`."""

    ctx: Any
    save_button: Any
    message: Any
    _to_confirm: dict[str, object] = {}
    _asked: dict[str, object] = {}

    def changes(self) -> dict[str, object]:
        raise NotImplementedError

    def save(self) -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        if user is None:
            return
        # Only what the user changed here: the form shows the settings as they were when it
        # opened, and a networked station refuses to store a shared one (services/networked.py)
        # even unchanged if the central value moved since.
        shown = self.ctx.settings
        changes = {name: value for name, value in self.changes().items()
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
        self.message.setText(describe(error))
