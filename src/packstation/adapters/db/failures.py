"""What went wrong with a SQLite database file, in words a user can act on.

SQLite reports a locked file, a full disk, a damaged file or a read-only folder as the same
exception class with a fixed English text (its result codes). These are not bugs: each gets
one sentence naming the cause and the fix (messages/cli.py) instead of "internal error".
"""

from __future__ import annotations

import sqlite3
from urllib.parse import unquote

from packstation.domain.errors import ConfigError

# SQLite's own texts (sqlite3_errstr) → message code
_SQLITE = (
    ("database or disk is full", "db.disk_full"),
    ("disk i/o error", "db.io_error"),  # a full disk in the middle of a WAL write, EFBIG, EIO
    ("file is not a database", "db.corrupt"),
    ("database disk image is malformed", "db.corrupt"),
    ("attempt to write a readonly database", "db.read_only"),
    ("unable to open database file", "db.cannot_open"),
)


def sqlite_path(url: str) -> str:
    """The file of a sqlite:/// URL as the user would write it (else the URL itself)."""
    if not url.startswith("sqlite:///"):
        return url
    return unquote(url.removeprefix("sqlite:///").split("?", 1)[0]).removeprefix("file:")


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error inside a SQLAlchemy one (or the error itself)."""
    for candidate in (error, getattr(error, "orig", None), error.__cause__):
        if isinstance(candidate, sqlite3.Error):
            return candidate
    return None


def is_locked(error: BaseException) -> bool:
    found = _sqlite_error(error)
    return found is not None and "locked" in str(found).lower()


def explain(error: BaseException, url: str) -> ConfigError | None:
    """The user's sentence for a SQLite failure, or None when it is none of the known ones."""
    found = _sqlite_error(error)
    if found is None:
        return None
    text = str(found).lower()
    path = sqlite_path(url)
    if "locked" in text:
        return ConfigError("db.locked", path=path)
    for fragment, code in _SQLITE:
        if fragment in text:
            return ConfigError(code, path=path)
    return None
