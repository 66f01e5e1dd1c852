"""Evidence videos: one file per order, scans stamped, old files deleted after the kept days."""

from __future__ import annotations

import os
import time
from pathlib import Path

from packstation.adapters.scanning.evidence import EvidenceRecorder
from tests import synthetic


def test_frames_are_written_with_the_order_and_scans_stamped(tmp_path: Path) -> None:
    import cv2

    ticks = iter(i * 0.05 for i in range(1000))  # frames 50 ms apart; the video keeps 10/s
    recorder = EvidenceRecorder(tmp_path, keep_days=7, fps=10, clock=lambda: next(ticks))
    plain = synthetic.frame([], seed=4)
    recorder.write(plain)  # not recording: nothing written
    assert list(tmp_path.iterdir()) == []
    recorder.start("R-1001/A")
    recorder.stamp("OK TEE-RED-M")
    for _ in range(10):
        recorder.write(plain)
    path = recorder.stop()
    assert path is not None and path.name.startswith("R-1001_A-") and path.suffix == ".avi"
    video = cv2.VideoCapture(str(path))
    ok, first = video.read()
    assert ok and video.get(cv2.CAP_PROP_FRAME_COUNT) == 5
    top = cv2.cvtColor(first[:70, :300], cv2.COLOR_BGR2GRAY)
    assert (top > 230).sum() > 300, "white stamp text drawn in the top-left corner"
    assert recorder.stop() is None


def test_files_older_than_the_kept_days_are_deleted(tmp_path: Path) -> None:
    recorder = EvidenceRecorder(tmp_path, keep_days=3)
    old, new, other = tmp_path / "R-1-old.avi", tmp_path / "R-2-new.avi", tmp_path / "notes.txt"
    for p in (old, new, other):
        p.write_bytes(b"x")
    now = time.time()
    os.utime(old, (now - 4 * 86400, now - 4 * 86400))
    os.utime(new, (now - 2 * 86400, now - 2 * 86400))
    os.utime(other, (now - 9 * 86400, now - 9 * 86400))
    assert recorder.purge(now) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["R-2-new.avi", "notes.txt"]
    assert EvidenceRecorder(tmp_path / "none", 3).purge() == []


def test_a_folder_that_cannot_be_written_raises_instead_of_recording_nothing(
        tmp_path: Path) -> None:
    import pytest

    blocker = tmp_path / "evidence"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    recorder = EvidenceRecorder(blocker / "sub", keep_days=3)
    with pytest.raises(OSError):
        recorder.start("R-1")
    recorder = EvidenceRecorder(tmp_path, keep_days=3)
    recorder.start("R-2")
    recorder._path = blocker / "R-2.avi"  # as if the file could not be created
    with pytest.raises(OSError, match="cannot write the evidence video"):
        recorder.write(synthetic.frame([], seed=1))
    assert recorder.recording is None
