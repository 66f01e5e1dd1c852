"""Badge cards as PDF (reportlab): name, role and the badge code as Code 128, ten business-card
sized cards (91 × 55 mm) on an A4 sheet with a thin cut line round each card.

The login screen's badge field takes the scan; the code is printed under the bars as well,
for typing it when a scanner is missing. IPAexGothic is embedded like on every document.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from packstation.adapters.printing.fonts import register_pdf_font
from packstation.adapters.printing.pdf_label import MM, draw_bars, module_for
from packstation.domain import symbologies
from packstation.domain.users import BadgeCard

CARD_W, CARD_H = 91.0, 55.0  # mm: a Japanese business card (名刺)
COLUMNS, ROWS = 2, 5
PAGE_W, PAGE_H = 210.0, 297.0
LEFT = (PAGE_W - COLUMNS * CARD_W) / 2
TOP = (PAGE_H - ROWS * CARD_H) / 2
PAD = 5.0  # mm inside the cut line; also the barcode's quiet zone
ROLE_TEXT = {"packer": "作業者 / Packer", "lead": "現場リーダー / Lead",
             "admin": "管理者 / Admin"}


def render_badges_pdf(cards: Sequence[BadgeCard], *, invariant: bool = True) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    if not cards:
        raise ValueError("no badge card to render")
    font = register_pdf_font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_W * MM, PAGE_H * MM), invariant=int(invariant),
                    pageCompression=1, initialFontName=font, initialFontSize=10)
    canvas.setTitle("badges")
    canvas.setAuthor("packstation")
    per_page = COLUMNS * ROWS
    for start in range(0, len(cards), per_page):
        for slot, card in enumerate(cards[start:start + per_page]):
            row, col = divmod(slot, COLUMNS)
            _card(canvas, font, card, LEFT + col * CARD_W, TOP + row * CARD_H)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _card(canvas: Any, font: str, card: BadgeCard, x: float, y: float) -> None:
    """One card whose top-left corner is (x, y) mm from the page's top-left."""
    canvas.setStrokeGray(0.7)
    canvas.setLineWidth(0.3)
    canvas.rect(x * MM, (PAGE_H - y - CARD_H) * MM, CARD_W * MM, CARD_H * MM, stroke=1, fill=0)
    width = CARD_W - 2 * PAD
    role = ROLE_TEXT.get(card.role, card.role)
    _text(canvas, font, role, x + PAD, y + PAD, size_mm=3.2, max_w=width)
    _text(canvas, font, card.display_name, x + PAD, y + PAD + 5, size_mm=7.0, max_w=width)
    _text(canvas, font, card.login, x + PAD, y + PAD + 13.5, size_mm=3.5, max_w=width)
    widths = symbologies.code128(card.badge_code)
    module = module_for(widths, width)
    bars_w = sum(widths) * module
    bars_x = x + (CARD_W - bars_w) / 2
    bars_h = 14.0
    bottom = y + CARD_H - PAD - 5.0
    draw_bars(canvas, widths, module, bars_x, (PAGE_H - bottom) * MM, height_mm=bars_h)
    _text(canvas, font, card.badge_code, x + PAD, bottom + 1.0, size_mm=3.2, max_w=width,
          centred=True)


def _text(canvas: Any, font: str, text: str, x: float, y: float, *, size_mm: float,
          max_w: float, centred: bool = False) -> None:
    """Text whose em box starts at y mm from the top; shrunk to fit max_w mm."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    points = size_mm * MM
    width = stringWidth(text, font, points)
    if width > max_w * MM:
        points *= max_w * MM / width
        width = max_w * MM
    left = x * MM + ((max_w * MM - width) / 2 if centred else 0)
    canvas.setFont(font, points)
    canvas.drawString(left, (PAGE_H - y) * MM - points * 0.88, text)
