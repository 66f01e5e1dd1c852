"""Labelled sample photos: each image beside a .txt with the text a decoder must return.

Used by the decode test and benchmarks/decode.py; the photos stay in the shared data folder
(../shared/data/barcode-photos, or $PACKSTATION_PHOTOS), never copied into the repository.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif")


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
    """$PACKSTATION_PHOTOS, else shared/data/barcode-photos beside the repo (or above it)."""
    if os.environ.get("PACKSTATION_PHOTOS"):
        return Path(os.environ["PACKSTATION_PHOTOS"])
    repo = Path(__file__).resolve().parents[4]
    for base in (repo.parent, repo.parent.parent, Path("/work")):
        candidate = base / "shared" / "data" / "barcode-photos"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("barcode photos not found: set PACKSTATION_PHOTOS to the folder")


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
