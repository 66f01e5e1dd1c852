"""Typed settings of this installation: where the database is. No I/O at import."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "packstation"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{default_data_dir() / 'packstation.db'}"


@dataclass(frozen=True)
class Config:
    db_url: str
    station_name: str
    # Networked mode: the central server (docs/networked.md). Empty = standalone.
    server_url: str = ""

    @property
    def networked(self) -> bool:
        """A station's own SQLite file synced with a server. An admin PC working on the
        central database itself is not a station, whatever PACKSTATION_SERVER says."""
        return bool(self.server_url) and self.db_url.startswith("sqlite")

    @property
    def data_dir(self) -> Path:
        """The station's data folder (printed files, …): beside its SQLite file, else the user
        data dir."""
        prefix = "sqlite:///"
        if self.db_url.startswith(prefix) and ":memory:" not in self.db_url:
            return Path(self.db_url[len(prefix):].split("?")[0]).resolve().parent
        return default_data_dir()

    @classmethod
    def from_env(cls, db_url: str | None = None) -> Config:
        url = db_url or os.environ.get("PACKSTATION_DB") or default_db_url()
        station = os.environ.get("PACKSTATION_STATION") or os.uname().nodename or "station-1"
        server = os.environ.get("PACKSTATION_SERVER", "")
        return cls(db_url=url, station_name=station, server_url=server)
