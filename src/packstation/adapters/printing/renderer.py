"""The DocumentRenderer port (services/ports.py) over reportlab and ZPL. reportlab and Pillow
load on the first document, not at import."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.domain.batches import TotalPickList
from packstation.domain.documents import LabelContent, SlipContent
from packstation.domain.handling import SheetRow
from packstation.domain.picking import PickList
from packstation.domain.users import BadgeCard


class ReportlabZplRenderer:
    def __init__(self, *, invariant: bool = True) -> None:
        # invariant: no creation date or random id in the PDF, so a reprint is byte-identical
        self.invariant = invariant

    def label_pdf(self, labels: Sequence[LabelContent], size: str) -> bytes:
        from packstation.adapters.printing.pdf_label import render_label_pdf

        return render_label_pdf(labels, size, invariant=self.invariant)

    def label_zpl(self, labels: Sequence[LabelContent], size: str, dpi: int,
                  kanji_font: str) -> bytes:
        from packstation.adapters.printing.zpl import render_label_zpl

        # One ^XA…^XZ format per carton: the printer prints them one after the other.
        return b"".join(render_label_zpl(label, size, dpi, kanji_font) for label in labels)

    def warm_up(self) -> None:
        from PIL import ImageDraw  # noqa: F401  (ZPL bitmaps)
        from reportlab.pdfgen import canvas  # noqa: F401
        from reportlab.platypus import doctemplate  # noqa: F401  (slips)

        from packstation.adapters.printing import pdf_label, pdf_slip, zpl  # noqa: F401
        from packstation.adapters.printing.fonts import pil_font, register_pdf_font

        register_pdf_font()
        pil_font(32)

    def badges_pdf(self, cards: Sequence[BadgeCard]) -> bytes:
        """Badge cards (services/admin/users.BadgeRenderer)."""
        from packstation.adapters.printing.pdf_badges import render_badges_pdf

        return render_badges_pdf(cards, invariant=self.invariant)

    def slip_pdf(self, content: SlipContent, size: str) -> bytes:
        from packstation.adapters.printing.pdf_slip import render_slip_pdf

        return render_slip_pdf(content, size, invariant=self.invariant)

    def bench_sheet_pdf(self, rows: Sequence[SheetRow]) -> bytes:
        from packstation.adapters.printing.pdf_bench_sheet import render_bench_sheet_pdf

        return render_bench_sheet_pdf(rows, invariant=self.invariant)

    def pick_list_pdf(self, lists: Sequence[PickList]) -> bytes:
        from packstation.adapters.printing.pdf_picklist import render_pick_lists_pdf

        return render_pick_lists_pdf(lists, invariant=self.invariant)

    def total_pick_list_pdf(self, pick: TotalPickList) -> bytes:
        from packstation.adapters.printing.pdf_picklist import render_total_pick_list_pdf

        return render_total_pick_list_pdf(pick, invariant=self.invariant)
