"""Typed settings of this installation: where the database is. No I/O at import."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "packstation"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def private_dir(path: Path) -> Path:
    """A folder for the database and logs (customer addresses): created 0700; the app's own
    data folder is made 0700 even when an older version created it 0755. A folder the admin
    chose that already exists keeps its mode (it may be shared on purpose)."""
    if not path.exists():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask
    elif path.resolve() == default_data_dir().resolve():
        path.chmod(0o700)
    return path


def private_file(path: Path) -> Path:
    """A file only its owner may read: created 0600 (before anything is written to it), or
    narrowed to 0600 when an older version left it readable by others."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        st = path.stat()
        if st.st_mode & 0o077 and st.st_uid == getattr(os, "getuid", lambda: st.st_uid)():
            path.chmod(0o600)  # (Windows: no modes; the profile folder is the user's own)
    return path


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

    @classmethod
    def from_env(cls, db_url: str | None = None) -> Config:
        url = db_url or os.environ.get("PACKSTATION_DB") or default_db_url()
        station = os.environ.get("PACKSTATION_STATION") or os.uname().nodename or "station-1"
        server = os.environ.get("PACKSTATION_SERVER", "")
        return cls(db_url=url, station_name=station, server_url=server)
