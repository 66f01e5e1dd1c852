"""CSV plumbing for the order and product imports: decoding, the field catalogue with the
header aliases Japanese shops use, header → column resolution, problem collection and the
parsers for single cells. Pure: no database, no clock.

A cell is only ever a string here. A cell starting with = + - @ (a spreadsheet formula) is
kept as text or refused by its parser; nothing is evaluated.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TypeVar

from packstation.domain import barcodes, picking, prefectures
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg
from packstation.domain.model import CoolType
from packstation.domain.time_slots import parse_slot

ORDERS = "orders"
PRODUCTS = "products"
GENERIC = "generic"  # the built-in layout's profile name
MAX_PROBLEMS = 1000  # a report longer than this helps nobody: count the rest instead
_ECHO = 40  # longest cell text quoted back in a problem
JST = timezone(timedelta(hours=9), "JST")  # shops' exports carry local time without a zone

T = TypeVar("T")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    personal: bool = False  # 個人情報: its value never appears in a problem or a log


def _f(name: str, *aliases: str, required: bool = False, personal: bool = False) -> FieldSpec:
    return FieldSpec(name, aliases, required, personal)


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    ORDERS: (
        _f("order_no", "注文番号", "受注番号", "order number", "お客様管理番号", required=True),
        _f("sku", "商品コード", "商品番号", "品番", required=True),
        _f("qty", "quantity", "数量", "個数", required=True),
        _f("unit_price_yen", "unit_price", "単価", "商品単価"),
        _f("tax_rate_pct", "tax_rate", "税率", "消費税率"),
        _f("ship_name", "お届け先氏名", "送付先名", "お届け先名", "送付先氏名", required=True,
           personal=True),
        _f("company", "会社名", "お届け先会社名", personal=True),
        _f("postal_code", "郵便番号", "お届け先郵便番号", "送付先郵便番号", required=True,
           personal=True),
        _f("prefecture", "都道府県", "お届け先都道府県", required=True),
        _f("address1", "住所1", "住所", "お届け先住所", required=True, personal=True),
        _f("address2", "住所2", "建物名", personal=True),
        _f("phone", "電話番号", "お届け先電話番号", personal=True),
        _f("delivery_date", "お届け日", "配達希望日", "お届け希望日"),
        _f("time_slot", "時間帯", "配達時間帯", "お届け時間帯"),
        _f("cod_yen", "代引金額", "代金引換額"), _f("cool", "クール区分"), _f("gift", "ギフト"),
        _f("notes", "備考", personal=True),  # free text: customers write names in it
        _f("channel", "販売チャネル", "モール"), _f("ordered_at", "注文日時"),
        _f("noshi", "のし", "熨斗", "のし表書き", "表書き"), _f("wrapping", "ラッピング", "包装"),
        _f("message_card", "メッセージカード", "メッセージ", personal=True),
        _f("enclosures", "同梱物", "同梱"),
        _f("customer_no", "顧客番号", "会員番号", "customer id", personal=True),
        _f("first_order", "初回", "初回購入", "初回注文"),
        _f("shipping_fee_yen", "送料", "配送料"), _f("cod_fee_yen", "代引手数料", "代引き手数料"),
        _f("discount_yen", "値引き", "値引額", "割引額", "クーポン値引き"),
        _f("discount_rate_pct", "値引き税率", "値引税率"),
    ),
    PRODUCTS: (
        _f("sku", "商品コード", "商品番号", "品番", required=True),
        _f("name_ja", "商品名", required=True),
        _f("name_en", "商品名(英語)", "英語名"),
        _f("jan", "JAN", "JANコード", "barcode", "バーコード", "EAN"),
        _f("case_code", "ケースコード", "ITF"),
        _f("case_units", "入数"),
        _f("length_mm", "奥行", "奥行き"), _f("width_mm", "幅"), _f("height_mm", "高さ"),
        _f("weight_g", "重量", "重さ"), _f("fragile", "割れ物", "ワレモノ"),
        _f("this_side_up", "天地無用"), _f("serial_tracked", "シリアル管理"),
        _f("qty_entry_allowed", "数量入力可"), _f("price_yen", "販売価格", "価格"),
        _f("tax_rate_pct", "税率"), _f("location", "棚番", "ロケーション", "棚番号"),
    ),
}
_UNIT_SUFFIX = re.compile(r"\((?:mm|g|円|%)\)$")  # '重量(g)' names the field; '(kg)' would not


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def header_key(text: str) -> str:
    """How headers are compared: NFKC, case-blind, spaces = '_', unit suffix we use dropped."""
    key = re.sub(r"[\s\-]+", "_", nfkc(text).strip().casefold())
    return _UNIT_SUFFIX.sub("", key)


_ALIASES = {kind: {header_key(a): s.name for s in specs for a in (s.name, *s.aliases)}
            for kind, specs in FIELDS.items()}


def specs(kind: str) -> tuple[FieldSpec, ...]:
    if kind not in FIELDS:
        raise BadInput(problems=[InputProblem(None, None, Msg("csv.unknown_kind", kind=kind),
                                              Msg("csv.unknown_kind_fix"))])
    return FIELDS[kind]


# --- problems -------------------------------------------------------------------------------


class CellError(ValueError):
    """One cell that cannot be read; the caller adds row and column."""

    def __init__(self, problem: Msg, fix: Msg | None = None) -> None:
        super().__init__(problem.code)
        self.problem, self.fix = problem, fix


@dataclass
class Problems:
    """Every problem of one import, up to MAX_PROBLEMS; the rest are only counted."""

    items: list[InputProblem] = field(default_factory=list)
    more: int = 0
    headers: list[str] = field(default_factory=list)  # the file's columns, to sort by

    def add(self, row: int | None, column: Msg | str | None, problem: Msg,
            fix: Msg | None = None) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(InputProblem(row, column, problem, fix))
        else:
            self.more += 1

    def raise_if_any(self, source: Msg | str) -> None:
        if not self.items:
            return
        listed = sorted(self.items, key=self._place)  # file-level first, then as in the file
        if self.more:
            listed.append(InputProblem(None, None, Msg("csv.more_problems", count=self.more),
                                       Msg("csv.more_problems_fix")))
        raise BadInput(problems=listed, source=source)

    def _place(self, p: InputProblem) -> tuple[int, int]:
        column = self.headers.index(p.column) if isinstance(p.column, str) and \
            p.column in self.headers else -1
        return p.row or 0, column


def echo(text: str) -> str:
    return text if len(text) <= _ECHO else text[:_ECHO] + "…"


# --- decoding and reading -------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells); blank rows left out
    encoding: str


def decode(data: bytes, source: str = "") -> tuple[str, str]:
    """(text, encoding): BOM → utf-8-sig, valid UTF-8 → utf-8, otherwise cp932."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise _undecodable(data, e.start, source) from e
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp932"), "cp932"
        except UnicodeDecodeError as cp932_error:
            # The encoding that read further is the one the file was most likely meant in.
            offset = max(utf8_error.start, cp932_error.start)
            raise _undecodable(data, offset, source) from cp932_error


