"""インボイス制度 (qualified invoices): the registration number and consumption tax per rate.

A 適格請求書 must show, per tax rate, the total of the goods and the consumption tax on that
total, rounded once per rate (not per line). Shop prices in Japan are usually shown tax
included (総額表示); the shop setting says which way its prices are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from packstation.domain.messages import Msg

STANDARD_RATE = 10
REDUCED_RATE = 8  # 軽減税率: food and drink (not alcohol), newspapers
RATES = (STANDARD_RATE, REDUCED_RATE)


def corporate_check_digit(base12: str) -> int:
    """The leading check digit of a 13-digit 法人番号 (and of every registration number).

    9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the 12 digits,
    Qn = 1 for odd n, 2 for even n (国税庁, 法人番号の指定等に関する省令 第2条).
    """
    total = sum(int(d) * (2 if n % 2 == 0 else 1)
                for n, d in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def normalize_registration_no(raw: str) -> str:
    """'Ｔ１２３４…', 't-1234-…' → 'T1234…' (what the shop types is often full-width)."""
    text = unicodedata.normalize("NFKC", raw).strip().upper()
    return "".join(ch for ch in text if ch not in " -")


def registration_no_problem(raw: str) -> Msg | None:
    """Why a 適格請求書発行事業者登録番号 cannot be one (not T + 13 digits), or None."""
    number = normalize_registration_no(raw)
    if not number:
        return None
    if not number.startswith("T"):
        return Msg("invoice.no_t", number=number)
    digits = number[1:]
    if not (digits.isascii() and digits.isdigit() and len(digits) == 13):
        return Msg("invoice.not_13_digits", number=number)
    return None


def registration_no_warning(raw: str) -> Msg | None:
    """Why a well-formed number looks mistyped: its check digit is not the 法人番号's.

    Only a corporation's number is its 法人番号; a sole proprietor's (and a 人格のない社団's) is
    a number of its own whose check digit is not published, so a failing check is a warning to
    confirm (read it again from the 登録通知書), never a refusal."""
    number = normalize_registration_no(raw)
    if not number or registration_no_problem(number) is not None:
        return None
    digits = number[1:]
    if int(digits[0]) != corporate_check_digit(digits[1:]):
        return Msg("invoice.check_digit", number=number,
                   expected=corporate_check_digit(digits[1:]))
    return None


@dataclass(frozen=True)
class TaxedAmount:
    """One line's amount at one tax rate (yen, as priced by the shop)."""

    amount_yen: int
    rate_pct: int


@dataclass(frozen=True)
class RateTotal:
    """税率ごとの合計: goods total (tax included and excluded) and the tax, for one rate."""

    rate_pct: int
    total_incl_yen: int
    total_excl_yen: int
    tax_yen: int


def totals_by_rate(amounts: Iterable[TaxedAmount], prices_include_tax: bool) -> list[RateTotal]:
    """Per-rate totals, highest rate first; the tax is rounded down once per rate (切り捨て)."""
    sums: dict[int, int] = {}
    for a in amounts:
        if a.rate_pct not in RATES:
            raise ValueError(f"tax rate {a.rate_pct}% is not one of {RATES}")
        sums[a.rate_pct] = sums.get(a.rate_pct, 0) + a.amount_yen
    result = []
    for rate in sorted(sums, reverse=True):
        total = sums[rate]
        if prices_include_tax:
            tax = total * rate // (100 + rate)
            result.append(RateTotal(rate, total, total - tax, tax))
        else:
            tax = total * rate // 100
            result.append(RateTotal(rate, total + tax, total, tax))
    return result
