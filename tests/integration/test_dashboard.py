"""The dashboard's figures on real packing (docs/kpi.md): the counts packing keeps in its own
transaction agree with the scan log and with the review's KPIs, and a seeded Monday gives the
answers worked out by hand below."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import text

from packstation.adapters.db.dash_repo import SqlDashRepository
from packstation.bootstrap import App
from packstation.domain.model import Role
from packstation.services.dash.dto import DayFigures
from packstation.services.dto import SessionUser
from packstation.services.review import kpis
from tests.integration import test_kpis
from tests.integration.test_kpis import DAY, _shift

MONDAY = date(2025, 3, 3)  # the shift of test_kpis: 09:10-11:15 JST
PLAN = '[["B60", "takkyubin", "60"]]'  # 宅急便 60 to Hokkaido 1,460 yen + box B60 60 yen


def _prepare(app: App) -> None:
    """Order times, plans and the baseline, set before the shift packs K-1…K-6."""
    with app.uow() as uow:
        s = uow.session
        for key, value in (("baseline_service", '"takkyubin"'), ("baseline_size", '"80"'),
                           ("baseline_box", '"B80"')):
            s.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                      {"k": key, "v": value})
        # Next year's tables, loaded ahead (issue 17): dearer, and no part of Monday's cost.
        s.execute(text("INSERT INTO rates (size_class_id, prefecture_code, price_yen, "
                       "effective_from) SELECT size_class_id, prefecture_code, "
                       "price_yen + 5000, '2026-04-01' FROM rates"))
        uow.commit()


def _orders(app: App) -> None:
    with app.uow() as uow:
        s = uow.session
        for order_no, ordered, plan in (
                ("K-1", "2025-03-02 23:00:00", PLAN),  # 08:00 JST, before the cutoff
                ("K-2", "2025-03-03 00:20:00", PLAN),  # 09:20 JST, before the cutoff
                ("K-3", "2025-03-03 06:00:00", ""),  # 15:00 JST, after it
                ("K-6", "2025-03-02 22:00:00", "")):  # 07:00 JST, never packed
            s.execute(text("UPDATE orders SET ordered_at = :at, carton_plan = :plan, "
                           "prefecture_code = 1 WHERE order_no = :no"),
                      {"at": ordered, "plan": plan, "no": order_no})
        uow.commit()


@pytest.fixture
def monday(demo_app: App, monkeypatch: pytest.MonkeyPatch
           ) -> tuple[App, dict[str, int], DayFigures]:
    """test_kpis' shift, the orders dated and planned once K-6 (the last) is added."""
    _prepare(demo_app)
    original = test_kpis._add_order

    def add_then_date(app: App, order_no: str, lines: list[tuple[str, int]]) -> None:
        original(app, order_no, lines)
        if order_no == "K-6":
            _orders(app)
    monkeypatch.setattr(test_kpis, "_add_order", add_then_date)
    _clock, users = _shift(demo_app)
    lead = SessionUser(users["suzuki"], "suzuki", "鈴木", Role.LEAD, "ja")
    kpis.report_misshipment(demo_app.uow, lead, "K-2", "WRONG_ITEM", note="",
                            clock=_clock)
    return demo_app, users, demo_app.services.dash.day(MONDAY)


def test_orders_units_and_person_hours(monday) -> None:  # type: ignore[no-untyped-def]
    _app, users, f = monday
    assert (f.orders, f.units) == (5, 7)
    # 09 JST: K-1 (00:10 UTC), K-2 (00:50); 10: K-3; 11: K-4 and K-5 (short-shipped)
    assert f.orders_by_hour[9:12] == (2, 1, 2)
    by_packer = {p.user_id: (p.orders, p.units, p.hours, p.orders_per_hour) for p in f.packers}
    assert by_packer[users["sato"]] == (3, 4, 2, 1.5)
    assert by_packer[users["nguyen"]] == (2, 3, 1, 2.0)
    assert f.packers[0].packer != ""  # the packer's display name
    assert (f.total.hours, f.total.orders_per_hour) == (3, 1.7)  # 5 / 3 = 1.67


def test_rates_same_day_lead_time_cost_and_fill(monday) -> None:  # type: ignore[no-untyped-def]
    _app, _users, f = monday
    assert (f.misshipments, f.misship_ppm) == (1, 200_000)  # 1 of 5 orders
    assert (f.refused, f.errors_per_1000) == (1, 142.9)  # 1 / 7 units × 1000 = 142.857…
    assert [(e.reason, e.count) for e in f.errors] == [("WRONG_ITEM", 1)]
    assert [(p.expected_sku, p.scanned_sku, p.count) for p in f.pairs] == [
        ("TEE-RED-M", "TEE-RED-L", 1)]
    # 当日出荷: received before 14:00 JST on Monday: K-1, K-2, K-6; packed that day: K-1, K-2
    assert f.cutoff == time(14, 0)
    assert (f.same_day_received, f.same_day_shipped, f.same_day_pct) == (3, 2, 66.7)
    # lead times: K-1 70 min (23:00 → 00:10), K-2 30 min, K-3 0 (ordered after packing);
    # K-4 and K-5 have no order time. Median = 2nd of 3 = 30, p90 = 3rd = 70.
    assert (f.lead_median_min, f.lead_p90_min) == (30, 70)
    # K-1 and K-2 priced: 2 × (1,460 + 60) = 3,040 yen; baseline 宅急便 80 + B80:
    # 2 × (1,968 + 90) = 4,116 yen; saving 1,076 yen
    assert (f.priced_orders, f.cost_yen, f.cost_per_order_yen) == (2, 3040, 1520)
    assert (f.baseline_yen, f.saving_yen) == (4116, 1076)
    # fill: K-1 tee 250×200×20 + mug 120×90×100 = 2,080,000; K-2 mug 1,080,000 mm³; two B60
    # boxes 270×190×100 = 10,260,000 mm³ -> 30.799… %
    assert (f.measured_orders, f.fill_pct) == (2, 30.8)


