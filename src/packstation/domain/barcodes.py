"""Barcode text as a packing station receives it: normalise, check digits, GS1 element strings.

A hand scanner is a keyboard: what reaches the scan field is rarely the clean symbol text. The
IME may have turned digits full-width, an AIM symbology identifier may lead, the suffix (Enter
or Tab) may still be attached and GS (FNC1) may arrive as some other configured character. The
order here is always: normalise, then classify, then validate check digits, and only then may a
service look anything up. Nothing in this module does I/O or reads the clock.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import re
import unicodedata
from dataclasses import dataclass

from packstation.domain.errors import PackstationError

GS = "\x1d"  # FNC1 as a scanner transmits it: ends a variable-length GS1 field

_GTIN_LENGTHS = frozenset({8, 12, 13, 14})
# ']' + symbology letter + modifier. Modifier is alphanumeric in the AIM spec; being strict
# keeps an in-house code that merely starts with ']' intact.
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
# Symbology identifiers that promise a GS1 element string: GS1-128, GS1 DataMatrix, GS1 QR,
# GS1 DataBar, GS1 DotCode.
_GS1_AIMS = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})
# GS1 character set 82: what AI 10/21 etc. may contain (no space, no GS, no '#', '@', ...).
_CSET82 = frozenset(
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)


# --- errors ---------------------------------------------------------------------------------


class BarcodeError(PackstationError, ValueError):
    """A GS1 element string that cannot be read. ``params['ai']`` names the field if known."""


class UnknownAI(BarcodeError):
    pass


class FieldTooShort(BarcodeError):
    """A fixed-length field is cut short, or a variable-length field is empty."""


class FieldTooLong(BarcodeError):
    pass


class NotNumeric(BarcodeError):
    pass


class BadCharacter(BarcodeError):
    """A character outside GS1 character set 82 in an alphanumeric field."""


class BadDate(BarcodeError):
    pass


class MalformedElementString(BarcodeError):
    """Empty text, a broken '(AI)' form or one AI given twice with different values."""


# --- normalising ----------------------------------------------------------------------------


def _is_digits(text: str) -> bool:
    # str.isdigit() alone accepts '²' and Arabic-Indic digits, which int() then mishandles.
    return text.isascii() and text.isdigit()


def _split_scan(raw: str, gs_substitute: str) -> tuple[str, str]:
    """(AIM identifier or "", canonical text). The AIM is kept apart: it says whether GS1."""
    # NFKC first: a full-width '］Ｃ１' must be recognised as the AIM prefix too.
    text = unicodedata.normalize("NFKC", raw).strip()
    aim = ""
    if _AIM.match(text):
        aim, text = text[:3], text[3:]
    if gs_substitute:
        substitute = unicodedata.normalize("NFKC", gs_substitute)
        text = text.replace(substitute, GS)
    # str.strip() also removes GS at either end: a leading or trailing FNC1 carries no data.
    return aim, text.strip()


def normalize(raw: str, gs_substitute: str = "") -> str:
    """What the scanner meant: NFKC, no surrounding whitespace or suffix, no AIM identifier,
    the configured GS substitute turned back into GS. Never raises."""
    return _split_scan(raw, gs_substitute)[1]


# --- GTIN check digits ----------------------------------------------------------------------


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10 check digit of ``body`` (the code without its last digit): weights 3,1,3,...
    from the right, so one rule serves GTIN-8/12/13/14 and SSCC."""
    if not _is_digits(body):
        raise NotNumeric("barcode.body_not_digits", value=body)
    # Slices instead of a per-digit loop: this runs on every scan and in every fuzz round.
    total = 3 * sum(map(int, body[::-2])) + sum(map(int, body[-2::-2]))
    return -total % 10


