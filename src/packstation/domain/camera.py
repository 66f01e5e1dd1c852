"""Camera scanning rules: what a decoder found, and when a code seen by the camera counts.

A camera sees the same barcode in frame after frame, and a decoder now and then returns a
phantom. So, unlike a hand scanner's one trigger pull:

- a code counts once per *presentation*: it must leave the view (be absent for
  ``leave_after`` consecutive frames, so one missed decode is not a new presentation), or the
  packer confirms, before the same code counts again;
- a code that is not on the open order must be seen in ``confirm_frames`` consecutive frames
  before it is reported (as a wrong item): one phantom frame never sounds the alarm.

Pure logic: the tracker is fed the texts decoded in each frame and answers which to report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from packstation.domain.barcodes import CodeKind, gtin_variants, normalize, parse_scan
from packstation.domain.errors import PackstationError

# Symbologies whose misreads are possible without any error correction (no Reed-Solomon).
LINEAR = frozenset({"EAN13", "EAN8", "UPCA", "UPCE", "CODE128", "ITF", "CODABAR", "CODE39",
                    "CODE93", "DATABAR"})


@dataclass(frozen=True)
class Decoded:
    """One barcode found in an image. ``box`` = (x, y, width, height) in image pixels."""

    symbology: str
    text: str
    box: tuple[int, int, int, int]
    aim: str = ""  # AIM symbology identifier (']C1' = GS1-128, ']Q1' = QR ...)

    @property
    def scan_text(self) -> str:
        """What a hand scanner with AIM prefixes on would send: the scan path takes it as is."""
        return f"{self.aim}{self.text}"

    @property
    def linear(self) -> bool:
        return self.symbology in LINEAR


def code_keys(raw: str) -> tuple[str, ...]:
    """Every form under which a scanned text may be registered (GTIN widths, plain text)."""
    code = parse_scan(raw)
    if code.kind is not CodeKind.OTHER and code.gtin:
        return gtin_variants(code.gtin)
    return (normalize(raw),)


def on_order_predicate(registered_codes: Iterable[str]) -> Callable[[str], bool]:
    """A test 'is this scanned text one of these product codes?' (any GTIN width)."""
    keys = {k for c in registered_codes for k in code_keys(c)}
    return lambda raw: any(k in keys for k in code_keys(raw))


@dataclass
class _Seen:
    streak: int = 0  # consecutive frames it was seen in, this presentation
    absent: int = 0  # consecutive frames it has been missing
    counted: bool = False


@dataclass
class PresentationTracker:
    """Count-once rule over a stream of frames (see the module docstring)."""

    on_order: Callable[[str], bool] = lambda _raw: False
    leave_after: int = 5
    confirm_frames: int = 2
    _seen: dict[str, _Seen] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.leave_after < 1 or self.confirm_frames < 1:
            raise ValueError("leave_after and confirm_frames must be at least 1")

    def frame(self, texts: Iterable[str]) -> list[str]:
        """Feed one frame's decoded texts; returns those that count now, in frame order."""
        present = list(dict.fromkeys(texts))
        report = [t for t in present if self._sighted(t)]
        for text in list(self._seen):
            if text not in present:
                self._missed(text)
        return report

    def _sighted(self, text: str) -> bool:
        seen = self._seen.setdefault(text, _Seen())
        seen.streak = seen.streak + 1 if seen.absent == 0 else 1
        seen.absent = 0
        needed = 1 if self.on_order(text) else self.confirm_frames
        if not seen.counted and seen.streak >= needed:
            seen.counted = True
            return True
        return False

    def _missed(self, text: str) -> None:
        seen = self._seen[text]
        seen.absent += 1
        seen.streak = 0
        if seen.absent >= self.leave_after:
            del self._seen[text]  # it left the view: the next sighting is a new presentation

    def confirm(self) -> None:
        """The packer confirms: codes in view may count once more (a second identical unit)."""
        for seen in self._seen.values():
            seen.counted = False
            seen.streak = 0

    def reset(self, on_order: Callable[[str], bool] | None = None) -> None:
        """A new order (or none): forget every presentation, optionally with a new order."""
        self._seen.clear()
        if on_order is not None:
            self.on_order = on_order

    @property
    def in_view(self) -> frozenset[str]:
        return frozenset(t for t, s in self._seen.items() if s.absent == 0)


class CameraUnavailable(PackstationError):
    """The chosen camera is missing, busy, or gives no picture; ``code`` says which
    (``camera.busy``, ``camera.stopped``, ``camera.not_found``…)."""
