"""The one composition root: config → engine → unit of work → services' dependencies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from packstation.config import Config
from packstation.services.ports import (
    BarcodeDecoder,
    Clock,
    FrameSource,
    PinHasher,
    UnitOfWorkFactory,
)

if TYPE_CHECKING:
    from packstation.adapters.scanning.evidence import EvidenceRecorder


@dataclass
class App:
    config: Config
    uow: UnitOfWorkFactory
    hasher: PinHasher
    clock: Clock

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
