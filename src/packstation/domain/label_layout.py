"""Where each part of a shipping label goes, in millimetres from the top-left corner.

One layout feeds both renderers (PDF and ZPL), so the two print the same label. Text widths
here are estimates (full-width = 1 em, other = 0.6 em); a renderer that measures the real
font shrinks a text further if it still does not fit its `max_w`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from packstation.domain.documents import Address, Barcode, LabelContent, yen
from packstation.domain.errors import StateError

LABEL_SIZES_MM: dict[str, tuple[float, float]] = {
    "4x6": (101.6, 152.4),  # 4 × 6 inch thermal stock
    "a6": (105.0, 148.0),
}
MARGIN = 4.0
MODULE_MM = 0.375  # narrowest bar: 3 dots at 203 dpi, 4 dots (0.34 mm) at 300 dpi
QUIET_MODULES = 10


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # top of the text line
    size: float  # character height in mm
    text: str
    max_w: float
    inverse: bool = False  # white on black (marks the driver must not miss)


@dataclass(frozen=True)
class Bars:
    x: float
    y: float
    height: float
    barcode: Barcode
    max_w: float


@dataclass(frozen=True)
class Rule:
    x: float
    y: float
    w: float
    h: float  # a filled rectangle: lines and frames


Element = Text | Bars | Rule


def text_width(text: str, size: float) -> float:
    return sum(size if unicodedata.east_asian_width(ch) in "WFA" else size * 0.6
               for ch in text)


def fit(text: str, size: float, max_w: float, smallest: float = 2.0) -> float:
    """The largest character height ≤ size at which the text fits max_w (never below smallest)."""
    width = text_width(text, size)
    return size if width <= max_w else max(smallest, size * max_w / width)


WRAP_SHRINK = 0.8


def wrap(text: str, size: float, max_w: float, shrink: float = WRAP_SHRINK) -> list[str]:
    """The text as it is if it fits at `shrink` × size, else cut into lines that each do
    (an address is never shrunk into unreadable print: it takes another line)."""
    if text_width(text, size * shrink) <= max_w:
        return [text]
    lines, current = [], ""
    for ch in text:
        if current and text_width(current + ch, size * shrink) > max_w:
            lines.append(current)
            current = ""
        current += ch
    return [*lines, current] if current else lines


def label_size(size: str) -> tuple[float, float]:
    if size not in LABEL_SIZES_MM:
        raise ValueError(f"unknown label size {size!r}: use {', '.join(LABEL_SIZES_MM)}")
    return LABEL_SIZES_MM[size]


class _Column:
    """Lays texts and bars down the label, top to bottom."""

    def __init__(self, width: float, address_scale: float = 1.0) -> None:
        self.w = width
        self.y = MARGIN
        self.k = address_scale  # < 1 when long addresses need the room
        self.out: list[Element] = []

    def text(self, text: str, size: float, x: float = MARGIN, max_w: float | None = None,
             gap: float = 1.0) -> None:
        room = max_w if max_w is not None else self.w - x - MARGIN
        fitted = fit(text, size, room)
        self.out.append(Text(x, self.y, fitted, text, room))
        self.y += fitted + gap

    def rule(self, gap: float = 1.5, thickness: float = 0.5) -> None:
        self.y += gap
        self.out.append(Rule(MARGIN, self.y, self.w - 2 * MARGIN, thickness))
        self.y += thickness + gap


ADDRESS_SCALES = (1.0, 0.9, 0.8, 0.7)  # long addresses: smaller print before giving up


def layout_label(content: LabelContent, size: str = "4x6") -> list[Element]:
    width, height = label_size(size)
    for scale in ADDRESS_SCALES:
        col = _layout(content, width, scale)
        if col.y <= height - MARGIN:
            return col.out
    raise StateError("documents.address_too_long", order_no=content.order_no, size=size,
                     needed_mm=round(col.y), height_mm=round(height))


def _layout(content: LabelContent, width: float, scale: float) -> _Column:
    col = _Column(width, scale)
    _header(col, content)
    col.rule()
    _marks(col, content)
    _address(col, "お届け先", content.ship_to, big=True)
    col.rule()
    _address(col, "ご依頼主", content.sender, big=False)
    col.rule()
    _barcode_block(col, "注文番号", content.order_barcode, 12.0)
    if content.tracking is not None:
        _barcode_block(col, "お問合せ伝票番号", content.tracking, 15.0)
    elif content.carton > 1:
        col.text("お問合せ伝票番号: 1個口目の送り状に記載", 3.5)
    else:
        col.text("お問合せ伝票番号: 発番前", 3.5)
    return col


def _header(col: _Column, c: LabelContent) -> None:
    service = " ".join(x for x in (c.carrier, c.service) if x) or "配送サービス未選択"
    size_w = 30.0
    col.out.append(Text(MARGIN, col.y, fit(service, 6.0, col.w - 2 * MARGIN - size_w), service,
                        col.w - 2 * MARGIN - size_w))
    if c.size_class:
        label = f"{c.size_class}サイズ" if c.size_class.isdigit() else c.size_class
        col.out.append(Text(col.w - MARGIN - size_w, col.y, fit(label, 6.0, size_w), label,
                            size_w, inverse=True))
    col.y += 7.0
    col.text(f"内容 {c.units}点" + (" (注文全体)" if c.cartons > 1 else ""), 3.0)


def _marks(col: _Column, c: LabelContent) -> None:
    marks = [f"個口 {c.carton}/{c.cartons}"] if c.cartons > 1 else []
    if c.cool:
        marks.append(f"クール {c.cool}")
    if c.cod_yen:
        marks.append(f"代金引換 {yen(c.cod_yen)}")
    x = MARGIN
    for mark in marks:
        w = text_width(mark, 5.0) + 2.0
        if x > MARGIN and x + w > col.w - MARGIN:  # no room left on this line: the next
            x, col.y = MARGIN, col.y + 7.0
        col.out.append(Text(x, col.y, 5.0, mark, w, inverse=True))
        x += w + 3.0
    if marks:
        col.y += 7.0
    day = c.delivery_date or "指定なし"
    slot = c.time_slot or "指定なし"
    col.text(f"お届け日 {day}   時間帯 {slot}", 4.0, gap=1.5)


def _address(col: _Column, title: str, a: Address, big: bool) -> None:
    k = col.k
    col.text(title, 2.8, gap=0.8)
    col.text(f"〒{a.postal_code}", (4.5 if big else 3.0) * k)
    size = (5.0 if big else 3.0) * k
    for line in a.lines:
        parts = wrap(line, size, col.w - 2 * MARGIN)
        for part in parts:  # the lines of one wrapped address line in one size
            col.text(part, size if len(parts) == 1 else size * WRAP_SHRINK)
    if big:
        col.text(f"{a.name} 様", 8.0 * k, gap=1.5)
    else:
        col.text(a.name, 3.5 * k)
    if a.phone:
        col.text(f"TEL {a.phone}", (4.0 if big else 3.0) * k)


def _barcode_block(col: _Column, title: str, barcode: Barcode, height: float) -> None:
    col.text(f"{title} {barcode.text}", 3.5, gap=1.0)
    quiet = QUIET_MODULES * MODULE_MM
    col.out.append(Bars(MARGIN + quiet, col.y, height, barcode, col.w - 2 * (MARGIN + quiet)))
    col.y += height + 2.0
