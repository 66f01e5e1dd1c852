"""The one composition root: config → engine → unit of work → services' dependencies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from packstation.config import Config
from packstation.services.packing.ports import BarcodeDecoder, FrameSource
from packstation.services.ports import Clock, DocumentReadsFactory, PinHasher, UnitOfWorkFactory
from packstation.services.printing.ports import DocumentRenderer


def _open_scale(kind: str, port: str, baud: int) -> Scale:
    from packstation.adapters.scales import open_scale

    return open_scale(kind, port, baud)

if TYPE_CHECKING:
    from packstation.adapters.scanning.evidence import EvidenceRecorder
    from packstation.services.admin.users import BadgeRenderer
    from packstation.services.printing.ports import DocumentSource
    from packstation.services.printing.spooler import Spooler
    from packstation.services.weighing.ports import Scale, ScaleFactory


def _document_renderer() -> DocumentRenderer:
    """Labels and slips; reportlab and Pillow load on the first document, not here."""
    from packstation.adapters.printing.renderer import ReportlabZplRenderer

    return ReportlabZplRenderer()


def _badge_renderer() -> BadgeRenderer:
    """Badge cards (Code 128, IPAexGothic); reportlab loads on the first sheet."""
    from packstation.adapters.printing.renderer import ReportlabZplRenderer

    return ReportlabZplRenderer()


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
    # Networked mode (docs/networked.md): the link to the server and the background sync.
    link: Any = None  # services.sync.ServerLink
    sync: Any = None  # services.sync.SyncLoop, started by the GUI

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
    from packstation.adapters.security import Argon2PinHasher, SystemClock

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
    app = App(config, uow, Argon2PinHasher(), clock, renderer=renderer,
              printing=build_printing(config, uow, clock, documents))
    if networked:
        from packstation.adapters.central.link import SqlServerLink
        from packstation.adapters.central.server import resolve_url
        from packstation.services.sync.loop import SyncLoop

        app.link = SqlServerLink(engine, resolve_url(config.server_url), config.station_name)
        app.sync = SyncLoop(app.link, app.clock)
    return app


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
