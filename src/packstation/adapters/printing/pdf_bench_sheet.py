"""The bench sheet (A4, laminated at the packing bench): one Code 128 barcode per
acknowledgement (ACK-COOL, ACK-GIFT, ACK-ENCL) with what it confirms and its key."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from packstation.adapters.printing.fonts import register_pdf_font
from packstation.adapters.printing.pdf_label import MM, draw_bars, module_for
from packstation.domain import symbologies
from packstation.domain.handling import SheetRow

PAGE_MM = (210.0, 297.0)
MARGIN_MM = 18.0
ROW_MM = 78.0  # one acknowledgement: text, barcode, human-readable code
BAR_HEIGHT_MM = 28.0
MODULE_MM = 0.5  # wide bars: read from 30 cm by any hand scanner, through a laminate
QUIET_MM = 8.0  # blank space either side of the bars (10 modules and more)


def render_bench_sheet_pdf(rows: Sequence[SheetRow], *, invariant: bool = True) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    font = register_pdf_font()
    width, height = PAGE_MM
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width * MM, height * MM), invariant=int(invariant),
                    pageCompression=1, initialFontName=font)
    canvas.setTitle("梱包台シート / bench sheet")
    canvas.setAuthor("packstation")
    canvas.setFont(font, 20)
    canvas.drawString(MARGIN_MM * MM, (height - MARGIN_MM - 7) * MM,
                      "梱包台シート：確認バーコード")
    canvas.setFont(font, 10)
    canvas.drawString(MARGIN_MM * MM, (height - MARGIN_MM - 14) * MM,
                      "作業が終わったらスキャン（またはキー）。完了（F10）はすべての確認の後。")
    top = height - MARGIN_MM - 24
    for i, row in enumerate(rows):
        _row(canvas, font, row, top - i * ROW_MM)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _row(canvas: object, font: str, row: SheetRow, top_mm: float) -> None:
    c: Any = canvas
    x = MARGIN_MM + QUIET_MM
    c.setFont(font, 22)
    c.drawString(x * MM, (top_mm - 9) * MM, row.text_ja)
    c.setFont(font, 11)
    c.drawString(x * MM, (top_mm - 15) * MM, f"{row.text_en}    キー / key: {row.key}")
    widths = symbologies.code128(row.code)
    available = PAGE_MM[0] - 2 * (MARGIN_MM + QUIET_MM)
    module = min(MODULE_MM, module_for(widths, available))
    draw_bars(c, widths, module, x, (top_mm - 19 - BAR_HEIGHT_MM) * MM, height_mm=BAR_HEIGHT_MM)
    c.setFont(font, 14)
    c.drawString(x * MM, (top_mm - 25 - BAR_HEIGHT_MM) * MM, row.code)
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    c.line(MARGIN_MM * MM, (top_mm - ROW_MM + 6) * MM, (PAGE_MM[0] - MARGIN_MM) * MM,
           (top_mm - ROW_MM + 6) * MM)
    c.setDash()
