"""Generated camera pictures: barcodes on a packing-table background, 640×480.

For tests, benchmarks and screenshots (there is no webcam on CI). The codes
are drawn by zxing-cpp's writer, then the frame is blurred a little and given sensor noise,
so the decoder works as it would on a camera picture, not on a clean vector drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT = 640, 480
_FORMATS = {"EAN13": "EAN13", "EAN8": "EAN8", "CODE128": "Code128", "QRCODE": "QRCode",
            "ITF": "ITF", "UPCA": "UPCA", "CODABAR": "Codabar"}


@dataclass(frozen=True)
class Placed:
    """A code on the table: text, symbology, top-left corner, module size, rotation (deg)."""

    text: str | bytes  # bytes: written as they are (e.g. Shift_JIS without an ECI)
    symbology: str = "EAN13"
    at: tuple[int, int] = (180, 160)
    scale: int = 3
    angle: float = 0.0


def code_image(text: str | bytes, symbology: str = "EAN13", scale: int = 3) -> Any:
    """Black on white with quiet zones, grayscale uint8."""
    import numpy as np
    import zxingcpp

    fmt = getattr(zxingcpp.BarcodeFormat, _FORMATS[symbology])
    barcode = zxingcpp.create_barcode(text, fmt)
    return np.array(barcode.to_image(scale=scale, add_quiet_zones=True))


def table(seed: int = 0) -> Any:
    """An empty packing table: cardboard-brown, lit unevenly, a little texture (BGR)."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    grain = cv2.GaussianBlur(rng.normal(0, 18, (HEIGHT, WIDTH)).astype(np.float32), (0, 0), 2.5)
    light = np.linspace(-25, 25, WIDTH, dtype=np.float32)[None, :] + \
        np.linspace(-10, 10, HEIGHT, dtype=np.float32)[:, None]
    base = np.array([95, 140, 175], dtype=np.float32)  # BGR cardboard
    picture = base[None, None, :] + (grain + light)[:, :, None]
    return np.clip(picture, 0, 255).astype(np.uint8)


def frame(codes: list[Placed], seed: int = 0, background: Any = None) -> Any:
    """A 640×480 BGR frame with the codes on white labels, camera blur and noise."""
    import cv2
    import numpy as np

    picture = (table(seed) if background is None else background).copy()
    for code in codes:
        _paste(picture, _rotated(code_image(code.text, code.symbology, code.scale), code.angle),
               code.at)
    picture = cv2.GaussianBlur(picture, (0, 0), 0.8)
    noise = np.random.default_rng(seed + 1).normal(0, 4, picture.shape)
    return np.clip(picture + noise, 0, 255).astype(np.uint8)


def _rotated(gray: Any, angle: float) -> Any:
    import cv2

    if not angle:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(gray, m, (nw, nh), borderValue=(255,))


def _paste(picture: Any, gray: Any, at: tuple[int, int]) -> None:
    x, y = at
    h = min(gray.shape[0], picture.shape[0] - y)
    w = min(gray.shape[1], picture.shape[1] - x)
    if h > 0 and w > 0:
        picture[y:y + h, x:x + w] = gray[:h, :w, None]


def write_video(path: str, frames: list[Any], fps: float = 20.0) -> None:
    """An MJPG .avi of the frames (what a camera would have recorded)."""
    import cv2

    writer = cv2.VideoWriter(path, cv2.VideoWriter.fourcc(*"MJPG"), fps, (WIDTH, HEIGHT))
    for f in frames:
        writer.write(f)
    writer.release()