def _undecodable(data: bytes, offset: int, source: str) -> BadInput:
    line = data.count(b"\n", 0, offset) + 1
    problem = Msg("csv.undecodable", byte=f"0x{data[offset]:02X}", offset=offset)
    fix = Msg("csv.undecodable_fix")
    return BadInput(problems=[InputProblem(line, None, problem, fix)], source=source)


def read_table(data: bytes, source: str = "") -> Table:
    text, encoding = decode(data, source)
    lines = io.StringIO(text, newline="").readlines()  # the lines the reader sees, as it sees them
    reader = csv.reader(lines)
    try:
        headers = [h.strip() for h in next(reader, [])]
        if not any(headers):
            raise BadInput(problems=[InputProblem(1, None, Msg("csv.no_header"),
                                                  Msg("csv.no_header_fix"))],
                           source=source)
        width = len(headers)  # short rows are padded: a cell of any column can be read
        rows, start = [], reader.line_num
        for n, cells in enumerate(reader, start=2):
            _check_quotes(lines, (start, reader.line_num), width, n, source)
            start = reader.line_num
            if any(c.strip() for c in cells):
                rows.append((n, cells + [""] * (width - len(cells))
                             if len(cells) < width else cells))
    except csv.Error as e:
        raise BadInput(problems=[InputProblem(reader.line_num, None,
                                              Msg("csv.not_csv", error=str(e)),
                                              Msg("csv.not_csv_fix"))],
                       source=source) from e
    return Table(headers, rows, encoding)


