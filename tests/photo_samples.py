"""Labelled sample photos: each image beside a .txt with the text a decoder must return.

Used by the decode test and benchmarks/decode.py. The photos live in tests/data/barcode-photos
(Apache-2.0, see the NOTICE there); $PACKSTATION_PHOTOS points at another set of the same layout.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif")
PHOTOS = Path(__file__).resolve().parent / "data" / "barcode-photos"


@dataclass(frozen=True)
class Sample:
    folder: str
    path: Path
    expected: str | None  # None: no barcode in the picture (falsepositives-*)

    def matches(self, text: str) -> bool:
        """Same text; line ends are compared loosely (the .txt files were saved with LF)."""
        return self.expected is not None and _lf(text) == _lf(self.expected)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


def photos_dir() -> Path:
    """$PACKSTATION_PHOTOS, else the copy in tests/data/barcode-photos."""
    return Path(os.environ.get("PACKSTATION_PHOTOS") or PHOTOS)


def load(root: Path | None = None) -> list[Sample]:
    root = root or photos_dir()
    samples = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for image in sorted(folder.iterdir()):
            if image.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            label = image.with_suffix(".txt")
            expected = label.read_text(encoding="utf-8") if label.exists() else None
            samples.append(Sample(folder.name, image, expected))
    return samples
