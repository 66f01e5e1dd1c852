"""Check a carrier file against a layout, column by column, before the carrier software sees it.

The built-in ゆうプリR layout has no header row: the software reads columns by position, so a
layout that does not match the account's registered import filter puts a postal code in the
name. This check takes a file (one written by the export, or a sample the carrier software
wrote with the account's own filter) and names every row and column that does not fit: a row
with another number of columns, a header that is not the layout's, a value longer than the
column, a code that is not one of the layout's, a date not in the layout's format.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from packstation.domain.carrier_csv import ENCODING, Column, Preset
from packstation.domain.errors import InputProblem
from packstation.domain.messages import Msg

_DATES = ("ship_date", "delivery_date")
_CODED = ("service", "cool", "time_slot", "payment")


def check_file(preset: Preset, data: bytes) -> list[InputProblem]:
    """Every way the file departs from the layout, by row (as a spreadsheet numbers them) and
    column; [] when it fits."""
    try:
        text = data.decode(preset.encoding)
    except (UnicodeDecodeError, LookupError):
        return [InputProblem(None, None, Msg("carrier.file_not_encoded",
                                             encoding=preset.encoding),
                             Msg("carrier.file_encoding_fix"))]
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    problems: list[InputProblem] = []
    start = 1
    if preset.header and rows:
        problems += _header_problems(preset, rows[0])
        start = 2
    for n, cells in enumerate(rows[start - 1:], start=start):
        if len(cells) != len(preset.columns):
            problems.append(InputProblem(n, None, Msg("carrier.file_column_count",
                                                      found=len(cells),
                                                      expected=len(preset.columns)),
                                         Msg("carrier.file_layout_fix")))
            continue
        for column, cell in zip(preset.columns, cells, strict=True):
            problem = cell_problem(preset, column, cell)
            if problem is not None:
                problems.append(InputProblem(n, column.header, problem,
                                             Msg("carrier.file_layout_fix")))
    return problems


def _header_problems(preset: Preset, found: list[str]) -> list[InputProblem]:
    out = []
    for i, column in enumerate(preset.columns):
        name = found[i].strip() if i < len(found) else ""
        if name != column.header:
            out.append(InputProblem(1, f"#{i + 1}", Msg("carrier.file_header",
                                                        found=name, expected=column.header),
                                    Msg("carrier.file_layout_fix")))
    return out


def cell_problem(preset: Preset, column: Column, cell: str) -> Msg | None:
    """Why one cell does not fit its column of the layout, or None."""
    if column.max_bytes and _bytes(cell) > column.max_bytes:
        return Msg("carrier.file_too_long", length=_bytes(cell), max_bytes=column.max_bytes)
    if not cell:
        return None
    if column.source in _DATES:
        try:
            datetime.strptime(cell, preset.date_format)
        except ValueError:
            return Msg("carrier.file_not_a_date", value=cell, format=preset.date_format)
    if column.source in _CODED:
        allowed = set(preset.codes.get(column.source, {}).values())
        if column.source == "service":
            allowed |= set(preset.codes.get("service_cod", {}).values())
        if cell not in allowed:
            return Msg("carrier.file_unknown_code", value=cell, options=sorted(allowed))
    return None


def _bytes(text: str) -> int:
    try:
        return len(text.encode(ENCODING))
    except UnicodeEncodeError:
        return len(text.encode("utf-8"))
