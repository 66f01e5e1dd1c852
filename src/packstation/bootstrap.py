"""The one composition root: config → engine → unit of work → services' dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.config import Config
from packstation.services.ports import Clock, DocumentRenderer, PinHasher, UnitOfWorkFactory


def _document_renderer() -> DocumentRenderer:
    """Labels and slips; reportlab and Pillow load on the first document, not here."""
    from packstation.adapters.printing.renderer import ReportlabZplRenderer

    return ReportlabZplRenderer()


@dataclass
class App:
    config: Config
    uow: UnitOfWorkFactory
    hasher: PinHasher
    clock: Clock
    renderer: DocumentRenderer = field(default_factory=_document_renderer)

    def close(self) -> None:
        engine = getattr(self.uow, "engine", None)
        if engine is not None:
            engine.dispose()


def build(config: Config, *, migrate: bool = True) -> App:
    """Wire the real adapters. SQLAlchemy and Alembic load here, not at import."""
    from packstation.adapters.db.engine import make_engine
    from packstation.adapters.db.engine import migrate as run_migrations
    from packstation.adapters.db.uow import SqlUnitOfWorkFactory
    from packstation.adapters.security import Argon2PinHasher, SystemClock

    engine = make_engine(config.db_url)
    if migrate:
        run_migrations(engine)
    return App(config, SqlUnitOfWorkFactory(engine), Argon2PinHasher(), SystemClock())
