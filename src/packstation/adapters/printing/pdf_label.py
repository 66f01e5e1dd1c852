"""Shipping label as PDF (reportlab), drawn from the pure layout in domain/label_layout.py."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from packstation.adapters.printing.fonts import register_pdf_font
from packstation.domain import symbologies
from packstation.domain.documents import CODABAR, Barcode, LabelContent
from packstation.domain.label_layout import MODULE_MM, Bars, Rule, Text, label_size, layout_label

MM = 72 / 25.4  # points per millimetre
ASCENT = 0.88  # IPAexGothic: baseline this far below the top of the em box
MIN_MODULE_MM = 0.25  # 2 dots at 203 dpi: the narrowest bar a thermal head prints reliably
CODABAR_RATIO = 3  # wide : narrow (2.25 … 3 allowed; 3 reads best)


def render_label_pdf(labels: Sequence[LabelContent], size: str, *,
                     invariant: bool = True) -> bytes:
    """One page per label (a carton each)."""
    from reportlab.pdfgen.canvas import Canvas

    if not labels:
        raise ValueError("no label to render")
    font = register_pdf_font()
    width, height = label_size(size)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width * MM, height * MM), invariant=int(invariant),
                    pageCompression=1, initialFontName=font, initialFontSize=10)
    canvas.setTitle(f"label {labels[0].order_no}")
    canvas.setAuthor("packstation")
    for content in labels:
        _page(canvas, font, content, size, height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _page(canvas: Any, font: str, content: LabelContent, size: str, height: float) -> None:
    for element in layout_label(content, size):
        if isinstance(element, Text):
            _text(canvas, font, element, height)
        elif isinstance(element, Bars):
            _bars(canvas, element, height)
        elif isinstance(element, Rule):
            canvas.rect(element.x * MM, (height - element.y - element.h) * MM,
                        element.w * MM, element.h * MM, stroke=0, fill=1)


def _text(canvas: Any, font: str, t: Text, page_h: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    points = t.size * MM
    width = stringWidth(t.text, font, points)
    if width > t.max_w * MM:  # the layout estimates; the real font has the last word
        points *= t.max_w * MM / width
        width = t.max_w * MM
    baseline = (page_h - t.y) * MM - points * ASCENT
    if t.inverse:
        pad = 0.8 * MM
        canvas.rect(t.x * MM - pad, baseline - points * 0.2 - pad, width + 2 * pad,
                    points + 2 * pad, stroke=0, fill=1)
        canvas.setFillGray(1)
    canvas.setFont(font, points)
    canvas.drawString(t.x * MM, baseline, t.text)
    canvas.setFillGray(0)


def bar_widths(barcode: Barcode) -> list[int]:
    if barcode.symbology == CODABAR:
        return symbologies.codabar(barcode.data, CODABAR_RATIO)
    return symbologies.code128(barcode.data)


def module_for(widths: list[int], max_w_mm: float) -> float:
    """The standard module width, narrower (down to 2 dots) only if it would not fit."""
    total = sum(widths)
    module = MODULE_MM if total * MODULE_MM <= max_w_mm else max_w_mm / total
    if module < MIN_MODULE_MM:
        raise ValueError(f"barcode of {total} modules is too long for {max_w_mm:.0f} mm")
    return module


def draw_bars(canvas: Any, widths: list[int], module_mm: float, x_mm: float, y_pt: float,
              *, height_mm: float) -> None:
    """Bars from the left edge x (mm) and the bottom y (points)."""
    for offset, width in symbologies.bars(widths):
        canvas.rect((x_mm + offset * module_mm) * MM, y_pt, width * module_mm * MM,
                    height_mm * MM, stroke=0, fill=1)


def _bars(canvas: Any, b: Bars, page_h: float) -> None:
    widths = bar_widths(b.barcode)
    draw_bars(canvas, widths, module_for(widths, b.max_w), b.x,
              (page_h - b.y - b.height) * MM, height_mm=b.height)
