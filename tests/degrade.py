"""The degradations of tests/degraded.py: each takes the frame (float32 BGR), the label's box and
the frame's random generator, and spoils the picture the way a camera over a packing table
does. Severities are drawn from ranges a station camera meets (see benchmarks/decode.py)."""

from __future__ import annotations

from typing import Any

Box = tuple[int, int, int, int]


def apply(degradation: str, picture: Any, box: Box, rng: Any) -> Any:
    spoil = {"blur": _blur, "defocus": _defocus, "perspective": _perspective,
             "glare": _glare, "low_contrast": _low_contrast, "occlusion": _occlusion}.get(
        degradation)
    return spoil(picture, box, rng) if spoil else picture


def _blur(picture: Any, _box: Box, rng: Any) -> Any:
    """Motion or focus softness: Gaussian, σ 1.0–1.8 px (a module is 2–3 px)."""
    import cv2

    return cv2.GaussianBlur(picture, (0, 0), float(rng.uniform(1.0, 1.8)))


def _defocus(picture: Any, _box: Box, rng: Any) -> Any:
    """Out of focus: a disc (the lens aperture), radius 1.5–3 px."""
    import cv2
    import numpy as np

    radius = float(rng.uniform(1.5, 3.0))
    size = 2 * int(np.ceil(radius)) + 1
    yy, xx = np.mgrid[:size, :size] - size // 2
    disc = (xx**2 + yy**2 <= radius**2).astype(np.float32)
    return cv2.filter2D(picture, -1, disc / disc.sum())


def _perspective(picture: Any, box: Box, rng: Any) -> Any:
    """The label seen at a slant: each corner of the label moved by up to 15 % of its size."""
    import cv2
    import numpy as np

    x, y, w, h = box
    src = np.float32([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])
    jitter = rng.uniform(-0.15, 0.15, (4, 2)) * np.float32([w, h])
    dst = np.float32(src + jitter)
    m = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(picture, m, (picture.shape[1], picture.shape[0]),
                               flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _glare(picture: Any, box: Box, rng: Any) -> Any:
    """A lamp's reflection on a glossy label: a bright spot over part of the code."""
    import numpy as np

    x, y, w, h = box
    cx, cy = x + rng.uniform(0.2, 0.8) * w, y + rng.uniform(0.2, 0.8) * h
    sigma = rng.uniform(0.08, 0.16) * max(w, h)
    yy, xx = np.mgrid[:picture.shape[0], :picture.shape[1]]
    spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * sigma**2)).astype(np.float32)
    return picture + (rng.uniform(90, 160) * spot)[:, :, None]


def _low_contrast(picture: Any, _box: Box, rng: Any) -> Any:
    """Dim light or a faded thermal print: contrast down to 18–35 %, brightness shifted."""
    c = float(rng.uniform(0.18, 0.35))
    return 128 + (picture - 128) * c + float(rng.uniform(-30, 30))


def _occlusion(picture: Any, box: Box, rng: Any) -> Any:
    """A fingertip or a strap over the middle of the code (a fifth of it, at most)."""
    import cv2

    x, y, w, h = box
    ow, oh = int(rng.uniform(0.12, 0.22) * w), int(rng.uniform(0.12, 0.22) * h)
    cx, cy = int(x + rng.uniform(0.35, 0.65) * w), int(y + rng.uniform(0.3, 0.6) * h)
    shade = tuple(float(v) for v in rng.uniform(60, 200, 3))
    cv2.ellipse(picture, (cx, cy), (ow // 2, oh // 2), float(rng.uniform(0, 180)), 0, 360,
                shade, -1)
    return picture


def curved(label: Any, rng: Any) -> Any:
    """The label wrapped round a bottle or tube: seen from the front, modules at the sides are
    narrower and darker (the cylinder's half-angle is 45–65°)."""
    import cv2
    import numpy as np

    h, w = label.shape
    phi = np.deg2rad(rng.uniform(45, 65))
    radius = w / (2 * phi)
    out_w = int(2 * radius * np.sin(phi))
    xo = (np.arange(out_w, dtype=np.float32) - out_w / 2) / radius
    theta = np.arcsin(np.clip(xo, -np.sin(phi), np.sin(phi)))
    map_x = np.tile((radius * theta + w / 2).astype(np.float32), (h, 1))
    map_y = np.repeat(np.arange(h, dtype=np.float32)[:, None], out_w, axis=1)
    bent = cv2.remap(label, map_x, map_y, cv2.INTER_LINEAR, borderValue=(250,))
    light = (0.55 + 0.45 * np.cos(theta)).astype(np.float32)
    return (bent.astype(np.float32) * light[None, :]).astype(np.uint8)


def turned(image: Any, angle: float, border: int = 250) -> Any:
    """Rotated by ``angle`` degrees into a canvas that holds all of it."""
    import cv2

    if not angle:
        return image
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(image, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(border,))


def jpeg(picture: Any, rng: Any) -> Any:
    """A webcam's MJPEG stream at a low quality setting (8–20)."""
    import cv2

    quality = int(rng.integers(8, 21))
    ok, data = cv2.imencode(".jpg", picture, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)
