"""Barcode parsing: what a keyboard-wedge scanner sends, check digits, GS1, tracking numbers."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import ean

from packstation.domain.barcodes import (
    GS,
    BadCharacter,
    BadDate,
    BarcodeError,
    CodeKind,
    FieldTooLong,
    FieldTooShort,
    MalformedElementString,
    NotNumeric,
    UnknownAI,
    gs1_date,
    gtin_check_digit,
    gtin_variants,
    is_valid_gtin,
    normalize,
    normalize_tracking,
    parse_gs1,
    parse_scan,
    tracking_check_ok,
    yamato_check_ok,
)

JAN = "4912345678904"
GTIN14 = "04912345678904"

# --- normalising ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("４９１２３４５６７８９０４", JAN),  # IME left on: full-width digits
        (f"  {JAN}\r\n", JAN),  # Enter suffix
        (f"{JAN}\t", JAN),  # Tab suffix
        (f"]E0{JAN}", JAN),  # AIM identifier for EAN-13
        (f"］Ｅ０{JAN}", JAN),  # AIM identifier typed through the IME
        ("]C1R-1001", "R-1001"),
        ("]Xx", ""),
        ("]", "]"),  # too short to be an AIM identifier
        ("]*ABC", "]*ABC"),  # not an AIM identifier: kept
        ("Ｒ－１００１", "R-1001"),
    ],
)
def test_normalize_makes_scanner_text_canonical(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_maps_only_the_configured_gs_substitute() -> None:
    assert normalize("10A^21B", gs_substitute="^") == f"10A{GS}21B"
    assert normalize("10A<GS>21B") == "10A<GS>21B"  # no substitute configured: left alone
    assert normalize("10A~21B~", gs_substitute="~") == f"10A{GS}21B"  # trailing FNC1 dropped


# --- GTIN -----------------------------------------------------------------------------------


def test_check_digit_of_known_codes() -> None:
    assert gtin_check_digit("491234567890") == 4
    assert gtin_check_digit("1491234567890") == 1
    assert gtin_check_digit("4912345") == 6  # EAN-8 49123456


def test_ean13_valid_and_invalid() -> None:
    assert is_valid_gtin(JAN)
    assert not is_valid_gtin("4912345678905")
    assert not is_valid_gtin("491234567890")  # right digits, wrong length for its check
    assert not is_valid_gtin("４９１２３４５６７８９０４")  # callers normalise first


def test_check_digit_body_must_be_digits() -> None:
    with pytest.raises(NotNumeric):
        gtin_check_digit("49123A")
    with pytest.raises(NotNumeric):
        gtin_check_digit("")


def test_scan_of_plain_jan() -> None:
    good = parse_scan(f"]E0{JAN}\r\n")
    assert (good.kind, good.gtin, good.check_digit_ok, good.problem) == (
        CodeKind.GTIN, JAN, True, ""
    )
    bad = parse_scan("4912345678905")
    assert (bad.kind, bad.check_digit_ok) == (CodeKind.GTIN, False)
    assert bad.problem == "wrong check digit"


def test_scan_of_full_width_jan_keeps_the_raw_text() -> None:
    scan = parse_scan("４９１２３４５６７８９０４")
    assert scan.raw == "４９１２３４５６７８９０４"
    assert scan.text == JAN
    assert scan.check_digit_ok


def test_case_code_itf14_is_a_gtin() -> None:
    scan = parse_scan("]I114912345678901")
    assert (scan.kind, scan.gtin, scan.check_digit_ok) == (CodeKind.GTIN, "14912345678901", True)


def test_upc_a_and_ean13_are_the_same_item() -> None:
    assert gtin_variants("012345678905") == ("012345678905", "00012345678905", "0012345678905")
    assert "012345678905" in gtin_variants("0012345678905")
    assert JAN in gtin_variants(GTIN14)  # a GS1 DataMatrix finds the JAN the admin entered
    assert gtin_variants("14912345678901") == ("14912345678901",)  # indicator 1: a case
    assert "49123457" in gtin_variants("00000049123457")  # EAN-8 in 14 digits
    assert gtin_variants("R-1001") == ("R-1001",)
    assert gtin_variants("") == ()


# --- GS1 ------------------------------------------------------------------------------------


def test_gs1_128_with_gs_between_variable_fields() -> None:
    raw = f"]C101{GTIN14}10LOT-7{GS}17261231" f"21SN0042{GS}3012\r"
    scan = parse_scan(raw)
    assert scan.kind is CodeKind.GS1
    assert (scan.gtin, scan.lot, scan.serial, scan.count) == (GTIN14, "LOT-7", "SN0042", 12)
    assert scan.expiry == datetime.date(2026, 12, 31)
    assert scan.check_digit_ok


def test_gs1_with_configured_gs_substitute() -> None:
    scan = parse_scan(f"]d201{GTIN14}10LOT1@21S1", gs_substitute="@")
    assert (scan.kind, scan.lot, scan.serial) == (CodeKind.GS1, "LOT1", "S1")


def test_gs1_without_symbology_flag_needs_ai_01() -> None:
    assert parse_scan(f"01{GTIN14}10L1").kind is CodeKind.GS1
    order = parse_scan("1000234")  # starts like AI 10, but it is an order number
    assert (order.kind, order.problem) == (CodeKind.OTHER, "")


def test_parentheses_form() -> None:
    assert parse_gs1(f"(01){GTIN14}(17)261231(10)LOT1") == {
        "01": GTIN14, "17": "261231", "10": "LOT1"
    }
    spaced = parse_scan(f"(01) {GTIN14} (10) LOT1")
    assert (spaced.kind, spaced.gtin, spaced.lot) == (CodeKind.GS1, GTIN14, "LOT1")


def test_expiry_day_00_is_the_last_day_of_the_month() -> None:
    assert gs1_date("260200") == datetime.date(2026, 2, 28)
    assert gs1_date("280200") == datetime.date(2028, 2, 29)
    assert parse_scan(f"01{GTIN14}17261100").expiry == datetime.date(2026, 11, 30)


@pytest.mark.parametrize("bad", ["261301", "260230", "26023X", "2602"])
def test_bad_dates(bad: str) -> None:
    with pytest.raises(BadDate):
        gs1_date(bad)


@pytest.mark.parametrize(
    ("text", "error", "ai"),
    [
        (f"01{GTIN14}99ABC", UnknownAI, "99"),
        ("0104912345", FieldTooShort, "01"),
        (f"01{GTIN14}10{'L' * 21}", FieldTooLong, "10"),
        (f"01{GTIN14}10{GS}21X", FieldTooShort, "10"),  # empty lot
        (f"01{GTIN14}30ABC", NotNumeric, "30"),
        (f"01{GTIN14}17261331", BadDate, None),
        (f"01{GTIN14}10LOT#1", BadCharacter, "10"),
        (f"01{GTIN14}10A{GS}10B", MalformedElementString, "10"),  # contradicting lots
        ("", MalformedElementString, None),
        ("LOT(10)A", UnknownAI, "LO"),
        ("(99)X", UnknownAI, "99"),
        ("(01)123", FieldTooShort, "01"),
        (f"(01){GTIN14}9", FieldTooLong, "01"),
        ("(AB)X", MalformedElementString, None),
    ],
)
def test_malformed_gs1_raises_a_typed_error(
    text: str, error: type[BarcodeError], ai: str | None
) -> None:
    with pytest.raises(error) as caught:
        parse_gs1(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.params.get("ai") == ai


def test_same_ai_twice_with_the_same_value_is_accepted() -> None:
    assert parse_gs1(f"10A{GS}10A") == {"10": "A"}


def test_malformed_gs1_scan_is_other_with_a_problem() -> None:
    scan = parse_scan(f"]C101{GTIN14}99ABC")
    assert (scan.kind, scan.check_digit_ok) == (CodeKind.OTHER, True)
    assert scan.problem == "unknown AI 99"


def test_gs1_with_wrong_gtin_check_digit() -> None:
    scan = parse_scan("]C10104912345678905")
    assert (scan.kind, scan.check_digit_ok) == (CodeKind.GS1, False)
    assert scan.problem == "wrong check digit in AI 01"


def test_sscc_label_is_gs1_without_a_gtin() -> None:
    sscc = "349123450000000017"
    sscc = sscc[:-1] + str(gtin_check_digit(sscc[:-1]))
    scan = parse_scan(f"]C100{sscc}")
    assert (scan.kind, scan.gtin, scan.check_digit_ok) == (CodeKind.GS1, "", True)


@pytest.mark.parametrize("raw", ["R-1001", "BADGE:0007", "https://example.jp/o/1", "12345"])
def test_in_house_codes_are_other(raw: str) -> None:
    scan = parse_scan(raw)
    assert (scan.kind, scan.text, scan.gtin, scan.check_digit_ok) == (CodeKind.OTHER, raw, "", True)


# --- tracking numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A123456789013A", "123456789013"),
        ("d1234-5678-9013b", "123456789013"),
        ("Ａ１２３４ー５６７８ー９０１３Ｃ", "123456789013"),
        ("]F0B123456789013D\r\n", "123456789013"),
        ("1234 5678 9013", "123456789013"),
        ("CA123456789JP", "CA123456789JP"),  # international number: its letters are data
        ("ABC", "ABC"),  # a letter inside: not NW-7 guards
    ],
)
def test_normalize_tracking(raw: str, expected: str) -> None:
    assert normalize_tracking(raw) == expected


def test_yamato_check_digit() -> None:
    assert yamato_check_ok("123456789013")  # 12345678901 mod 7 = 3
    assert yamato_check_ok("A1234-5678-9013A")
    assert not yamato_check_ok("123456789014")
    assert not yamato_check_ok("12345678901")
    assert not yamato_check_ok("12345678901X")


@pytest.mark.parametrize(
    ("carrier", "tracking", "ok"),
    [
        ("yamato", "123456789013", True),
        ("Yamato", "123456789012", False),
        ("sagawa", "123456789013", True),
        ("sagawa", "123456789010", False),
        ("japanpost", "123456789013", True),
        ("japanpost", "123456789012", False),
        ("japanpost", "12345678901", True),
        ("japanpost", "1234567890123", True),
        ("japanpost", "1234567890", False),
        ("japanpost", "1234567890AB", False),
        ("seino", "ABC-123", True),
        ("seino", " - ", False),
    ],
)
def test_tracking_check_by_carrier(carrier: str, tracking: str, ok: bool) -> None:
    assert tracking_check_ok(carrier, tracking) is ok


# --- properties -----------------------------------------------------------------------------

_ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)  # surrogates included
_SCANNERISH = st.text(
    st.sampled_from([*"0123456789０１２３４５６７８９]()ABCDEQdCe<>^~# -", GS, "\r", "\n", "\t"]),
    max_size=60,
)


@given(st.one_of(_ANY_TEXT, _SCANNERISH), st.sampled_from(["", "^", "~", "<GS>", "0"]))
def test_normalize_and_parse_scan_never_raise(raw: str, substitute: str) -> None:
    text = normalize(raw, substitute)
    scan = parse_scan(raw, substitute)
    assert scan.text == text
    assert scan.raw == raw
    if scan.kind is CodeKind.OTHER:
        assert scan.check_digit_ok


@given(st.one_of(_ANY_TEXT, _SCANNERISH))
def test_parse_gs1_raises_only_barcode_errors(text: str) -> None:
    try:
        fields = parse_gs1(text)
    except BarcodeError:
        return
    assert fields  # an accepted element string has at least one field


# stdnum strips spaces and hyphens before checking; keep them out so both see the same text.
_GTIN_LIKE = st.one_of(
    st.text(st.sampled_from("0123456789"), min_size=7, max_size=15),
    st.text(st.sampled_from("0123456789a.x"), max_size=15),
)


@given(_GTIN_LIKE)
def test_is_valid_gtin_agrees_with_stdnum(code: str) -> None:
    assert is_valid_gtin(code) == ean.is_valid(code)


@given(st.text(st.sampled_from("0123456789０１２３４５６７８９"), min_size=7, max_size=15))
def test_normalised_full_width_digits_agree_with_stdnum(code: str) -> None:
    # stdnum folds full-width digits itself; the station folds them in normalize().
    assert is_valid_gtin(normalize(code)) == ean.is_valid(code)


@given(st.sampled_from([7, 11, 12, 13]).flatmap(
    lambda n: st.text(st.sampled_from("0123456789"), min_size=n, max_size=n)
))
def test_only_the_computed_check_digit_is_accepted(body: str) -> None:
    check = gtin_check_digit(body)
    for digit in range(10):
        assert is_valid_gtin(f"{body}{digit}") is (digit == check)


def _digits(n_min: int, n_max: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from("0123456789"), min_size=n_min, max_size=n_max)


_CSET82_NO_PARENS = (
    "!\"%&'*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)
_DATES = st.dates(datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)).map(
    lambda d: d.strftime("%y%m%d")
)
_AI_VALUES: dict[str, st.SearchStrategy[str]] = {
    "00": _digits(18, 18),
    "01": _digits(14, 14),
    "02": _digits(14, 14),
    "10": st.text(st.sampled_from(_CSET82_NO_PARENS), min_size=1, max_size=20),
    "11": _DATES,
    "17": st.one_of(_DATES, _DATES.map(lambda d: d[:4] + "00")),
    "21": st.text(st.sampled_from(_CSET82_NO_PARENS), min_size=1, max_size=20),
    "30": _digits(1, 8),
    "37": _digits(1, 8),
}
_FIXED = {"00", "01", "02", "11", "17"}


@st.composite
def _element_fields(draw: st.DrawFn) -> dict[str, str]:
    ais = draw(st.lists(st.sampled_from(sorted(_AI_VALUES)), min_size=1, max_size=6, unique=True))
    return {ai: draw(_AI_VALUES[ai]) for ai in ais}


def _raw_form(fields: dict[str, str]) -> str:
    parts = [f"{ai}{value}{'' if ai in _FIXED else GS}" for ai, value in fields.items()]
    return "".join(parts)


@given(_element_fields())
def test_gs1_round_trips_raw_and_parentheses_form(fields: dict[str, str]) -> None:
    assert parse_gs1(_raw_form(fields).rstrip(GS)) == fields
    assert parse_gs1("".join(f"({ai}){value}" for ai, value in fields.items())) == fields


@given(_element_fields(), _digits(13, 13))
def test_gs1_scan_reports_its_fields(fields: dict[str, str], body: str) -> None:
    gtin = body + str(gtin_check_digit(body))
    fields = {"01": gtin, **{k: v for k, v in fields.items() if k not in ("00", "01", "02")}}
    scan = parse_scan(f"]C1{_raw_form(fields).replace(GS, '^')}\r\n", gs_substitute="^")
    assert (scan.kind, scan.gtin, scan.check_digit_ok) == (CodeKind.GS1, gtin, True)
    assert (scan.lot, scan.serial) == (fields.get("10", ""), fields.get("21", ""))
    assert scan.count == (int(fields["30"]) if "30" in fields else None)
    assert scan.expiry == (gs1_date(fields["17"]) if "17" in fields else None)
