"""Frame sources: a camera through OpenCV, and a video file (tests, benchmarks, demos).

Opening a camera can take seconds and must never happen on the UI thread: the camera panel
opens it in its worker. A missing or busy camera raises CameraUnavailable with the device.
"""

from __future__ import annotations

import time
from typing import Any

from packstation.domain.camera import CameraUnavailable


def _device(device: str) -> int | str:
    text = device.strip()
    return int(text) if text.isdigit() else text


class _Pacer:
    """Sleeps so that reads come ``fps`` times a second (0: as fast as asked)."""

    def __init__(self, fps: float) -> None:
        self._interval = 1.0 / fps if fps else 0.0
        self._next = time.monotonic()

    def wait(self) -> None:
        if not self._interval:
            return
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._next = max(self._next + self._interval, time.monotonic() - self._interval)


class OpenCvCamera:
    """cv2.VideoCapture: a camera index ('0'), a /dev/video path or a stream URL."""

    def __init__(self, capture: Any, device: str) -> None:
        self._capture = capture
        self.device = device

    @classmethod
    def open(cls, device: str, width: int = 640, height: int = 480) -> OpenCvCamera:
        import cv2

        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
        if not device.strip():
            raise CameraUnavailable("camera.not_chosen", device=device)
        capture = cv2.VideoCapture(_device(device))
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable("camera.not_found", device=device)
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        ok, _frame = capture.read()
        if not ok:  # opened but no picture: another program holds it, or it is broken
            capture.release()
            raise CameraUnavailable("camera.busy", device=device)
        return cls(capture, device)

    def read(self) -> Any:
        ok, frame = self._capture.read()
        return frame if ok else None

    def close(self) -> None:
        self._capture.release()


class VideoFileSource:
    """Frames of a video file, optionally looped and paced at the file's frame rate."""

    def __init__(self, path: str, *, loop: bool = False, paced: bool = False) -> None:
        import cv2

        self._capture = cv2.VideoCapture(path)
        if not self._capture.isOpened():
            raise CameraUnavailable("camera.video_unreadable", device=path)
        self._loop = loop
        self._pacer = _Pacer((self._capture.get(cv2.CAP_PROP_FPS) or 30.0) if paced else 0.0)

    def read(self) -> Any:
        import cv2

        self._pacer.wait()
        ok, frame = self._capture.read()
        if not ok and self._loop:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._capture.read()
        return frame if ok else None

    def close(self) -> None:
        self._capture.release()


class FrameListSource:
    """Frames from a list (generated pictures), looped, paced at ``fps`` when given."""

    def __init__(self, frames: list[Any], *, loop: bool = True, fps: float = 0.0) -> None:
        self._frames = frames
        self._loop = loop
        self._i = 0
        self._pacer = _Pacer(fps)

    def read(self) -> Any:
        self._pacer.wait()
        if self._i >= len(self._frames):
            if not self._loop or not self._frames:
                return None
            self._i = 0
        frame = self._frames[self._i]
        self._i += 1
        return frame

    def close(self) -> None:
        self._frames = []
