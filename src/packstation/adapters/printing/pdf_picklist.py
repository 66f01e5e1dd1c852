"""Pick lists (A4, Japanese, embedded font; issue 20): one order per page, more pages when the
order is long. The order's Code 128 barcode at the top opens the order at the packing bench,
so the list that walked the shelves with the items is what the packer scans first."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from packstation import resources
from packstation.adapters.printing.fonts import register_pdf_font
from packstation.adapters.printing.pdf_label import MM, draw_bars, module_for
from packstation.domain import symbologies
from packstation.domain.batches import TotalLine, TotalPickList
from packstation.domain.model import CoolType
from packstation.domain.picking import PickLine, PickList

PAGE_MM = (210.0, 297.0)
MARGIN_MM = 15.0
HEADER_MM = 48.0  # title, order number, barcode, what is special about the order
ROW_MM = 12.0  # a gloved finger ticks the box; the location is read from arm's length
BAR_HEIGHT_MM = 15.0
MODULE_MM = 0.38  # any hand scanner reads it off a clipboard
# Columns: (title, left edge mm from the margin, width mm)
COLUMNS = (("", 0, 10), ("棚番", 10, 34), ("商品コード", 44, 36), ("商品名", 80, 70),
           ("数量", 150, 30))
# With pictures: a picture of the product left of its name (a row is 12 mm high).
PICTURE_COLUMNS = (("", 0, 10), ("棚番", 10, 34), ("商品コード", 44, 36), ("商品名", 92, 58),
                   ("数量", 150, 30))
PICTURE = ("写真", 80, 11)  # title, left edge mm, side mm
ROWS_PER_PAGE = int((PAGE_MM[1] - 2 * MARGIN_MM - HEADER_MM - 20) // ROW_MM)
_COOL = {CoolType.FROZEN: "冷凍", CoolType.CHILLED: "冷蔵"}


def render_pick_lists_pdf(lists: Sequence[PickList], *, invariant: bool = True) -> bytes:
    out = io.BytesIO()
    canvas, font = _canvas(out, "ピッキングリスト / pick list", invariant)
    for pick in lists:
        pages = _pages(pick.lines)
        for n, rows in enumerate(pages, start=1):
            _page(canvas, font, pick, rows, (n, len(pages)))
            canvas.showPage()
    canvas.save()
    return out.getvalue()


def _canvas(out: io.BytesIO, title: str, invariant: bool) -> tuple[Any, str]:
    """An A4 canvas with the embedded Japanese font; (canvas, font name)."""
    from reportlab.pdfgen.canvas import Canvas

    font = register_pdf_font()
    canvas = Canvas(out, pagesize=(PAGE_MM[0] * MM, PAGE_MM[1] * MM), invariant=int(invariant),
                    pageCompression=1, initialFontName=font)
    canvas.setTitle(title)
    canvas.setAuthor("packstation")
    return canvas, font


def _pages(lines: Sequence[Any]) -> list[Sequence[Any]]:
    """The lines a page each holds; an empty list still gets its page (with its barcode)."""
    return [lines[i:i + ROWS_PER_PAGE] for i in range(0, max(len(lines), 1), ROWS_PER_PAGE)]


def _title(canvas: Any, font: str, top: float, heading: str, *, number: str,
           summary: str) -> None:
    """The list's kind and page, its number in large type, and how much it holds."""
    canvas.setFont(font, 14)
    canvas.drawString(MARGIN_MM * MM, (top - 6) * MM, heading)
    canvas.setFont(font, 26)
    canvas.drawString(MARGIN_MM * MM, (top - 18) * MM, number)
    canvas.setFont(font, 12)
    canvas.drawString(MARGIN_MM * MM, (top - 26) * MM, summary)


def _page(canvas: Any, font: str, pick: PickList, rows: Sequence[PickLine],
          page: tuple[int, int]) -> None:
    top = PAGE_MM[1] - MARGIN_MM
    _header(canvas, font, pick, top, page)
    y = top - HEADER_MM
    pictures = any(line.image_path for line in pick.lines)
    columns = PICTURE_COLUMNS if pictures else COLUMNS
    _column_titles(canvas, font, y, (*columns, PICTURE) if pictures else columns)
    for i, line in enumerate(rows):
        _item_row(canvas, font, y - (i + 1) * ROW_MM, line, columns=columns,
                  sizes=(16, 10, 8, 11, 20))
        if pictures:
            _picture(canvas, line.image_path, y - (i + 1) * ROW_MM)
    _footer(canvas, font, pick, page)


