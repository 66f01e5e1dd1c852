"""USB HID POS scale reports: status, unit, exponent, weight; and a report stream read through
the same reader as /dev/hidraw (a FIFO stands in for the device)."""

from __future__ import annotations

import os
import threading

import pytest

from packstation.adapters.scales.hid import HidrawScale, find_scales, first_stable, parse_report
from packstation.domain.weighing import ScaleError, ScaleReading


def report(status: int, unit: int, exponent: int, weight: int, report_id: bool = True) -> bytes:
    body = bytes([status, unit, exponent & 0xFF, weight & 0xFF, weight >> 8])
    return (b"\x03" + body) if report_id else body


@pytest.mark.parametrize(("data", "reading"), [
    (report(4, 2, 0, 1230), ScaleReading(1230, True)),          # 1,230 g stable
    (report(3, 2, 0, 1100), ScaleReading(1100, False)),         # moving
    (report(4, 3, -3, 1230), ScaleReading(1230, True)),         # 1.230 kg
    (report(4, 11, -1, 6452), ScaleReading(18291, True)),       # 645.2 oz (Dymo's example)
    (report(4, 12, -2, 250), ScaleReading(1134, True)),         # 2.50 lb
    (report(2, 2, 0, 0), ScaleReading(0, True)),                # stable at zero
    (report(4, 2, 0, 20, report_id=False), ScaleReading(20, True)),  # no report id
])
def test_parse_reports(data: bytes, reading: ScaleReading) -> None:
    assert parse_report(data) == reading


@pytest.mark.parametrize(("data", "kind"), [
    (report(1, 2, 0, 0), "error"), (report(5, 2, 0, 10), "underload"),
    (report(6, 2, 0, 0), "overload"), (report(8, 2, 0, 0), "error"),
    (report(4, 99, 0, 10), "unit"), (report(9, 2, 0, 10), "error"), (b"\x03\x04", "error"),
])
def test_faults_and_garbage_are_scale_errors(data: bytes, kind: str) -> None:
    with pytest.raises(ScaleError) as caught:
        parse_report(data)
    assert caught.value.kind == kind


def test_first_stable_skips_moving_reports_and_stops_on_faults() -> None:
    stream = [report(3, 2, 0, 500), report(3, 2, 0, 1190), report(4, 2, 0, 1210)]
    assert first_stable(stream) == ScaleReading(1210, True)
    with pytest.raises(ScaleError) as caught:
        first_stable([report(3, 2, 0, 500)] * 3)
    assert caught.value.kind == "unstable"
    with pytest.raises(ScaleError) as caught:
        first_stable([report(3, 2, 0, 500), report(6, 2, 0, 0), report(4, 2, 0, 1)])
    assert caught.value.kind == "overload"


def _fifo_with(tmp_path, reports: list[bytes]) -> str:
    path = str(tmp_path / "hidraw-sim")
    os.mkfifo(path)

    def write() -> None:
        with open(path, "wb") as fifo:  # blocks until the reader opens it
            fifo.write(b"".join(reports))

    threading.Thread(target=write, daemon=True).start()
    return path


def test_reader_takes_the_first_stable_report_from_the_device_stream(tmp_path) -> None:
    path = _fifo_with(tmp_path, [report(3, 2, 0, 300), report(3, 2, 0, 1200),
                                 report(4, 2, 0, 1234), report(4, 2, 0, 9999)])
    assert HidrawScale(path, timeout_s=5).read() == ScaleReading(1234, True)


def test_reader_reports_a_box_that_never_settles(tmp_path) -> None:
    path = _fifo_with(tmp_path, [report(3, 2, 0, 300)] * 4)
    with pytest.raises(ScaleError) as caught:
        HidrawScale(path, timeout_s=5).read()
    assert caught.value.kind == "unstable"


def test_missing_device_and_auto_detection(tmp_path) -> None:
    with pytest.raises(ScaleError) as caught:
        HidrawScale(str(tmp_path / "hidraw7"), timeout_s=0.2).read()
    assert caught.value.kind == "missing" and "plug it in" in str(caught.value)
    for name, descriptor in (("hidraw0", b"\x05\x01\x09\x06"), ("hidraw3", b"\x05\x8d\x09\x20")):
        (tmp_path / "sys" / name / "device").mkdir(parents=True)
        (tmp_path / "sys" / name / "device" / "report_descriptor").write_bytes(descriptor)
    assert find_scales(tmp_path / "sys") == ["/dev/hidraw3"]  # the keyboard is not a scale
