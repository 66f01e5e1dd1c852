"""Barcode decoding: zxing-cpp and pyzbar together, with image preprocessing where both miss.

Measured on the sample photos (benchmarks/decode.py): each decoder alone misses codes, and
each has misread a code the other read right. So:

- 2D codes (QR, DataMatrix) carry Reed-Solomon error correction: one decoder's read is
  enough. zxing-cpp's text is preferred; bytes without a declared character set are decoded
  as UTF-8, else Shift_JIS (cp932) when that gives Japanese text (zbar turns half-width kana
  into kanji); a zbar-only read with non-ASCII text is dropped (its charset guess is unsafe).
- 1D codes have only a check digit (or none): a text is accepted when two independent reads
  agree (the two decoders, or one decoder on two preprocessed versions of the image) and no
  other text was read at the same place more often. A wrong text is worse than none.
- zbar drops the high bit of Code 128's extended (FNC4) characters: its 7-bit text supports
  the zxing-cpp text it came from.

``decode_still`` (files, the CLI) tries hard: every decoder option, then preprocessing.
``decode_frame`` (the live camera, 640×480 at 20+ fps) does a cheaper first pass: zxing-cpp
without rotation on the frame or its transpose (alternate frames, so any orientation is
found within two frames), then the same agreement rules on a crop around each candidate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from packstation.adapters.scanning import images
from packstation.adapters.scanning.images import read_image
from packstation.domain.camera import LINEAR, Decoded

__all__ = ["PipelineDecoder", "qr_text", "read_image"]

_ZX_NAMES = {"EAN-13": "EAN13", "EAN-8": "EAN8", "UPC-A": "UPCA", "UPC-E": "UPCE",
             "Code 128": "CODE128", "ITF": "ITF", "ITF-14": "ITF", "Codabar": "CODABAR",
             "Code 39": "CODE39", "Code 93": "CODE93", "QR Code": "QRCODE",
             "Micro QR Code": "QRCODE", "DataMatrix": "DATAMATRIX", "Data Matrix": "DATAMATRIX",
             "PDF417": "PDF417", "Aztec": "AZTEC", "DataBar": "DATABAR"}
_ZBAR_NAMES = {"EAN13": "EAN13", "EAN8": "EAN8", "UPCA": "UPCA", "UPCE": "UPCE",
               "CODE128": "CODE128", "I25": "ITF", "CODABAR": "CODABAR", "CODE39": "CODE39",
               "CODE93": "CODE93", "QRCODE": "QRCODE", "DATABAR": "DATABAR"}
_ZBAR_AIM = {"EAN13": "]E0", "EAN8": "]E4", "UPCA": "]E0", "UPCE": "]E0", "CODE128": "]C0",
             "ITF": "]I0", "CODABAR": "]F0", "CODE39": "]A0", "QRCODE": "]Q1"}


@dataclass
class _Read:
    decoder: str  # 'zxing' / 'zbar' + the variant, e.g. 'zxing:up2'
    symbology: str
    text: str
    box: tuple[int, int, int, int]
    aim: str = ""


@dataclass
class _Group:
    """Reads of one place in the image (overlapping boxes)."""

    box: tuple[int, int, int, int]
    reads: list[_Read] = field(default_factory=list)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax <= bx + bw and bx <= ax + aw and ay <= by + bh and by <= ay + ah


def _union(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> tuple[int, ...]:
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (x0, y0, x1 - x0, y1 - y0)


def _is_japanese(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uff61" <= ch <= "\uff9f" for ch in text)


def qr_text(zx_text: str, raw: bytes, content_binary: bool, aim: str) -> str:
    """zxing-cpp's text, unless the symbol declared no charset and the bytes say otherwise."""
    if aim.endswith(("2", "4", "6")) or not raw:  # an ECI was given: zxing applied it
        return zx_text
    try:
        as_utf8 = raw.decode("utf-8")
        return as_utf8 if content_binary or not raw.isascii() else zx_text
    except UnicodeDecodeError:
        pass
    try:
        as_sjis = raw.decode("cp932")
    except UnicodeDecodeError:
        return zx_text
    private = any("\ue000" <= ch <= "\uf8ff" for ch in as_sjis)
    return as_sjis if _is_japanese(as_sjis) and not private else zx_text


def _seven_bit(text: str) -> str:
    return "".join(chr(ord(ch) & 0x7F) for ch in text)


