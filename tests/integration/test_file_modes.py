"""The database, its -wal/-shm files and the logs hold customers' data: only the station's
own OS user may read them (issue 16: they were created 0644 in a 0755 folder)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from packstation.bootstrap import build
from packstation.config import Config, private_dir
from packstation.logging_setup import handler_for


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> object:
    old = os.umask(0o022)  # the usual umask: what made the files 0644
    yield
    os.umask(old)


def test_a_new_database_folder_is_0700_and_the_database_and_its_wal_0600(tmp_path: Path) -> None:
    db = tmp_path / "data" / "packstation.db"
    app = build(Config(f"sqlite:///{db}", "t"))
    try:
        with app.uow() as uow:  # a write: the -wal and -shm files exist while it is open
            uow.settings.put("sound_volume", 50)
            uow.commit()
        assert mode(db.parent) == 0o700
        for name in ("packstation.db", "packstation.db-wal", "packstation.db-shm"):
            assert mode(db.parent / name) == 0o600, name
    finally:
        app.close()


def test_files_an_older_version_left_readable_are_narrowed(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    build(Config(f"sqlite:///{db}", "t")).close()
    db.chmod(0o644)
    tmp_path.chmod(0o750)
    build(Config(f"sqlite:///{db}", "t")).close()
    assert mode(db) == 0o600
    assert mode(tmp_path) == 0o750  # a folder the admin chose keeps its mode


def test_the_apps_data_folder_is_narrowed_to_0700(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "packstation"
    data.mkdir(mode=0o755)
    monkeypatch.setattr("packstation.config.default_data_dir", lambda: data)
    private_dir(data)
    assert mode(data) == 0o700


def test_log_files_are_0600(tmp_path: Path) -> None:
    path = tmp_path / "packstation-errors.log"
    handler = handler_for(path)
    logger = logging.getLogger("packstation.test_modes")
    logger.addHandler(handler)
    logger.error("order R-1 failed")
    logger.removeHandler(handler)
    handler.close()
    assert mode(path) == 0o600 and "R-1" in path.read_text()
