"""The pure parts of the CLI's hardening (issue 16): --db values, file errors in words,
invisible characters in codes, SQLite failures by their text."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from packstation.adapters.db.failures import explain, is_locked, sqlite_path
from packstation.cli.errors import file_error
from packstation.config import database_url
from packstation.domain.errors import ConfigError
from packstation.services.imports import csv_rows as cr


@pytest.mark.parametrize(("value", "url"), [
    ("sqlite:////var/shop.db", "sqlite:////var/shop.db"),
    ("postgresql://pack@db/shop", "postgresql://pack@db/shop"),
    ("postgresql+psycopg://pack@db/shop", "postgresql+psycopg://pack@db/shop"),
    ("/var/lib/shop.db", "sqlite:////var/lib/shop.db"),
    ("/var/my shop%1.db", "sqlite:////var/my%20shop%251.db"),
])
def test_db_urls_and_plain_paths(value: str, url: str) -> None:
    assert database_url(value) == url


def test_a_relative_path_is_taken_from_the_working_folder(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_url("shop.db") == f"sqlite:///{tmp_path}/shop.db"


@pytest.mark.parametrize("value", ["mysql://x@y/z", "sqlite:/shop.db", "postgresql:/h/d",
                                   "http://example.com/shop.db", "", "  "])
def test_what_looks_like_another_url_is_refused(value: str) -> None:
    with pytest.raises(ConfigError) as refused:
        database_url(value)
    assert refused.value.code == "db.not_a_url" and "--db" in refused.value.message


@pytest.mark.parametrize(("number", "code"), [
    (errno.ENOSPC, "file.disk_full"), (errno.EFBIG, "file.disk_full"),
    (errno.EROFS, "file.read_only"), (errno.EACCES, "file.read_only"),
    (errno.EISDIR, "file.is_folder"), (errno.ENXIO, "file.other")])
def test_file_errors_name_the_path_cause_and_fix(number: int, code: str) -> None:
    error = file_error(OSError(number, "text", "/srv/out/b2.csv"))
    assert error.code == code
    assert error.message.startswith("/srv/out/b2.csv ")


def test_a_missing_folder_is_told_apart_from_a_missing_file(tmp_path: Path) -> None:
    missing = file_error(OSError(errno.ENOENT, "x", str(tmp_path / "a.csv")))
    no_folder = file_error(OSError(errno.ENOENT, "x", str(tmp_path / "nope" / "a.csv")))
    assert (missing.code, no_folder.code) == ("file.not_found", "file.no_folder")


def test_sqlite_failures_by_their_text() -> None:
    url = "sqlite:////srv/shop%20one.db"
    assert sqlite_path(url) == "/srv/shop one.db"
    assert sqlite_path("sqlite:///file:/srv/a.db?mode=ro&uri=true") == "/srv/a.db"
    cases = {"database or disk is full": "db.disk_full", "file is not a database": "db.corrupt",
             "attempt to write a readonly database": "db.read_only",
             "unable to open database file": "db.cannot_open", "disk I/O error": "db.io_error",
             "database is locked": "db.locked"}
    for text, code in cases.items():
        found = explain(sqlite3.OperationalError(text), url)
        assert found is not None and found.code == code, text
        assert "/srv/shop one.db" in found.message
    assert is_locked(sqlite3.OperationalError("database is locked"))
    assert not is_locked(sqlite3.OperationalError("no such table: x"))
    assert explain(sqlite3.OperationalError("no such table: x"), url) is None
    assert explain(ValueError("database is locked"), url) is None  # not SQLite's


@pytest.mark.parametrize("bad", ["R-\u202e1", "R-\u200b1", "R-\u2066x\u2069", "\ufeffR-1",
                                 "R-\ue000"])
def test_codes_refuse_invisible_and_direction_characters(bad: str) -> None:
    with pytest.raises(cr.CellError) as refused:
        cr.code(64)(bad)
    assert "U+" in str(refused.value.problem)


def test_codes_keep_ordinary_text() -> None:
    assert cr.code(64)(" R-1001/Ａ-楽天 ") == "R-1001/Ａ-楽天"
