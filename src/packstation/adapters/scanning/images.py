"""Image helpers for the decoders: grayscale, preprocessed variants (sharpened, enlarged,
turned upright), where in a frame a code likely is, and reading an image file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def gray(image: Any) -> Any:
    import cv2
    import numpy as np

    array = np.asarray(image)
    if array.ndim == 3:
        code = cv2.COLOR_BGRA2GRAY if array.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        array = cv2.cvtColor(array, code)
    return np.ascontiguousarray(array, dtype=np.uint8)


MAX_PIXELS = 100_000_000  # a 200-megapixel phone photo is 2×; a label photo is far below


def read_image(path: str) -> Any:
    """A grayscale image from PNG/JPEG/WebP/BMP; None when the file is not an image.

    Raises BadInput for an image too large to decode: a small file can announce a huge
    picture (a decompression bomb) that would take gigabytes of memory."""
    import cv2
    import numpy as np

    _refuse_huge(path)
    # OpenCV's own complaints about a file are not for the user's terminal
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)

    data = np.fromfile(path, dtype=np.uint8)  # also works for non-ASCII paths
    image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    if image is not None:
        return image
    try:  # OpenCV refuses some tiny WebP files that Pillow reads
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # pragma: no cover - Pillow comes with the dev tools
        return None
    try:
        with Image.open(path) as im:
            return np.asarray(im.convert("L"))
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def _refuse_huge(path: str) -> None:
    """Read only the header (Pillow opens lazily) and refuse more than MAX_PIXELS."""
    import warnings

    from packstation.domain.errors import BadInput, InputProblem
    from packstation.domain.messages import Msg

    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with reportlab
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as im:
                pixels = f"{im.width * im.height:,}" if im.width * im.height > MAX_PIXELS else ""
        except Image.DecompressionBombError:  # Pillow refused it itself (2× its own limit)
            pixels = f"more than {2 * (Image.MAX_IMAGE_PIXELS or MAX_PIXELS):,}"
        except (OSError, ValueError, SyntaxError):
            return  # not an image Pillow knows: OpenCV tries, with its own size limit
    if pixels:
        raise BadInput(problems=[InputProblem(None, None, Msg(
            "image.too_large", path=path, pixels=pixels, limit=f"{MAX_PIXELS:,}"))])


# -- preprocessing for the live pipeline (each well under a millisecond on 640×480) ---------
def sharpened(gray: Any, amount: float = 1.5, sigma: float = 1.5) -> Any:
    """Unsharp mask: edges a soft lens or a shaking hand spread over pixels steepen again."""
    import cv2

    return cv2.addWeighted(gray, 1 + amount, cv2.GaussianBlur(gray, (0, 0), sigma), -amount, 0)


def thresholded(gray: Any) -> Any:
    """Black and white by the local mean: a shadow, a fingertip's edge or glare get their own
    threshold (zxing-cpp's binarizer takes a wider neighbourhood)."""
    import cv2

    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 25, 4)


def smoothed_along(gray: Any, upright: bool, length: int = 9) -> Any:
    """Averaged along the bars (``upright``: down the columns), then sharpened across them: a
    bar's edge is the same over many rows, the camera's noise and a thin smudge or strap
    across the bars are not."""
    import cv2

    smooth = cv2.blur(gray, (1, length) if upright else (length, 1))
    return sharpened(smooth, 3, 1.5)


def binarized(gray: Any) -> Any:
    """Black and white by one threshold for the whole image (Otsu's): where light falls off
    across a label (a curved one) the local thresholds of zxing-cpp's binarizer may split
    a wide bar, one threshold does not."""
    import cv2

    return cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


@dataclass(frozen=True)
class Survey:
    """Where in a frame a code most likely is, from its edges (half a millisecond).

    ``busiest``: the centre of the window with the most edge energy (a code, or print);
    ``stripes``: where edges are strongest *and* all at one angle (a 1D code), and that
    angle in degrees (edges at 0° = bars upright), or None when nothing is striped."""

    busiest: tuple[int, int]
    stripes: tuple[float, tuple[float, float]] | None
    striped: tuple[int, int, int, int] | None = None  # the striped area's box (x, y, w, h)
    energy: float = 0.0  # the busiest window's mean squared gradient

    @property
    def blank(self) -> bool:
        """Nothing printed in view: a bare table or box side has edge energy of about 150,
        a barcode at a fifth of full contrast over 8000 (benchmarks/decode.py's corpus)."""
        return self.energy < 1500


def survey(gray: Any) -> Survey:
    import cv2
    import numpy as np

    half = 2 if min(gray.shape[:2]) >= 200 else 1
    small = cv2.resize(gray, (gray.shape[1] // half, gray.shape[0] // half),
                       interpolation=cv2.INTER_AREA).astype(np.float32)
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=3)
    gxx, gyy = gx * gx, gy * gy
    c = cv2.boxFilter(gxx - gyy, -1, (21, 21))
    s = cv2.boxFilter(2 * gx * gy, -1, (21, 21))
    energy = cv2.boxFilter(gxx + gyy, -1, (41, 41))
    _, most, _, (bx, by) = cv2.minMaxLoc(energy)
    strength = cv2.magnitude(c, s)  # energy × coherence of one edge direction
    _, peak, _, (px, py) = cv2.minMaxLoc(strength)
    if peak < 2000:
        return Survey((half * bx, half * by), None, None, most)
    angle = 0.5 * float(np.degrees(np.arctan2(s[py, px], c[py, px])))
    mask = (strength >= 0.25 * peak).astype(np.uint8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    x, y, w, h = (int(v) * half for v in stats[labels[py, px], :4])
    return Survey((half * bx, half * by), (angle, (float(half * px), float(half * py))),
                  (x, y, w, h), most)


def window(gray: Any, centre: tuple[int, int], size: tuple[int, int]) -> tuple[Any, int, int]:
    """The part of the frame of ``size`` (w, h) around ``centre``, kept inside the frame:
    (crop, x0, y0)."""
    h, w = gray.shape[:2]
    cw, ch = min(size[0], w), min(size[1], h)
    x0 = min(max(centre[0] - cw // 2, 0), w - cw)
    y0 = min(max(centre[1] - ch // 2, 0), h - ch)
    return gray[y0:y0 + ch, x0:x0 + cw], x0, y0


def turned_about(gray: Any, angle: float, centre: tuple[float, float]) -> tuple[Any, Any]:
    """The frame turned by ``angle`` about ``centre``, in a wide, low canvas centred there
    (a code turned upright is wide and low: the rest of the frame is not needed), and the
    map from the canvas's points back to the frame's."""
    import cv2

    h, w = gray.shape
    out_w, out_h = int((w * w + h * h) ** 0.5), max(h * 2 // 3, 64)
    m = cv2.getRotationMatrix2D(centre, angle, 1.0)
    m[0, 2] += out_w / 2 - centre[0]
    m[1, 2] += out_h / 2 - centre[1]
    view = cv2.warpAffine(gray, m, (out_w, out_h), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=(160,))
    return view, cv2.invertAffineTransform(m)


def enlarged(gray: Any, factor: float) -> Any:
    import cv2

    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
