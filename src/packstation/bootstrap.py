"""The one composition root: config → engine → unit of work → services' dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.config import Config
from packstation.services.ports import Clock, PinHasher, UnitOfWorkFactory
from packstation.services.weighing import Scale, ScaleFactory


def _open_scale(kind: str, port: str, baud: int) -> Scale:
    from packstation.adapters.scales import open_scale

    return open_scale(kind, port, baud)


@dataclass
class App:
    config: Config
    uow: UnitOfWorkFactory
    hasher: PinHasher
    clock: Clock
    scales: ScaleFactory = field(default=_open_scale)  # (kind, port, baud) → the scale

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