def _picture(canvas: Any, image_path: str, y: float) -> None:
    """The product's picture in the row (its aspect kept); a product without one, or whose
    file is gone, gets an empty frame: the list is still printed."""
    _, left, side = PICTURE
    x, bottom = (MARGIN_MM + left) * MM, (y - 5.5) * MM
    path = resources.resolve(image_path) if image_path else None
    if path is not None and path.is_file():
        try:
            canvas.drawImage(str(path), x, bottom, side * MM, side * MM,
                             preserveAspectRatio=True, anchor="c", mask="auto")
            return
        except OSError:  # unreadable picture (not an image): the frame below instead
            pass
    canvas.setLineWidth(0.3)
    canvas.rect(x, bottom, side * MM, side * MM, stroke=1, fill=0)


def _header(canvas: Any, font: str, pick: PickList, top: float,
            page: tuple[int, int]) -> None:
    x = MARGIN_MM
    _title(canvas, font, top, f"ピッキングリスト（{page[0]}/{page[1]}）", number=pick.order_no,
           summary=f"{len(pick.lines)} 行・{pick.units} 点")
    marks = [m for m in (_COOL.get(pick.cool, ""), "ギフト" if pick.gift else "") if m]
    if marks:
        canvas.setFont(font, 16)
        canvas.drawString(x * MM, (top - 35) * MM, "【" + "・".join(marks) + "】")
    if pick.notes:
        canvas.setFont(font, 10)
        canvas.drawString(x * MM, (top - 42) * MM, _fit(canvas, font, 10,
                                                        "備考：" + pick.notes, 110))
    _barcode(canvas, font, pick.order_no, top, "梱包台でスキャン")


def _barcode(canvas: Any, font: str, text: str, top: float, caption: str) -> None:
    widths = symbologies.code128(text)
    room = 80.0  # the right part of the header; quiet zones of 10 modules stay free
    module = min(MODULE_MM, module_for(widths, room - 20 * MODULE_MM))
    width = sum(widths) * module
    x = PAGE_MM[0] - MARGIN_MM - 10 * MODULE_MM - width
    draw_bars(canvas, widths, module, x, (top - 4 - BAR_HEIGHT_MM) * MM,
              height_mm=BAR_HEIGHT_MM)
    canvas.setFont(font, 9)
    canvas.drawCentredString((x + width / 2) * MM, (top - 9 - BAR_HEIGHT_MM) * MM,
                             caption)


def _column_titles(canvas: Any, font: str, y: float, columns: Any) -> None:
    canvas.setFont(font, 10)
    for title, left, _width in columns:
        canvas.drawString((MARGIN_MM + left + 1) * MM, (y - 4) * MM, title)
    canvas.setLineWidth(1)
    canvas.line(MARGIN_MM * MM, (y - 6) * MM, (PAGE_MM[0] - MARGIN_MM) * MM, (y - 6) * MM)


def _item_row(canvas: Any, font: str, y: float, line: PickLine | TotalLine, *,
              columns: Any, sizes: tuple[int, int, int, int, int]) -> float:
    """The check box, shelf, SKU over its JAN, name and quantity of one line; its baseline.
    ``sizes``: the shelf's, SKU's, JAN's, name's and quantity's font sizes."""
    base = (y - 2) * MM  # text baseline inside a row that ends 6 mm below y
    left = MARGIN_MM
    canvas.setLineWidth(0.8)
    canvas.rect((left + 2) * MM, base - 1 * MM, 6 * MM, 6 * MM, stroke=1, fill=0)
    canvas.setFont(font, sizes[0])
    canvas.drawString((left + columns[1][1] + 1) * MM, base, line.location or "—")
    canvas.setFont(font, sizes[1])
    canvas.drawString((left + columns[2][1] + 1) * MM, base + 2 * MM,
                      _fit(canvas, font, sizes[1], line.sku, columns[2][2] - 2))
    canvas.setFont(font, sizes[2])
    canvas.drawString((left + columns[2][1] + 1) * MM, base - 2 * MM, line.code)
    canvas.setFont(font, sizes[3])
    canvas.drawString((left + columns[3][1] + 1) * MM, base,
                      _fit(canvas, font, sizes[3], line.name_ja, columns[3][2] - 2))
    canvas.setFont(font, sizes[4])
    canvas.drawRightString((left + columns[4][1] + columns[4][2] - 3) * MM, base,
                           str(line.qty))
    canvas.setLineWidth(0.3)
    canvas.line(left * MM, (y - 6) * MM, (PAGE_MM[0] - MARGIN_MM) * MM, (y - 6) * MM)
    return base


