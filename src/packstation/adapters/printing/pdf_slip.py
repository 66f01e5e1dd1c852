"""納品書 (packing slip) as PDF, A4 or A5 (reportlab platypus: long orders flow onto more
pages with the item header repeated). Every text is IPAexGothic, embedded."""

from __future__ import annotations

import functools
import io
from typing import Any

from packstation import resources
from packstation.adapters.printing.fonts import register_pdf_font
from packstation.adapters.printing.pdf_label import bar_widths, draw_bars, module_for
from packstation.domain.documents import Barcode, SlipContent, yen
from packstation.domain.errors import ConfigError
from packstation.domain.invoice import REDUCED_RATE, RateTotal

MM = 72 / 25.4
PAGES = {"a4": (210.0, 297.0, 12.0, 1.0), "a5": (148.0, 210.0, 8.0, 0.78)}  # w, h, margin, scale
LOGO_MAX_MM = (45.0, 16.0)
GREETING = "この度はお買い上げいただき、誠にありがとうございます。下記の通り納品いたします。"
GIFT_GREETING = "ご依頼主様より、下記の品をお届けいたします。"


class _Styles:
    def __init__(self, font: str, scale: float) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size * scale,
                                  leading=size * scale * 1.35, wordWrap="CJK", **kw)

        self.font, self.scale = font, scale
        self.title = style("title", 22, alignment=TA_CENTER, spaceAfter=4 * MM)
        self.body = style("body", 9.5)
        self.big = style("big", 13)
        self.small = style("small", 8)
        self.right = style("right", 9.5, alignment=TA_RIGHT)
        self.cell = style("cell", 9)


def render_slip_pdf(content: SlipContent, size: str, *, invariant: bool = True) -> bytes:
    from reportlab.platypus import SimpleDocTemplate, Spacer

    if size not in PAGES:
        raise ValueError(f"unknown slip size {size!r}: use a4 or a5")
    font = register_pdf_font()
    width, height, margin, scale = PAGES[size]
    st = _Styles(font, scale)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(width * MM, height * MM), leftMargin=margin * MM,
                            rightMargin=margin * MM, topMargin=margin * MM,
                            bottomMargin=(margin + 6) * MM, invariant=int(invariant),
                            title=f"納品書 {content.order_no}", author="packstation",
                            initialFontName=font, pageCompression=1)
    frame_w = (width - 2 * margin) * MM
    story: list[Any] = [*_header(content, st, frame_w), Spacer(1, 4 * MM * scale),
                        _items(content, st, frame_w), Spacer(1, 3 * MM * scale),
                        *_totals(content, st, frame_w)]
    doc.build(story, canvasmaker=_numbered(content.order_no, st, margin))
    return out.getvalue()


def _p(text: str, style: Any) -> Any:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _header(c: SlipContent, st: _Styles, frame_w: float) -> list[Any]:
    from reportlab.platypus import Table, TableStyle

    customer = [_p(f"〒{c.customer.postal_code}", st.body),
                *(_p(line, st.body) for line in c.customer.lines),
                _p(f"{c.customer.name} 様", st.big)]
    barcode = _barcode_flowable(c.order_barcode, 70.0 * st.scale, 10.0 * st.scale)
    order = [_p(f"注文日 {c.order_date}", st.right), _p(f"注文番号 {c.order_no}", st.right),
             barcode]
    if c.transaction_date:  # 取引年月日 of a 適格簡易請求書: the day of supply
        order.insert(1, _p(f"出荷日(取引年月日) {c.transaction_date}", st.right))
    greeting = [_p(GIFT_GREETING if c.gift else GREETING, st.body)]
    shop = [*_logo(c.shop.logo_path, st), _p(c.shop.name, st.big)]
    if c.shop.postal_code or c.shop.address:
        shop.append(_p(f"〒{c.shop.postal_code} {c.shop.address}".strip(), st.small))
    if c.shop.phone:
        shop.append(_p(f"TEL {c.shop.phone}", st.small))
    if c.qualified_invoice:
        shop.append(_p(f"登録番号 {c.shop.registration_no}", st.body))
    table = Table([[customer, order], [greeting, shop]], colWidths=[frame_w * 0.55,
                                                                   frame_w * 0.45])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.font),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, 0), 4 * MM * st.scale)]))
    return [_p("納品書", st.title), table]


