"""The one composition root: config → engine → unit of work → services' dependencies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from packstation.config import Config
from packstation.services.ports import Clock, PinHasher, UnitOfWorkFactory

if TYPE_CHECKING:
    from packstation.services.print_ports import DocumentSource
    from packstation.services.print_spooler import Spooler


@dataclass
class App:
    config: Config
    uow: UnitOfWorkFactory
    hasher: PinHasher
    clock: Clock
    printing: Spooler | None = None  # started by the GUI (services_ready), not by the CLI

    def close(self) -> None:
        if self.printing is not None:
            self.printing.stop()
        engine = getattr(self.uow, "engine", None)
        if engine is not None:
            engine.dispose()


def build(config: Config, *, migrate: bool = True,
          documents: DocumentSource | None = None) -> App:
    """Wire the real adapters. SQLAlchemy and Alembic load here, not at import."""
    from packstation.adapters.db.engine import make_engine
    from packstation.adapters.db.engine import migrate as run_migrations
    from packstation.adapters.db.uow import SqlUnitOfWorkFactory
    from packstation.adapters.security import Argon2PinHasher, SystemClock

    engine = make_engine(config.db_url)
    if migrate:
        run_migrations(engine)
    uow, clock = SqlUnitOfWorkFactory(engine), SystemClock()
    return App(config, uow, Argon2PinHasher(), clock,
               build_printing(config, uow, clock, documents))


def build_printing(config: Config, uow: UnitOfWorkFactory, clock: Clock,
                   documents: DocumentSource | None) -> Spooler:
    """The station's print queue (threads start only with Spooler.start()). The documents
    feature's renderer plugs in here; the scale's weight check via set_before_label()."""
    from packstation.adapters.printing.driver_qt import drivers
    from packstation.services.print_spooler import Spooler
    from packstation.services.printing import NoDocuments, PrintDesk

    desk = PrintDesk(uow, clock, config.station_name, documents or NoDocuments(), drivers())
    return Spooler(desk)
