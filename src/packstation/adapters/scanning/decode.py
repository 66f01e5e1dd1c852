"""Barcode decoding: zxing-cpp and pyzbar together, with preprocessing where both miss.

Measured (benchmarks/decode.py): each decoder alone misses codes the other reads, and each
misreads now and then. A live frame (``decode_frame``, 640×480) gets passes in this order,
and the pipeline stops at the first pass after which every place something was read at is
settled (agreement.py: when a text counts):

1. zxing-cpp on the whole frame, as plain zxing-cpp reads it (any multiple of 90°, inverted,
   downscaled). A frame with nothing printed in view (a bare table) gets only this pass.
2. (stripes leaning 12–78°) zxing-cpp on the frame turned so they stand upright, about the
   middle of the striped area, sharpened: a tilted 1D code is read row by row only when
   turned. First for such a frame: it is what reads it.
3. zbar on every third row and column of the whole frame: the 1D codes plain zbar reads (a
   scan line must cross all the bars, and a code is many lines high) in a fifth of its time.
4. zxing-cpp on the frame inverted (white bars on black).
5. zxing-cpp on the busy part sharpened (unsharp mask: blur, defocus), then enlarged 1.5×
   (small, soft modules), then zbar across the bars of the sharpened part (every other line).
6. zbar on every line of the busy part (a QR code: zbar's finder needs every row and column;
   thin bars). Before pass 5 when the frame shows no 1D code's stripes.

After every pass each unsettled read gets second opinions on a crop around it, in the view
it was read in: the other decoder (zbar along the lines the code was read along, every other
one, also on the frame's own pixels and enlarged; zxing-cpp plain, enlarged and sharpened,
thresholded by the local mean and by one threshold for the crop, and smoothed along the bars
in the band through zbar's rows), then zbar on the crop sharpened. The variants look at the
busy part of the frame only: the band through a level 1D code's stripes, a square round
tilted ones, else the busiest third.

Time (CPU time of the decoding thread): no pass after FRAME_BUDGET_MS, except that the budget
waits until both plain decoders have seen the whole frame (passes 1 and 3), and a frame where
something was read that still waits for its second vote goes on up to UNSETTLED_BUDGET_MS:
what either plain decoder reads is not cut off by the budget before a later pass can
confirm it. A busy scene without a code (every pass: 20–60 ms) stops at the budget.

``decode_still`` (files, the CLI) starts with both decoders at full strength on the whole
image (zbar on every line), then the variants, without a budget, and adds enlargements for
small photos.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from packstation.adapters.scanning import agreement, images, zbar
from packstation.adapters.scanning.agreement import Box, Read
from packstation.adapters.scanning.images import read_image
from packstation.domain.camera import Decoded

__all__ = ["PipelineDecoder", "qr_text", "read_image"]

_ZX_NAMES = {"EAN-13": "EAN13", "EAN-8": "EAN8", "UPC-A": "UPCA", "UPC-E": "UPCE",
             "Code 128": "CODE128", "ITF": "ITF", "ITF-14": "ITF", "Codabar": "CODABAR",
             "Code 39": "CODE39", "Code 39 Standard": "CODE39", "Code 93": "CODE93",
             "QR Code": "QRCODE",
             "Micro QR Code": "QRCODE", "DataMatrix": "DATAMATRIX", "Data Matrix": "DATAMATRIX",
             "PDF417": "PDF417", "Aztec": "AZTEC", "DataBar": "DATABAR"}
_ZBAR_NAMES = {"EAN13": "EAN13", "EAN8": "EAN8", "UPCA": "UPCA", "UPCE": "UPCE",
               "CODE128": "CODE128", "I25": "ITF", "CODABAR": "CODABAR", "CODE39": "CODE39",
               "CODE93": "CODE93", "QRCODE": "QRCODE", "DATABAR": "DATABAR"}
_ZBAR_AIM = {"EAN13": "]E0", "EAN8": "]E4", "UPCA": "]E0", "UPCE": "]E0", "CODE128": "]C0",
             "ITF": "]I0", "CODABAR": "]F0", "CODE39": "]A0", "QRCODE": "]Q1"}



def _same_place(r: Read) -> Read:
    return r


@dataclass(frozen=True)
class _Look:
    """One look at the frame: the image decoded (the frame itself or a variant of it), what
    was read in it (in its own coordinates) and how to place a read back in the frame."""

    name: str  # the view: 'frame', 'invert', 'sharp', 'deskew', 'up' ...
    view: Any
    reads: list[Read]
    to_frame: Callable[[Read], Read] = _same_place
    whole: bool = False  # a plain decoder on the whole frame: the budget waits for both


Stage = Callable[[], _Look]
FRAME_BUDGET_MS = 13.0  # p95 ≤ 16 ms per frame (measured 13.6–14.2); a busy scene stops here
# a frame where one decoder read a code that still waits for a second vote goes on (the read
# the other decoder confirms is what a plain decoder would report), up to this
UNSETTLED_BUDGET_MS = 40.0
ROI = (448, 320)  # the part of a frame the variants look at (a held label fills less)
SHORTEST_CODE = 120  # px: an EAN-8 at 1.5 px per module with its quiet zones


def _shifted(dx: int, dy: int) -> Callable[[Read], Read]:
    return lambda r: _moved(r, dx, dy)


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


class PipelineDecoder:
    """The decoder port's real adapter (see the module docstring for the passes)."""

    def __init__(self, frame_budget_ms: float | None = FRAME_BUDGET_MS,
                 unsettled_budget_ms: float | None = UNSETTLED_BUDGET_MS) -> None:
        """``frame_budget_ms``: decoding-thread CPU time after which a live frame gets no
        further pass (None: every pass, as for files); ``unsettled_budget_ms``: the same for
        a frame where something was read that waits for a second vote (None: no limit)."""
        import cv2
        import zxingcpp

        # One decoding thread: OpenCV's own pool would compete with the UI for a station
        # PC's few cores (and hide its CPU time from the benchmark's per-thread clock).
        cv2.setNumThreads(1)

        fmt = zxingcpp.BarcodeFormat
        self._zx = zxingcpp
        self._formats = (fmt.EAN13, fmt.EAN8, fmt.UPCA, fmt.UPCE, fmt.Code128, fmt.ITF,
                         fmt.Codabar, fmt.Code39Std, fmt.Code93, fmt.QRCode, fmt.MicroQRCode,
                         fmt.DataMatrix, fmt.DataBar)
        self._linear_formats = (fmt.EAN13, fmt.EAN8, fmt.UPCA, fmt.UPCE, fmt.Code128, fmt.ITF,
                                fmt.Codabar, fmt.Code39Std)  # not Code 32, PZN, full ASCII
        self._live_formats = (*self._linear_formats, fmt.QRCode)
        self._budget_ms = frame_budget_ms
        self._unsettled_ms = unsettled_budget_ms

    # -- the two entry points --------------------------------------------------------------
    def decode_frame(self, image: Any) -> list[Decoded]:
        """One live frame: the passes stop when the frame budget is spent (a busy scene
        without a code would otherwise take every pass, 20-60 ms)."""
        gray = images.gray(image)
        return self._run(gray, self._live_stages(gray), self._live_formats, self._budget_ms)

    def decode_still(self, image: Any) -> list[Decoded]:
        gray = images.gray(image)
        return self._run(gray, self._still_stages(gray), self._formats, None)

    def _live_stages(self, gray: Any, plain: bool = True) -> Iterator[Stage]:
        """Cheapest and most often useful first: both decoders on the whole frame (unless
        ``plain`` is False: the caller ran them), then the variants. The sharpened and
        enlarged variants look at the striped part of the frame only (else the busiest third
        of it)."""
        f = self._live_formats
        if plain:
            yield lambda: _Look("frame", gray, self._zxing(gray, "zxing:frame", f), whole=True)
        where = images.survey(gray)
        if where.blank:  # nothing printed in view: no decoder finds anything there
            return
        if _tilted(where):  # a 1D code at 12-78°: read only when turned upright
            yield lambda: self._deskewed(gray, where, f)
        if plain:
            # zbar on every third row and column of the frame: every 1D code plain zbar
            # reads (a scan line needs to cross all the bars, and a code is many lines high)
            # in a fifth of the time of every line
            yield lambda: _Look("frame", gray, self._zbar(gray, "zbar:frame", 3), whole=True)
        inverted = 255 - gray
        yield lambda: _Look("invert", inverted,
                            self._zxing(inverted, "zxing:invert", f, full=False))
        part, x0, y0 = _busy_part(gray, where)
        back = _shifted(x0, y0)

        def dense() -> _Look:
            """zbar on every line of the busy part: a QR code (zbar's finder needs every row
            and column), and thin bars (the part is a third of the whole frame). The same
            vote as zbar on the whole frame: the same pixels."""
            return _Look("frame", part, self._zbar(part, "zbar:frame", 1), back)

        coded = _bars(where) is not None or _tilted(where)  # a 1D code's stripes, long enough
        if plain and not coded:
            yield dense
        sharp = images.sharpened(part, 3, 2)
        yield lambda: _Look("sharp", sharp, self._zxing(sharp, "zxing:sharp", f, full=False),
                            back)
        yield lambda: self._enlarged(sharp, 1.5, "up", f, back)
        if where.striped is not None:  # blurred bars: zbar's edge finder on steeper edges
            yield lambda: _Look("sharp", sharp, self._zbar(sharp, "zbar:sharp", *_across(where)),
                                back)
        if plain and coded:
            yield dense

    def _still_stages(self, gray: Any) -> Iterator[Stage]:
        f = self._formats
        yield lambda: _Look("frame", gray, self._zxing(gray, "zxing:frame", f))
        yield lambda: _Look("frame", gray, self._zbar(gray, "zbar:frame", 1))
        yield from self._live_stages(gray, plain=False)
        side = min(gray.shape[:2])
        if side < 400:  # small photos: bars under 2 px wide become readable when enlarged
            yield lambda: self._enlarged(gray, 2.0, "up2", f)
        if side < 200:
            yield lambda: self._enlarged(gray, 3.0, "up3", f)

    def _run(self, gray: Any, stages: Iterator[Stage], formats: tuple[Any, ...],
             budget_ms: float | None) -> list[Decoded]:
        """Look after look until every place something was read at is settled, or the
        budget is spent."""
        start = time.thread_time()
        reads: list[Read] = []
        asked: list[Box] = []  # places already given second opinions
        found: list[Decoded] = []
        wholes = 0  # looks of a plain decoder at the whole frame: no budget before both
        for stage in stages:
            look = stage()
            mine = [(r, look.to_frame(r)) for r in look.reads]
            reads += [r for _, r in mine]
            for g in agreement.undecided(agreement.group(reads)):
                for seen, placed in mine:
                    if placed in g.reads and not any(_near(placed.box, b) for b in asked):
                        asked.append(placed.box)
                        reads += self._second_opinions(gray, look, seen, g, formats)
            groups = agreement.group(reads)
            found = agreement.accept(groups)
            if found and not agreement.undecided(groups):
                return found
            wholes += look.whole
            if budget_ms is not None and wholes >= 2 and self._spent(start, budget_ms, groups):
                return found
        return found

    def _spent(self, start: float, budget_ms: float, groups: list[agreement.Group]) -> bool:
        """No further pass: the frame budget is spent and nothing read waits for a second
        vote, or even the budget for a frame with such a read is spent."""
        spent = (time.thread_time() - start) * 1000
        if spent <= budget_ms:
            return False
        if not agreement.undecided(groups):
            return True
        return self._unsettled_ms is not None and spent > self._unsettled_ms

    def _second_opinions(self, gray: Any, look: _Look, seen: Read, g: agreement.Group,
                         formats: tuple[Any, ...]) -> list[Read]:
        """The other decoder on a crop around the read, in the view it was read in (plain,
        then enlarged; zbar also on the frame's own pixels; zxing-cpp also thresholded by the
        local mean and by one threshold for the whole crop, and smoothed along the bars when
        zbar says which way they stand), then zbar on the crop sharpened (a view of its own)
        and, for a read zbar alone has made, enlarged (another); until the place is settled.
        Each decoder's looks at the crop's pixels ('+…') are one vote, the view's."""
        crop, x0, y0 = _around(look.view, seen)
        v = look.name
        at = look.to_frame(seen).box
        along = _along(seen)  # zbar along the code only, when the read shows its direction

        def placed(reads: list[Read]) -> list[Read]:
            return [look.to_frame(_moved(r, x0, y0)) for r in reads]

        tries: list[Callable[[], list[Read]]]
        if seen.decoder.startswith("zxing"):
            tries = [lambda: placed(self._zbar(crop, f"zbar:{v}", *along))]
            if v != "frame":
                tries.append(lambda: self._zbar_around(gray, at))
            tries.append(lambda: placed([_scaled(r, 2.0) for r in self._zbar(
                images.enlarged(crop, 2.0), f"zbar:{v}+up", *(2 * n for n in along))]))
        else:
            tries = [lambda: placed(self._zxing(crop, f"zxing:{v}", formats, full=False)),
                     lambda: placed([_scaled(r, 2.0) for r in self._zxing(
                         images.enlarged(images.sharpened(crop), 2.0), f"zxing:{v}+up",
                         formats, full=False)]),
                     lambda: placed(self._zxing(images.thresholded(crop), f"zxing:{v}+thresh",
                                                formats, full=False)),
                     lambda: placed(self._zxing(images.binarized(crop), f"zxing:{v}+otsu",
                                                formats, full=False))]
            if seen.along:  # zbar says which way the bars stand: across the view that way
                band, bx, by = _band(look.view, seen)
                tries.append(lambda: [look.to_frame(_moved(r, bx, by)) for r in self._zxing(
                    images.smoothed_along(band, upright=seen.along == "rows"),
                    f"zxing:{v}+along", formats, full=False)])
        tries.append(lambda: placed(self._zbar(images.sharpened(crop, 3, 2), f"zbar:{v}~sharp",
                                               *along)))
        if not seen.decoder.startswith("zxing"):  # zbar alone so far (zxing-cpp lost a code
            # cut at the frame's edge): zbar on the crop enlarged, pixels of a view of its own
            tries.append(lambda: placed([_scaled(r, 2.0) for r in self._zbar(
                images.enlarged(crop, 2.0), f"zbar:{v}~up", *(2 * n for n in along))]))
        out: list[Read] = []
        texts = {r.text for r in g.reads}
        for attempt in tries:
            # a read agreeing with this place belongs to it, whichever lines of the code its
            # box marks; a different text keeps its own box (a rival here, or another code)
            out += [_at(r, at) if r.text in texts else r for r in attempt()]
            if agreement.best(agreement.Group(g.box, g.reads + out)) is not None:
                break
        return out

    # -- the decoders ----------------------------------------------------------------------
    def _zxing(self, gray: Any, name: str, formats: tuple[Any, ...], *, full: bool = True
               ) -> list[Read]:
        """zxing-cpp at any multiple of 90°; ``full``: also inverted and downscaled (the
        first look; a preprocessed variant needs neither)."""
        zx = self._zx
        out = []
        for r in zx.read_barcodes(gray, formats=formats, try_rotate=True, try_downscale=full,
                                  try_invert=full, text_mode=zx.TextMode.Plain):
            symbology = _ZX_NAMES.get(str(r.format), str(r.format).upper().replace(" ", ""))
            text = r.text
            if symbology in agreement.CORRECTED:
                text = qr_text(r.text, bytes(r.bytes), r.content_type == zx.ContentType.Binary,
                               r.symbology_identifier)
            out.append(Read(name, symbology, text, _zx_box(r.position),
                            r.symbology_identifier))
        return out

    def _enlarged(self, gray: Any, factor: float, name: str, formats: tuple[Any, ...],
                  back: Callable[[Read], Read] = _same_place) -> _Look:
        view = images.enlarged(gray, factor)
        return _Look(name, view, self._zxing(view, f"zxing:{name}", formats, full=False),
                     lambda r: back(_scaled(r, factor)))

    def _deskewed(self, gray: Any, where: images.Survey, formats: tuple[Any, ...]) -> _Look:
        """The most barcode-like stripes turned upright (when they lean by more than 12°),
        about the middle of the striped area (a long code turned about its most striped
        point, near one end, would stick out of the canvas)."""
        stripes, striped = where.stripes, where.striped
        if stripes is None or not _tilted(where):
            return _Look("deskew", gray, [])
        angle = stripes[0]
        centre = stripes[1] if striped is None else (striped[0] + striped[2] / 2,
                                                     striped[1] + striped[3] / 2)
        view, back = images.turned_about(gray, angle, centre)
        view = images.sharpened(view, 3, 2)  # reads more than the plain turned view, not less
        return _Look("deskew", view, self._zxing(view, "zxing:deskew", formats, full=False),
                     lambda r: _mapped(r, back))

    def _zbar_around(self, gray: Any, box: Box) -> list[Read]:
        crop, x0, y0 = _around(gray, Read("", "", "", box))
        return [_moved(r, x0, y0) for r in self._zbar(crop, "zbar:frame", 1)]

    @staticmethod
    def _zbar(gray: Any, name: str, rows: int = 1, columns: int | None = None) -> list[Read]:
        """zbar along every ``rows``-th row and ``columns``-th column (zbar.read)."""
        out = []
        for r in zbar.read(gray, rows, columns):
            symbology = _ZBAR_NAMES.get(r.type, r.type)
            text = r.data.decode("utf-8", errors="replace")
            if symbology in ("EAN13", "UPCA") and len(text) == 12:  # as zxing-cpp gives it
                symbology, text = "EAN13", "0" + text
            out.append(Read(name, symbology, text, r.box, _ZBAR_AIM.get(symbology, ""),
                            r.along))
        return out