def is_valid_gtin(code: str) -> bool:
    """True for an all-digit GTIN-8, -12, -13 or -14 whose last digit is its check digit."""
    if len(code) not in _GTIN_LENGTHS or not _is_digits(code):
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def gtin_variants(gtin: str) -> tuple[str, ...]:
    """The same item number in every width an admin may have registered it in.

    GTINs are right-aligned in 14 digits, so leading zeros may be added or dropped: UPC-A
    012345678905 = EAN-13 0012345678905 = GTIN-14 00012345678905. The given form comes first.
    """
    if len(gtin) not in _GTIN_LENGTHS or not _is_digits(gtin):
        return (gtin,) if gtin else ()
    full = gtin.zfill(14)
    forms = [gtin, full]
    for width in (13, 12, 8):
        if full[: 14 - width].count("0") == 14 - width:
            forms.append(full[14 - width :])
    return tuple(dict.fromkeys(forms))  # de-duplicated, order kept


# --- GS1 element strings --------------------------------------------------------------------


@dataclass(frozen=True)
class _AISpec:
    length: int  # exact length when fixed, otherwise the maximum
    fixed: bool
    numeric: bool
    date: bool = False


_DATE = _AISpec(6, fixed=True, numeric=True, date=True)
# The AIs a Japanese warehouse meets on inbound goods. The first two digits of an AI decide its
# length in GS1, so no 3- or 4-digit AI below starts with a 2-digit AI listed here.
_AIS: dict[str, _AISpec] = {
    "00": _AISpec(18, fixed=True, numeric=True),  # SSCC (logistic unit)
    "01": _AISpec(14, fixed=True, numeric=True),  # GTIN
    "02": _AISpec(14, fixed=True, numeric=True),  # GTIN of contained items
    "10": _AISpec(20, fixed=False, numeric=False),  # lot
    "11": _DATE,  # production date
    "12": _DATE,  # due date
    "13": _DATE,  # packaging date
    "15": _DATE,  # best before
    "16": _DATE,  # sell by
    "17": _DATE,  # expiry
    "20": _AISpec(2, fixed=True, numeric=True),  # variant
    "21": _AISpec(20, fixed=False, numeric=False),  # serial
    "22": _AISpec(20, fixed=False, numeric=False),  # consumer product variant
    "30": _AISpec(8, fixed=False, numeric=True),  # count of items
    "37": _AISpec(8, fixed=False, numeric=True),  # count of trade items in a logistic unit
    "240": _AISpec(30, fixed=False, numeric=False),  # additional product id
    "241": _AISpec(30, fixed=False, numeric=False),  # customer part number
    "250": _AISpec(30, fixed=False, numeric=False),  # secondary serial
    "400": _AISpec(30, fixed=False, numeric=False),  # customer's purchase order
    **{f"310{n}": _AISpec(6, fixed=True, numeric=True) for n in range(6)},  # net kg, n decimals
}
_HRI_AI = re.compile(r"\(([0-9]{2,4})\)")  # '(01)' in the human-readable form


def gs1_date(yymmdd: str) -> datetime.date:
    """A GS1 date field. DD=00 means the last day of the month (GS1 General Specifications).

    Years are read as 2000-2099: goods scanned at a packing bench are not dated in the 1900s,
    and this keeps the domain free of the clock that GS1's sliding century window would need.
    """
    if len(yymmdd) != 6 or not _is_digits(yymmdd):
        raise BadDate("barcode.date_not_yymmdd", value=yymmdd)
    year, month, day = 2000 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if not 1 <= month <= 12:
        raise BadDate("barcode.date_bad_month", value=yymmdd, month=f"{month:02d}")
    last = calendar.monthrange(year, month)[1]
    if day > last:
        raise BadDate("barcode.date_bad_day", value=yymmdd, day=f"{day:02d}")
    return datetime.date(year, month, day or last)


def _check_value(ai: str, value: str) -> None:
    spec = _AIS[ai]
    if spec.numeric and not _is_digits(value):
        raise NotNumeric("barcode.ai_not_digits", ai=ai, value=value)
    if not spec.numeric and not set(value) <= _CSET82:
        raise BadCharacter("barcode.ai_bad_character", ai=ai, value=value)
    if spec.date:
        gs1_date(value)


def _check_length(ai: str, value: str) -> None:
    spec = _AIS[ai]
    if len(value) > spec.length:
        raise FieldTooLong("barcode.ai_too_long", ai=ai, value=value, length=spec.length)
    if not value or (spec.fixed and len(value) < spec.length):
        raise FieldTooShort("barcode.ai_too_short", ai=ai, value=value,
                            length=spec.length)