def _barcode_flowable(barcode: Barcode, max_w_mm: float, height_mm: float) -> Any:
    from reportlab.platypus import Flowable

    widths = bar_widths(barcode)
    module = module_for(widths, max_w_mm)

    class Bars(Flowable):  # type: ignore[misc]
        def wrap(self, *_: Any) -> tuple[float, float]:
            return sum(widths) * module * MM, height_mm * MM

        def draw(self) -> None:
            draw_bars(self.canv, widths, module, 0, 0, height_mm=height_mm)

    flowable = Bars()
    flowable.hAlign = "RIGHT"
    return flowable


def _logo(path: str, st: _Styles) -> list[Any]:
    if not path:
        return []
    from reportlab.platypus import Image

    data, (w, h) = _logo_jpeg(str(resources.resolve(path)))
    ratio = min(LOGO_MAX_MM[0] * MM * st.scale / w, LOGO_MAX_MM[1] * MM * st.scale / h)
    image = Image(io.BytesIO(data), width=w * ratio, height=h * ratio)
    image.hAlign = "LEFT"
    return [image]


@functools.lru_cache(maxsize=4)
def _logo_jpeg(file: str) -> tuple[bytes, tuple[int, int]]:
    """The logo flattened on white as a JPEG, made once: a PDF carries JPEG bytes as they are,
    where a PNG is decoded and compressed again for every slip (10 ms and more)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(file) as img:
            rgba = img.convert("RGBA")
    except (OSError, UnidentifiedImageError) as e:
        raise ConfigError("documents.logo_unreadable", file=str(file), error=str(e),
                          setting="shop_logo_path") from e
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=92)
    return out.getvalue(), flat.size


def _items(c: SlipContent, st: _Styles, frame_w: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    priced = not c.gift
    head = ["No.", "商品コード", "商品名", "数量", *(("単価", "金額") if priced else ())]
    rows: list[list[Any]] = [head]
    for n, line in enumerate(c.lines, start=1):
        name = f"{line.name} ※" if priced and line.reduced_rate else line.name
        row: list[Any] = [str(n), _p(line.sku, st.cell), _p(name, st.cell), f"{line.qty:,}"]
        if priced:
            row += [yen(line.unit_price_yen or 0), yen(line.amount_yen or 0)]
        rows.append(row)
    fixed = [0.05, 0.2, 0.0, 0.08, *((0.12, 0.13) if priced else ())]
    widths = [frame_w * f for f in fixed]
    widths[2] = frame_w - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("FONTSIZE", (0, 0), (-1, -1), 9 * st.scale),
        ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85)),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ]))
    return table


def _totals(c: SlipContent, st: _Styles, frame_w: float) -> list[Any]:
    from reportlab.platypus import Table, TableStyle

    if c.gift or c.total_yen is None:
        return [_p("ギフトのため金額の記載を省略しております。", st.small)]
    rows: list[list[str]] = []
    if c.charges:
        rows.append(["商品合計", yen(sum(line.amount_yen or 0 for line in c.lines))])
        rows += [[f"{x.label} ({x.rate_pct}%)", yen(x.amount_yen)] for x in c.charges]
    if not c.prices_include_tax:
        rows.append(["小計 (税抜)", yen(sum(t.total_excl_yen for t in c.rate_totals))])
        rows += [[f"消費税 ({t.rate_pct}%)", yen(t.tax_yen)] for t in c.rate_totals]
    rows.append(["合計 (税込)", yen(c.total_yen)])
    if c.qualified_invoice:
        rows += [_rate_row(t, c.prices_include_tax) for t in c.rate_totals]
    if c.cod_yen:
        rows.append(["代金引換額", yen(c.cod_yen)])
    table = Table(rows, colWidths=[frame_w * 0.3, frame_w * 0.2], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5 * st.scale),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]))
    notes: list[Any] = [table]
    if any(line.reduced_rate for line in c.lines):
        notes.append(_p(f"※は軽減税率({REDUCED_RATE}%)対象商品です。", st.small))
    return notes


def _rate_row(t: RateTotal, include: bool) -> list[str]:
    base = t.total_incl_yen if include else t.total_excl_yen
    kind = "税込" if include else "税抜"
    return [f"{t.rate_pct}%対象 ({kind}) {yen(base)}", f"消費税 {yen(t.tax_yen)}"]


def _numbered(order_no: str, st: _Styles, margin: float) -> Any:
    """A canvas that writes 'page n / total' on every page (the packer sees at once whether
    every page of the slip is in the box): pages are kept until the total is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(st.font, 8 * st.scale)
                self.drawRightString(self._pagesize[0] - margin * MM, margin * MM,
                                     f"納品書 {order_no}  {number} / {len(self._pages)} ページ")
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
