"""A generated video (cv2.VideoWriter, MJPG) through the capture path: video source → feed
(decode every frame, count-once rule) → what the packer screen would scan."""

from __future__ import annotations

import threading
from pathlib import Path

from packstation.adapters.scanning import synthetic
from packstation.adapters.scanning.capture import VideoFileSource
from packstation.adapters.scanning.decode import PipelineDecoder
from packstation.domain.camera import CameraUnavailable
from packstation.services.packing.camera_feed import CameraFeed, FrameResult

A = "4912345678904"  # on the order
C = "4901234567894"  # on the order
B = "4573456789011"  # a look-alike that is not


def clip() -> list[tuple[int, list[synthetic.Placed]]]:
    """(frames, codes in view) in order: presentations, a one-frame phantom, two at once."""
    a, b = synthetic.Placed(A, at=(170, 150)), synthetic.Placed(B, at=(150, 170))
    c = synthetic.Placed(C, at=(280, 300), scale=2)
    a_corner = synthetic.Placed(A, at=(20, 20), scale=2)
    tilted = synthetic.Placed(A, at=(160, 100), angle=35)
    return [(8, []), (12, [a]), (10, []), (12, [a]), (1, [b]), (8, []), (12, [b]), (8, []),
            (12, [a_corner, c]), (10, []), (12, [tilted]), (6, [])]


def write_clip(path: Path) -> None:
    frames = []
    for count, codes in clip():
        frames += [synthetic.frame(codes, seed=len(frames) + i) for i in range(count)]
    synthetic.write_video(str(path), frames)


def test_count_once_per_presentation_through_the_capture_path(tmp_path: Path) -> None:
    video = tmp_path / "bench.avi"
    write_clip(video)
    feed = CameraFeed(PipelineDecoder())
    feed.set_order([A, C])
    results: list[FrameResult] = []
    failures: list[BaseException] = []
    feed.run(lambda: VideoFileSource(str(video)), results.append, failures.append,
             threading.Event())
    counted = [text for r in results for text in r.counted]
    assert len(results) == sum(n for n, _ in clip()), "every frame of the video was read"
    assert counted == ["]E0" + A, "]E0" + A, "]E0" + B, "]E0" + A, "]E0" + C, "]E0" + A], (
        "A twice (it left between), no phantom B, B once when it stayed, A and C together, "
        "then A tilted 35°")
    assert any(r.decoded for r in results), "codes are outlined"
    assert len(failures) == 1 and isinstance(failures[0], CameraUnavailable), "end of video"


def test_a_packer_confirmation_counts_the_code_in_view_again(tmp_path: Path) -> None:
    video = tmp_path / "held.avi"
    held = synthetic.frame([synthetic.Placed(A)], seed=3)
    synthetic.write_video(str(video), [held] * 20)
    feed = CameraFeed(PipelineDecoder())
    feed.set_order([A])
    source = VideoFileSource(str(video))
    counted = []
    for i in range(20):
        frame = source.read()
        assert frame is not None
        if i == 10:
            feed.confirm()  # the packer pressed Ctrl+R: a second identical unit
        counted += feed.step(frame).counted
    source.close()
    assert counted == ["]E0" + A] * 2


def test_stop_ends_the_loop_and_closes_the_source(tmp_path: Path) -> None:
    video = tmp_path / "loop.avi"
    synthetic.write_video(str(video), [synthetic.frame([], seed=i) for i in range(5)])
    source = VideoFileSource(str(video), loop=True)
    stop = threading.Event()
    seen: list[FrameResult] = []

    def publish(result: FrameResult) -> None:
        seen.append(result)
        if len(seen) == 12:
            stop.set()

    CameraFeed(PipelineDecoder()).run(lambda: source, publish, seen.append, stop)  # type: ignore[arg-type]
    assert len(seen) == 12, "looped past the end of the file, stopped when asked, no failure"
    assert source.read() is None, "closed"