_LINE_END = re.compile(r"\r\n|\r|\n")


def _check_quotes(lines: list[str], span: tuple[int, int], width: int, row: int,
                  source: str) -> None:
    """Refuses a quote left open. The reader takes everything up to the next quote as one cell,
    so an unclosed quote in 備考 swallows the rows after it (their orders lost, their
    addresses kept in another order's notes). A record that took several lines, or is the
    last, is re-read: a quoted cell running past a line with a whole row's separators, or past
    the end of the file, is refused at the row where it opened."""
    start, end = span  # the lines the record took
    if end - start <= 1 and end < len(lines):
        return  # one line, not the last: nothing can be left open
    raw = "".join(lines[start:end])
    for opened, closed, shut in _quoted_cells(raw):
        inside = _LINE_END.split(raw[opened:closed])[1:]
        if not shut or (width > 1 and any(line.count(",") >= width - 1 for line in inside)):
            line_no = start + 1 + len(_LINE_END.findall(raw, 0, opened))
            raise BadInput(problems=[InputProblem(
                row, None, Msg("csv.unclosed_quote", line=line_no),
                Msg("csv.unclosed_quote.fix"))], source=source)


def _quoted_cells(raw: str) -> list[tuple[int, int, bool]]:
    """(where a quoted cell opens, where it closes, whether it closes) for one record's text,
    by the reader's rules: a quote opens a cell only at its start; "" inside is a quote."""
    found: list[tuple[int, int, bool]] = []
    i, at_start = 0, True
    while i < len(raw):
        if at_start and raw[i] == '"':
            j = i + 1
            while (j := raw.find('"', j)) >= 0 and raw.startswith('""', j):
                j += 2
            if j < 0:
                found.append((i, len(raw), False))
                return found
            found.append((i, j, True))
            i, at_start = j + 1, False
            continue
        at_start = raw[i] in ",\r\n"
        i += 1
    return found


# --- columns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Which column holds which field, for one file."""

    headers: list[str]
    columns: dict[str, int]

    def header(self, name: str) -> str:
        return self.headers[self.columns[name]] if name in self.columns else name


def resolve_layout(kind: str, headers: list[str], profile: str,
                   mapping: dict[str, str] | None, problems: Problems) -> Layout:
    """Saved-profile fields first, then the generic names and aliases for the rest."""
    keys = [header_key(h) for h in headers]
    columns: dict[str, int] = {}
    for name, header in (mapping or {}).items():
        if header_key(header) in keys:
            columns[name] = keys.index(header_key(header))
        else:
            problems.add(None, header, Msg("csv.layout_column_missing", header=header,
                                           field=name, layout=profile),
                         Msg("csv.layout_column_missing_fix"))
    claimed = set(columns.values())
    for i, key in enumerate(keys):
        alias = _ALIASES[kind].get(key)
        if alias is None or i in claimed or (mapping and alias in mapping):
            continue
        if alias in columns:
            problems.add(None, headers[i], Msg("csv.two_columns", first=headers[columns[alias]],
                                               second=headers[i], field=alias),
                         Msg("form.delete_one"))
        else:
            columns[alias] = i
    for spec in specs(kind):
        if spec.required and spec.name not in columns and spec.name not in (mapping or {}):
            fix = (Msg("csv.required_missing_fix_aliases", field=spec.name,
                       aliases=list(spec.aliases)) if spec.aliases
                   else Msg("csv.required_missing_fix", field=spec.name))
            missing = Msg("csv.required_missing_builtin", field=spec.name) \
                if profile == GENERIC else Msg("csv.required_missing", field=spec.name,
                                               layout=profile)
            problems.add(None, spec.name, missing, fix)
    return Layout(headers, columns)


