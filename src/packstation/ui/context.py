"""What every screen needs: the services' dependencies, the background tasks, the session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from packstation.bootstrap import App
from packstation.services.dto import SessionUser
from packstation.ui.i18n import Language
from packstation.ui.tasks import Tasks


@dataclass
class UiContext:
    tasks: Tasks
    language: Language
    show_error: Callable[[BaseException], None]
    app: App | None = None
    session: SessionUser | None = None
    settings: Any = None  # services.settings.Settings once loaded
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        return self.app is not None

    def require_app(self) -> App:
        assert self.app is not None, "services not ready yet"
        return self.app
