"""A rendered-and-degraded camera corpus: barcodes drawn exactly, then spoilt the way a packing
table's camera spoils them. For benchmarks/decode.py and the decode tests.

Each frame is 640×480 BGR, built from one seed: the same seed gives the same picture on every
machine (numpy's PCG64 and OpenCV's deterministic filters). 1D codes are drawn from
python-barcode's module patterns (EAN-13, Code 128, ITF, Code 39), QR codes by zxing-cpp's
writer (the QR library the project already uses). The code sits on a white label on the
synthetic packing table (tests/synthetic.py), then one degradation is applied:

blur, defocus, perspective, rotation, glare, low_contrast, jpeg, curved, occlusion, inverted
("clean" = only the camera's own slight blur and noise). ``empty_frames`` are pictures with no
code at all: the bare table, printed text, stripes and a checkerboard a decoder may take for one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tests import synthetic

WIDTH, HEIGHT = synthetic.WIDTH, synthetic.HEIGHT
SYMBOLOGIES = ("EAN13", "CODE128", "ITF", "CODE39", "QRCODE")
DEGRADATIONS = ("clean", "blur", "defocus", "perspective", "rotation", "glare", "low_contrast",
                "jpeg", "curved", "occlusion", "inverted")
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_QR_TEXTS = ("出荷No.R-{n} ﾔﾏﾄ", "https://example.jp/o/{n}", "梱包{n} 納品書", "阿部様 {n}",
             "ORDER-{n}", "ﾃﾞｻﾞｲﾝ{n}")


@dataclass(frozen=True)
class Frame:
    degradation: str  # one of DEGRADATIONS, or 'empty:<kind>'
    symbology: str | None  # None: no code in the picture
    text: str | None
    seed: int
    image: Any  # 640×480 BGR uint8


def corpus(per_cell: int = 8, base_seed: int = 0) -> Iterator[Frame]:
    """``per_cell`` frames for each (degradation, symbology): 11 × 5 × per_cell frames."""
    for d, degradation in enumerate(DEGRADATIONS):
        for s, symbology in enumerate(SYMBOLOGIES):
            for i in range(per_cell):
                seed = base_seed + 10_000 * d + 1_000 * s + i
                yield degraded_frame(symbology, degradation, seed)


def degraded_frame(symbology: str, degradation: str, seed: int) -> Frame:
    import numpy as np

    rng = np.random.default_rng(seed)
    text = payload(symbology, rng)
    label = _label(code_modules(symbology, text, rng), rng)
    picture = _place(label, degradation, rng, seed)
    return Frame(degradation, symbology, text, seed, picture)


# -- codes ---------------------------------------------------------------------------------
def payload(symbology: str, rng: Any) -> str:
    digits = "".join(str(d) for d in rng.integers(0, 10, 13))
    if symbology == "EAN13":
        return _gs1_check("49" + digits[:10])
    if symbology == "ITF":
        return _gs1_check("1" + digits[:12])  # an ITF-14 case code
    if symbology == "CODE128":
        return f"R-{digits[:4]}/{''.join(rng.choice(list(_ALNUM), 3))}"
    if symbology == "CODE39":
        return "PK" + "".join(rng.choice(list(_ALNUM), int(rng.integers(4, 8))))
    return _QR_TEXTS[int(rng.integers(len(_QR_TEXTS)))].format(n=digits[:5])


def _gs1_check(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str(-total % 10)


def code_modules(symbology: str, text: str, rng: Any) -> Any:
    """Black on white, grayscale, quiet zones included, at a camera-like module size."""
    import cv2
    import numpy as np

    if symbology == "QRCODE":  # error correction as labels print it: M, Q or H
        import zxingcpp

        level = str(rng.choice(["M", "Q", "H"]))
        symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
        qr = np.array(symbol.to_image(scale=1, add_quiet_zones=True))
        module = float(rng.uniform(3.0, 5.0))
        size = int(qr.shape[0] * module)
        return cv2.resize(qr, (size, size), interpolation=cv2.INTER_NEAREST)
    bars = np.array([c == "1" for c in _pattern(symbology, text)], dtype=bool)
    row = np.where(np.concatenate([np.zeros(12, bool), bars, np.zeros(12, bool)]), 0, 255)
    module = float(rng.uniform(2.0, 3.0))
    width = int(len(row) * module)
    line = cv2.resize(row.astype(np.uint8)[None, :], (width, 1), interpolation=cv2.INTER_AREA)
    return np.repeat(line, int(rng.integers(70, 110)), axis=0)


def _pattern(symbology: str, text: str) -> str:
    import barcode
    from barcode.codex import Code39

    if symbology == "CODE39":
        return str(Code39(text, add_checksum=False).build()[0])
    name = {"EAN13": "ean13", "CODE128": "code128", "ITF": "itf"}[symbology]
    return str(barcode.get(name, text[:12] if symbology == "EAN13" else text).build()[0])


def _label(code: Any, rng: Any) -> Any:
    """The code on a white label with a margin and a line of print under it."""
    import cv2
    import numpy as np

    h, w = code.shape
    margin = 14
    label = np.full((h + 2 * margin + 22, w + 2 * margin), 250, dtype=np.uint8)
    label[margin:margin + h, margin:margin + w] = code
    words = "".join(rng.choice(list(_ALNUM), 10))
    cv2.putText(label, words, (margin, h + margin + 17), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (40,), 1)
    return label


# -- placing and spoiling ------------------------------------------------------------------
def _place(label: Any, degradation: str, rng: Any, seed: int) -> Any:
    import cv2
    import numpy as np

    from tests import degrade

    if degradation == "inverted":
        label = 255 - label
    if degradation == "curved":
        label = degrade.curved(label, rng)
    angle = float(rng.uniform(0, 360)) if degradation == "rotation" else float(rng.uniform(-4, 4))
    mask = np.full(label.shape, 255, np.uint8)
    label, mask = degrade.turned(label, angle), degrade.turned(mask, angle, border=0)
    picture = synthetic.table(seed).astype(np.float32)
    h, w = label.shape
    if w > WIDTH - 8 or h > HEIGHT - 8:  # a big turned label: shrink it to fit the view
        f = min((WIDTH - 8) / w, (HEIGHT - 8) / h)
        label = cv2.resize(label, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        mask = cv2.resize(mask, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        h, w = label.shape
    x, y = int(rng.integers(4, WIDTH - w - 3)), int(rng.integers(4, HEIGHT - h - 3))
    alpha = (mask.astype(np.float32) / 255)[:, :, None]
    area = picture[y:y + h, x:x + w]
    picture[y:y + h, x:x + w] = area * (1 - alpha) + label[:, :, None] * alpha
    box = (x, y, w, h)
    picture = degrade.apply(degradation, picture, box, rng)
    picture = cv2.GaussianBlur(picture, (0, 0), 0.7)
    picture = picture + rng.normal(0, 3, picture.shape)
    picture = np.clip(picture, 0, 255).astype(np.uint8)
    if degradation == "jpeg":
        picture = degrade.jpeg(picture, rng)
    return picture


# -- pictures without a code -----------------------------------------------------------------
EMPTY_KINDS = ("table", "print", "stripes", "checker", "noise")


def empty_frames(per_kind: int = 6, base_seed: int = 900_000) -> Iterator[Frame]:
    for k, kind in enumerate(EMPTY_KINDS):
        for i in range(per_kind):
            seed = base_seed + 100 * k + i
            yield Frame(f"empty:{kind}", None, None, seed, _empty(kind, seed))


def _empty(kind: str, seed: int) -> Any:
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    picture = synthetic.table(seed)
    x, y = int(rng.integers(20, 200)), int(rng.integers(20, 200))
    if kind == "print":  # a delivery note's lines of text
        for line in range(8):
            words = " ".join("".join(rng.choice(list(_ALNUM), 5)) for _ in range(4))
            cv2.putText(picture, words, (x, y + 28 * line), cv2.FONT_HERSHEY_SIMPLEX,
                        0.7, (30, 30, 30), 2)
    elif kind == "stripes":  # corrugated cardboard's edge, a keyboard: irregular bars
        widths = rng.integers(2, 9, 60)
        at = x
        for n, wdt in enumerate(widths):
            if n % 2 == 0:
                cv2.rectangle(picture, (int(at), y), (int(at + wdt - 1), y + 120), (20, 20, 20),
                              -1)
            at += int(wdt)
    elif kind == "checker":
        cells = (rng.random((24, 24)) > 0.5).astype(np.uint8) * 255
        block = cv2.resize(cells, (192, 192), interpolation=cv2.INTER_NEAREST)
        picture[y:y + 192, x:x + 192] = block[:, :, None]
    elif kind == "noise":
        grain = rng.integers(0, 256, (HEIGHT, WIDTH), dtype=np.uint8)
        picture = cv2.cvtColor(cv2.GaussianBlur(grain, (0, 0), 1.2), cv2.COLOR_GRAY2BGR)
    return cv2.GaussianBlur(picture, (0, 0), 0.7)