class Row:
    """One data row: reads cells by field name and files problems under the user's header."""

    def __init__(self, number: int, cells: list[str], layout: Layout, problems: Problems):
        self.number, self.cells, self.layout, self.problems = number, cells, layout, problems

    def cell(self, name: str) -> str:
        i = self.layout.columns.get(name)
        return "" if i is None else self.cells[i]

    def problem(self, name: str, problem: Msg, fix: Msg | None = None) -> None:
        self.problems.add(self.number, self.layout.header(name), problem, fix)

    def get(self, name: str, parse: Callable[[str], T], default: T,
            required: bool = False) -> T:
        """The parsed cell, or `default` when it is empty or bad (bad = a problem filed)."""
        raw = self.cell(name)
        if not raw.strip():
            if required:
                self.problem(name, Msg("csv.required_empty"), Msg("form.fill_in"))
            return default
        try:
            return parse(raw)
        except CellError as e:
            self.problem(name, e.problem, e.fix)
            return default

    def check_width(self) -> None:
        extra = [c for c in self.cells[len(self.layout.headers):] if c.strip()]
        if extra:
            self.problems.add(self.number, None, Msg("csv.too_many_cells", cells=len(self.cells),
                                                     headers=len(self.layout.headers)),
                              Msg("csv.quote_commas"))


# --- cell parsers ---------------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def text(max_len: int, one_line: bool = True) -> Callable[[str], str]:
    """Text kept as given (surrounding spaces aside): '=HYPERLINK(…)' stays that string."""
    def parse(raw: str) -> str:
        value = raw.strip() if one_line else raw
        if len(value) > max_len:
            raise CellError(Msg("form.too_long", max_len=max_len), Msg("form.shorten"))
        if one_line and _CONTROL.search(value):
            raise CellError(Msg("csv.control_character"), Msg("csv.one_line"))
        return value
    return parse


def code(max_len: int) -> Callable[[str], str]:
    """An order number or SKU: one line, and no invisible or direction-changing character
    (bidi overrides such as U+202E, zero-width spaces, a stray BOM). Such a number looks like
    another one on screen and on the label, but is not equal to it when scanned or matched."""
    as_text = text(max_len)

    def parse(raw: str) -> str:
        value = as_text(raw)
        hidden = next((c for c in value if unicodedata.category(c) in _INVISIBLE), None)
        if hidden is not None:
            raise CellError(Msg("code.invisible_chars", codepoint=f"{ord(hidden):04X}"),
                            Msg("code.retype"))
        return value
    return parse


_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}  # control, format (bidi, ZWSP), private


def whole(low: int, high: int, what: str) -> Callable[[str], int]:
    """A whole number in [low, high]; full-width digits allowed, formulas never evaluated.
    ``what`` is the code of its name (``csv.what.*``), shown in the problem."""
    def parse(raw: str) -> int:
        key = nfkc(raw).strip()
        if key.isascii() and key.isdigit() and len(key) <= 9 and low <= int(key) <= high:
            return int(key)
        fix = Msg("form.whole_range", low=low, high=f"{high:,}")
        if key.startswith("="):
            fix = Msg("csv.not_a_formula", fix=fix)
        raise CellError(Msg("csv.not_valid", value=echo(raw), what=Msg(what)), fix)
    return parse


quantity = whole(1, 9999, "csv.what.quantity")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")
MAX_YEN = 99_999_999


def yen(raw: str) -> int:
    key = nfkc(raw).strip().removeprefix("¥").removeprefix("\\").removesuffix("円").strip()
    if _THOUSANDS.fullmatch(key):
        key = key.replace(",", "")
    if key.isascii() and key.isdigit() and len(key) <= 9 and int(key) <= MAX_YEN:
        return int(key)
    raise CellError(Msg("csv.not_yen", value=echo(raw)), Msg("csv.yen_fix", high=f"{MAX_YEN:,}"))


_TRUE = frozenset({"1", "true", "yes", "y", "はい", "あり", "有", "○", "◯", "〇", "する"})
_FALSE = frozenset({"0", "false", "no", "n", "いいえ", "なし", "無", "×", "-", "しない"})


def flag(raw: str) -> bool:
    key = nfkc(raw).strip().casefold()
    if key in _TRUE or key in _FALSE:
        return key in _TRUE
    raise CellError(Msg("csv.not_a_flag", value=echo(raw)), Msg("csv.flag_fix"))


_COOL = {**dict.fromkeys(("0", "なし", "none", "常温", "通常"), CoolType.NONE),
         **dict.fromkeys(("1", "冷凍", "frozen"), CoolType.FROZEN),
         **dict.fromkeys(("2", "冷蔵", "chilled"), CoolType.CHILLED)}


def cool(raw: str) -> CoolType:
    """クール区分 as words or as Yamato B2 codes (0 none, 1 frozen, 2 chilled)."""
    found = _COOL.get(nfkc(raw).strip().casefold())
    if found is None:
        raise CellError(Msg("csv.not_cool", value=echo(raw)), Msg("csv.cool_fix"))
    return found