def _footer(canvas: Any, font: str, pick: PickList, page: tuple[int, int]) -> None:
    canvas.setFont(font, 10)
    y = MARGIN_MM * MM
    if pick.unshelved:
        canvas.drawString(MARGIN_MM * MM, y + 5 * MM,
                          f"棚番未登録：{pick.unshelved} 行（「—」の商品は棚を探してください）")
    canvas.drawRightString((PAGE_MM[0] - MARGIN_MM) * MM, y,
                           f"{pick.order_no}  {page[0]}/{page[1]}")


def _fit(canvas: Any, font: str, size: float, text: str, width_mm: float) -> str:
    """The text cut to the column with an ellipsis: a name never runs into the quantity."""
    if canvas.stringWidth(text, font, size) <= width_mm * MM:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width_mm * MM:
        text = text[:-1]
    return text + "…"


# --- a batch's total pick list (トータルピッキング) -------------------------------------------
# Columns: (title, left edge mm from the margin, width mm); the last says where units go.
TOTAL_COLUMNS = (("", 0, 10), ("棚番", 10, 30), ("商品コード", 40, 32), ("商品名", 72, 58),
                 ("数量", 130, 18), ("間口（数）", 150, 30))


def render_total_pick_list_pdf(pick: TotalPickList, *, invariant: bool = True) -> bytes:
    out = io.BytesIO()
    canvas, font = _canvas(out, "トータルピッキングリスト / batch pick list", invariant)
    pages = _pages(pick.lines)
    for n, rows in enumerate(pages, start=1):
        top = PAGE_MM[1] - MARGIN_MM
        _total_header(canvas, font, pick, top, (n, len(pages)))
        y = top - HEADER_MM
        _column_titles(canvas, font, y, TOTAL_COLUMNS)
        for i, line in enumerate(rows):
            _total_row(canvas, font, line, y - (i + 1) * ROW_MM)
        canvas.setFont(font, 10)
        canvas.drawRightString((PAGE_MM[0] - MARGIN_MM) * MM, MARGIN_MM * MM,
                               f"{pick.batch_no}  {n}/{len(pages)}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _total_header(canvas: Any, font: str, pick: TotalPickList, top: float,
                  page: tuple[int, int]) -> None:
    x = MARGIN_MM
    _title(canvas, font, top, f"トータルピッキングリスト（{page[0]}/{page[1]}）",
           number=pick.batch_no,
           summary=f"受注 {pick.orders} 件・{len(pick.lines)} 品目・{pick.units} 点")
    canvas.setFont(font, 10)
    canvas.drawString(x * MM, (top - 34) * MM,
                      "ピッキング後、梱包台でバーコードをスキャンして仕分け（種まき）を始めます。")
    _barcode(canvas, font, pick.batch_no, top, "梱包台でスキャン：仕分け開始")


def _total_row(canvas: Any, font: str, line: TotalLine, y: float) -> None:
    base = _item_row(canvas, font, y, line, columns=TOTAL_COLUMNS,
                     sizes=(15, 9, 7, 10, 18))
    slots = " ".join(f"{s.slot}" if s.qty == 1 else f"{s.slot}({s.qty})" for s in line.slots)
    canvas.setFont(font, 8)
    canvas.drawString((MARGIN_MM + TOTAL_COLUMNS[5][1] + 1) * MM, base,
                      _fit(canvas, font, 8, slots, TOTAL_COLUMNS[5][2] - 2))
