"""Carrier hand-off CSV (送り状データ): column layouts and the rules that fit an order into them.

A layout (preset) lists the carrier's columns in order. Each column names where its value comes
from (`source`), its limit in cp932 bytes (全角 = 2, 半角 = 1, as the carriers count
"16文字/32文字") and whether the carrier wants full- or half-width text. Nothing is changed
silently: every character outside cp932 that is substituted, every value that is cut and every
code the layout cannot map is returned as a FieldChange, per order and column.

Pure: width conversion (jaconv) is handed in by the service as two functions.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from packstation.domain.errors import InputProblem
from packstation.domain.messages import Msg

ENCODING = "cp932"
# A file's encoding per account: cp932 (every carrier), or UTF-8 with BOM (e飛伝Ⅲ takes both).
# Lengths are counted in cp932 bytes either way: that is how the carriers state them.
FILE_ENCODINGS = ("cp932", "utf-8-sig")

# Where a column's value comes from. Group sources spread their pieces over every column of
# that source, in column order: a piece that does not fit continues in the next column.
SOURCES: tuple[str, ...] = (
    "", "order_no", "ship_date", "delivery_date", "time_slot", "service", "cool", "payment",
    "cod_yen", "cod_tax_yen", "phone", "postal_code", "name", "company", "address_lines",
    "name_lines", "item_name", "units", "cartons", "sender.name", "sender.phone",
    "sender.postal_code", "sender.address", "sender.address2",
)
GROUP_SOURCES = frozenset({"address_lines", "name_lines"})
WIDTHS = ("", "full", "half")
CODE_GROUPS = ("service", "service_cod", "cool", "time_slot", "payment")

# Characters cp932 lacks (or only "best-fits") with a twin that looks the same on the label.
_TWINS = {"\u00a5": "\uffe5", "\u2014": "\u2015", "\u203e": "\uffe3", "\u00a0": " ",
          "\u2013": "\uff0d", "\u00a6": "\uffe4", "\U00020bb7": "吉", "\u301c": "\uff5e",
          "\u2212": "\uff0d", "\u2016": "\u2225", "\u00a2": "\uffe0", "\u00a3": "\uffe1",
          "\u00ac": "\uffe2"}
SUBSTITUTE = "〓"  # げた: the mark Japanese typesetting uses for a missing character
_CONTROL_SPACE = {"\r", "\n", "\t", "\x0b", "\x0c"}


@dataclass(frozen=True)
class Column:
    header: str
    source: str = ""
    max_bytes: int = 0  # cp932 bytes; 0 = no limit
    width: str = ""  # "" as is, "full" 全角, "half" 半角
    const: str = ""  # written as is when source is ""


@dataclass(frozen=True)
class Preset:
    """One carrier account's layout, as the admin adjusted it."""

    carrier: str  # b2 / ehiden / yuprint
    account: str
    columns: tuple[Column, ...]
    codes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    sender: Mapping[str, str] = field(default_factory=dict)
    header: bool = True
    date_format: str = "%Y/%m/%d"
    tracking_order_column: str = ""  # in the carrier's issued-data CSV
    tracking_number_column: str = ""
    take_unassigned: bool = False  # also packed orders with no service chosen
    encoding: str = ENCODING  # one of FILE_ENCODINGS


@dataclass(frozen=True)
class Shipment:
    """What one CSV row needs of a packed order (personal data: never logged)."""

    order_no: str
    service: str
    ship_date: date
    name: str
    postal_code: str
    prefecture: str
    address1: str
    address2: str = ""
    phone: str = ""
    company: str = ""
    delivery_date: date | None = None
    time_slot: str = ""
    cool: str = "none"
    cod_yen: int = 0
    cod_tax_yen: int = 0
    item_name: str = ""
    units: int = 1
    cartons: int = 1  # 個口: parcels of this order (one carrier per order)