# -- boxes -----------------------------------------------------------------------------------
def _busy_part(gray: Any, where: images.Survey) -> tuple[Any, int, int]:
    """Where the variants look: the band across the frame through the stripes of a 1D code
    held level (a blurred code's stripes may show over part of its length only; the band
    holds all of it and its quiet zones), or a square around tilted stripes, else the
    busiest third (stripes no 1D code's: see _bars)."""
    bars = _bars(where)
    if where.stripes is None or where.striped is None or (bars is None and not _tilted(where)):
        return images.window(gray, where.busiest, ROI)
    x, y, w, h = where.striped
    centre = (x + w // 2, y + h // 2)
    if bars == "upright":  # the code runs across the frame
        return images.window(gray, centre, (gray.shape[1], h + 64))
    if bars == "lying":  # the code runs up and down
        return images.window(gray, centre, (w + 64, gray.shape[0]))
    side = 3 * max(w, h)
    return images.window(gray, centre, (side, side))


def _bars(where: images.Survey) -> str | None:
    """'upright' or 'lying': the way the bars of a 1D code held level (within 12°) stand;
    None: tilted, or no stripes as long as a 1D code."""
    if where.stripes is None or where.striped is None or _tilted(where):
        return None
    _, _, w, h = where.striped
    if abs(where.stripes[0]) > 45:
        w, h = h, w
    # along the code: as long as the shortest code, and longer than the bars are high (a QR
    # code's modules may line up over a square patch)
    if w < SHORTEST_CODE or w < 1.25 * h:
        return None
    return "upright" if abs(where.stripes[0]) < 45 else "lying"


def _across(where: images.Survey) -> tuple[int, int]:
    """zbar's steps between rows and between columns for the striped part: every other line
    across the bars of a code held level, else every other row and column."""
    lean = abs(where.stripes[0]) if where.stripes is not None else 45.0
    if _tilted(where):
        return (2, 2)
    return (2, 0) if lean < 45 else (0, 2)


def _tilted(where: images.Survey) -> bool:
    """The most barcode-like stripes lean by more than 12° from upright or level."""
    return where.stripes is not None and abs(((where.stripes[0] + 45) % 90) - 45) >= 12


def _along(read: Read) -> tuple[int, int]:
    """zbar's steps between rows and between columns for a second opinion on a 1D read: the
    lines zbar read it along, or by its box: zxing-cpp's box is a line or band along the code,
    so a box wider than high is a code read along its rows (no column crosses all its bars),
    one higher than wide along its columns; else both, every line."""
    if read.along:
        return (2, 0) if read.along == "rows" else (0, 2)
    _, _, w, h = read.box
    if read.decoder.startswith("zxing") and w >= 2 * h:
        return (2, 0)
    if read.decoder.startswith("zxing") and h >= 2 * w:
        return (0, 2)
    return (1, 1)


def _around(view: Any, read: Read) -> tuple[Any, int, int]:
    """A crop around a read with room for the whole code: (crop, x0, y0). A read's box may
    be a point (zbar marks where a scan line ended), so a small box gets the band of the view
    a code held level there lies in. (A zbar box may also cover part of the code only: only
    zxing-cpp's look smoothed along the bars gets the band through it, _band; zbar on that
    band misread a sample photo.)"""
    x, y, w, h = read.box
    centre = (x + w // 2, y + h // 2)
    if max(w, h) < 64:
        return images.window(view, centre, (view.shape[1], 240))
    pad = max(16, max(w, h) // 4)
    x0, y0 = max(x - pad, 0), max(y - pad, 0)
    return view[y0:y + h + pad, x0:x + w + pad], x0, y0


def _band(view: Any, read: Read) -> tuple[Any, int, int]:
    """The band across the view through a zbar read along its rows (down the view through
    one along its columns): zbar's box may cover part of the code only (a fingertip over
    the middle of the bars), the band holds all of it."""
    x, y, w, h = read.box
    centre = (x + w // 2, y + h // 2)
    if read.along == "columns":
        return images.window(view, centre, (max(w + 64, 160), view.shape[0]))
    return images.window(view, centre, (view.shape[1], max(h + 64, 160)))


def _near(a: Box, b: Box) -> bool:
    """Roughly the same place (the second opinions there need not be asked again)."""
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) < 0.5 * max(a[2], a[3], b[2], b[3])


def _at(r: Read, box: Box) -> Read:
    return Read(r.decoder, r.symbology, r.text, box, r.aim, r.along)


def _moved(r: Read, dx: int, dy: int) -> Read:
    return Read(r.decoder, r.symbology, r.text, (r.box[0] + dx, r.box[1] + dy, *r.box[2:]),
                r.aim, r.along)


def _scaled(r: Read, scale: float) -> Read:
    x, y, w, h = r.box
    box = (int(x / scale), int(y / scale), max(int(w / scale), 1), max(int(h / scale), 1))
    return Read(r.decoder, r.symbology, r.text, box, r.aim, r.along)


def _mapped(r: Read, back: Any) -> Read:
    x, y, w, h = r.box
    corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    pts = [(back[0][0] * px + back[0][1] * py + back[0][2],
            back[1][0] * px + back[1][1] * py + back[1][2]) for px, py in corners]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = (int(min(xs)), int(min(ys)), max(int(max(xs) - min(xs)), 1),
           max(int(max(ys) - min(ys)), 1))
    return Read(r.decoder, r.symbology, r.text, box, r.aim)  # turned: along neither


def _zx_box(position: Any) -> Box:
    points = [position.top_left, position.top_right, position.bottom_right,
              position.bottom_left]
    xs, ys = [p.x for p in points], [p.y for p in points]
    return (min(xs), min(ys), max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1))
