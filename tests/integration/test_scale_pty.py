"""The MT-SICS adapter end to end through pyserial on a pseudo-terminal: stable, moving,
errors, silence and a missing port each come back as a reading or a clear ScaleError."""

from __future__ import annotations

import pytest

from packstation.adapters.scales import open_scale
from packstation.adapters.scales.mtsics import MtSicsScale, parse_response
from packstation.domain.weighing import ScaleError, ScaleReading
from tests.scale_sim import SimulatedScale


@pytest.fixture
def sim():
    with SimulatedScale("1234.5") as s:
        yield s


def _kind(call) -> str:
    with pytest.raises(ScaleError) as caught:
        call()
    return caught.value.kind


def test_stable_weight_through_the_serial_line(sim) -> None:
    scale = open_scale("mtsics", sim.port, 9600)
    assert scale.read() == ScaleReading(1235, stable=True)
    assert sim.commands == ["S"]
    sim.set("1.2345", "stable")
    sim.unit = "kg"
    assert scale.read().grams == 1235


def test_moving_box_si_says_dynamic_and_s_refuses(sim) -> None:
    scale = MtSicsScale(sim.port, 9600, timeout_s=2)
    sim.set("987.0", "moving")
    assert scale.read_now() == ScaleReading(987, stable=False)
    assert _kind(scale.read) == "unstable"
    assert sim.commands == ["SI", "S"]


@pytest.mark.parametrize(("state", "kind"), [
    ("busy", "unstable"), ("overload", "overload"), ("underload", "underload"),
    ("error:EL", "error"), ("error:ES", "error"), ("error:ET", "error")])
def test_refusals_become_scale_errors(sim, state: str, kind: str) -> None:
    sim.set("0", state)
    assert _kind(MtSicsScale(sim.port, 9600, timeout_s=2).read) == kind


def test_a_silent_scale_times_out_with_a_message_naming_the_port(sim) -> None:
    sim.set("0", "silent")
    with pytest.raises(ScaleError) as caught:
        MtSicsScale(sim.port, 9600, timeout_s=0.3).read()
    assert caught.value.kind == "no_answer"
    assert sim.port in str(caught.value)


def test_a_missing_port_says_plug_it_in() -> None:
    with pytest.raises(ScaleError) as caught:
        open_scale("mtsics", "/dev/ttyUSB-nonexistent-9", 9600).read()
    assert caught.value.kind == "missing"
    assert "plug it in" in str(caught.value)
    assert _kind(lambda: open_scale("none", "", 9600)) == "not_configured"
    assert _kind(lambda: open_scale("mtsics", "", 9600)) == "not_configured"


def test_an_unplugged_scale_is_reported_not_hung() -> None:
    sim = SimulatedScale("100")
    port = sim.port
    sim.close()  # the USB-serial adapter is pulled out
    assert _kind(lambda: MtSicsScale(port, 9600, timeout_s=0.5).read()) in ("missing",
                                                                             "no_answer")


@pytest.mark.parametrize(("line", "reading"), [
    ("S S     1234.5 g\r\n", ScaleReading(1235, True)),
    ("S D       12.0 g", ScaleReading(12, False)),
    ("S S      -3.0 g", ScaleReading(-3, True)),
    ("S S     0.250 kg", ScaleReading(250, True)),
])
def test_parse_answers(line: str, reading: ScaleReading) -> None:
    assert parse_response(line) == reading


@pytest.mark.parametrize("line", ["", "XX", "S S 12", "S Q 1 g", "S S abc g"])
def test_unreadable_answers_are_errors(line: str) -> None:
    with pytest.raises(ScaleError):
        parse_response(line)