def test_kept_counts_agree_with_the_scan_log_and_the_kpis(monday) -> None:  # type: ignore[no-untyped-def]
    app, _users, _f = monday
    with app.uow() as uow:
        repo = SqlDashRepository(uow.session)
        kept = sorted(repo.hours(MONDAY, MONDAY)[MONDAY], key=lambda b: (b.hour, b.user_id))
        rebuilt = sorted(repo.rebuild_hours(MONDAY), key=lambda b: (b.hour, b.user_id))
    assert kept == rebuilt and len(kept) >= 3
    report = kpis.report(app.uow, *DAY)
    f = app.services.dash.day(MONDAY)
    assert {(k.user_id, k.orders, k.units, k.hours) for k in report.packers} == {
        (p.user_id, p.orders, p.units, p.hours) for p in f.packers}


def test_view_floor_and_drill_down(monday) -> None:  # type: ignore[no-untyped-def]
    app, _users, _f = monday
    view = app.services.dash.view(day=MONDAY)
    assert len(view.trend) == 30 and view.trend[-1].day == MONDAY
    assert (view.trend[-1].orders, view.trend[-1].misship_ppm) == (5, 200_000)
    assert view.yesterday_by_hour == (0,) * 24
    assert view.targets.misship_ppm == 100
    hour_ten = app.services.dash.packed_orders(MONDAY, 10)
    assert [o.order_no for o in hour_ten] == ["K-3"]
    assert [o.order_no for o in app.services.dash.packed_orders(MONDAY)] == [
        "K-1", "K-2", "K-3", "K-4", "K-5"]


def test_floor_board_counts_the_hour_and_what_is_left(demo_app: App) -> None:
    _prepare(demo_app)
    clock, _users = _shift(demo_app)  # ends 02:15 UTC = 11:15 JST on Monday
    from packstation.services.dash.api import Dashboard

    board = Dashboard(demo_app.uow, clock).floor()
    assert (board.packed_today, board.this_hour, board.last_hour) == (5, 2, 1)
    assert board.cutoff == time(14, 0)
    assert board.remaining >= 1  # K-6 and the demo's open orders
    assert board.stations == ()  # nobody holds an order open
    assert board.at == datetime(2025, 3, 3, 2, 15, tzinfo=UTC)


def test_admin_sets_cutoffs_and_targets(monday) -> None:  # type: ignore[no-untyped-def]
    app, _users, _f = monday
    from packstation.domain.errors import BadInput
    from packstation.services import settings

    admin = SessionUser(1, "admin", "管理者", Role.ADMIN, "ja")
    with pytest.raises(BadInput) as refused:
        settings.save(app.uow, admin, {"cutoff_times": "09:00,25:00,14:00,14:00,14:00,,"})
    (problem,) = refused.value.problems
    assert problem.column == "cutoff_times" and problem.problem.code == "dash.bad_cutoff"
    assert problem.problem.params == {"weekday": "火", "value": "25:00"}
    settings.save(app.uow, admin, {"cutoff_times": "09:00,14:00,14:00,14:00,14:00,,",
                                   "target_misship_ppm": 50})
    f = app.services.dash.day(MONDAY)
    # before 09:00 JST: K-6 (07:00) and K-1 (08:00); K-1 packed -> 1 of 2
    assert (f.cutoff, f.same_day_received, f.same_day_shipped, f.same_day_pct) == (
        time(9, 0), 2, 1, 50.0)
    assert app.services.dash.view(day=MONDAY).targets.misship_ppm == 50


def test_only_leads_get_the_report(monday) -> None:  # type: ignore[no-untyped-def]
    app, users, _f = monday
    from packstation.domain.errors import PermissionDenied

    sato = SessionUser(users["sato"], "sato", "佐藤", Role.PACKER, "ja")
    with pytest.raises(PermissionDenied) as denied:
        app.services.dash.daily_csv(sato, MONDAY)
    assert denied.value.code == "dash.lead_only"
    lead = SessionUser(users["suzuki"], "suzuki", "鈴木", Role.LEAD, "ja")
    assert "出荷件数,5,件" in app.services.dash.daily_csv(lead, MONDAY).decode("utf-8-sig")


def test_a_sorted_batch_counts_its_units_once_and_its_end_is_no_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """種まき (issue 20): the sorting scans are the units; ending the batch (F8) writes a
    COMPLETED event that names no order, which is not an order shipped."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.packing import sorting
    from tests.integration.test_batch_sorting import TEE, _bench, _shop

    url = f"sqlite:///{tmp_path / 'sort.db'}"
    _shop(url)
    app = build(Config(url, "sort-station"))
    bench = _bench(app)
    sorting.open_batch(bench, "B-0001")
    for _ in range(6):  # S-1 1, S-2 2, S-3 3 tees
        assert sorting.sort_scan(bench, "B-0001", TEE).verdict == "OK"
    sorting.finish_batch(bench, "B-0001")  # S-EAR had nothing: back to the open orders
    today = app.services.dash.today()
    f = app.services.dash.day(today)
    assert (f.orders, f.units) == (0, 6)
    with app.uow() as uow:
        rebuilt = SqlDashRepository(uow.session).rebuild_hours(today)
    assert sum(b.orders for b in rebuilt) == 0 and sum(b.units for b in rebuilt) == 6
    app.close()
