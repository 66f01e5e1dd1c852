"""The camera panel on the packer screen, fed by a fake camera: pack an order with the
camera only, outlines, worker thread, count-once, missing/busy camera messages, evidence."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from packstation.domain.camera import CameraUnavailable
from tests import synthetic
from tests.gui.conftest import use_fakes
from tests.gui.test_packer import logged_in_packer, order_codes, plain_order

CTRL = Qt.KeyboardModifier.ControlModifier  # Ctrl+K: camera on/off


class ScriptedCamera:
    """A fake camera: shows whatever the test puts in front of it, ~60 frames a second."""

    def __init__(self) -> None:
        self.showing = synthetic.frame([], seed=1)
        self.threads: set[str] = set()
        self.closed = threading.Event()

    def read(self) -> object:
        self.threads.add(threading.current_thread().name)
        self.closed.wait(1 / 60)  # a camera's frame interval (ends early once closed)
        return None if self.closed.is_set() else self.showing

    def close(self) -> None:
        self.closed.set()


def _code_frame(text: str, symbology: str = "EAN13") -> object:
    return synthetic.frame([synthetic.Placed(text, symbology, at=(150, 150))], seed=2)


def _frames_pass(qtbot, panel, n: int) -> None:
    target = panel.frames_shown + n
    qtbot.waitUntil(lambda: panel.frames_shown >= target, timeout=10000)


def _with_camera(qtbot, window, camera) -> object:
    packer = logged_in_packer(qtbot, window)
    use_fakes(window, open=lambda device: camera)
    qtbot.keyClick(packer.field, Qt.Key.Key_K, CTRL)  # the toggle key, from the scan field
    assert packer.camera.isVisible()
    return packer


def _pack(qtbot, window, packer, camera) -> list[str]:
    """Open a plain demo order and scan every unit with the camera; the verdicts shown."""
    codes = order_codes(window)
    order_no, lines = plain_order(window)
    verdicts: list[str] = []
    packer.result_shown.connect(lambda r: verdicts.append(r.verdict))
    with qtbot.waitSignal(packer.result_shown, timeout=15000) as opened:
        camera.showing = _code_frame(order_no, "CODE128")  # the pick list
    assert opened.args[0].verdict == "OPENED"
    _frames_pass(qtbot, packer.camera, 20)
    assert verdicts == ["OPENED"], "the pick list still in view does not count again"
    for sku, qty in lines:
        for _ in range(qty):
            camera.showing = synthetic.frame([], seed=3)  # the last unit leaves the view
            _frames_pass(qtbot, packer.camera, 8)
            with qtbot.waitSignal(packer.result_shown, timeout=15000) as seen:
                camera.showing = _code_frame(codes[sku])
            assert seen.args[0].verdict == "OK", seen.args[0]
            _frames_pass(qtbot, packer.camera, 10)  # held in view: counted once only
    qtbot.waitUntil(lambda: "COMPLETED" in verdicts, timeout=15000)
    assert verdicts.count("OK") == sum(q for _, q in lines)
    return verdicts


def test_an_order_is_packed_with_the_camera_only(qtbot, window) -> None:
    camera = ScriptedCamera()
    packer = _with_camera(qtbot, window, camera)
    _pack(qtbot, window, packer, camera)
    assert not packer.camera.preview.pixmap().isNull(), "live preview"
    assert packer.banner.state == "complete"
    assert camera.threads and "MainThread" not in camera.threads, "frames read off the UI"
    qtbot.keyClick(packer.field, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(camera.closed.is_set, timeout=5000)
    assert not packer.camera.isVisible()
    assert window.errors == []


def test_locking_the_station_stops_the_camera(qtbot, window) -> None:
    camera = ScriptedCamera()
    packer = _with_camera(qtbot, window, camera)
    _frames_pass(qtbot, packer.camera, 3)
    window.lock()
    qtbot.waitUntil(camera.closed.is_set, timeout=5000)
    assert not packer.camera.running


def test_a_wrong_item_in_view_gives_the_same_verdict_and_banner_as_a_hand_scan(
        qtbot, window) -> None:
    camera = ScriptedCamera()
    packer = _with_camera(qtbot, window, camera)
    codes = order_codes(window)
    order_no, lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=15000):
        camera.showing = _code_frame(order_no, "CODE128")
    wrong = next(code for sku, code in codes.items() if sku not in {s for s, _ in lines})
    with qtbot.waitSignal(packer.result_shown, timeout=15000) as seen:
        camera.showing = _code_frame(wrong)
    assert seen.args[0].verdict == "WRONG_ITEM"
    assert packer.banner.state == "error"
    _frames_pass(qtbot, packer.camera, 10)
    assert packer.banner.state == "error"  # once per presentation: not repeated
    packer.camera.stop()


def _failing(error: CameraUnavailable):
    def open_camera(device: str) -> object:
        raise error
    return open_camera


def test_a_missing_camera_gives_a_clear_message_and_the_screen_keeps_working(
        qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    window.ctx.settings = replace(window.ctx.settings, camera_device="/dev/video-none")
    with qtbot.waitSignal(packer.camera.camera_failed, timeout=15000) as failed:
        packer.camera.start()  # the real OpenCV camera adapter, on a device that is not there
    # the packer's language after login is Japanese (the demo user's)
    assert "/dev/video-none" in failed.args[0] and "見つかりません" in failed.args[0]
    assert "F11" in packer.camera.status.text()
    assert not packer.camera.again.isEnabled(), "nothing to count again without a picture"
    order_no, _lines = plain_order(window)
    with qtbot.waitSignal(packer.result_shown, timeout=10000) as opened:
        packer.on_scanned(order_no, False)  # the hand scanner still works
    assert opened.args[0].verdict == "OPENED"


def test_a_busy_camera_says_so(qtbot, window) -> None:
    packer = logged_in_packer(qtbot, window)
    use_fakes(window, open=_failing(CameraUnavailable("camera.busy", device="0")))
    with qtbot.waitSignal(packer.camera.camera_failed, timeout=15000) as failed:
        packer.camera.start()
    assert "使用中" in failed.args[0] and "他のソフトを閉じて" in failed.args[0]
    assert not packer.camera.running


def test_evidence_video_is_recorded_while_items_are_scanned_and_stops_before_the_label(
        qtbot, window, tmp_path: Path) -> None:
    import cv2

    from packstation.adapters.scanning.evidence import EvidenceRecorder

    camera = ScriptedCamera()
    packer = logged_in_packer(qtbot, window)
    window.ctx.settings = replace(window.ctx.settings, camera_evidence=True)
    made: list[EvidenceRecorder] = []

    def recorder(days: int) -> EvidenceRecorder:
        made.append(EvidenceRecorder(tmp_path, days))
        return made[-1]

    use_fakes(window, evidence=recorder)
    use_fakes(window, open=lambda device: camera)
    packer.camera.start()
    _pack(qtbot, window, packer, camera)
    files = list(tmp_path.glob("*.avi"))
    assert len(files) == 1 and files[0].name.startswith(packer.order_no)
    assert made[0].recording is None, "stopped at COMPLETED"
    frames = cv2.VideoCapture(str(files[0])).get(cv2.CAP_PROP_FRAME_COUNT)
    assert frames >= 3, "from the first item scan (not the 納品書 that opened the order)"
    from packstation.adapters.scanning.decode import PipelineDecoder

    ok, first = cv2.VideoCapture(str(files[0])).read()
    assert ok
    assert packer.order_no not in [d.text for d in PipelineDecoder().decode_still(first)]
    camera.showing = _code_frame("123456789013", "CODE128")  # the carrier label comes
    _frames_pass(qtbot, packer.camera, 10)
    assert cv2.VideoCapture(str(files[0])).get(cv2.CAP_PROP_FRAME_COUNT) == frames
    packer.camera.stop()


def test_admin_chooses_the_camera_and_evidence_in_the_settings(qtbot, window) -> None:
    from packstation.services import settings as settings_service
    from packstation.ui.screens.settings_dialog import SettingsDialog
    from tests.gui.conftest import log_in

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.camera.currentText() == "0"
    dialog.camera.setCurrentText("   ")
    dialog.save()
    # named by its caption, as the admin reads it (not the setting's internal name)
    caption = dialog.field_labels()["camera_device"]  # the admin's language: Japanese
    assert caption.startswith("検品用カメラ"), caption
    qtbot.waitUntil(lambda: caption in dialog.message.text(), timeout=10000)
    assert "camera_device" not in dialog.message.text()
    assert settings_service.load(window.app.uow).camera_device == "0", "nothing saved"
    dialog.camera.setCurrentText("/dev/video2")
    dialog.evidence.setChecked(True)
    dialog.evidence_days.setValue(30)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    stored = settings_service.load(window.app.uow)
    assert (stored.camera_device, stored.camera_evidence, stored.camera_evidence_days) == (
        "/dev/video2", True, 30)
    assert window.ctx.settings.camera_device == "/dev/video2"


def test_an_evidence_folder_that_cannot_be_written_is_reported_and_scanning_goes_on(
        qtbot, window, tmp_path: Path) -> None:
    from packstation.adapters.scanning.evidence import EvidenceRecorder

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    camera = ScriptedCamera()
    packer = logged_in_packer(qtbot, window)
    window.ctx.settings = replace(window.ctx.settings, camera_evidence=True)
    use_fakes(window, evidence=lambda days: EvidenceRecorder(blocker / "v", days))
    use_fakes(window, open=lambda device: camera)
    packer.camera.start()
    verdicts = _pack(qtbot, window, packer, camera)
    assert "COMPLETED" in verdicts
    assert "記録動画を保存できません" in packer.camera.status.text()
    packer.camera.stop()


def test_camera_off_and_on_again_opens_it_afresh(qtbot, window) -> None:
    cameras = [ScriptedCamera(), ScriptedCamera()]
    opened = iter(cameras)
    packer = logged_in_packer(qtbot, window)
    use_fakes(window, open=lambda device: next(opened))
    packer.camera.toggle()
    _frames_pass(qtbot, packer.camera, 3)
    packer.camera.toggle()
    packer.camera.toggle()  # at once: the new worker waits for the old camera to close
    _frames_pass(qtbot, packer.camera, 3)
    assert cameras[0].closed.is_set() and not cameras[1].closed.is_set()
    assert packer.camera.running and packer.camera.isVisible()
    packer.camera.stop()
    qtbot.waitUntil(cameras[1].closed.is_set, timeout=5000)
