"""The shop's calendar (issue 17): ship dates and delivery dates skip Japan's public holidays
(jpholiday) and the weekdays and days the shop's settings close."""

from __future__ import annotations

from datetime import date

from packstation.domain.shop_calendar import DEFAULT_CLOSED, ShopCalendar, holiday_name, parse
from packstation.services import settings


def test_public_holidays_come_from_the_holiday_data() -> None:
    assert holiday_name(date(2026, 11, 23)) == "勤労感謝の日"
    assert holiday_name(date(2027, 3, 22)) is not None  # 振替休日 of 春分の日 (a Sunday)
    assert holiday_name(date(2026, 9, 22)) is not None  # 国民の休日 between two holidays
    assert holiday_name(date(2026, 11, 24)) is None


def test_a_ship_date_skips_holidays_and_the_weekend() -> None:
    shop = parse(DEFAULT_CLOSED)[0]
    assert shop.ship_day(date(2026, 11, 23)) == date(2026, 11, 24)  # 勤労感謝の日 (Mon)
    assert shop.ship_day(date(2026, 11, 21)) == date(2026, 11, 24)  # Sat → Sun → 祝 → Tue
    assert shop.ship_day(date(2026, 11, 25)) == date(2026, 11, 25)  # an open Wednesday
    # ゴールデンウィーク 2026: 5/2 Sat … 5/6 振替休日
    assert shop.ship_day(date(2026, 5, 2)) == date(2026, 5, 7)


def test_open_days_after_count_only_open_days() -> None:
    shop = parse(DEFAULT_CLOSED)[0]
    assert shop.after_open_days(date(2026, 11, 20), 1) == date(2026, 11, 24)  # Fri + 1
    assert shop.after_open_days(date(2026, 11, 20), 2) == date(2026, 11, 25)
    assert shop.after_open_days(date(2026, 11, 21), 0) == date(2026, 11, 24)


def test_a_shop_open_on_holidays_and_saturdays_ships_then() -> None:
    shop = parse("日")[0]
    assert shop.ship_day(date(2026, 11, 23)) == date(2026, 11, 23)
    assert shop.ship_day(date(2026, 11, 21)) == date(2026, 11, 21)
    assert shop.ship_day(date(2026, 11, 22)) == date(2026, 11, 23)


def test_yearly_and_one_off_closed_days() -> None:
    shop, problems = parse("土、日、祝、12-31、1/2、01-03、2026-12-28")
    assert problems == []
    assert shop.ship_day(date(2026, 12, 28)) == date(2026, 12, 29)
    assert shop.ship_day(date(2026, 12, 31)) == date(2027, 1, 4)  # 1/1 元日, 1/2-3 closed
    assert ShopCalendar(frozenset()).is_open(date(2026, 12, 31))


def test_a_wrong_line_is_refused_with_each_token_and_the_fix() -> None:
    problems = settings._validate("shop_closed_days", "土,日,祝,金よう,13-40")
    assert [(p.column, p.problem.code, p.problem.params["value"], p.fix and p.fix.code)
            for p in problems] == [("shop_closed_days", "calendar.not_a_day", "金よう",
                                    "calendar.fix"),
                                   ("shop_closed_days", "calendar.not_a_day", "13-40",
                                    "calendar.fix")]
    closed = settings._validate("shop_closed_days", "月火水木金土日")
    assert [p.problem.code for p in closed] == ["calendar.not_a_day"]
    always = settings._validate("shop_closed_days", "月,火,水,木,金,土,日")
    assert [p.problem.code for p in always] == ["calendar.always_closed"]


def test_the_default_shop_calendar_is_closed_on_weekends_and_holidays() -> None:
    shop = settings.calendar(settings.Settings())
    assert not shop.is_open(date(2026, 11, 23)) and not shop.is_open(date(2026, 11, 22))
    assert shop.is_open(date(2026, 11, 24))
