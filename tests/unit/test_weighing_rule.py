"""The weight check: expected = units + box tare, tolerance max(floor, percent) or the
products' own tolerances; limits included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.weighing import (
    ScaleError,
    ToleranceRule,
    UnitWeight,
    WeightVerdict,
    check,
    expect,
    to_grams,
)

DEFAULT = ToleranceRule()  # max(20 g, 5 %)


def test_the_issue_example_1230_g_gives_62_g() -> None:
    e = expect([UnitWeight("TEE", 2, 400), UnitWeight("CAP", 1, 230)], 200, DEFAULT)
    assert (e.expected_g, e.tolerance_g) == (1230, 62)  # 5 % of 1230 = 61.5, rounded up
    assert check(e, 980).verdict is WeightVerdict.TOO_LIGHT
    assert check(e, 1168).verdict is WeightVerdict.OK  # 1230 - 62: the limit is inside
    assert check(e, 1167).verdict is WeightVerdict.TOO_LIGHT
    assert check(e, 1292).verdict is WeightVerdict.OK
    assert check(e, 1293).verdict is WeightVerdict.TOO_HEAVY
    assert check(e, 980).difference_g == -250


def test_small_parcels_get_the_floor() -> None:
    e = expect([UnitWeight("PEN", 1, 15)], 20, DEFAULT)
    assert (e.expected_g, e.tolerance_g) == (35, 20)


def test_a_products_own_tolerance_replaces_the_percentage_for_its_units() -> None:
    # Rice varies by ±30 g a bag: 3 bags → 90 g, plus 5 % of the 300 g box = 15 g.
    e = expect([UnitWeight("RICE-2KG", 3, 2000, tolerance_g=30)], 300, DEFAULT)
    assert (e.expected_g, e.tolerance_g) == (6300, 105)
    mixed = expect([UnitWeight("RICE-2KG", 1, 2000, tolerance_g=30),
                    UnitWeight("TEE", 1, 400)], 0, DEFAULT)
    assert mixed.tolerance_g == 30 + 20


def test_the_admin_percentage_and_floor_apply() -> None:
    e = expect([UnitWeight("A", 1, 1000)], 0, ToleranceRule(percent=2, min_g=50))
    assert e.tolerance_g == 50
    e = expect([UnitWeight("A", 10, 1000)], 0, ToleranceRule(percent=2, min_g=50))
    assert e.tolerance_g == 200


units = st.lists(st.builds(UnitWeight, st.text("ABC", min_size=1, max_size=3),
                           st.integers(1, 20), st.integers(0, 5000),
                           st.none() | st.integers(0, 200)), max_size=6)
rules = st.builds(ToleranceRule, st.integers(0, 50), st.integers(0, 500))


@given(units, st.integers(0, 2000), rules)
def test_expected_is_the_sum_and_tolerance_at_least_floor_and_percent(us, tare, rule) -> None:
    e = expect(us, tare, rule)
    assert e.expected_g == tare + sum(u.qty * u.weight_g for u in us)
    assert e.tolerance_g >= rule.min_g
    if all(u.tolerance_g is None for u in us):
        assert e.tolerance_g * 100 >= rule.percent * e.expected_g
        assert e.tolerance_g == max(rule.min_g, -(-rule.percent * e.expected_g // 100))


@given(units, st.integers(0, 2000), rules, st.integers(-100, 200_000))
def test_verdict_agrees_with_the_band(us, tare, rule, measured) -> None:
    e = expect(us, tare, rule)
    c = check(e, measured)
    inside = e.expected_g - e.tolerance_g <= measured <= e.expected_g + e.tolerance_g
    assert c.ok == inside
    if not inside:
        assert (c.verdict is WeightVerdict.TOO_LIGHT) == (measured < e.expected_g)


def test_units_convert_to_whole_grams() -> None:
    assert to_grams("1234.5", "g") == 1235
    assert to_grams("1.2345", "kg") == 1235
    assert to_grams("2", "lb") == 907
    assert to_grams("16", "oz") == 454
    assert to_grams("-0.4", "g") == 0
    for bad in (("1,2", "g"), ("12", "furlong")):
        try:
            to_grams(*bad)
        except ScaleError as exc:
            assert exc.kind == "unit"
        else:
            raise AssertionError(f"{bad} should be refused")
