"""The lead's daily report (日次レポート, issue 19): one A4 page in Japanese with the embedded
font: the day's measures (docs/kpi.md), orders by hour and 人時生産性 per packer drawn with
reportlab's own graphics, and the top refusals (reasons and look-alike pairs)."""

from __future__ import annotations

import io
from typing import Any

from packstation.adapters.printing.fonts import register_pdf_font
from packstation.domain.dash import WEEKDAYS_JA
from packstation.domain.kpi import MISSHIPMENT_JA
from packstation.services.dash.dto import DayFigures, Targets

MM = 72 / 25.4
PAGE_MM = (210.0, 297.0)
MARGIN_MM = 15.0
CHART_BAR = "#2f6fb0"
CHART_TARGET = "#c0392b"
# Reasons in the warehouse's words (as the mis-pick CSV writes them).
REASON_JA = {
    "WRONG_ITEM": "商品違い", "UNKNOWN_CODE": "未登録バーコード", "BAD_CHECK_DIGIT": "読取エラー",
    "OVER_QUANTITY": "数量超過", "DUPLICATE_SERIAL": "シリアル重複",
    "SERIAL_REQUIRED": "シリアル未読取", "EXPIRED": "期限切れ", "NO_OPEN_ORDER": "受注未開始",
    "LABEL_MISMATCH": "送り状違い", "TYPING_NOT_ALLOWED": "手入力不可", "SHORT": "数量不足",
    **MISSHIPMENT_JA,
}


def render_daily_pdf(f: DayFigures, targets: Targets, *, invariant: bool = True) -> bytes:
    from reportlab.graphics import shapes
    from reportlab.pdfgen.canvas import Canvas

    font = register_pdf_font()
    # The graphics renderer starts each drawing in its default font (Helvetica, which is not
    # embedded): every font on this page must be the embedded one.
    shapes.STATE_DEFAULTS["fontName"] = font
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_MM[0] * MM, PAGE_MM[1] * MM), invariant=int(invariant),
                    pageCompression=1, initialFontName=font)
    canvas.setTitle(f"日次レポート {f.day.isoformat()}")
    canvas.setAuthor("packstation")
    top = PAGE_MM[1] - MARGIN_MM
    canvas.setFont(font, 18)
    canvas.drawString(MARGIN_MM * MM, (top - 7) * MM,
                      f"日次レポート　{f.day:%Y年%m月%d日}（{WEEKDAYS_JA[f.day.weekday()]}）")
    _measures(canvas, font, f, targets, top - 16)
    _hour_chart(canvas, font, f, (MARGIN_MM, top - 150, 180, 60))
    _packer_chart(canvas, font, f, (MARGIN_MM, top - 222, 85, 55))
    _refusals(canvas, font, f, (MARGIN_MM + 95, top - 160))
    canvas.setFont(font, 8)
    canvas.drawString(MARGIN_MM * MM, 8 * MM,
                      "定義：docs/kpi.md（人時＝1回以上スキャンした時間帯の数、誤出荷率＝報告された"
                      "誤出荷 ÷ 出荷件数）")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _value(v: object, unit: str) -> str:
    return "－" if v is None else f"{v:,}{unit}" if isinstance(v, int) else f"{v}{unit}"