@dataclass(frozen=True)
class FieldChange:
    """A value that could not be written as it is: substituted, cut or left unmapped."""

    row: int  # file row as a spreadsheet numbers it (header = row 1 when there is one)
    order_no: str
    column: str
    kind: str  # substituted / cut / unmapped / neutralised
    original: str  # the character, the text that was cut off, the value with no code
    written: str  # the replacement, the text kept, ""


@dataclass(frozen=True)
class Rendered:
    data: bytes
    rows: int
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class Widths:
    full: Callable[[str], str]
    half: Callable[[str], str]


def cp932_bytes(text: str) -> int:
    return len(text.encode(ENCODING))


def _encodable(ch: str) -> bool:
    try:
        return ch.encode(ENCODING).decode(ENCODING) == ch  # no silent best-fit (〜 → ～)
    except UnicodeEncodeError:
        return False


def substitute(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text cp932 can hold, and the (original, replacement) pairs that made it so."""
    if not any(ch in _CONTROL_SPACE for ch in text):
        if text.isascii():
            return text, []
        try:
            if text.encode(ENCODING).decode(ENCODING) == text:
                return text, []  # the usual case: one round trip for the whole field
        except UnicodeEncodeError:
            pass
    out: list[str] = []
    swaps: list[tuple[str, str]] = []
    for ch in text:
        if ch in _CONTROL_SPACE:
            out.append(" ")
            swaps.append((ch, " "))
        elif _encodable(ch):
            out.append(ch)
        else:
            twin = _twin(ch)
            out.append(twin)
            swaps.append((ch, twin))
    return "".join(out), swaps


def _twin(ch: str) -> str:
    if ch in _TWINS:
        return _TWINS[ch]
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch and folded and all(_encodable(c) for c in folded):
        return folded
    return SUBSTITUTE


def fit(text: str, max_bytes: int) -> tuple[str, str]:
    """The longest head of text within max_bytes cp932 bytes, and the rest."""
    if max_bytes <= 0 or 2 * len(text) <= max_bytes or cp932_bytes(text) <= max_bytes:
        return text, ""  # (a cp932 character is one or two bytes)
    used = 0
    for i, ch in enumerate(text):
        used += cp932_bytes(ch)
        if used > max_bytes:
            return text[:i], text[i:]
    return text, ""


# Characters a spreadsheet would run as a formula (or a DDE command) when they start a cell:
# the review CSV's rule (services/mispicks.py).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _RowBuilder:
    """Fills one row: values, width, substitution, fitting; collects the changes."""

    def __init__(self, preset: Preset, widths: Widths, row: int, order_no: str) -> None:
        self.preset, self.widths, self.row, self.order_no = preset, widths, row, order_no
        self.changes: list[FieldChange] = []

    def clean(self, column: Column, text: str) -> str:
        if column.width == "full":
            text = self.widths.full(text)
        elif column.width == "half":
            text = self.widths.half(text)
        text, swaps = substitute(text)
        for original, written in swaps:
            self.note(column, "substituted", original, written)
        return text

    def cut(self, column: Column, text: str) -> str:
        kept, lost = fit(text, column.max_bytes)
        if lost:
            self.note(column, "cut", lost, kept)
        return kept

    def neutralise(self, column: Column, text: str) -> str:
        """A cell a spreadsheet would run as a formula (staff open these files in Excel) is
        written as text, behind a single quote, as the review CSV does; reported."""
        if not text.startswith(FORMULA_START):
            return text
        kept, lost = fit("'" + text, column.max_bytes)
        self.note(column, "neutralised", text, kept)
        if lost:
            self.note(column, "cut", lost, kept)
        return kept

    def note(self, column: Column, kind: str, original: str, written: str) -> None:
        self.changes.append(FieldChange(self.row, self.order_no, column.header, kind,
                                        original, written))


def render(preset: Preset, shipments: Iterable[Shipment], widths: Widths,
           progress: Callable[[int], None] | None = None) -> Rendered:
    """The carrier file (the account's encoding, CRLF) and every change made to fit it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if preset.header:
        writer.writerow([c.header for c in preset.columns])
    changes: list[FieldChange] = []
    first = 2 if preset.header else 1
    rows = 0
    static = _static_cells(preset, widths)
    for rows, shipment in enumerate(shipments, start=1):
        builder = _RowBuilder(preset, widths, first + rows - 1, shipment.order_no)
        writer.writerow(_row(preset, shipment, builder, static))
        changes.extend(builder.changes)
        if progress is not None and rows % 500 == 0:
            progress(rows)
    return Rendered(buffer.getvalue().encode(preset.encoding), rows, tuple(changes))


def _is_static(column: Column) -> bool:
    """Same value on every row (a fixed value, the sender): worked out once per file."""
    return column.source == "" or column.source.startswith("sender.")


def _row(preset: Preset, s: Shipment, b: _RowBuilder, static: dict[int, str]) -> list[str]:
    cells = [""] * len(preset.columns)
    groups: dict[str, list[int]] = {}
    for i, column in enumerate(preset.columns):
        if i in static:
            cells[i] = static[i]
        elif column.source in GROUP_SOURCES:
            groups.setdefault(column.source, []).append(i)
        else:
            cells[i] = b.cut(column, b.clean(column, _value(preset, s, column, b)))
    for source, indexes in groups.items():
        pieces = _pieces(source, s)
        for i, text in zip(indexes, _spread(preset, indexes, pieces, b), strict=True):
            cells[i] = text
    return [b.neutralise(column, text) for column, text in zip(preset.columns, cells,
                                                                strict=True)]


def _static_cells(preset: Preset, widths: Widths) -> dict[int, str]:
    """Fixed values and sender fields that need no change; one that does is left to each
    row, so that its change is reported per order like any other."""
    probe = _RowBuilder(preset, widths, 0, "")
    static: dict[int, str] = {}
    for i, column in enumerate(preset.columns):
        if _is_static(column):
            value = probe.cut(column, probe.clean(column, _value(preset, _NO_SHIPMENT,
                                                                  column, probe)))
            if not probe.changes and not value.startswith(FORMULA_START):
                static[i] = value
            probe.changes.clear()
    return static


_NO_SHIPMENT = Shipment("", "", date(2000, 1, 1), "", "", "", "")


def _pieces(source: str, s: Shipment) -> list[str]:
    if source == "address_lines":
        return [p for p in (s.prefecture + s.address1, s.address2) if p]
    return [p for p in (s.company, s.name) if p]


def _spread(preset: Preset, indexes: list[int], pieces: list[str], b: _RowBuilder) -> list[str]:
    """Each piece starts a new line and runs on into the next when it is too long; what is
    left when the lines run out is cut (and reported) from the last line."""
    columns = [preset.columns[i] for i in indexes]
    lines = [""] * len(columns)
    at = 0
    for n, piece in enumerate(pieces):
        text = piece
        if n and lines[at]:
            if at + 1 < len(lines):
                at += 1
            else:
                text = lines[at] + "　" + piece
        text = b.clean(columns[at], text)
        while True:
            kept, rest = fit(text, columns[at].max_bytes)
            if not rest or at + 1 == len(lines):
                break
            lines[at] = kept
            at, text = at + 1, rest.lstrip(" 　")
        lines[at] = b.cut(columns[at], text)
    return lines


def _value(preset: Preset, s: Shipment, column: Column, b: _RowBuilder) -> str:
    source = column.source
    if source == "":
        return column.const
    if source.startswith("sender."):
        return preset.sender.get(source.removeprefix("sender."), "")
    if source in ("service", "cool", "time_slot", "payment"):
        return _code(preset, s, column, b)
    return _plain(preset, s, source)


def _date(day: date | None, fmt: str) -> str:
    return day.strftime(fmt) if day else ""


_PLAIN: dict[str, Callable[[Preset, Shipment], str]] = {
    "order_no": lambda p, s: s.order_no,
    "phone": lambda p, s: s.phone,
    "postal_code": lambda p, s: s.postal_code,
    "name": lambda p, s: s.name,
    "company": lambda p, s: s.company,
    "item_name": lambda p, s: s.item_name,
    "units": lambda p, s: str(s.units),
    "cartons": lambda p, s: str(s.cartons),
    "cod_yen": lambda p, s: str(s.cod_yen) if s.cod_yen else "",
    "cod_tax_yen": lambda p, s: str(s.cod_tax_yen) if s.cod_yen else "",
    "ship_date": lambda p, s: _date(s.ship_date, p.date_format),
    "delivery_date": lambda p, s: _date(s.delivery_date, p.date_format),
}


def _plain(preset: Preset, s: Shipment, source: str) -> str:
    read = _PLAIN.get(source)
    return read(preset, s) if read is not None else ""


def _code(preset: Preset, s: Shipment, column: Column, b: _RowBuilder) -> str:
    group, key = column.source, ""
    if group == "service":
        key = s.service
        if s.cod_yen and key in preset.codes.get("service_cod", {}):
            group = "service_cod"
    elif group == "cool":
        key = s.cool or "none"
    elif group == "time_slot":
        key = s.time_slot
    else:
        key = "cod" if s.cod_yen else "prepaid"
    codes = preset.codes.get(group, {})
    if key in codes:
        return codes[key]
    if key == "":
        return ""  # nothing asked for (no time slot): the carrier's default
    b.note(column, "unmapped", key, "")
    return ""


def check_preset(preset: Preset) -> list[InputProblem]:
    """Every reason the admin's layout cannot be used, by column."""
    problems: list[InputProblem] = []
    if not preset.columns:
        problems.append(InputProblem(None, None, Msg("carrier.no_columns"),
                                     Msg("carrier.no_columns_fix")))
    seen: set[str] = set()
    for n, c in enumerate(preset.columns, start=1):
        where = c.header or f"#{n}"
        if not c.header.strip():
            problems.append(InputProblem(n, Msg("carrier.header"), Msg("carrier.empty_header"),
                                         Msg("carrier.empty_header_fix")))
        elif c.header in seen:
            problems.append(InputProblem(n, Msg("carrier.header"),
                                         Msg("carrier.header_twice", header=c.header),
                                         Msg("carrier.header_twice_fix")))
        seen.add(c.header)
        if not all(_encodable(ch) for ch in c.header + c.const):
            problems.append(InputProblem(n, where, Msg("carrier.not_cp932"),
                                         Msg("carrier.not_cp932_fix")))
        if c.source not in SOURCES:
            problems.append(InputProblem(n, where, Msg("carrier.unknown_source",
                                                       source=c.source),
                                         Msg("carrier.choose_one_of",
                                             options=[s for s in SOURCES if s])))
        if c.max_bytes < 0:
            problems.append(InputProblem(n, where, Msg("carrier.negative_length"),
                                         Msg("carrier.negative_length_fix")))
        if c.width not in WIDTHS:
            problems.append(InputProblem(n, where, Msg("carrier.unknown_width", width=c.width),
                                         Msg("carrier.unknown_width_fix")))
    if preset.encoding not in FILE_ENCODINGS:
        problems.append(InputProblem(None, None, Msg("carrier.unknown_encoding",
                                                     encoding=preset.encoding),
                                     Msg("carrier.choose_one_of", options=list(FILE_ENCODINGS))))
    problems.extend(_check_tracking(preset))
    return problems


def _check_tracking(preset: Preset) -> list[InputProblem]:
    problems = []
    for label, name in (("carrier.tracking_order_column", preset.tracking_order_column),
                        ("carrier.tracking_number_column", preset.tracking_number_column)):
        if not name.strip():
            problems.append(InputProblem(None, Msg(label), Msg("carrier.not_set"),
                                         Msg("carrier.not_set_fix")))
    return problems
