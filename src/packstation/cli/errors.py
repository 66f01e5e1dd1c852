"""How a command reports what went wrong: exit 2 and one sentence per problem on stderr that
names the cause and the fix (docs/cli.md, "Errors"); exit 1 and a log file only for a bug.

A locked database is waited for: SQLite waits 5 s itself (busy_timeout), then the command is
run again, up to PACKSTATION_LOCK_RETRIES times (default 5), each retry announced on stderr.
Running again is safe because a command writes in one transaction that a lock rolls back.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from packstation.domain.errors import BadInput, ConfigError, PackstationError
from packstation.domain.messages import Msg, english

Handler = Callable[[argparse.Namespace], int]
LOCK_RETRIES = 5
_RETRY_PAUSE_S = 1.0  # on top of SQLite's own wait


def run_reported(handler: Handler, args: argparse.Namespace,
                 log_unexpected: Callable[[Exception, str], Path]) -> int:
    retries = _lock_retries()
    attempt = 0
    while True:
        try:
            return handler(args)
        except Exception as e:  # the boundary: sorted below, a bug included
            if attempt < retries and _locked(e):
                attempt += 1
                say(Msg("db.locked_retry", attempt=attempt, attempts=retries))
                time.sleep(_RETRY_PAUSE_S)
                continue
            return report(e, args, log_unexpected)


def report(error: Exception, args: argparse.Namespace,
           log_unexpected: Callable[[Exception, str], Path]) -> int:
    if isinstance(error, BadInput):
        for problem in error.problems:
            print(problem.render(error.source), file=sys.stderr)
        return 2
    known = explain(error, args)
    if known is not None:
        print(f"packstation: {known.message}", file=sys.stderr)
        return 2
    if isinstance(error, PackstationError):
        print(f"packstation: {error.message}", file=sys.stderr)
        return 2
    if isinstance(error, ValueError):
        print(f"packstation: {error}", file=sys.stderr)
        return 2
    log_file = log_unexpected(error, args.command)
    print(f"packstation: internal error ({type(error).__name__}); details in {log_file}",
          file=sys.stderr)
    return 1


def explain(error: Exception, args: argparse.Namespace) -> PackstationError | None:
    """A database or file failure in the user's words, or None."""
    if isinstance(error, OSError):
        return file_error(error)
    if isinstance(error, PackstationError):
        return None
    from packstation.bootstrap import storage_failure

    return storage_failure(error, _db_url(args))


def file_error(error: OSError) -> ConfigError:
    """One sentence for a file or device that cannot be read or written."""
    path = error.filename if error.filename is not None else ""
    if not path:
        return ConfigError("error.os", detail=error.strerror or str(error))
    code = _FILE_ERRORS.get(error.errno or 0, "file.other")
    if code == "file.not_found" and not Path(path).parent.is_dir():
        code = "file.no_folder"
    if code == "file.read_only" and Path(path).is_file() and not os.access(path, os.R_OK):
        code = "file.no_read"
    return ConfigError(code, path=path, detail=error.strerror or type(error).__name__)


_FILE_ERRORS = {
    errno.ENOSPC: "file.disk_full", errno.EFBIG: "file.disk_full",
    errno.EDQUOT: "file.disk_full",
    errno.EACCES: "file.read_only", errno.EPERM: "file.read_only",
    errno.EROFS: "file.read_only",
    errno.ENOENT: "file.not_found", errno.EISDIR: "file.is_folder",
}


def say(msg: Msg) -> None:
    print(f"packstation: {english(msg)}", file=sys.stderr, flush=True)


def _locked(error: Exception) -> bool:
    if isinstance(error, PackstationError | OSError):
        return False
    from packstation.bootstrap import storage_locked

    return storage_locked(error)


def _lock_retries() -> int:
    value = os.environ.get("PACKSTATION_LOCK_RETRIES", "")
    return int(value) if value.isdigit() else LOCK_RETRIES


def _db_url(args: argparse.Namespace) -> str:
    from packstation.config import Config

    try:
        return Config.from_env(getattr(args, "db", None)).db_url
    except PackstationError:
        return str(getattr(args, "db", "") or "")
