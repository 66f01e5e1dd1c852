"""The user form's rules: every problem at once, PINs of 4–12 ASCII digits, lock minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from packstation.domain.messages import english
from packstation.domain.users import UserForm, form_problems, minutes_left, pin_problem


@pytest.mark.parametrize("pin", ["1234", "000000000000", "9876"])
def test_good_pins(pin: str) -> None:
    assert pin_problem(pin) is None


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "１２３４", " 1234", ""])
def test_bad_pins_say_the_rule(pin: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and english(problem) == "A PIN is 4 to 12 digits, numbers only."


def test_a_form_reports_every_problem_with_its_field() -> None:
    assert form_problems(UserForm("tanaka", "田中", "packer", "4321", "BADGE-0300")) == []
    problems = form_problems(UserForm("ta naka", " ", "boss", "12", "BADGE 1", "fr"))
    assert [p.column for p in problems] == ["login", "display_name", "role", "pin",
                                            "badge_code", "language"]
    assert "boss" in str(problems[2].problem)


def test_lock_minutes_round_up_and_never_show_zero() -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert minutes_left(now + timedelta(minutes=4, seconds=1), now) == 5
    assert minutes_left(now + timedelta(minutes=5), now) == 5
    assert minutes_left(now + timedelta(seconds=3), now) == 1
