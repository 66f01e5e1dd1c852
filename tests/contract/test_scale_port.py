"""The Scale port: the fake the GUI tests may use, the MT-SICS adapter (on a pty) and the HID
adapter (on a FIFO) go through the same assertions: a stable weight in whole grams, and a box
that never settles is a ScaleError of kind "unstable"."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator

import pytest

from packstation.adapters.scales.hid import HidrawScale
from packstation.adapters.scales.mtsics import MtSicsScale
from packstation.domain.weighing import ScaleError, ScaleReading
from packstation.services.weighing.ports import Scale
from tests.scale_sim import SimulatedScale


class FakeScale:
    """In-memory scale: the weight on it, and whether it settles."""

    def __init__(self, grams: int, settles: bool = True) -> None:
        self.grams, self.settles = grams, settles

    def read(self) -> ScaleReading:
        if not self.settles:
            raise ScaleError("unstable", "the scale could not settle")
        return ScaleReading(self.grams)


def _hid_report(status: int, grams: int) -> bytes:
    return bytes([3, status, 2, 0, grams & 0xFF, grams >> 8])


def _hid(tmp_path, grams: int, settles: bool) -> HidrawScale:
    path = str(tmp_path / f"hidraw-{grams}-{settles}")
    os.mkfifo(path)
    reports = [_hid_report(3, grams - 40), _hid_report(4 if settles else 3, grams)]

    def write() -> None:
        with open(path, "wb") as fifo:
            fifo.write(b"".join(reports))

    threading.Thread(target=write, daemon=True).start()
    return HidrawScale(path, timeout_s=5)


@pytest.fixture(params=["fake", "mtsics", "hid"])
def make_scale(request, tmp_path) -> Iterator[Callable[[int, bool], Scale]]:
    sims: list[SimulatedScale] = []

    def make(grams: int, settles: bool) -> Scale:
        if request.param == "fake":
            return FakeScale(grams, settles)
        if request.param == "hid":
            return _hid(tmp_path, grams, settles)
        sim = SimulatedScale(f"{grams / 1000:.4f}", "kg")
        sim.state = "stable" if settles else "moving"
        sims.append(sim)
        return MtSicsScale(sim.port, 9600, timeout_s=2)

    yield make
    for sim in sims:
        sim.close()


def test_a_settled_box_reads_in_whole_grams(make_scale) -> None:
    assert make_scale(1234, True).read() == ScaleReading(1234, stable=True)


def test_a_box_that_never_settles_is_reported(make_scale) -> None:
    with pytest.raises(ScaleError) as caught:
        make_scale(1234, False).read()
    assert caught.value.kind == "unstable"
