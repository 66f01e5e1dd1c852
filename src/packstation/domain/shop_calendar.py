"""The shop's calendar: on which days parcels leave (出荷日) and which days a delivery date
counts. Japanese public holidays (国民の祝日, 振替休日, 国民の休日) come from jpholiday, a pure
library maintained against the 祝日法 and the cabinet office's list; weekdays off and extra
closed days (年末年始, お盆) are the shop's own, written in one line of the settings:

    "土,日,祝,12-31,01-01,01-02,01-03,2027-05-06"

weekday names (月火水木金土日 or mon…sun), 祝 (or "holidays") for the public holidays, MM-DD for
a day closed every year, YYYY-MM-DD for one day. jpholiday is imported on first use, never at
module import (start-up time).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from packstation.domain.messages import Msg

DEFAULT_CLOSED = "土,日,祝"
_WEEKDAYS = {name: i for i, names in enumerate(
    (("月", "mon"), ("火", "tue"), ("水", "wed"), ("木", "thu"), ("金", "fri"), ("土", "sat"),
     ("日", "sun"))) for name in names}
_HOLIDAYS = frozenset({"祝", "祝日", "holidays", "holiday"})
_YEARLY = re.compile(r"(\d{1,2})-(\d{1,2})")
_ONE_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SEPARATORS = re.compile(r"[,、，\s]+")
_LOOKAHEAD = 370  # a calendar closed every day is refused before this many days are tried


@lru_cache(maxsize=4096)
def holiday_name(day: date) -> str | None:
    """The public holiday's name (元日, 振替休日…) or None."""
    import jpholiday

    name = jpholiday.is_holiday_name(day)
    return str(name) if name else None


@dataclass(frozen=True)
class ShopCalendar:
    closed_weekdays: frozenset[int] = frozenset({5, 6})  # Monday = 0
    closed_on_holidays: bool = True
    closed_yearly: frozenset[tuple[int, int]] = frozenset()  # (month, day)
    closed_days: frozenset[date] = frozenset()

    def is_open(self, day: date) -> bool:
        return not (day.weekday() in self.closed_weekdays
                    or (day.month, day.day) in self.closed_yearly or day in self.closed_days
                    or (self.closed_on_holidays and holiday_name(day) is not None))

    def ship_day(self, day: date) -> date:
        """The first day on or after ``day`` on which the shop ships."""
        return self.after_open_days(day, 0)

    def after_open_days(self, day: date, n: int) -> date:
        """The n-th open day after ``day`` (n = 0: ``day`` itself if open, else the next)."""
        found = -1 if self.is_open(day) else 0
        for _ in range(_LOOKAHEAD * (n + 1)):
            if self.is_open(day):
                found += 1
                if found >= n:
                    return day
            day += timedelta(days=1)
        raise ValueError("the shop calendar has no open day")  # parse() refuses such a line


def parse(text: str) -> tuple[ShopCalendar, list[Msg]]:
    """The calendar of a settings line, and a problem per token it does not understand."""
    weekdays: set[int] = set()
    yearly: set[tuple[int, int]] = set()
    days: set[date] = set()
    holidays = False
    problems: list[Msg] = []
    for raw in _SEPARATORS.split(unicodedata.normalize("NFKC", text).strip().casefold()):
        token = raw.replace("/", "-").removesuffix("曜日").removesuffix("曜")
        if not token:
            continue
        if token in _WEEKDAYS:
            weekdays.add(_WEEKDAYS[token])
        elif token in _HOLIDAYS:
            holidays = True
        elif isinstance(when := _day(token), date):
            days.add(when)
        elif when is not None:
            yearly.add(when)
        else:
            problems.append(Msg("calendar.not_a_day", value=token))
    if len(weekdays) == 7:
        problems.append(Msg("calendar.always_closed"))
    return ShopCalendar(frozenset(weekdays), holidays, frozenset(yearly), frozenset(days)), \
        problems


def _day(token: str) -> date | tuple[int, int] | None:
    try:
        if (m := _ONE_DAY.fullmatch(token)) is not None:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _YEARLY.fullmatch(token)) is not None:
            date(2024, int(m[1]), int(m[2]))  # a leap year: 02-29 is a day
            return int(m[1]), int(m[2])
    except ValueError:
        return None
    return None
