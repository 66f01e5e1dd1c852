"""Evidence video per order: the camera's frames while the items are scanned, with the scans
stamped on them (admin setting). Recording stops when the order is complete, before the
carrier label (with the customer's address) comes in front of the camera; only the order
number, SKUs and verdicts are stamped. Files older than the kept days are deleted.
"""

from __future__ import annotations

import errno
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
STAMP_SECONDS = 3.0


class EvidenceRecorder:
    def __init__(self, folder: Path, keep_days: int, fps: float = 15.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self.keep_days = keep_days
        self.fps = fps  # frames are kept at most this often, so the video plays in real time
        self._clock = clock
        self._last = float("-inf")
        self._lock = threading.Lock()
        self._writer: Any = None
        self._path: Path | None = None
        self._order = ""
        self._stamps: deque[tuple[float, str]] = deque(maxlen=4)

    @property
    def recording(self) -> Path | None:
        return self._path

    def start(self, order_no: str) -> None:
        """Begin a file for this order (the previous one, if any, is closed)."""
        self.stop()
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        with self._lock:
            self._order = order_no
            self._path = self.folder / f"{_SAFE.sub('_', order_no)}-{stamp}.avi"
            self._stamps.clear()
            self._last = float("-inf")

    def stamp(self, text: str) -> None:
        """A scan's verdict, shown on the next frames (ASCII: order, SKU, verdict)."""
        with self._lock:
            self._stamps.append((self._clock(), text.encode("ascii", "replace").decode()))

    def write(self, frame: Any) -> None:
        import cv2

        with self._lock:
            now = self._clock()
            if self._path is None or now - self._last < 1 / self.fps:
                return
            self._last = now
            if self._writer is None:
                height, width = frame.shape[:2]
                fourcc = cv2.VideoWriter.fourcc(*"MJPG")
                self._writer = cv2.VideoWriter(str(self._path), fourcc, self.fps,
                                               (width, height))
                if not self._writer.isOpened():
                    path, self._path, self._writer = self._path, None, None
                    raise OSError(errno.EIO, "cannot write the evidence video", str(path))
            picture = frame.copy()
            lines = [f"{self._order}  {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC"]
            lines += [text for at, text in self._stamps if now - at < STAMP_SECONDS]
            for i, line in enumerate(lines):
                y = 24 + 26 * i
                cv2.putText(picture, line, (10, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (0, 0, 0), 4)
                cv2.putText(picture, line, (10, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7,
                            (255, 255, 255), 2)
            self._writer.write(picture)

    def stop(self) -> Path | None:
        with self._lock:
            path, self._path = self._path, None
            if self._writer is not None:
                self._writer.release()
                self._writer = None
        return path if path is not None and path.exists() else None

    def purge(self, now: float | None = None) -> list[Path]:
        """Delete evidence files older than ``keep_days``; returns what was deleted."""
        if not self.folder.is_dir():
            return []
        limit = (now if now is not None else time.time()) - self.keep_days * 86400
        gone = []
        for path in self.folder.glob("*.avi"):
            if path.stat().st_mtime < limit and path != self._path:
                path.unlink()
                gone.append(path)
        return gone
