"""Shipping label as ZPL II for Zebra-compatible thermal printers at 203 or 300 dpi.

Same layout as the PDF (domain/label_layout.py). A printer without a Japanese font gets every
text as a ^GF bitmap drawn with IPAexGothic (compressed with ZPL's run-length scheme); with the
admin's printer font name set, texts go as UTF-8 (^CI28) in that font. Barcodes are the
printer's own (^BC Code 128, ^BK NW-7), so their bars fall on whole dots.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from packstation.adapters.printing.fonts import pil_font
from packstation.domain.documents import CODABAR, LabelContent
from packstation.domain.label_layout import MODULE_MM, Bars, Rule, Text, label_size, layout_label

DPIS = (203, 300)
CODABAR_RATIO = 3.0


def dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def render_label_zpl(content: LabelContent, size: str, dpi: int, kanji_font: str = "") -> bytes:
    if dpi not in DPIS:
        raise ValueError(f"unsupported printer resolution {dpi} dpi: use 203 or 300")
    width, height = label_size(size)
    out = ["^XA", "^CI28", f"^PW{dots(width, dpi)}", f"^LL{dots(height, dpi)}", "^LH0,0"]
    for element in layout_label(content, size):
        if isinstance(element, Text):
            out.append(_font_text(element, dpi, kanji_font) if kanji_font
                       else _bitmap_text(element, dpi))
        elif isinstance(element, Bars):
            out.append(_bars(element, dpi))
        elif isinstance(element, Rule):
            w, h = max(dots(element.w, dpi), 1), max(dots(element.h, dpi), 1)
            out.append(f"^FO{dots(element.x, dpi)},{dots(element.y, dpi)}"
                       f"^GB{w},{h},{min(w, h)},B^FS")
    out += ["^PQ1", "^XZ", ""]
    return "\n".join(out).encode("utf-8")


def field_data(text: str) -> str:
    """^FH escapes: the field may then hold _, ^ and ~ (hex as _5F, _5E, _7E)."""
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def _font_text(t: Text, dpi: int, font: str) -> str:
    h = dots(t.size, dpi)
    place = f"^FO{dots(t.x, dpi)},{dots(t.y, dpi)}"
    box = ""
    if t.inverse:  # a black box, then the text reversed over it
        pad = dots(0.8, dpi)
        box = (f"^FO{dots(t.x, dpi) - pad},{dots(t.y, dpi) - pad}"
               f"^GB{dots(t.max_w, dpi) + 2 * pad},{h + 2 * pad},{h + 2 * pad},B^FS")
        place += "^FR"
    return f"{box}{place}^A@N,{h},{h},{font}^FH^FD{field_data(t.text)}^FS"


@lru_cache(maxsize=512)  # the sender block and the titles are the same on every label
def _bitmap_text(t: Text, dpi: int) -> str:
    from PIL import Image, ImageDraw

    size_px = max(dots(t.size, dpi), 8)
    font: Any = pil_font(size_px)
    width = font.getlength(t.text)
    room = dots(t.max_w, dpi)
    if width > room:  # the layout estimates; the real font has the last word
        size_px = max(int(size_px * room / width), 8)
        font = pil_font(size_px)
        width = font.getlength(t.text)
    pad = dots(0.8, dpi) if t.inverse else 0
    img = Image.new("L", (math.ceil(width) + 2 * pad, math.ceil(size_px * 1.15) + 2 * pad),
                    255 if t.inverse else 0)
    ImageDraw.Draw(img).text((pad, pad + round(size_px * 0.88)), t.text, font=font,
                             fill=0 if t.inverse else 255, anchor="ls")
    # white (the text) = bit 1 = a black dot on the label
    packed = img.convert("1", dither=Image.Dither.NONE).tobytes()
    row = (img.width + 7) // 8
    return (f"^FO{dots(t.x, dpi) - pad},{dots(t.y, dpi) - pad}"
            f"^GFA,{len(packed)},{len(packed)},{row},{compress(packed, row)}^FS")


def _bars(b: Bars, dpi: int) -> str:
    module = max(2, dots(MODULE_MM, dpi))
    h = dots(b.height, dpi)
    data = b.barcode.data
    if b.barcode.symbology == CODABAR:
        while module > 2 and _codabar_modules(data) * module > dots(b.max_w, dpi):
            module -= 1
        return (f"^FO{dots(b.x, dpi)},{dots(b.y, dpi)}^BY{module},{CODABAR_RATIO},{h}"
                f"^BKN,N,{h},N,N,{data[0]},{data[-1]}^FD{data[1:-1]}^FS")
    while module > 2 and (11 * (len(data) + 3) + 2) * module > dots(b.max_w, dpi):
        module -= 1
    # '>' starts a subset switch in ^BC data: '><' is a literal '>'.
    return (f"^FO{dots(b.x, dpi)},{dots(b.y, dpi)}^BY{module},3,{h}"
            f"^BCN,{h},N,N,N,N^FH^FD{field_data(data.replace('>', '><'))}^FS")


def _codabar_modules(data: str) -> float:
    # 7 elements a character: 2 or 3 wide; 1 narrow gap between characters
    return len(data) * (4 + 3 * CODABAR_RATIO + 1)


_COUNTS_LOW = "GHIJKLMNOPQRSTUVWXY"  # 1 … 19
_COUNTS_HIGH = "ghijklmnopqrstuvwxyz"  # 20, 40, … 400
_RUNS = re.compile(r"(.)\1{2,}")  # shorter runs cost as much written out


@cache
def _run(count: int, char: str) -> str:
    """A run of `count` times `char` in ZPL's repeat-count notation ('hF' = 40 × F)."""
    out = []
    while count >= 20:
        k = min(count // 20, 20)
        out.append(_COUNTS_HIGH[k - 1])
        count -= 20 * k
    if count > 1:
        out.append(_COUNTS_LOW[count - 1])
    elif count == 1 and out:
        out.append("G")
    return "".join(out) + char


def _encode_run(m: re.Match[str]) -> str:
    return _run(len(m.group()), m.group(1))


def compress(data: bytes, row_bytes: int) -> str:
    """ZPL's ASCII compression of ^GFA hex: repeat counts, ',' = rest of row 0, ':' = same row."""
    rows = []
    previous = None
    hexdata = data.hex().upper()
    width = 2 * row_bytes
    for start in range(0, len(hexdata), width):
        hexrow = hexdata[start:start + width]
        if hexrow == previous:
            rows.append(":")
            continue
        previous = hexrow
        body = hexrow.rstrip("0")
        rows.append(_RUNS.sub(_encode_run, body))
        if len(body) < width:
            rows.append(",")
    return "".join(rows)
