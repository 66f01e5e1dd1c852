"""What every screen needs: the services (handed over by the composition root), the
background tasks, the session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from packstation.services.app import Services
from packstation.services.dto import SessionUser
from packstation.services.packing.api import Packer
from packstation.services.settings import Settings
from packstation.ui.i18n import Language
from packstation.ui.tasks import Tasks


@dataclass
class UiContext:
    tasks: Tasks
    language: Language
    show_error: Callable[[BaseException], None]
    services: Services | None = None  # None until the database is open (services_ready)
    session: SessionUser | None = None
    settings: Settings | None = None  # loaded with the services

    @property
    def ready(self) -> bool:
        return self.services is not None

    def require_services(self) -> Services:
        assert self.services is not None, "services not ready yet"
        return self.services

    def packer(self) -> Packer:
        """Who packs at this bench now, under the station's settings."""
        return Packer(self.session, self.settings)
