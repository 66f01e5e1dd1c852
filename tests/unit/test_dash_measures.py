"""The dashboard's measures (domain/dash.py, docs/kpi.md) on a small seeded day whose answers
were worked out by hand (the arithmetic is written beside each expectation)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from packstation.domain import dash
from packstation.domain.dash import CostCarton, HourBucket

# Tuesday 2026-12-01 (not a holiday). Two packers: 7 (Sato) and 8 (Suzuki).
DAY = [
    HourBucket(9, 7, orders=10, units=25, refused=1),
    HourBucket(10, 7, orders=12, units=30, refused=0),
    HourBucket(10, 8, orders=5, units=9, refused=2),
    HourBucket(13, 8, orders=0, units=4, refused=1),  # scanned, packed nothing: an hour worked
]


def test_orders_and_units_by_hour() -> None:
    orders, units = dash.by_hour(DAY)
    assert orders[9] == 10 and orders[10] == 17 and orders[13] == 0  # 12 + 5
    assert units[10] == 39 and units[13] == 4  # 30 + 9
    assert sum(orders) == 27 and sum(units) == 68


def test_person_hour_productivity_per_packer() -> None:
    sato, suzuki = dash.productivity(DAY)
    # Sato: 22 orders, 55 units in 2 hours -> 11.0 and 27.5 an hour
    assert (sato.user_id, sato.orders, sato.units, sato.hours) == (7, 22, 55, 2)
    assert (sato.orders_per_hour, sato.units_per_hour) == (11.0, 27.5)
    # Suzuki: 5 orders, 13 units in 2 hours (13:00 counts: he scanned) -> 2.5 and 6.5
    assert (suzuki.orders, suzuki.units, suzuki.hours) == (5, 13, 2)
    assert (suzuki.orders_per_hour, suzuki.units_per_hour) == (2.5, 6.5)
    total = dash.total_rate([sato, suzuki])
    # 27 orders, 68 units over 4 person-hours -> 6.75 -> 6.8 (half up), 17.0
    assert (total.hours, total.orders_per_hour, total.units_per_hour) == (4, 6.8, 17.0)


def test_misshipment_ppm_and_errors_per_thousand_units() -> None:
    assert dash.ppm(1, 27) == 37037  # 1 / 27 = 0.0370370… -> 37,037 ppm
    assert dash.ppm(3, 30_000) == 100
    rates = dash.errors_per_1000({"WRONG_ITEM": 3, "OVER_QUANTITY": 1, "EXPIRED": 0}, 68)
    # 3 / 68 * 1000 = 44.117… -> 44.1; 1 / 68 * 1000 = 14.705… -> 14.7; a zero reason is left out
    assert [(r.reason, r.count, r.per_1000) for r in rates] == [
        ("WRONG_ITEM", 3, 44.1), ("OVER_QUANTITY", 1, 14.7)]
    assert dash.per_thousand(1, 0) == 0.0
    assert dash.per_thousand(1, 2000) == 0.5  # exactly half a tenth up: 0.5


def test_lead_time_median_and_p90_by_nearest_rank() -> None:
    ordered = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    assert dash.lead_minutes(ordered, datetime(2026, 12, 1, 1, 30, 59, tzinfo=UTC)) == 90
    assert dash.lead_minutes(ordered, datetime(2026, 11, 30, 23, 0, tzinfo=UTC)) == 0
    # ten orders: 30, 30, 45, 60, 60, 60, 90, 120, 240, 600 minutes
    hist = {30: 2, 45: 1, 60: 3, 90: 1, 120: 1, 240: 1, 600: 1}
    assert dash.percentile(hist, 50) == 60  # rank ceil(5.0) = 5: the 5th value
    assert dash.percentile(hist, 90) == 240  # rank 9
    assert dash.percentile(hist, 100) == 600
    assert dash.percentile({}, 50) is None


def test_cutoffs_per_weekday_and_holidays() -> None:
    cutoffs, problems = dash.parse_cutoffs("14:00,14:00,14:00,14:00,１２:００,,")
    assert problems == []
    assert cutoffs[4] == time(12, 0) and cutoffs[5] is None and cutoffs[6] is None
    assert dash.cutoff_on(date(2026, 12, 1), cutoffs) == time(14, 0)  # Tuesday
    assert dash.cutoff_on(date(2026, 12, 5), cutoffs) is None  # Saturday: no cutoff
    # 2026-11-23 is a Monday and 勤労感謝の日: no shipping, whatever Monday's cutoff
    assert dash.cutoff_on(date(2026, 11, 23), cutoffs) is None
    assert dash.cutoff_on(date(2026, 11, 23), cutoffs, holiday=lambda d: False) == time(14, 0)
    bad, problems = dash.parse_cutoffs("14:00,25:00,x,,,,")
    assert [p.code for p in problems] == ["dash.bad_cutoff", "dash.bad_cutoff"]
    assert problems[0].params["weekday"] == "火" and bad[1] is None
    assert dash.parse_cutoffs("14:00")[1][0].code == "dash.cutoffs_need_seven"


def test_same_day_window_is_the_japanese_day_before_the_cutoff() -> None:
    since, before, packed_by = dash.same_day_window(date(2026, 12, 1), time(14, 0))
    assert since == datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # 00:00 JST
    assert before == datetime(2026, 12, 1, 5, 0, tzinfo=UTC)  # 14:00 JST
    assert packed_by == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)  # next 00:00 JST
    assert dash.percent(47, 50) == 94.0
    assert dash.percent(2, 3) == 66.7  # 66.66… half up


def test_shipping_cost_saving_and_fill_rate() -> None:
    # Order A: one 60 box 宅急便 940 yen + box 60 yen; order B: ネコポス 385 + envelope 10
    a = dash.order_cost([CostCarton(940, 60)])
    b = dash.order_cost([CostCarton(385, 10)])
    assert (a, b) == (1000, 395)
    assert dash.order_cost([CostCarton(940, 60), CostCarton(None, 60)]) is None
    assert dash.order_cost([]) is None
    assert dash.cost_per_order(1395, 2) == 698  # 697.5 -> 698
    # Baseline "宅急便 80 size, box 80 (100 yen)": Tokyo (13) 1,150 yen, Hokkaido (1) 1,590,
    # Okinawa (47) without a rate: 2 Tokyo + 1 Hokkaido orders are priced, Okinawa left out
    rates = {13: 1150, 1: 1590}
    yen, priced = dash.baseline_cost({13: 2, 1: 1, 47: 1}, rates.get, 100)
    assert (yen, priced) == (2 * 1250 + 1690, 3)  # 4,190 yen
    assert dash.volume_mm3(100, 200, 50) == 1_000_000
    assert dash.volume_mm3(100, None, 50) is None
    # items 3.0 L in boxes of 4.5 L and 1.5 L: 3.0 / 6.0 = 50.0 %
    assert dash.fill_rate(3_000_000, 6_000_000) == 50.0
    assert dash.fill_rate(1, 0) == 0.0
