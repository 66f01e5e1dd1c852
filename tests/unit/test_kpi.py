"""The KPI arithmetic (domain/kpi.py), with the figures of domain-facts §2."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.kpi import MISSHIPMENT_KINDS, hour_bucket, hours_worked, per_hour, ppm


def test_ppm_matches_the_accuracy_figures_warehouses_quote() -> None:
    assert ppm(1, 10_000) == 100, "99.99 % = 100 ppm"
    assert ppm(1, 100_000) == 10, "99.999 % (the best 3PLs) = 10 ppm"
    assert ppm(2, 3) == 666_667 and ppm(1, 3) == 333_333, "rounded half up"
    assert ppm(0, 500) == 0 and ppm(3, 0) == 0, "no shipments: nothing to divide"


def test_hours_worked_count_japanese_clock_hours_with_a_scan() -> None:
    nine_jst = datetime(2025, 3, 3, 0, 0, tzinfo=UTC)
    times = [nine_jst, nine_jst + timedelta(minutes=59), nine_jst + timedelta(minutes=61),
             nine_jst + timedelta(hours=3, minutes=5)]
    assert hours_worked(times) == 3, "09:00, 09:59 → one hour; 10:01; 12:05 (a gap is no work)"
    assert hours_worked([]) == 0
    assert hour_bucket(datetime(2025, 3, 3, 15, 30, tzinfo=UTC)).isoformat() == \
        "2025-03-04T00:00:00+09:00", "00:30 JST belongs to the next Japanese day"


def test_per_hour_is_one_decimal_and_zero_without_hours() -> None:
    assert per_hour(30, 1) == 30.0 and per_hour(5, 3) == 1.7 and per_hour(7, 0) == 0.0


@given(st.lists(st.datetimes(timezones=st.just(UTC)), max_size=50))
def test_hours_worked_never_exceed_the_events_nor_the_span(times) -> None:
    hours = hours_worked(times)
    assert hours <= len(times)
    if times:
        span_h = (max(times) - min(times)).total_seconds() / 3600
        assert 1 <= hours <= int(span_h) + 2


def test_misshipment_kinds_are_the_taxonomy_of_domain_facts() -> None:
    assert MISSHIPMENT_KINDS == ("WRONG_ITEM", "WRONG_QTY", "MISSING", "WRONG_ADDRESS",
                                 "WRONG_DOCUMENT", "DAMAGED")
