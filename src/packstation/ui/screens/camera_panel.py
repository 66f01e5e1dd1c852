"""Camera panel on the packer screen: live preview, decoded codes outlined, and each code that
counts (count-once rule, services/camera_feed.py) sent down the same path as a hand scan.

The camera is opened, read and decoded in a worker thread; the UI thread only paints the
latest frame. Only an int crosses threads in a signal (see ui/tasks.py); the frame and codes
wait in a slot guarded by a lock. A missing or busy camera shows a message, never a hang.
"""

from __future__ import annotations

import atexit
import threading
import weakref
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from packstation.domain.camera import CameraUnavailable, Decoded
from packstation.domain.verdicts import Verdict
from packstation.services.packing.api import Camera
from packstation.services.packing.camera_feed import CameraFeed, FrameResult
from packstation.services.packing.dto import ScanResult
from packstation.ui.context import UiContext
from packstation.ui.style import AMBER, GREEN
from packstation.ui.widgets.base import Screen

PREVIEW_W, PREVIEW_H = 480, 360
_PANELS: weakref.WeakSet[CameraPanel] = weakref.WeakSet()


@atexit.register
def _close_cameras() -> None:
    """At exit, let each camera worker finish its frame and release the camera (a thread
    killed inside OpenCV or zxing-cpp aborts the process)."""
    for panel in list(_PANELS):
        panel.shutdown()


