"""Writing an output file (label, slip, carrier CSV, report) whole or not at all.

A regular file is written to a hidden temporary file in the same folder and renamed over the
target only once every byte is on disk: a half-written label never reaches a printer, a
half-written CSV never reaches the carrier software, and a failed write leaves no `.part`
file behind. A special file (a printer device such as /dev/usb/lp0, a FIFO another program
reads, /dev/null, /dev/full) is written into directly: renaming over it would replace the
device with a regular file and the printer would never see the data.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def is_special(path: Path) -> bool:
    """A device, FIFO or socket (after following symlinks): written in place, never renamed."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_whole(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path``: all of it or, for a regular file, nothing. An OSError
    names ``path`` (not a temporary file the user never asked for)."""
    try:
        _write(Path(path), data)
    except OSError as e:
        if e.filename == os.fspath(path):
            raise
        raise OSError(e.errno, e.strerror, os.fspath(path)) from e


def _write(target: Path, data: bytes) -> None:
    if is_special(target):
        _write_into(target, data)
        return
    if target.is_symlink():  # write where the link points, keep the link
        target = target.resolve()
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_writer(path: str | os.PathLike[str]) -> Callable[[bytes], None]:
    """``write(data)`` for a later call (the carrier export writes before it commits)."""
    def write(data: bytes) -> None:
        write_whole(path, data)
    return write


def _write_into(target: Path, data: bytes) -> None:
    """A device or FIFO: opened for writing as it is (no create, no truncate, no rename).
    Opening a FIFO waits until a reader opens it, as `cat > fifo` does."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _keep_mode(target: Path, tmp: str) -> None:
    """mkstemp makes 0600 files; a file replacing an existing one keeps that one's mode, a
    new one gets the usual mode for new files (the umask's)."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    os.chmod(tmp, mode)


def _umask() -> int:
    """The process's umask, read without setting it (os.umask sets it for every thread, and
    the GUI exports from a worker thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
