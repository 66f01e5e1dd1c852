"""SQLAlchemy unit of work: one session, one transaction per user action."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.adapters.db.batch_repo import SqlBatchRepository
from packstation.adapters.db.carrier_repo import SqlCarrierRepository
from packstation.adapters.db.catalog_repo import SqlCatalogRepository
from packstation.adapters.db.dash_repo import SqlDashRepository
from packstation.adapters.db.kpi_repo import SqlKpiRepository
from packstation.adapters.db.mispick_repo import SqlMisPickRepository
from packstation.adapters.db.outbox import OutboxWriter
from packstation.adapters.db.packing_repo import SqlPackingRepository
from packstation.adapters.db.print_repo import SqlPrintRepository
from packstation.adapters.db.repositories import (
    SqlAuditRepository,
    SqlCsvProfileRepository,
    SqlOrderRepository,
    SqlProductRepository,
    SqlSettingsRepository,
    SqlUserRepository,
)
from packstation.adapters.db.weighing_repo import SqlWeighingRepository


class SqlUnitOfWork:
    products: SqlProductRepository
    orders: SqlOrderRepository
    users: SqlUserRepository
    kpis: SqlKpiRepository  # the lead's KPIs and reported mis-shipments
    settings: SqlSettingsRepository
    audit: SqlAuditRepository
    profiles: SqlCsvProfileRepository
    catalog: SqlCatalogRepository
    packing: SqlPackingRepository
    mispicks: SqlMisPickRepository
    weighing: SqlWeighingRepository
    carrier: SqlCarrierRepository
    printing: SqlPrintRepository
    dash: SqlDashRepository  # the lead's dashboard (issue 19)
    batches: SqlBatchRepository

    def __init__(self, session_factory: sessionmaker[Session], outbox: bool = False) -> None:
        self._factory = session_factory
        self._outbox = outbox
        self.session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self.session = s = self._factory()
        outbox = OutboxWriter(s) if self._outbox else None
        self.products = SqlProductRepository(s)
        self.orders = SqlOrderRepository(s, outbox)
        self.users = SqlUserRepository(s)
        self.kpis = SqlKpiRepository(s)
        self.settings = SqlSettingsRepository(s)
        self.audit = SqlAuditRepository(s, outbox)
        self.profiles = SqlCsvProfileRepository(s)
        self.catalog = SqlCatalogRepository(s)
        self.packing = SqlPackingRepository(s, outbox)
        self.mispicks = SqlMisPickRepository(s)
        self.weighing = SqlWeighingRepository(s)
        self.carrier = SqlCarrierRepository(s)
        self.printing = SqlPrintRepository(s)
        self.dash = SqlDashRepository(s)
        self.batches = SqlBatchRepository(s, outbox)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self.session is not None
        self.session.rollback()  # no-op after commit(); undoes anything not committed
        self.session.close()
        self.session = None

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()


class SqlUnitOfWorkFactory:
    """`outbox=True` on a networked station: every change is also queued for the server."""

    def __init__(self, engine: Engine, *, outbox: bool = False) -> None:
        self.engine = engine
        self.outbox = outbox
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    @property
    def networked(self) -> bool:
        return self.outbox

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions, self.outbox)
