"""FrameSource port: the camera adapter (OpenCV, here opened on a video file as a camera
would be), the video-file source and the generated-frames source obey the same contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.adapters.scanning.capture import FrameListSource, OpenCvCamera, VideoFileSource
from packstation.domain.camera import CameraUnavailable
from tests import synthetic

N = 6


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "clip.avi"
    synthetic.write_video(str(path), [synthetic.frame([], seed=i) for i in range(N)])
    return path


SOURCES = {
    "opencv-camera": lambda path: OpenCvCamera.open(str(path)),
    "video-file": lambda path: VideoFileSource(str(path)),
    "frame-list": lambda path: FrameListSource(
        [synthetic.frame([], seed=i) for i in range(N)], loop=False),
}


@pytest.mark.parametrize("kind", SOURCES)
def test_frames_are_640x480_bgr_until_the_end_then_none(kind: str, video: Path) -> None:
    source = SOURCES[kind](video)
    frames = []
    while (frame := source.read()) is not None and len(frames) < 50:
        frames.append(frame)
    # the camera adapter reads one frame when it opens, to prove it gives pictures
    assert len(frames) == (N - 1 if kind == "opencv-camera" else N)
    assert all(f.shape == (480, 640, 3) and str(f.dtype) == "uint8" for f in frames)
    source.close()
    assert source.read() is None, "closed: no more frames"


def test_missing_camera_and_unreadable_video_raise_camera_unavailable(tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable, match="not found") as missing:
        OpenCvCamera.open("/dev/video-none")
    assert missing.value.params["device"] == "/dev/video-none"
    with pytest.raises(CameraUnavailable, match="No camera is chosen"):
        OpenCvCamera.open("  ")
    with pytest.raises(CameraUnavailable, match="cannot be read"):
        VideoFileSource(str(tmp_path / "none.avi"))


def test_looped_sources_start_again(video: Path) -> None:
    for source in (VideoFileSource(str(video), loop=True),
                   FrameListSource([synthetic.frame([], seed=1)] * N, loop=True)):
        assert all(source.read() is not None for _ in range(3 * N))
        source.close()
