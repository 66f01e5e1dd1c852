"""Generate the packer screen's feedback sounds into src/packstation/resources/sounds/ (standard library only).

    .venv/bin/python scripts/make_sounds.py [OUTPUT_DIR]

ok.wav        short bright beep: the scanned item belongs to the order.
error.wav     two loud low buzzes: wrong item / unknown barcode; must be unmistakable from ok.
complete.wav  rising three-note chime: the order is fully packed.

The output is deterministic (no randomness), so re-running it reproduces the committed files.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 44_100
FADE_S = 0.005  # a few ms of fade in/out stops the speaker clicking at the edges
FULL_SCALE = 32_767
OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "packstation" / "resources" / "sounds"

Wave = Callable[[float], float]  # time in seconds -> sample in -1..1


def sine(hz: float) -> Wave:
    return lambda t: math.sin(2 * math.pi * hz * t)


def squareish(hz: float, hardness: float = 4.0) -> Wave:
    # A soft-clipped sine: square-wave harshness without the aliasing of a true square.
    norm = math.tanh(hardness)
    return lambda t: math.tanh(hardness * math.sin(2 * math.pi * hz * t)) / norm


def tone(wave_fn: Wave, seconds: float, volume: float, decay_per_s: float = 0.0) -> list[float]:
    """One note: the waveform scaled by volume, an optional exponential decay, faded edges."""
    count = round(seconds * RATE)
    fade = round(FADE_S * RATE)
    samples = []
    for i in range(count):
        t = i / RATE
        edge = min(1.0, (i + 1) / fade, (count - i) / fade)
        samples.append(volume * edge * math.exp(-decay_per_s * t) * wave_fn(t))
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * round(seconds * RATE)


def ok_sound() -> list[float]:
    # 1500 Hz with a little octave on top for brightness; quieter than the error on purpose.
    def bright(t: float) -> float:
        return 0.85 * sine(1500)(t) + 0.15 * sine(3000)(t)

    return tone(bright, 0.120, volume=0.45)


def error_sound() -> list[float]:
    pulse = tone(squareish(220), 0.250, volume=0.85)
    return pulse + silence(0.100) + pulse


def complete_sound() -> list[float]:
    # E5, G5, C6: a major arpeggio ending on the key note, each struck like a small bell.
    notes = [(659.25, 0.150), (783.99, 0.150), (1046.50, 0.200)]
    samples: list[float] = []
    for hz, seconds in notes:
        def bell(t: float, hz: float = hz) -> float:
            return 0.8 * sine(hz)(t) + 0.2 * sine(2 * hz)(t)

        samples += tone(bell, seconds, volume=0.5, decay_per_s=6.0)
    return samples


def write_wav(path: Path, samples: list[float]) -> None:
    frames = b"".join(
        struct.pack("<h", round(max(-1.0, min(1.0, s)) * FULL_SCALE)) for s in samples
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "ok.wav": ok_sound,
    "error.wav": error_sound,
    "complete.wav": complete_sound,
}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else OUT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        samples = make()
        write_wav(out_dir / name, samples)
        print(f"{out_dir / name}: {len(samples) / RATE * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