class CameraPanel(Screen):
    code_seen = Signal(str)  # a code that counts now: the packer screen scans it
    frame_shown = Signal(int)  # frame number, after the preview was painted
    camera_failed = Signal(str)  # the message shown
    _frame_ready = Signal(int)  # worker → UI: a new frame waits in the slot
    _worker_failed = Signal(int)
    _evidence_failed = Signal(int)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.setObjectName("camera_panel")
        self.ctx = ctx
        self.preview = QLabel(objectName="camera_preview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #263238; color: white; border-radius: 6px;")
        self.status = QLabel(objectName="camera_status")
        self.status.setWordWrap(True)
        self.status.setFixedWidth(PREVIEW_W)
        self.status.setMinimumHeight(52)  # two lines: a missing camera's message fits
        self.again = QPushButton(objectName="count_again")
        self.again.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.again.clicked.connect(self.count_again)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.preview)
        col.addWidget(self.status)
        col.addWidget(self.again)
        self._lock = threading.Lock()
        self._latest: FrameResult | None = None
        self._counted: list[str] = []
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._feed: CameraFeed | None = None
        self._feed_order: CameraFeed | None = None  # the feed that was told the order
        self._recorder: Any = None
        self._order_no: str | None = None
        self.frames_shown = 0
        _PANELS.add(self)
        self._frame_ready.connect(self._show_frame)
        self._worker_failed.connect(self._show_failure)
        self._evidence_failed.connect(self._show_evidence_failure)
        self._evidence_error: BaseException | None = None
        self.retranslate()

    def attach(self, screen: Any) -> None:
        """Wire into the packer screen: beside its line table, into its scan path (camera
        codes get the same verdicts, banner and sounds as a hand scan), its keys."""
        screen.lines_row.addWidget(self)
        self.hide()
        self.code_seen.connect(lambda code: screen.on_scanned(code, False))
        screen.result_shown.connect(self.on_result)
        QShortcut(QKeySequence("Ctrl+K"), screen, self.toggle)
        QShortcut(QKeySequence("Ctrl+Shift+K"), screen, self.count_again)

    def retranslate(self) -> None:
        self.again.setText(self.tr("Count the same item again (Ctrl+Shift+K)"))
        if not self.running and self._error is None:
            self.preview.setText(self.tr("Camera off (Ctrl+K)"))

    # -- start / stop ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and not self._stop.is_set()

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if self.running:
            return
        cfg = self.ctx.settings
        device = cfg.camera_device if cfg else "0"
        self._error = None
        self._stop = threading.Event()
        self._feed = None
        self.show()
        self.again.setEnabled(True)
        self.preview.setText(self.tr("Starting the camera…"))
        hint = self.tr("Camera %1: hold each item's barcode in view (Ctrl+K: camera off)")
        self._set_status(hint.replace("%1", device), GREEN)
        self._recorder = self._make_recorder()
        previous = self._thread
        self._thread = threading.Thread(target=self._work, args=(device, self._stop, previous),
                                        name="camera", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the worker to stop; it closes the camera itself (the UI never waits)."""
        self._stop.set()
        if self._recorder is not None:
            self._recorder.stop()
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Camera off (Ctrl+K)"))
        self._set_status("", GREEN)
        self.hide()

    def shutdown(self, timeout: float = 3.0) -> None:
        """Stop and wait (briefly) for the worker: only at exit, never on a user action."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def hideEvent(self, event: Any) -> None:
        """Lock, another tab, a minimised window: the camera stops counting (and closes)."""
        if self.running:
            self.stop()
        super().hideEvent(event)

    def _work(self, device: str, stop: threading.Event,
              previous: threading.Thread | None) -> None:
        """Worker thread: wait for the previous camera to close, open, read, decode."""
        if previous is not None:
            previous.join()

        def failed(error: BaseException) -> None:  # a stopped session reports nothing
            if not stop.is_set():
                self._failed(error)

        try:
            camera = self._camera()
            feed = CameraFeed(camera.decoder())
            self._feed = feed  # the UI gives it the open order on the first frame shown
            feed.run(lambda: camera.open(device),
                     lambda result: None if stop.is_set() else self._publish(result),
                     failed, stop)
        except Exception as e:  # the worker's boundary: shown to the packer, never lost
            failed(e)

    def _camera(self) -> Camera:
        """The camera, decoder and evidence recorder the composition root bound."""
        return self.ctx.require_services().camera

    def _make_recorder(self) -> Any:
        cfg = self.ctx.settings
        if not (cfg and cfg.camera_evidence):
            return None
        recorder = self._camera().evidence(cfg.camera_evidence_days)
        self.ctx.tasks.work.submit(recorder.purge)
        return recorder

    # -- worker → UI -----------------------------------------------------------------------
    def _publish(self, result: FrameResult) -> None:
        recorder = self._recorder
        if recorder is not None:
            try:
                recorder.write(result.frame)
            except Exception as e:  # no video is no reason to stop scanning: say so, go on
                self._evidence_failed_with(e)
        with self._lock:
            self._latest = result
            self._counted.extend(result.counted)
        self._frame_ready.emit(result.number)

    def _failed(self, error: BaseException) -> None:
        with self._lock:
            self._error = error
        self._worker_failed.emit(0)

    def _show_frame(self, _number: int) -> None:
        with self._lock:
            result, self._latest = self._latest, None
            counted, self._counted = self._counted, []
        if result is None or self._stop.is_set():
            return
        if self._feed_order is not self._feed:
            self._feed_order = self._feed
            self._order_changed()
        self.preview.setPixmap(_pixmap(result.frame, result.decoded))
        self.frames_shown += 1
        for text in counted:
            self.code_seen.emit(text)
        self.frame_shown.emit(result.number)

    def _evidence_failed_with(self, error: BaseException) -> None:
        """Any thread: recording stops for this camera session; the packer is told."""
        self._recorder = None
        with self._lock:
            self._evidence_error = error
        self._evidence_failed.emit(0)

    def _show_evidence_failure(self, _zero: int) -> None:
        from packstation.ui.errors import describe

        with self._lock:
            error = self._evidence_error
        if error is not None:
            self._set_status(self.tr("Evidence video not recorded: %1 Scanning goes on.")
                             .replace("%1", describe(error)), AMBER)

    def _show_failure(self, _zero: int) -> None:
        with self._lock:
            error = self._error
        if error is None:
            return
        self._stop.set()
        self.again.setEnabled(False)
        message = self.describe(error)
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("No camera picture"))
        self._set_status(message, AMBER)
        self.camera_failed.emit(message)

    def describe(self, error: BaseException) -> str:
        device = self.ctx.settings.camera_device if self.ctx.settings else "0"
        if isinstance(error, CameraUnavailable):
            if error.code == "camera.busy":
                text = self.tr("Camera %1 is busy or gives no picture: close the other program "
                               "using it, then press Ctrl+K.")
            elif error.code == "camera.stopped":
                text = self.tr("Camera %1 stopped giving pictures: check its cable, then "
                               "press Ctrl+K.")
            else:
                text = self.tr("Camera %1 not found: plug it in, or choose another camera in "
                               "the settings (F11), then press Ctrl+K.")
            return text.replace("%1", device)
        from packstation.ui.errors import describe

        return self.tr("The camera stopped: %1 Keep scanning by hand.").replace(
            "%1", describe(error))

    def _set_status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- the packer screen's side ----------------------------------------------------------
    def count_again(self) -> None:
        if self._feed is not None:
            self._feed.confirm()

    def on_result(self, result: ScanResult) -> None:
        """Every verdict shown on the packer screen: follow the open order, record evidence
        from the first item scan to completion (before the carrier label is in view)."""
        recorder = self._recorder
        verdict = result.verdict
        if verdict is Verdict.OPENED:
            self._order_no = result.order_no
            self._order_changed()
        elif verdict.is_item_scan and recorder is not None and self.running \
                and recorder.recording is None and self._order_no:
            try:
                recorder.start(self._order_no)
            except OSError as e:
                self._evidence_failed_with(e)
        elif verdict.finishes:  # before the carrier label is in view
            if recorder is not None:
                recorder.stop()
            if verdict.frees_bench:
                self._order_no = None
                self._order_changed()
        if recorder is not None:
            recorder.stamp(f"{result.verdict} {result.sku or ''}".strip())

    def _order_changed(self) -> None:
        """Give the feed the open order's codes (looked up on the database executor)."""
        order_no, feed, services = self._order_no, self._feed, self.ctx.services
        if feed is None:
            return
        if order_no is None or services is None:
            feed.set_order(None)
            return
        camera = services.camera
        self.ctx.tasks.db.submit(lambda: camera.order_codes(order_no),
                                 feed.set_order)


