"""適格請求書: registration numbers (T + 13 digits, 法人番号 check digit) and tax per rate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.jp import cn

from packstation.domain.invoice import (
    RateTotal,
    TaxedAmount,
    corporate_check_digit,
    normalize_registration_no,
    registration_no_problem,
    registration_no_warning,
    totals_by_rate,
)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digit_agrees_with_python_stdnum(base: str) -> None:
    # stdnum's jp.cn implements the 国税庁 formula independently of ours
    assert str(corporate_check_digit(base)) == cn.calc_check_digit(base)


@pytest.mark.parametrize("number", ["T1180301018771", "t1180301018771",
                                    "Ｔ１１８０３０１０１８７７１", "T-1180-3010-1877-1",
                                    " T1180301018771 "])
def test_valid_numbers_in_the_ways_shops_type_them(number: str) -> None:
    assert registration_no_problem(number) is None
    assert normalize_registration_no(number) == "T1180301018771"


@pytest.mark.parametrize(("number", "problem"), [
    ("1180301018771", "must start with T"),
    ("T118030101877", "T followed by 13 digits"),
    ("T11803010187711", "T followed by 13 digits"),
    ("T118030101877X", "T followed by 13 digits"),
])
def test_invalid_numbers_say_what_is_wrong(number: str, problem: str) -> None:
    found = registration_no_problem(number)
    assert found is not None and problem in str(found)


def test_a_number_failing_the_corporate_check_digit_is_a_warning_not_a_refusal() -> None:
    # A sole proprietor's number is not a 法人番号: its check digit is not published (issue 17)
    assert registration_no_problem("T2180301018771") is None
    warning = registration_no_warning("T2180301018771")
    assert warning is not None and warning.code == "invoice.check_digit"
    assert "would be 1" in str(warning)
    assert registration_no_warning("T1180301018771") is None
    assert registration_no_warning("1180301018771") is None, "a refusal, not also a warning"


def test_empty_means_not_registered() -> None:
    assert registration_no_problem("") is None


def test_tax_included_prices_are_split_per_rate_and_rounded_down_once_per_rate() -> None:
    amounts = [TaxedAmount(1050, 8)] * 7 + [TaxedAmount(4960, 10)]
    totals = totals_by_rate(amounts, prices_include_tax=True)
    assert totals == [RateTotal(10, 4960, 4960 - 450, 450),
                      RateTotal(8, 7350, 7350 - 544, 544)]
    assert 7 * (1050 * 8 // 108) == 539, "rounding per line would give 5 yen less tax"


def test_tax_excluded_prices_add_the_tax() -> None:
    totals = totals_by_rate([TaxedAmount(1000, 10), TaxedAmount(555, 8)],
                            prices_include_tax=False)
    assert totals == [RateTotal(10, 1100, 1000, 100), RateTotal(8, 555 + 44, 555, 44)]


def test_an_unknown_rate_is_refused() -> None:
    with pytest.raises(ValueError, match="5%"):
        totals_by_rate([TaxedAmount(100, 5)], prices_include_tax=True)
