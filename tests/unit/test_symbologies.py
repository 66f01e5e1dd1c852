"""Our Code 128 and NW-7 bar patterns (domain/symbologies.py), checked against reportlab's
independent encoders; the integration tests also decode the printed bars with zbar."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.graphics.barcode import code128 as rl_code128
from reportlab.graphics.barcode import common as rl_common

from packstation.domain.symbologies import bars, codabar, code128

_WIDTH = {c: i + 1 for i, c in enumerate("ABCD")} | {c: i + 1 for i, c in enumerate("abcd")}


def _reportlab_code128(data: str) -> list[int]:
    symbol = rl_code128.Code128(data, quiet=0)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    return [_WIDTH[c] for c in symbol.decomposed]


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1,
               max_size=20).filter(lambda s: not any(c.isdigit() for c in s)))
def test_code128_set_b_matches_reportlab(data: str) -> None:
    # without digits reportlab stays in set B too, so the bars must be identical
    assert code128(data) == _reportlab_code128(data)


def test_code128_all_digits_use_set_c() -> None:
    widths = code128("12345678")
    assert widths == _reportlab_code128("12345678")
    assert sum(widths) == 11 * (1 + 4 + 1) + 13, "start, 4 digit pairs, check, stop"


def test_code128_mixed_text_every_symbol_is_11_modules() -> None:
    widths = code128("R-1001")
    assert sum(widths) == 11 * (1 + 6 + 1) + 13
    assert len(widths) == 6 * 8 + 7 and widths[-7:] == [2, 3, 3, 1, 1, 1, 2]


@pytest.mark.parametrize("bad", ["", "注文1", "tab\there"])
def test_code128_refuses_what_set_b_cannot_hold(bad: str) -> None:
    with pytest.raises(ValueError):
        code128(bad)


def test_codabar_matches_reportlab() -> None:
    symbol = rl_common.Codabar("A123456789013A", quiet=0, ratio=3)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    ref = [3 if c in "BS" else 1 for c in symbol.decomposed]  # b/s narrow, B/S wide, i gap
    assert codabar("A123456789013A") == ref


@pytest.mark.parametrize("bad", ["123", "A12X4A", "AB", "1234A"])
def test_codabar_needs_guards_and_its_own_characters(bad: str) -> None:
    with pytest.raises(ValueError):
        codabar(bad)


def test_bars_are_every_other_element() -> None:
    assert bars([2, 1, 1, 3, 2]) == [(0, 2), (3, 1), (7, 2)]
