"""Property tests of the verdict rules (domain/verdicts.py): whatever a packer scans, in any
order, a line never gets more than it needs, every refusal changes nothing, and an order is
complete exactly when every line is satisfied."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.barcodes import CodeKind, ScannedCode
from packstation.domain.verdicts import (
    LineState,
    ProductMatch,
    Verdict,
    is_complete,
    judge_item,
    units_of,
)

TODAY = date(2025, 3, 3)
SKUS = ["TEE-RED-S", "TEE-RED-M", "TEE-RED-L", "MUG-WHT", "MUG-BLK", "PEN-BLK"]

orders = st.lists(st.tuples(st.sampled_from(SKUS), st.integers(1, 30)), min_size=1, max_size=5,
                  unique_by=lambda t: t[0])


@st.composite
def scans(draw: st.DrawFn) -> tuple[ScannedCode, ProductMatch | None]:
    """A scan as the service hands it to the rules: a code and what it matched, if anything."""
    ok_digit = draw(st.booleans() | st.just(True))
    count = draw(st.none() | st.integers(1, 5))  # GS1 AI 30
    expiry = draw(st.none() | st.dates(TODAY - timedelta(days=3), TODAY + timedelta(days=3)))
    code = ScannedCode("raw", "text", CodeKind.GTIN, gtin="0", count=count, expiry=expiry,
                       check_digit_ok=ok_digit)
    sku = draw(st.sampled_from([*SKUS, None]))
    units = draw(st.sampled_from([1, 1, 1, 6, 12]))  # unit codes mostly, case codes sometimes
    return code, None if sku is None else ProductMatch(sku, units)


def _lines(order: list[tuple[str, int]]) -> list[LineState]:
    return [LineState(i, sku, qty, 0) for i, (sku, qty) in enumerate(order, 1)]


def _apply(lines: list[LineState], line_no: int | None, units: int) -> list[LineState]:
    return [replace(ln, scanned_qty=ln.scanned_qty + units) if ln.line_no == line_no else ln
            for ln in lines]


@given(orders, st.lists(scans(), max_size=60))
def test_any_scan_sequence_never_overfills_and_refusals_change_nothing(order, sequence) -> None:
    lines = _lines(order)
    accepted = 0
    for code, match in sequence:
        decision = judge_item(code, match, lines, TODAY)
        if decision.verdict is Verdict.OK:
            assert decision.units == units_of(code, match) > 0  # type: ignore[arg-type]
            lines = _apply(lines, decision.line_no, decision.units)
            accepted += decision.units
        else:
            assert decision.units == 0, "a refused scan adds nothing"
            assert decision.verdict.refused
        assert all(0 <= ln.scanned_qty <= ln.qty for ln in lines), "never more than required"
    assert accepted == sum(ln.scanned_qty for ln in lines), "OK units are exactly what is packed"


@given(orders, scans())
def test_each_refusal_has_its_reason_in_the_order_of_the_checks(order, scan) -> None:
    code, match = scan
    lines = _lines(order)
    verdict = judge_item(code, match, lines, TODAY).verdict
    on_order = {ln.sku: ln for ln in lines}
    if not code.check_digit_ok:
        assert verdict is Verdict.BAD_CHECK_DIGIT
    elif match is None:
        assert verdict is Verdict.UNKNOWN_CODE
    elif code.expiry is not None and code.expiry < TODAY:
        assert verdict is Verdict.EXPIRED
    elif match.sku not in on_order:
        assert verdict is Verdict.WRONG_ITEM
    elif units_of(code, match) > on_order[match.sku].remaining:
        assert verdict is Verdict.OVER_QUANTITY
    else:
        assert verdict is Verdict.OK


@given(orders, st.data())
def test_complete_exactly_when_every_line_is_satisfied(order, data) -> None:
    lines = _lines(order)
    for ln in lines:  # scan one unit at a time, in any order, up to some amount per line
        target = data.draw(st.integers(0, ln.qty), label=ln.sku)
        for _ in range(target):
            decision = judge_item(ScannedCode("r", "t", CodeKind.GTIN, gtin="0"),
                                  ProductMatch(ln.sku, 1), lines, TODAY)
            assert decision.verdict is Verdict.OK
            lines = _apply(lines, decision.line_no, 1)
    assert is_complete(lines) == all(ln.scanned_qty == ln.qty for ln in lines)
    if is_complete(lines):  # nothing more of anything fits
        for ln in lines:
            again = judge_item(ScannedCode("r", "t", CodeKind.GTIN, gtin="0"),
                               ProductMatch(ln.sku, 1), lines, TODAY)
            assert again.verdict is Verdict.OVER_QUANTITY
