"""The lead's dashboard, floor board and daily report (issue 19). Figures per docs/kpi.md,
computed by domain/dash.py from the counts packing keeps (ports.DashRepository)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from packstation.domain import dash
from packstation.domain.errors import PermissionDenied
from packstation.domain.model import Role
from packstation.services import settings as shop_settings
from packstation.services.dash.dto import (
    DashboardView,
    DayFigures,
    FloorBoard,
    OrderPacked,
    PackerFigure,
    PrefectureOrders,
    Targets,
    TrendPoint,
)
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from packstation.services.review.dto import LookalikePair, MisPickFilter

TREND_DAYS = 30
PAIRS_SHOWN = 10
PdfRenderer = Callable[[DayFigures, Targets], bytes]


class Dashboard:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock,
                 render_pdf: PdfRenderer | None = None) -> None:
        self._uow, self._clock, self._render_pdf = uow, clock, render_pdf

    def today(self) -> date:
        return dash.jst_day_hour(self._clock.now())[0]

    # --- reads -------------------------------------------------------------------------------
    def day(self, day: date) -> DayFigures:
        with self._uow() as tx:
            return _day(tx, day, self._settings(tx))

    def view(self, trend_days: int = TREND_DAYS, day: date | None = None) -> DashboardView:
        """The dashboard tab in one transaction: the day, its comparisons and the trend."""
        day = day or self.today()
        with self._uow() as tx:
            s = self._settings(tx)
            today = _day(tx, day, s)
            first = day - timedelta(days=trend_days - 1)
            before = tx.dash.orders_by_hour([day - timedelta(days=1), day - timedelta(days=7)])
            return DashboardView(today, tuple(before[day - timedelta(days=1)]),
                                 tuple(before[day - timedelta(days=7)]),
                                 _trend(tx, first, day), _targets(s))

    def floor(self) -> FloorBoard:
        now = self._clock.now()
        day, hour = dash.jst_day_hour(now)
        with self._uow() as tx:
            cutoffs, _ = dash.parse_cutoffs(self._settings(tx).cutoff_times)
            cutoff = dash.cutoff_on(day, cutoffs)
            before = dash.same_day_window(day, cutoff)[1] if cutoff else None
            remaining, due = tx.dash.open_orders(before)
            orders, _ = dash.by_hour(tx.dash.hours(day, day).get(day, []))
            holds, failures = tx.dash.holds_and_print_failures()
            return FloorBoard(now, cutoff, remaining, due, sum(orders), orders[hour],
                              orders[hour - 1] if hour else 0, tuple(tx.dash.stations_now()),
                              holds, failures)

    def packed_orders(self, day: date, hour: int | None = None) -> list[OrderPacked]:
        """Drill-down: the orders behind a point (the day, or one hour of it)."""
        since, until = dash.day_range(day)
        if hour is not None:
            since, until = since + timedelta(hours=hour), since + timedelta(hours=hour + 1)
        with self._uow() as tx:
            return tx.dash.packed_orders(since, until)

    # --- the daily report --------------------------------------------------------------------
    def scheduled(self) -> tuple[date, str] | None:
        """(today, folder) when the admin's daily export is due: a folder is set and the
        time of day (JST) has passed. Whether today's file is there already is the caller's
        to check (it writes the files)."""
        with self._uow() as tx:
            s = self._settings(tx)
        at = dash.parse_time(s.daily_report_at)
        now = self._clock.now().astimezone(dash.JST)
        if not s.daily_report_folder or at is None or now.time() < at:
            return None
        return now.date(), s.daily_report_folder

    def daily_pdf(self, actor: SessionUser | None, day: date) -> bytes:
        return self.render_pdf(*self.report_data(actor, day))

    def report_data(self, actor: SessionUser | None, day: date) -> tuple[DayFigures, Targets]:
        """What the daily report shows (the database part: the GUI runs it on the DB
        executor and the drawing, render_pdf, on another)."""
        _check_lead(actor)
        with self._uow() as tx:
            s = self._settings(tx)
            return _day(tx, day, s), _targets(s)

    def render_pdf(self, figures: DayFigures, targets: Targets) -> bytes:
        assert self._render_pdf is not None, "bootstrap gives the dashboard its PDF renderer"
        return self._render_pdf(figures, targets)

    def daily_csv(self, actor: SessionUser | None, day: date) -> bytes:
        _check_lead(actor)
        return figures_csv(self.day(day))

    @staticmethod
    def _settings(tx: UnitOfWork) -> shop_settings.Settings:
        return shop_settings.read(tx)


def _check_lead(actor: SessionUser | None) -> None:
    """None: the command line, which checks its --user itself."""
    if actor is not None and not Role(actor.role).can(Role.LEAD):
        raise PermissionDenied("dash.lead_only")


def _targets(s: shop_settings.Settings) -> Targets:
    return Targets(s.target_misship_ppm, s.target_errors_per_1000, s.target_same_day_pct)


def _day(tx: UnitOfWork, day: date, s: shop_settings.Settings) -> DayFigures:
    buckets = tx.dash.hours(day, day).get(day, [])
    orders_by_hour, units_by_hour = dash.by_hour(buckets)
    orders, units = sum(orders_by_hour), sum(units_by_hour)
    since, until = dash.day_range(day)
    missed = tx.dash.misshipments(since, until).get(day, 0)
    refused = tx.dash.refusals(day, day).get(day, {})
    lead = tx.dash.lead_times(day, day).get(day, {})
    cutoffs, _ = dash.parse_cutoffs(s.cutoff_times)
    cutoff = dash.cutoff_on(day, cutoffs)
    received, shipped = tx.dash.received_before(*dash.same_day_window(day, cutoff)) \
        if cutoff else (0, 0)
    packers, total = _packers(tx, buckets)
    cost = _cost(tx, tx.dash.orders(day, day).get(day, []), s, day)
    pairs = tx.mispicks.lookalike_pairs(MisPickFilter(since, until), PAIRS_SHOWN)
    return DayFigures(
        day, tuple(orders_by_hour), tuple(units_by_hour), orders, units, packers, total,
        missed, dash.ppm(missed, orders), sum(refused.values()),
        dash.per_thousand(sum(refused.values()), units), tuple(dash.errors_per_1000(refused,
                                                                                    units)),
        cutoff, received, shipped, dash.percent(shipped, received) if received else None,
        dash.percentile(lead, 50), dash.percentile(lead, 90), *cost, tuple(pairs))


def _packers(tx: UnitOfWork, buckets: Sequence[dash.HourBucket]
             ) -> tuple[tuple[PackerFigure, ...], PackerFigure]:
    rates = dash.productivity(buckets)
    names = tx.dash.names([r.user_id for r in rates if r.user_id is not None])
    figures = tuple(PackerFigure(r.user_id, names.get(r.user_id or 0, ""), r.orders, r.units,
                                 r.hours, r.orders_per_hour, r.units_per_hour) for r in rates)
    t = dash.total_rate(rates)
    return figures, PackerFigure(None, "", t.orders, t.units, t.hours, t.orders_per_hour,
                                 t.units_per_hour)


def _cost(tx: UnitOfWork, rows: Sequence[PrefectureOrders], s: shop_settings.Settings,
          day: date) -> tuple[int, int, int, int | None, int | None, int, float | None]:
    """(priced orders, cost, cost per order, baseline, saving, measured orders, fill %); the
    baseline priced by the rate table in force on ``day``, as the orders were."""
    priced = sum(r.priced for r in rows)
    cost = sum(r.cost_yen for r in rows)
    measured = sum(r.measured for r in rows)
    fill = dash.fill_rate(sum(r.items_mm3 for r in rows), sum(r.boxes_mm3 for r in rows)) \
        if measured else None
    baseline = saving = None
    box = tx.dash.box_cost(s.baseline_box) if s.baseline_box else None
    if s.baseline_service and s.baseline_size and box is not None:
        def rate_of(prefecture: int) -> int | None:
            return tx.dash.rate(s.baseline_service, s.baseline_size, prefecture, day)
        rates = {r.prefecture_code: rate_of(r.prefecture_code) for r in rows}
        baseline, _ = dash.baseline_cost({r.prefecture_code: r.priced for r in rows},
                                         rates.get, box)
        saving = baseline - sum(r.cost_yen for r in rows if rates[r.prefecture_code] is not None)
    return (priced, cost, dash.cost_per_order(cost, priced), baseline, saving, measured, fill)


def _trend(tx: UnitOfWork, first: date, last: date) -> tuple[TrendPoint, ...]:
    since, until = dash.day_range(first)[0], dash.day_range(last)[1]
    totals = tx.dash.day_totals(first, last)
    missed = tx.dash.misshipments(since, until)
    refused = tx.dash.refusals(first, last)
    points = []
    for n in range((last - first).days + 1):
        day = first + timedelta(days=n)
        orders, units = totals.get(day, (0, 0))
        points.append(TrendPoint(day, orders, units, dash.ppm(missed.get(day, 0), orders),
                                 dash.per_thousand(sum(refused.get(day, {}).values()), units)))
    return tuple(points)


# --- CSV (the numbers of the report) ---------------------------------------------------------

def figures_csv(f: DayFigures) -> bytes:
    """One measure a row (measure, value, unit), Japanese names, UTF-8 with BOM for Excel."""
    rows: list[tuple[str, object, str]] = [
        ("日付", f.day.isoformat(), ""), ("出荷件数", f.orders, "件"), ("出荷点数", f.units, "点"),
        ("人時生産性（件）", f.total.orders_per_hour, "件/人時"),
        ("人時生産性（点）", f.total.units_per_hour, "点/人時"), ("人時", f.total.hours, "時間"),
        ("誤出荷", f.misshipments, "件"), ("誤出荷率", f.misship_ppm, "ppm"),
        ("検品エラー", f.refused, "件"), ("検品エラー率", f.errors_per_1000, "件/千点"),
        ("締め時刻", f.cutoff.strftime("%H:%M") if f.cutoff else "", ""),
        ("締め前受注", f.same_day_received, "件"), ("当日出荷", f.same_day_shipped, "件"),
        ("当日出荷率", "" if f.same_day_pct is None else f.same_day_pct, "%"),
        ("リードタイム中央値", _blank(f.lead_median_min), "分"),
        ("リードタイムp90", _blank(f.lead_p90_min), "分"),
        ("送料計算済み件数", f.priced_orders, "件"), ("送料合計", f.cost_yen, "円"),
        ("1件あたり送料", f.cost_per_order_yen, "円"),
        ("従来方式の送料", _blank(f.baseline_yen), "円"),
        ("削減額", _blank(f.saving_yen), "円"), ("充填率", _blank(f.fill_pct), "%"),
    ]
    for h in range(24):
        rows.append((f"{h:02d}時 出荷件数", f.orders_by_hour[h], "件"))
    for p in f.packers:
        rows.append((f"作業者 {p.packer} 件/人時", p.orders_per_hour,
                     f"{p.orders}件 {p.hours}時間"))
    for r in f.errors:
        rows.append((f"検品エラー {r.reason}", r.per_1000, f"{r.count}件"))
    for pair in f.pairs:
        rows.append((f"類似商品 {pair.expected_sku} → {pair.scanned_sku}", pair.count, "件"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("項目", "値", "単位"))
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _blank(value: int | float | None) -> object:
    return "" if value is None else value


def jst_now_text(at: datetime) -> str:
    return at.astimezone(dash.JST).strftime("%Y-%m-%d %H:%M")


__all__ = ["Dashboard", "LookalikePair", "figures_csv", "jst_now_text"]