def _store(fields: dict[str, str], ai: str, value: str) -> None:
    _check_length(ai, value)
    _check_value(ai, value)
    if fields.setdefault(ai, value) != value:
        raise MalformedElementString("barcode.ai_twice", ai=ai)


def _ai_at(text: str, pos: int) -> str:
    for width in (2, 3, 4):
        if text[pos : pos + width] in _AIS:
            return text[pos : pos + width]
    shown = text[pos : pos + 2]
    raise UnknownAI("barcode.unknown_ai", ai=shown)


def _parse_raw(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        if text[pos] == GS:  # some printers put FNC1 after fixed fields too: harmless
            pos += 1
            continue
        ai = _ai_at(text, pos)
        pos += len(ai)
        spec = _AIS[ai]
        if spec.fixed:
            end = next_pos = min(pos + spec.length, len(text))
        else:  # a variable field runs to the next GS or the end of the text
            end = text.find(GS, pos)
            end = len(text) if end < 0 else end
            next_pos = end + 1
        _store(fields, ai, text[pos:end])
        pos = next_pos
    return fields


def _parse_hri(text: str) -> dict[str, str]:
    marks = list(_HRI_AI.finditer(text))
    if not marks or marks[0].start() != 0:
        raise MalformedElementString("barcode.text_before_ai")
    fields: dict[str, str] = {}
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        ai = mark.group(1)
        if ai not in _AIS:
            raise UnknownAI("barcode.unknown_ai", ai=ai)
        end = following.start() if following else len(text)
        # Printed labels often space the fields out; CSET 82 has no space, so none is data.
        _store(fields, ai, text[mark.end() : end].strip())
    return fields


def parse_gs1(text: str) -> dict[str, str]:
    """AI -> value of a normalised GS1 element string, raw ('0104912345678904' GS '10LOT1')
    or human-readable ('(01)04912345678904(10)LOT1'). Dates stay YYMMDD but are validated.

    Raises only BarcodeError subclasses. A scanner that drops GS glues the next field onto a
    variable one ('10LOT117261231' is lot 'LOT117261231'); no parser can tell that apart.
    """
    fields = _parse_hri(text) if text.startswith("(") else _parse_raw(text)
    if not fields:  # '' or nothing but GS
        raise MalformedElementString("barcode.empty")
    return fields


# --- one scan -------------------------------------------------------------------------------


class CodeKind(enum.Enum):
    GTIN = "gtin"  # plain EAN/JAN/UPC/ITF-14 digits
    GS1 = "gs1"  # GS1 element string (GS1-128, GS1 DataMatrix, GS1 QR)
    OTHER = "other"  # order numbers, badges, bin labels, tracking numbers


@dataclass(frozen=True)
class ScannedCode:
    raw: str  # exactly as received, for the audit trail
    text: str  # normalised
    kind: CodeKind
    gtin: str = ""  # the item number to look up (see gtin_variants); "" when none
    lot: str = ""
    expiry: datetime.date | None = None
    serial: str = ""
    count: int | None = None  # AI 30
    check_digit_ok: bool = True
    problem: str = ""  # why the check failed or why a GS1-looking text is not GS1
    ais: tuple[tuple[str, str], ...] = ()  # every GS1 field, in scan order


def _gtin_scan(raw: str, text: str) -> ScannedCode:
    ok = is_valid_gtin(text)
    problem = "" if ok else "wrong check digit"
    return ScannedCode(raw, text, CodeKind.GTIN, gtin=text, check_digit_ok=ok, problem=problem)


def _gs1_scan(raw: str, text: str, fields: dict[str, str]) -> ScannedCode:
    # Every GS1 key with a mod-10 check digit is checked, not only the GTIN.
    bad = [ai for ai in ("00", "01", "02") if ai in fields and not _key_ok(fields[ai])]
    return ScannedCode(
        raw,
        text,
        CodeKind.GS1,
        gtin=fields.get("01", ""),
        lot=fields.get("10", ""),
        expiry=gs1_date(fields["17"]) if "17" in fields else None,
        serial=fields.get("21", ""),
        count=int(fields["30"]) if "30" in fields else None,
        check_digit_ok=not bad,
        problem=f"wrong check digit in AI {bad[0]}" if bad else "",
        ais=tuple(fields.items()),
    )


def _key_ok(key: str) -> bool:
    return gtin_check_digit(key[:-1]) == int(key[-1])


def _claims_gs1(aim: str, text: str) -> bool:
    """Did the scan say it is GS1, so that failing to parse it is worth reporting?"""
    return aim in _GS1_AIMS or GS in text or text.startswith("(")


def parse_scan(raw: str, gs_substitute: str = "") -> ScannedCode:
    """Classify one scan. Never raises: a malformed GS1 string becomes OTHER with ``problem``."""
    aim, text = _split_scan(raw, gs_substitute)
    plain_gtin = len(text) in _GTIN_LENGTHS and _is_digits(text)
    try:
        if _claims_gs1(aim, text) or (not plain_gtin and text[:2] in _AIS):
            fields = parse_gs1(text)
            # Without a GS1 symbology flag only a GTIN makes it GS1: '1000234' is an order.
            if "01" in fields or _claims_gs1(aim, text):
                return _gs1_scan(raw, text, fields)
    except BarcodeError as exc:
        if not plain_gtin:
            claimed = _claims_gs1(aim, text) or _starts_with_gtin(text)
            return ScannedCode(raw, text, CodeKind.OTHER, problem=str(exc) if claimed else "")
    if plain_gtin:
        return _gtin_scan(raw, text)
    return ScannedCode(raw, text, CodeKind.OTHER)


def _starts_with_gtin(text: str) -> bool:
    # '01' + 14 digits and more: surely meant as GS1, even without a symbology flag.
    return text.startswith("01") and len(text) > 16 and _is_digits(text[2:16])


# --- carrier tracking numbers ---------------------------------------------------------------

_CODABAR_GUARDS = frozenset("ABCDabcd")
_CODABAR_DATA = frozenset("0123456789-$:/.+")
_DASHES = frozenset("-‐‑‒–—―−ー")  # what IME and layouts make of a hyphen


def normalize_tracking(raw: str) -> str:
    """Tracking number as the carrier lists it: no NW-7 start/stop letters, hyphens, spaces."""
    text = normalize(raw)
    if _has_codabar_guards(text):
        text = text[1:-1]
    return "".join(ch for ch in text if ch not in _DASHES and not ch.isspace())


def _has_codabar_guards(text: str) -> bool:
    # NW-7 encodes only digits and -$:/.+ between its guards, so a text with letters inside
    # (an international 'CA123456789JP') keeps its letters.
    if len(text) < 2 or text[0] not in _CODABAR_GUARDS or text[-1] not in _CODABAR_GUARDS:
        return False
    return all(ch in _CODABAR_DATA or ch in _DASHES or ch.isspace() for ch in text[1:-1])


def _mod7_ok(digits: str) -> bool:
    return len(digits) == 12 and _is_digits(digits) and int(digits[:11]) % 7 == int(digits[11])


def yamato_check_ok(tracking: str) -> bool:
    """Yamato: 12 digits, the last = the first 11 read as one number, mod 7."""
    return _mod7_ok(normalize_tracking(tracking))


def tracking_check_ok(carrier: str, tracking: str) -> bool:
    """Check digit of a tracking number for carrier 'yamato', 'sagawa' or 'japanpost'.

    Sagawa uses Yamato's rule. Japan Post (assumption, not from a carrier spec): its 12-digit
    domestic numbers (ゆうパック, ゆうパケット) carry the same mod-7 digit; 11- and 13-digit
    numbers exist for other services whose rule we do not know, so they are accepted if all
    digits. An unknown carrier accepts any non-empty number.
    """
    number = normalize_tracking(tracking)
    key = carrier.strip().lower()
    if key in ("yamato", "sagawa"):
        return _mod7_ok(number)
    if key == "japanpost" and len(number) == 12:
        return _mod7_ok(number)
    if key == "japanpost":
        return len(number) in (11, 13) and _is_digits(number)
    return bool(number)
