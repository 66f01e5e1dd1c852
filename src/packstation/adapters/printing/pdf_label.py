"""Shipping label as PDF (reportlab), drawn from the pure layout in domain/label_layout.py."""

from __future__ import annotations

import io
from typing import Any

from packstation.adapters.printing.fonts import register_pdf_font
from packstation.domain.documents import CODABAR, Barcode, LabelContent
from packstation.domain.label_layout import MODULE_MM, Bars, Rule, Text, label_size, layout_label

MM = 72 / 25.4  # points per millimetre
ASCENT = 0.88  # IPAexGothic: baseline this far below the top of the em box
MIN_MODULE_MM = 0.25  # 2 dots at 203 dpi: the narrowest bar a thermal head prints reliably
CODABAR_RATIO = 3.0  # wide : narrow (2.25 … 3 allowed; 3 reads best)


def render_label_pdf(content: LabelContent, size: str, *, invariant: bool = True) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    font = register_pdf_font()
    width, height = label_size(size)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width * MM, height * MM), invariant=int(invariant),
                    pageCompression=1, initialFontName=font, initialFontSize=10)
    canvas.setTitle(f"label {content.order_no}")
    canvas.setAuthor("packstation")
    for element in layout_label(content, size):
        if isinstance(element, Text):
            _text(canvas, font, element, height)
        elif isinstance(element, Bars):
            _bars(canvas, element, height)
        elif isinstance(element, Rule):
            canvas.rect(element.x * MM, (height - element.y - element.h) * MM,
                        element.w * MM, element.h * MM, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


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


def barcode_widget(barcode: Barcode, module_mm: float, height_mm: float) -> Any:
    """A reportlab barcode flowable without quiet zone or human-readable text."""
    from reportlab.graphics.barcode import code128, common

    if barcode.symbology == CODABAR:
        return common.Codabar(barcode.data, barWidth=module_mm * MM, ratio=CODABAR_RATIO,
                              barHeight=height_mm * MM, quiet=0, stop=1, checksum=0)
    return code128.Code128(barcode.data, barWidth=module_mm * MM, barHeight=height_mm * MM,
                           quiet=0, humanReadable=0)


def fitted_widget(barcode: Barcode, max_w_mm: float, height_mm: float) -> Any:
    """At the standard module width, narrower (down to 2 dots) only if it would not fit."""
    widget = barcode_widget(barcode, MODULE_MM, height_mm)
    if widget.width > max_w_mm * MM:
        module = max(MIN_MODULE_MM, MODULE_MM * max_w_mm * MM / widget.width)
        widget = barcode_widget(barcode, module, height_mm)
    if widget.width > max_w_mm * MM + 0.01:
        raise ValueError(f"barcode {barcode.text!r} is too long for the label")
    return widget


def _bars(canvas: Any, b: Bars, page_h: float) -> None:
    widget = fitted_widget(b.barcode, b.max_w, b.height)
    widget.drawOn(canvas, b.x * MM, (page_h - b.y - b.height) * MM)
