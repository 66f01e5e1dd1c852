"""The packer screen's feedback sounds in packstation/resources/sounds/
(made by scripts/make_sounds.py)."""

from __future__ import annotations

import importlib.util
import itertools
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from packstation import resources

REPO = Path(__file__).resolve().parents[2]
SOUNDS = resources.sounds_dir()  # where the app reads them (packstation.resources)
DURATION_RANGES_S = {
    "ok.wav": (0.08, 0.20),
    "error.wav": (0.45, 0.75),
    "complete.wav": (0.35, 0.70),
}


@dataclass(frozen=True)
class Sound:
    channels: int
    sample_width: int
    rate: int
    samples: array[int]

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


def load(name: str) -> Sound:
    return read_wav(SOUNDS / name)


def read_wav(path: Path) -> Sound:
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        samples = array("h", frames)
        if sys.byteorder == "big":  # WAV data is little-endian
            samples.byteswap()
        return Sound(wav.getnchannels(), wav.getsampwidth(), wav.getframerate(), samples)


def dominant_hz(sound: Sound, start_s: float, window_s: float = 0.040) -> float:
    """Frequency from the zero crossings in a window: two crossings per cycle."""
    first = round(start_s * sound.rate)
    window = sound.samples[first:first + round(window_s * sound.rate)]
    signs = [s > 0 for s in window if s != 0]
    crossings = sum(1 for a, b in itertools.pairwise(signs) if a != b)
    return crossings / 2 / window_s


def onset_s(sound: Sound) -> float:
    """When the sound first reaches a tenth of its peak."""
    peak = max(abs(s) for s in sound.samples)
    first = next(i for i, s in enumerate(sound.samples) if abs(s) >= peak / 10)
    return first / sound.rate


def rms(sound: Sound) -> float:
    return math.sqrt(sum(s * s for s in sound.samples) / len(sound.samples))


@pytest.mark.parametrize("name", sorted(DURATION_RANGES_S))
def test_format_is_mono_16_bit_44_1_khz(name: str) -> None:
    sound = load(name)
    assert (sound.channels, sound.sample_width, sound.rate) == (1, 2, 44_100)


@pytest.mark.parametrize("name", sorted(DURATION_RANGES_S))
def test_duration_in_range(name: str) -> None:
    low, high = DURATION_RANGES_S[name]
    assert low <= load(name).seconds <= high


@pytest.mark.parametrize("name", sorted(DURATION_RANGES_S))
def test_edges_are_faded_so_they_do_not_click(name: str) -> None:
    samples = load(name).samples
    assert max(samples) > 8_000  # audible at all
    assert abs(samples[0]) < 500
    assert abs(samples[-1]) < 500


def test_ok_is_a_high_beep_and_error_a_low_buzz() -> None:
    ok, error = load("ok.wav"), load("error.wav")
    ok_hz = dominant_hz(ok, onset_s(ok) + 0.020)
    error_hz = dominant_hz(error, onset_s(error) + 0.020)

    assert 1_200 <= ok_hz <= 1_800
    assert 150 <= error_hz <= 300
    assert ok_hz > 3 * error_hz


def test_error_is_louder_than_ok() -> None:
    assert rms(load("error.wav")) > 1.5 * rms(load("ok.wav"))


def test_complete_chime_rises() -> None:
    chime = load("complete.wav")
    first_note_hz = dominant_hz(chime, 0.030)
    last_note_hz = dominant_hz(chime, chime.seconds - 0.120)
    assert last_note_hz > 1.3 * first_note_hz


def _make_sounds_script() -> ModuleType:
    path = REPO / "scripts" / "make_sounds.py"
    spec = importlib.util.spec_from_file_location("make_sounds", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(DURATION_RANGES_S))
def test_committed_file_is_what_the_script_makes(name: str, tmp_path: Path) -> None:
    # Regenerate and compare samples (±1 for libm rounding) rather than bytes: the WAVs must
    # not drift from their source, but another platform's sin() may differ in the last bit.
    script = _make_sounds_script()
    script.write_wav(tmp_path / name, script.SOUNDS[name]())
    regenerated = read_wav(tmp_path / name).samples
    committed = load(name).samples

    assert len(regenerated) == len(committed)
    assert max(abs(a - b) for a, b in zip(regenerated, committed, strict=True)) <= 1