def _measures(canvas: Any, font: str, f: DayFigures, t: Targets, y: float) -> None:
    same_day = "出荷日ではありません" if f.cutoff is None else \
        f"{_value(f.same_day_pct, '%')}（締め {f.cutoff:%H:%M}・{f.same_day_shipped:,}/" \
        f"{f.same_day_received:,}件）"
    rows = [
        ("出荷件数", _value(f.orders, "件")), ("出荷点数", _value(f.units, "点")),
        ("人時生産性", f"{f.total.orders_per_hour}件/人時・{f.total.units_per_hour}点/人時"
                  f"（{f.total.hours}人時）"),
        ("誤出荷率", f"{f.misship_ppm:,} ppm（{f.misshipments}件・目標 {t.misship_ppm:,} ppm）"),
        ("検品エラー", f"{f.errors_per_1000}件/千点（{f.refused:,}件・目標 "
                   f"{t.errors_per_1000}件/千点）"),
        ("当日出荷率", same_day + f"　目標 {t.same_day_pct}%"),
        ("リードタイム", f"中央値 {_minutes(f.lead_median_min)}・90%点 "
                    f"{_minutes(f.lead_p90_min)}"),
        ("1件あたり送料", f"{f.cost_per_order_yen:,}円（{f.priced_orders:,}件・計"
                     f" {f.cost_yen:,}円）"),
        ("従来方式との差", "基準未設定" if f.saving_yen is None else
         f"{f.saving_yen:,}円 削減（従来方式 {f.baseline_yen or 0:,}円）"),
        ("充填率", _value(f.fill_pct, "%") + f"（{f.measured_orders:,}件）"),
    ]
    for i, (name, value) in enumerate(rows):
        row_y = (y - i * 6.5) * MM
        canvas.setFont(font, 10)
        canvas.drawString(MARGIN_MM * MM, row_y, name)
        canvas.setFont(font, 11)
        canvas.drawString((MARGIN_MM + 32) * MM, row_y, value)


def _minutes(m: int | None) -> str:
    if m is None:
        return "－"
    return f"{m // 60}時間{m % 60:02d}分" if m >= 60 else f"{m}分"


def _hour_chart(canvas: Any, font: str, f: DayFigures,
                box: tuple[float, float, float, float]) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    x, y, w, h = box
    drawing = Drawing(w * MM, (h + 10) * MM)
    drawing.add(String(0, (h + 5) * MM, "時間帯別 出荷件数", fontName=font, fontSize=11))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * MM, 6 * MM, (w - 12) * MM, (h - 8) * MM
    chart.data = [list(f.orders_by_hour)]
    chart.bars[0].fillColor = colors.HexColor(CHART_BAR)
    chart.categoryAxis.categoryNames = [str(hr) for hr in range(24)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(*f.orders_by_hour, 1) * 1.1
    drawing.add(chart)
    drawing.drawOn(canvas, x * MM, y * MM)


def _packer_chart(canvas: Any, font: str, f: DayFigures,
                  box: tuple[float, float, float, float]) -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    x, y, w, h = box
    packers = list(f.packers[:10])[::-1]  # busiest on top
    drawing = Drawing(w * MM, (h + 10) * MM)
    drawing.add(String(0, (h + 5) * MM, "作業者別 人時生産性（件/人時）", fontName=font,
                       fontSize=11))
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 24 * MM, 4 * MM, (w - 28) * MM, (h - 6) * MM
    chart.data = [[p.orders_per_hour for p in packers] or [0]]
    chart.bars[0].fillColor = colors.HexColor(CHART_BAR)
    chart.categoryAxis.categoryNames = [p.packer or "－" for p in packers] or ["－"]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    drawing.add(chart)
    drawing.drawOn(canvas, x * MM, y * MM)


def _refusals(canvas: Any, font: str, f: DayFigures, at: tuple[float, float]) -> None:
    x, y = at
    _ranked(canvas, font, (x, y), "検品エラー（理由別・千点あたり）",
            [f"{REASON_JA.get(r.reason, r.reason)}　{r.count:,}件　{r.per_1000}"
             for r in f.errors])
    _ranked(canvas, font, (x, y - 40), "取り違えの多い類似商品",
            [f"{p.expected_sku} → {p.scanned_sku}　{p.count:,}件" for p in f.pairs])


def _ranked(canvas: Any, font: str, at: tuple[float, float], title: str,
            lines: list[str]) -> None:
    """A title and its first six lines, or なし."""
    x, y = at
    canvas.setFont(font, 11)
    canvas.drawString(x * MM, y * MM, title)
    canvas.setFont(font, 9)
    for i, line in enumerate(lines[:6] or ["なし"]):
        canvas.drawString(x * MM, (y - 6 - i * 5) * MM, line)
