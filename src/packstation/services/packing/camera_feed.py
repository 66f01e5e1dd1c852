"""The camera's frame loop: read a frame, decode it, apply the count-once rule.

Runs in a worker thread (the camera panel starts it); never touches Qt. The UI gives it the
open order's codes and the packer's confirmations, and receives for each frame what was seen
(to outline it) and which codes count now (to send down the same path as a hand scan).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from packstation.domain.camera import (
    CameraUnavailable,
    Decoded,
    PresentationTracker,
    on_order_predicate,
)
from packstation.services.packing.ports import BarcodeDecoder, FrameSource


@dataclass(frozen=True)
class FrameResult:
    number: int
    frame: object  # the BGR picture, for the preview
    decoded: tuple[Decoded, ...]  # every code seen in this frame (outlined)
    counted: tuple[str, ...]  # scan texts that count now (count-once rule applied)


class CameraFeed:
    def __init__(self, decoder: BarcodeDecoder, *, leave_after: int = 5,
                 confirm_frames: int = 2) -> None:
        self._decoder = decoder
        self._tracker = PresentationTracker(leave_after=leave_after,
                                            confirm_frames=confirm_frames)
        self._lock = threading.Lock()
        self._number = 0

    def set_order(self, codes: Iterable[str] | None) -> None:
        """The open order's product codes (None: no order open).

        What is in view stays counted: the pick list just scanned to open the order must
        not count again (as a wrong code) while it is still in front of the camera."""
        predicate = on_order_predicate(codes or ())
        with self._lock:
            self._tracker.on_order = predicate

    def confirm(self) -> None:
        """The packer confirms: the codes now in view may count once more."""
        with self._lock:
            self._tracker.confirm()

    def step(self, frame: object) -> FrameResult:
        decoded = tuple(self._decoder.decode_frame(frame))
        with self._lock:
            counted = tuple(self._tracker.frame(d.scan_text for d in decoded))
        self._number += 1
        return FrameResult(self._number, frame, decoded, counted)

    def run(self, open_source: Callable[[], FrameSource],
            publish: Callable[[FrameResult], None], failed: Callable[[BaseException], None],
            stop: threading.Event) -> None:
        """Open the source, then read, decode and publish until ``stop`` or the source ends.

        A camera that cannot be opened or stops giving frames goes to ``failed``."""
        try:
            source = open_source()
        except CameraUnavailable as e:
            failed(e)
            return
        try:
            while not stop.is_set():
                frame = source.read()
                if frame is None:
                    if not stop.is_set():
                        failed(CameraUnavailable("camera stopped giving pictures", device=""))
                    return
                publish(self.step(frame))
        finally:
            source.close()