def _pixmap(frame: Any, decoded: tuple[Decoded, ...]) -> QPixmap:
    """The frame scaled into the preview, each decoded code outlined in green."""
    height, width = frame.shape[:2]
    rgb = frame[:, :, ::-1].copy() if frame.ndim == 3 else frame
    fmt = QImage.Format.Format_RGB888 if frame.ndim == 3 else QImage.Format.Format_Grayscale8
    image = QImage(rgb.data, width, height, rgb.strides[0], fmt).scaled(
        PREVIEW_W, PREVIEW_H, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation)
    sx, sy = image.width() / width, image.height() / height
    painter = QPainter(image)
    font = painter.font()
    font.setPixelSize(16)
    font.setBold(True)
    painter.setFont(font)
    for d in decoded:
        x, y, w, h = d.box
        rect = QRect(QPoint(int(x * sx) - 4, int(y * sy) - 4),
                     QPoint(int((x + w) * sx) + 4, int((y + h) * sy) + 4))
        painter.setPen(QPen(QColor(GREEN), 4))
        painter.drawRect(rect)
        label = QRect(rect.left(), max(rect.top() - 24, 0), max(rect.width(), 150), 22)
        painter.fillRect(label, QColor(GREEN))
        painter.setPen(QColor("white"))
        painter.drawText(label.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                         d.text.replace("\x1d", " ")[:40])
    painter.end()
    return QPixmap.fromImage(image)