class PipelineDecoder:
    """The decoder port's real adapter (see the module docstring for the rules)."""

    def __init__(self) -> None:
        import cv2
        import zxingcpp

        # One decoding thread: OpenCV's own pool would compete with the UI for a station
        # PC's few cores (and hide its CPU time from the benchmark's per-thread clock).
        cv2.setNumThreads(1)

        fmt = zxingcpp.BarcodeFormat
        self._zx = zxingcpp
        self._formats = (fmt.EAN13, fmt.EAN8, fmt.UPCA, fmt.UPCE, fmt.Code128, fmt.ITF,
                         fmt.Codabar, fmt.Code39, fmt.Code93, fmt.QRCode, fmt.MicroQRCode,
                         fmt.DataMatrix, fmt.DataBar)
        self._linear_formats = (fmt.EAN13, fmt.EAN8, fmt.UPCA, fmt.UPCE, fmt.Code128, fmt.ITF,
                                fmt.Codabar, fmt.Code39)
        self._matrix_formats = (fmt.QRCode,)
        self._live_formats = self._linear_formats + self._matrix_formats
        self._frame_no = 0
        self._hot: set[int] = set()  # orientations that found a code in the last frame
        self._recent: dict[str, int] = {}  # 1D text → last frame it was confirmed in

    # -- the two entry points --------------------------------------------------------------
    def decode_still(self, image: Any) -> list[Decoded]:
        gray = images.gray(image)
        reads = self._zxing(gray, "zxing", self._formats, rotate=True) + self._zbar(gray, "zbar")
        found = _accept(_group(reads))
        if found:
            return found
        for name, variant, scale in images.variants(gray):
            reads += [_scaled(r, scale) for r in
                      self._zxing(variant, f"zxing:{name}", self._formats, rotate=True)]
            found = _accept(_group(reads))
            if found:
                return found
        return []

    def decode_frame(self, image: Any) -> list[Decoded]:
        """One live frame: a fast pass in one orientation (they take turns, frame by frame;
        one that found a code is tried again next frame, so a code held still is seen in
        every frame), then agreement on a crop around each 1D candidate."""
        gray = images.gray(image)
        self._frame_no += 1
        turns = [self._frame_no % len(images.ORIENTATIONS), *sorted(self._hot)]
        found: list[Decoded] = []
        self._hot = set()
        found += self._decode_view(gray, self._matrix_formats)  # 2D: at any angle
        for k in dict.fromkeys(turns):
            view, back = images.oriented(gray, k)
            hits = self._decode_view(view, self._linear_formats, squash=2)
            if any(d.linear for d in hits):
                self._hot.add(k)
            found += [_mapped(d, back) for d in hits]
        return [d for g in _group(_Read("", d.symbology, d.text, d.box, d.aim) for d in found)
                for d in _unique(g)]

    def _decode_view(self, view: Any, formats: tuple[Any, ...], squash: int = 1
                     ) -> list[Decoded]:
        """zxing-cpp on the view; for 1D codes (bars up and down in the view) on the view
        squashed to 1/``squash`` of its height: rows are averaged, the bars stay sharp, and
        the row scan costs half as much."""
        found: list[Decoded] = []
        small = images.squashed(view, squash)
        first = self._zxing(small, "zxing", formats, rotate=False)
        for group in _group(_stretched(r, view.shape[0] / small.shape[0]) for r in first):
            reads = list(group.reads)
            texts = {r.text for r in reads}
            if len(texts) == 1 and self._recent.get(reads[0].text, -99) >= self._frame_no - 10:
                found.append(Decoded(reads[0].symbology, reads[0].text, group.box, reads[0].aim))
            elif all(r.symbology in LINEAR for r in reads):
                reads += self._confirm(view, group.box)
                found += _accept([_Group(group.box, reads)])
            else:
                found += _accept([_Group(group.box, reads)])
        for d in found:
            if d.linear:
                self._recent[d.text] = self._frame_no
        if len(self._recent) > 256:  # a long shift: forget codes not seen for a while
            self._recent = {t: n for t, n in self._recent.items() if n >= self._frame_no - 10}
        return found

    def _confirm(self, gray: Any, box: tuple[int, int, int, int]) -> list[_Read]:
        """Second opinions on a crop around a 1D candidate: zbar, then zxing on a variant.

        The view scans rows, so the bars run up and down: the crop reaches a quarter of the
        code's width above and below the line(s) zxing-cpp read, and a little to the sides."""
        x, y, w, h = box
        pad_x, pad_y = 12, max(12, w // 4)
        x0, y0 = max(x - pad_x, 0), max(y - pad_y, 0)
        crop = gray[y0:y + h + pad_y, x0:x + w + pad_x]

        def shift(r: _Read) -> _Read:
            return _Read(r.decoder, r.symbology, r.text,
                         (r.box[0] + x0, r.box[1] + y0, r.box[2], r.box[3]), r.aim)

        reads = [shift(r) for r in self._zbar(crop, "zbar")]
        if not reads:
            import cv2

            up = cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
            reads = [shift(_scaled(r, 2)) for r in
                     self._zxing(up, "zxing:up2", self._linear_formats, rotate=False)]
        return reads

    # -- the decoders ----------------------------------------------------------------------
    def _zxing(self, gray: Any, name: str, formats: tuple[Any, ...], *,
               rotate: bool) -> list[_Read]:
        zx = self._zx
        out = []
        for r in zx.read_barcodes(gray, formats=formats, try_rotate=rotate,
                                  try_downscale=rotate, try_invert=rotate,
                                  text_mode=zx.TextMode.Plain):
            symbology = _ZX_NAMES.get(str(r.format), str(r.format).upper().replace(" ", ""))
            text = r.text
            if symbology not in LINEAR:
                text = qr_text(r.text, bytes(r.bytes), r.content_type == zx.ContentType.Binary,
                               r.symbology_identifier)
            out.append(_Read(name, symbology, text, _zx_box(r.position),
                             r.symbology_identifier))
        return out

    @staticmethod
    def _zbar(gray: Any, name: str) -> list[_Read]:
        from pyzbar import pyzbar

        out = []
        for r in pyzbar.decode(gray, symbols=_zbar_symbols()):
            symbology = _ZBAR_NAMES.get(r.type, r.type)
            text = r.data.decode("utf-8", errors="replace")
            if symbology == "EAN13" and len(text) == 12:  # pragma: no cover - zbar variant
                text = "0" + text
            rect = r.rect
            box = (rect.left, rect.top, max(rect.width, 1), max(rect.height, 1))
            out.append(_Read(name, symbology, text, box, _ZBAR_AIM.get(symbology, "")))
        return out


def _zbar_symbols() -> list[Any]:
    from pyzbar.pyzbar import ZBarSymbol

    # No DataBar: zbar's DataBar decoder asserts on stderr on some photos and reads nothing.
    return [ZBarSymbol.EAN13, ZBarSymbol.EAN8, ZBarSymbol.UPCA, ZBarSymbol.UPCE,
            ZBarSymbol.CODE128, ZBarSymbol.I25, ZBarSymbol.CODABAR, ZBarSymbol.CODE39,
            ZBarSymbol.CODE93, ZBarSymbol.QRCODE]


# -- agreement rules -------------------------------------------------------------------------
def _group(reads: Iterable[_Read]) -> list[_Group]:
    groups: list[_Group] = []
    for read in reads:
        hits = [g for g in groups if _overlap(g.box, read.box)]
        merged = _Group(read.box, [read])
        for g in hits:
            groups.remove(g)
            merged.box = _union(merged.box, g.box)  # type: ignore[assignment]
            merged.reads += g.reads
        groups.append(merged)
    return groups


def _support(group: _Group, text: str) -> set[str]:
    """The independent reads that agree with ``text`` (zbar's 7-bit Code 128 included)."""
    agree = set()
    for r in group.reads:
        if r.text == text or (r.decoder.startswith("zbar") and not text.isascii()
                              and r.text == _seven_bit(text) and r.symbology == "CODE128"):
            agree.add(r.decoder)
    return agree


def _accept(groups: list[_Group]) -> list[Decoded]:
    found = []
    for group in groups:
        best = _best(group)
        if best is not None:
            found.append(best)
    return found


def _best(group: _Group) -> Decoded | None:
    zx_first = sorted(group.reads, key=lambda r: not r.decoder.startswith("zxing"))
    texts = list(dict.fromkeys(r.text for r in zx_first))
    scored = sorted(((len(_support(group, t)), i, t) for i, t in enumerate(texts)),
                    key=lambda s: (-s[0], s[1]))
    count, _, text = scored[0]
    read = next(r for r in zx_first if r.text == text)
    if read.symbology not in LINEAR:
        if read.decoder.startswith("zbar") and not text.isascii():
            return None  # zbar's guess of the charset: not trusted
        return Decoded(read.symbology, text, group.box, read.aim)
    rival = scored[1][0] if len(scored) > 1 else 0
    if count < 2 or rival >= count:
        return None
    return Decoded(read.symbology, text, group.box, read.aim)


# -- images ----------------------------------------------------------------------------------
def _scaled(read: _Read, scale: float) -> _Read:
    if scale == 1:
        return read
    x, y, w, h = read.box
    box = (int(x / scale), int(y / scale), max(int(w / scale), 1), max(int(h / scale), 1))
    return _Read(read.decoder, read.symbology, read.text, box, read.aim)


def _mapped(found: Decoded, back: Any) -> Decoded:
    if back is None:
        return found
    x, y, w, h = found.box
    corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    pts = [(back[0][0] * px + back[0][1] * py + back[0][2],
            back[1][0] * px + back[1][1] * py + back[1][2]) for px, py in corners]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = (int(min(xs)), int(min(ys)), max(int(max(xs) - min(xs)), 1),
           max(int(max(ys) - min(ys)), 1))
    return Decoded(found.symbology, found.text, box, found.aim)


def _unique(group: _Group) -> list[Decoded]:
    """One code per place and text (two orientations may both have read it)."""
    seen: dict[str, Decoded] = {}
    for r in group.reads:
        seen.setdefault(r.text, Decoded(r.symbology, r.text, group.box, r.aim))
    return list(seen.values())


def _stretched(read: _Read, factor: float) -> _Read:
    x, y, w, h = read.box
    box = (x, int(y * factor), w, max(int(h * factor), 1))
    return _Read(read.decoder, read.symbology, read.text, box, read.aim)


def _zx_box(position: Any) -> tuple[int, int, int, int]:
    points = [position.top_left, position.top_right, position.bottom_right,
              position.bottom_left]
    xs, ys = [p.x for p in points], [p.y for p in points]
    return (min(xs), min(ys), max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1))
