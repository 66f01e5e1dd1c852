"""Rate tables that change on a date (issue 17): each table carries its 適用開始日, a shipment is
priced with the table in force on its ship date, and the CSV keeps the date."""

from __future__ import annotations

from datetime import date

import pytest

from packstation.domain.catalog import (
    SINCE_EVER,
    RateTable,
    ServiceSpec,
    SizeClassSpec,
    TableState,
    table_states,
)
from packstation.domain.errors import BadInput
from packstation.services.admin import rate_csv
from packstation.services.imports import csv_rows as cr

OLD = RateTable(date(2024, 4, 1), {"60": {0: 930}})
NEW = RateTable(date(2025, 10, 1), {"60": {0: 1060, 1: 1460}})


def _service(*tables: RateTable) -> ServiceSpec:
    return ServiceSpec("yamato", "takkyubin", "宅急便", (SizeClassSpec("60", 600),),
                       rate_tables=tables)


def test_the_table_in_force_is_the_latest_started_one() -> None:
    service = _service(OLD, NEW)
    assert service.table_on(date(2025, 9, 30)) == OLD
    assert service.table_on(date(2025, 10, 1)) == NEW  # from its first day
    assert service.table_on(date(2024, 3, 31)) is None  # before any table


def test_priced_on_gives_the_classes_that_days_prices() -> None:
    service = _service(OLD, NEW)
    assert service.priced_on(date(2025, 9, 30)).classes[0].prices == {0: 930}
    assert service.priced_on(date(2026, 1, 5)).classes[0].prices == {0: 1060, 1: 1460}
    assert service.priced_on(date(2020, 1, 1)).classes[0].prices == {}  # nothing to offer


def test_a_service_without_dated_tables_keeps_its_prices_since_ever() -> None:
    plain = ServiceSpec("yamato", "t", "t", (SizeClassSpec("60", 600, prices={0: 900}),))
    assert plain.priced_on(date(2030, 1, 1)) is plain
    assert plain.table_on(SINCE_EVER) == RateTable(SINCE_EVER, {"60": {0: 900}})


def test_loading_next_years_table_keeps_the_one_in_force() -> None:
    plain = ServiceSpec("yamato", "t", "t", (SizeClassSpec("60", 600, prices={0: 900}),))
    both = plain.with_table(RateTable(date(2027, 4, 1), {"60": {0: 990}}))
    assert [t.effective_from for t in both.rate_tables] == [SINCE_EVER, date(2027, 4, 1)]
    assert both.priced_on(date(2027, 3, 31)).classes[0].prices == {0: 900}
    assert both.priced_on(date(2027, 4, 1)).classes[0].prices == {0: 990}
    again = both.with_table(RateTable(date(2027, 4, 1), {"60": {0: 980}}))  # same date: replaced
    assert len(again.rate_tables) == 2
    assert again.priced_on(date(2027, 4, 1)).classes[0].prices == {0: 980}


def test_states_name_past_in_force_and_upcoming() -> None:
    ahead = RateTable(date(2026, 10, 1), {})
    states = table_states([OLD, NEW, ahead], date(2026, 4, 1))
    assert states == [TableState.PAST, TableState.IN_FORCE, TableState.UPCOMING]
    assert table_states([ahead], date(2026, 4, 1)) == [TableState.UPCOMING]


# --- the CSV --------------------------------------------------------------------------------

CLASSES = (SizeClassSpec("1cm"), SizeClassSpec("2cm"))


def _read(text: str) -> tuple[dict[str, dict[int, int]], date | None]:
    return rate_csv.read_table(cr.read_table(text.encode("utf-8"), "t.csv"), CLASSES, "t.csv")


def _problems(text: str) -> list[tuple[int | None, str | None, str, str]]:
    with pytest.raises(BadInput) as e:
        _read(text)
    return [(p.row, str(p.column), p.problem.code, p.fix.code if p.fix else "")
            for p in e.value.problems]


def test_the_date_column_gives_the_table_its_date() -> None:
    prices, day = _read("都道府県,1cm,2cm,適用開始日\n全国(既定),250,310,2027-04-01\n")
    assert day == date(2027, 4, 1) and prices == {"1cm": {0: 250}, "2cm": {0: 310}}
    # 2027/4/1 as Excel writes it, the date only in the first row
    prices, day = _read("都道府県,適用開始日,1cm,2cm\n全国,2027/4/1,250,310\n北海道,,300,400\n")
    assert day == date(2027, 4, 1) and prices["2cm"] == {0: 310, 1: 400}


def test_a_file_without_the_column_has_no_date() -> None:
    assert _read("都道府県,1cm,2cm\n全国,250,310\n")[1] is None


def test_bad_dates_are_refused_by_row_and_column_with_the_fix() -> None:
    found = _problems("都道府県,1cm,2cm,適用開始日\n全国,250,310,2027-13-01\n"
                      "北海道,300,400,1999-12-31\n")
    assert found == [(2, "適用開始日", "rates.not_a_date", "rates.date_fix"),
                     (3, "適用開始日", "rates.date_too_early", "rates.date_fix")]


def test_one_file_is_one_table_one_date() -> None:
    found = _problems("都道府県,1cm,2cm,適用開始日\n全国,250,310,2027-04-01\n"
                      "北海道,300,400,2027-05-01\n")
    assert found == [(3, "適用開始日", "rates.dates_differ", "rates.dates_differ_fix")]


def test_an_empty_date_column_is_refused() -> None:
    found = _problems("都道府県,1cm,2cm,適用開始日\n全国,250,310,\n")
    assert found == [(None, "適用開始日", "rates.no_date", "rates.date_fix")]


def test_the_export_writes_the_tables_date_on_every_row() -> None:
    service = ServiceSpec("jp", "yupacket", "ゆうパケット", CLASSES).with_table(
        RateTable(date(2027, 4, 1), {"1cm": {0: 250}, "2cm": {0: 310}}))
    text = rate_csv.to_csv(service.priced_on(date(2027, 4, 1)), "utf-8",
                           date(2027, 4, 1)).decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == "都道府県,1cm,2cm,適用開始日"
    assert lines[1] == "全国(既定),250,310,2027-04-01"
    assert all(line.endswith(",2027-04-01") for line in lines[1:49])
    assert _read(text.replace("\r\n", "\n"))[1] == date(2027, 4, 1)
