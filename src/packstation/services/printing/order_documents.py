"""The print queue's documents: labels and 納品書 made by services.documents for the printer a
job goes to (its format, stock, resolution and whether it has a Kanji font)."""

from __future__ import annotations

from packstation.services.ports import DocumentReadsFactory
from packstation.services.printing import documents
from packstation.services.printing.ports import (
    DocumentRenderer,
    PrintData,
    PrintTarget,
)

MIME = {"pdf": "application/pdf", "zpl": "application/x-zpl"}


class OrderDocuments:
    def __init__(self, uow: DocumentReadsFactory, renderer: DocumentRenderer) -> None:
        self.uow, self.renderer = uow, renderer

    def render(self, order_no: str, kind: str, target: PrintTarget) -> PrintData:
        size = target.media.lower()  # printers say A6/A4/A5, documents say a6/a4/a5
        if kind == "label":
            data = documents.label(self.uow, self.renderer, order_no, fmt=target.format,
                                   size=size, dpi=target.dpi,
                                   kanji_font=None if target.kanji_font else "")
            return PrintData(data, MIME[target.format], target.media, f"{order_no}-label")
        if kind == "picklist":
            return PrintData(documents.pick_lists(self.uow, self.renderer, [order_no]),
                             MIME["pdf"], "A4", f"{order_no}-picklist")
        return PrintData(documents.slip(self.uow, self.renderer, order_no, size=size),
                         MIME["pdf"], target.media, f"{order_no}-slip")