def time_slot(raw: str) -> str:
    """The slot as asked, in any carrier's spelling (domain/time_slots.py)."""
    found = parse_slot(raw)
    if found is None:
        raise CellError(Msg("csv.not_a_slot", value=echo(raw)), Msg("csv.slot_fix"))
    return found


_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+0?0:00(?::00)?)?|"
                   r"(\d{4})(\d{2})(\d{2})")


def delivery_date(raw: str) -> date:
    m = _DATE.fullmatch(nfkc(raw).strip())
    try:
        if m:
            y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
            return date(y, mo, d)
    except ValueError:
        pass
    raise CellError(Msg("csv.not_a_date", value=echo(raw)), Msg("csv.date_fix"))


_STAMP = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def timestamp(raw: str) -> datetime:
    """A date and time as UTC. Without a zone it is Japan time, as shops' exports are."""
    key = nfkc(raw).strip()
    m = _STAMP.fullmatch(key)
    try:
        if m:
            y, mo, d, h, mi, s = (int(g or 0) for g in m.groups())
            return datetime(y, mo, d, h, mi, s, tzinfo=JST).astimezone(UTC)
        stamp = datetime.fromisoformat(key.replace("Z", "+00:00"))
        return (stamp if stamp.tzinfo else stamp.replace(tzinfo=JST)).astimezone(UTC)
    except ValueError:
        raise CellError(Msg("csv.not_a_timestamp", value=echo(raw)),
                        Msg("csv.timestamp_fix")) from None


def postal_code(raw: str) -> str:
    found = prefectures.normalize_postal_code(raw)
    if found is None:  # the value is personal data: not quoted back
        raise CellError(Msg("csv.not_a_postal_code"), Msg("csv.postal_code_fix"))
    return found


def prefecture(raw: str) -> int:
    found = prefectures.lookup(raw)
    if found is None:
        raise CellError(Msg("csv.not_a_prefecture", value=echo(raw)),
                        Msg("csv.prefecture_fix"))
    return found.code


_PHONE = re.compile(r"\+?[\d\-() ]+")


def phone(raw: str) -> str:
    value = nfkc(raw).strip()
    digits = sum(c.isdigit() for c in value)
    if not _PHONE.fullmatch(value) or not 9 <= digits <= 15 or len(value) > 20:
        raise CellError(Msg("csv.not_a_phone"), Msg("csv.phone_fix"))
    return value


def tax_rate(raw: str) -> int:
    key = nfkc(raw).strip().removesuffix("%").strip()
    rates = {"10": 10, "8": 8, "0.1": 10, "0.10": 10, "0.08": 8}
    if key not in rates:
        raise CellError(Msg("csv.not_a_tax_rate", value=echo(raw)), Msg("csv.tax_rate_fix"))
    return rates[key]


def location(raw: str) -> str:
    value = picking.normalise_location(raw)
    if value is None:
        raise CellError(Msg("csv.not_a_location", value=echo(raw)),
                        Msg("csv.location_fix", max_len=picking.MAX_LOCATION))
    return value


_SCIENTIFIC = re.compile(r"\d(\.\d+)?e\+\d+", re.IGNORECASE)


def gtin(raw: str) -> str:
    code = nfkc(raw).strip()
    if _SCIENTIFIC.fullmatch(code):
        raise CellError(Msg("csv.scientific_barcode", value=echo(code)),
                        Msg("csv.scientific_barcode_fix"))
    if not (code.isascii() and code.isdigit() and len(code) in (8, 12, 13, 14)):
        raise CellError(Msg("csv.not_a_gtin", value=echo(code)), Msg("csv.gtin_fix"))
    if not barcodes.is_valid_gtin(code):
        expected = barcodes.gtin_check_digit(code[:-1])
        raise CellError(Msg("csv.gtin_check_digit", code=code, expected=expected),
                        Msg("csv.gtin_check_digit_fix"))
    return code


def gtin_list(raw: str) -> list[str]:
    """Several codes in one cell, separated by ';' or '|'."""
    codes = [gtin(part) for part in re.split(r"[;|]", nfkc(raw)) if part.strip()]
    return list(dict.fromkeys(codes))
