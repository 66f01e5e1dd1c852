"""A service's rate table as CSV, laid out the way carriers publish theirs.

One row per destination prefecture (the 都道府県 column first, JIS order 北海道 … 沖縄県), after
a first row "全国(既定)" holding the default price (used by every prefecture without a price
of its own), and one column per size class headed by the class name (60, 80 … or 1cm, 2cm, 3cm).
Cells are whole yen; an empty cell means "the default row's price". Exported as UTF-8 with BOM
or cp932 (Shift_JIS, what Excel on a Japanese PC writes), CRLF line ends.

Carriers often publish one row per region (北海道, 北東北, 南東北, 関東 … 沖縄) instead: a region
row gives its price to each of its prefectures that has no row (or an empty cell) of its own.
Region rows are expanded on import; the stored table, and so the export, is per prefecture.

Each table applies from a date (適用開始日): the column "適用開始日" holds it (YYYY-MM-DD, the
same on every row, or only on the first), so next year's table is loaded in advance beside the
one in force. Export writes the date of the table it exports; a file without the column
replaces the table in force today (or, before any, starts one in force since ever).

Import reads the same layout back, checks every cell first and replaces the service's prices in
one transaction, or reports every problem by row and column and changes nothing. Decoding and
cell parsing are the CSV import's (csv_rows.py); nothing in a cell is ever evaluated.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from packstation.domain.catalog import (
    DEFAULT_PREFECTURE,
    SINCE_EVER,
    RateTable,
    ServiceSpec,
    SizeClassSpec,
)
from packstation.domain.errors import BadInput, InputProblem, NotFound
from packstation.domain.messages import Msg
from packstation.domain.prefectures import PREFECTURES, REGIONS, Prefecture, lookup
from packstation.services.admin.catalog import require_admin
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_rows as cr
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

PREFECTURE_HEADER = "都道府県"
DATE_HEADER = "適用開始日"
_DATE_HEADERS = frozenset({"適用開始日", "適用日", "改定日", "effective_from", "effective from",
                           "valid from", "valid_from", "from"})
DEFAULT_LABEL = "全国(既定)"
ENCODINGS = {"utf-8": "utf-8-sig", "utf-8-sig": "utf-8-sig", "cp932": "cp932",
             "shift_jis": "cp932", "sjis": "cp932"}
_DEFAULT_KEYS = frozenset({"*", "全国", "全国(既定)", "既定", "default", "全国一律", "all"})
_PREFECTURE_HEADERS = ("都道府県", "県名", "着地", "届け先", "地域", "地帯", "prefecture",
                       "destination", "region")
_REGION_KEYS = {r: r for r in REGIONS} | {f"{r}地方": r for r in REGIONS}
# Words carriers put around a class name in a header: "60サイズ", "サイズ60", "厚さ1cm", "区分 80".
_CLASS_NOISE = re.compile(r"サイズ|size|区分|厚さ|厚み|料金|運賃|円|yen|cm|センチ|[\s()¥]")


@dataclass(frozen=True)
class MatrixRow:
    prefecture_code: int  # DEFAULT_PREFECTURE (0) for the default row
    label: str  # 全国(既定) or the prefecture's name
    prices: tuple[int | None, ...]  # one per size class; None = the default row's price


@dataclass(frozen=True)
class RateImportReport:
    service_code: str
    rows: int
    prices: int  # cells stored
    changed: int  # cells that differ from before (new, changed or removed)
    encoding: str
    effective_from: date = SINCE_EVER  # the table's 適用開始日


def table_for_export(service: ServiceSpec, today: date,
                     effective_from: date | None = None) -> RateTable | None:
    """The table an export writes: the one of that date, else the one in force today, else the
    first one (only upcoming tables)."""
    if effective_from is not None:
        return next((t for t in service.rate_tables if t.effective_from == effective_from),
                    None)
    return service.table_on(today) or (service.rate_tables[0] if service.rate_tables else None)


def matrix(service: ServiceSpec) -> list[MatrixRow]:
    """The rate table as the CSV and the admin screen show it: default row, then JIS order."""
    rows = [MatrixRow(DEFAULT_PREFECTURE, DEFAULT_LABEL,
                      tuple(c.prices.get(DEFAULT_PREFECTURE) for c in service.classes))]
    rows += [MatrixRow(p.code, p.name, tuple(c.prices.get(p.code) for c in service.classes))
             for p in PREFECTURES]
    return rows


def to_csv(service: ServiceSpec, encoding: str = "utf-8-sig",
           effective_from: date = SINCE_EVER) -> bytes:
    """The table in ``service``'s classes, each row dated ``effective_from``."""
    codec = _codec(encoding)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([PREFECTURE_HEADER, *(c.name for c in service.classes), DATE_HEADER])
    day = effective_from.isoformat()
    for row in matrix(service):
        writer.writerow([row.label, *("" if y is None else str(y) for y in row.prices), day])
    try:
        return out.getvalue().encode(codec)
    except UnicodeEncodeError as e:
        raise BadInput(problems=[InputProblem(
            None, "encoding", Msg("csv.not_writable_cp932", text=e.object[e.start:e.end]),
            Msg("csv.export_utf8"))]) from e


def export_rates(uow_factory: UnitOfWorkFactory, actor: SessionUser | None, service_code: str,
                 encoding: str = "utf-8-sig", *, today: date,
                 effective_from: date | None = None) -> bytes:
    """One table of the service as CSV: the one of ``effective_from``, by default the one in
    force ``today``."""
    require_admin(actor)
    _codec(encoding)
    with uow_factory() as uow:
        service = uow.catalog.service(service_code)
    if service is None:
        raise NotFound("rates.no_service", code=service_code)
    table = table_for_export(service, today, effective_from)
    if table is None and effective_from is not None:
        raise NotFound("rates.no_table", code=service_code, day=effective_from.isoformat())
    day = table.effective_from if table is not None else SINCE_EVER
    return to_csv(service.priced_on(day), encoding, day)


def import_rates(uow_factory: UnitOfWorkFactory, actor: SessionUser | None, service_code: str,
                 data: bytes, source: str = "", *, today: date) -> RateImportReport:
    """Check the whole file, then store it as the service's table of its 適用開始日 (adding it,
    or replacing the table of that date) in one transaction, or nothing. Without a date column
    the file replaces the table in force ``today``.

    Raises BadInput listing every problem (row and column as the spreadsheet shows them).
    """
    user = require_admin(actor)
    refuse_on_networked_station(uow_factory, "rate tables")
    table = cr.read_table(data, source)
    with uow_factory() as uow:
        service = uow.catalog.service(service_code)
        if service is None:
            raise NotFound("rates.no_service", code=service_code)
        prices, dated = read_table(table, service.classes, source)
        current = service.table_on(today)
        day = dated or (current.effective_from if current is not None else SINCE_EVER)
        old = _table_of(service, day)
        uow.catalog.save_service(service.with_table(RateTable(day, prices)))
        changed = sum(_changed(dict(old.prices.get(c.name, {})) if old else {}, prices[c.name])
                      for c in service.classes)
        stored = sum(len(p) for p in prices.values())
        uow.audit.record("rates_imported", user_id=user.user_id, target=service.code,
                         detail={"file": PurePath(source).name[:100], "rows": len(table.rows),
                                 "prices": stored, "changed": changed,
                                 "encoding": table.encoding, "effective_from": day.isoformat()})
        uow.commit()
    return RateImportReport(service.code, len(table.rows), stored, changed, table.encoding, day)


def _table_of(service: ServiceSpec, day: date) -> RateTable | None:
    """The stored table that starts on ``day`` exactly (the one an import would replace)."""
    if not service.rate_tables:
        return service.table_on(day) if day == SINCE_EVER else None
    return next((t for t in service.rate_tables if t.effective_from == day), None)


def read_prices(table: cr.Table, classes: Sequence[SizeClassSpec],
                source: str = "") -> dict[str, dict[int, int]]:
    """Class name → {prefecture code (0 = default): yen}, or BadInput with every problem."""
    return read_table(table, classes, source)[0]


def read_table(table: cr.Table, classes: Sequence[SizeClassSpec],
               source: str = "") -> tuple[dict[str, dict[int, int]], date | None]:
    """The prices and the 適用開始日 the file gives (None: no date column), or BadInput with
    every problem."""
    problems = cr.Problems(headers=table.headers)
    sheet = _Sheet(table, classes, problems)
    problems.raise_if_any(source)  # without the right columns, cell problems are noise
    sheet.read_rows()
    sheet.check_coverage()
    problems.raise_if_any(source)
    return sheet.prices, sheet.effective_from


# --- reading a file -------------------------------------------------------------------------


def _codec(encoding: str) -> str:
    codec = ENCODINGS.get(encoding.strip().lower())
    if codec is None:
        raise BadInput(problems=[InputProblem(None, "encoding",
                                              Msg("csv.unknown_encoding", encoding=encoding),
                                              Msg("csv.encoding_fix"))])
    return codec


def _key(text: str) -> str:
    return cr.nfkc(text).strip().casefold()


def _class_key(text: str) -> str:
    return _CLASS_NOISE.sub("", _key(text))


def _changed(old: dict[int, int], new: dict[int, int]) -> int:
    return sum(old.get(p) != new.get(p) for p in old.keys() | new.keys())


class _Sheet:
    """One rate file being read: which column is which class, which row which prefecture."""

    def __init__(self, table: cr.Table, classes: Sequence[SizeClassSpec],
                 problems: cr.Problems) -> None:
        self.table, self.classes, self.problems = table, classes, problems
        self.pref_header = table.headers[0] or PREFECTURE_HEADER
        self.prices: dict[str, dict[int, int]] = {c.name: {} for c in classes}
        self.row_of: dict[int | str, int] = {}  # prefecture code or region → its row
        self.region_prices: dict[str, dict[str, int]] = {c.name: {} for c in classes}
        self.bad: set[tuple[int | str, str]] = set()  # (code or region, class): refused cell
        self.columns: dict[int, str] = {}  # column index → class name
        self.date_column: int | None = None  # 適用開始日
        self.effective_from: date | None = None
        self.date_row = 0  # the row that gave the date
        self.date_refused = False
        self._check_first_header()
        self._map_columns()

    def _check_first_header(self) -> None:
        first = _key(self.table.headers[0])
        if first and not any(h in first for h in _PREFECTURE_HEADERS):
            self.problems.add(1, self.table.headers[0], Msg("rates.first_column"),
                              Msg("rates.first_column_fix", header=PREFECTURE_HEADER))

    def _map_columns(self) -> None:
        exact = {_key(c.name): c.name for c in self.classes}
        loose: dict[str, list[str]] = {}
        for c in self.classes:
            loose.setdefault(_class_key(c.name), []).append(c.name)
        for i, header in enumerate(self.table.headers[1:], start=1):
            if _key(header) in _DATE_HEADERS and self.date_column is None:
                self.date_column = i
                continue
            if not header:
                self._check_unnamed(i)
                continue
            found = exact.get(_key(header))
            candidates = loose.get(_class_key(header), [])
            found = found or (candidates[0] if len(candidates) == 1 else None)
            if found is None:
                names = [c.name for c in self.classes]
                self.problems.add(1, header, Msg("rates.not_a_class", value=cr.echo(header)),
                                  Msg("rates.not_a_class_fix", names=names))
            elif found in self.columns.values():
                other = next(self.table.headers[j] for j, n in self.columns.items() if n == found)
                self.problems.add(1, header, Msg("rates.class_twice", first=other,
                                                 second=header, size_class=found),
                                  Msg("form.delete_one"))
            else:
                self.columns[i] = found
        for c in self.classes:
            if c.name not in self.columns.values():
                self.problems.add(1, None, Msg("rates.no_class_column", size_class=c.name),
                                  Msg("rates.no_class_column_fix", size_class=c.name))

    def _check_unnamed(self, i: int) -> None:
        filled = [n for n, cells in self.table.rows if i < len(cells) and cells[i].strip()]
        if filled:
            self.problems.add(filled[0], Msg("rates.column_n", n=i + 1),
                              Msg("rates.unnamed_column"), Msg("rates.unnamed_column_fix"))

    def read_rows(self) -> None:
        width = len(self.table.headers)
        for number, cells in self.table.rows:
            if any(c.strip() for c in cells[width:]):
                self.problems.add(number, None, Msg("csv.too_many_cells", cells=len(cells),
                                                    headers=width), Msg("csv.quote_commas"))
            if self.date_column is not None and self.date_column < len(cells):
                self._date(number, cells[self.date_column])
            place = self._place(number, cells[0])
            if place is None:
                continue
            for i, name in self.columns.items():
                self._cell(number, place, name, cells[i])
        self._expand_regions()
        if self.date_column is not None and self.date_row == 0 and not self.date_refused:
            header = self.table.headers[self.date_column]
            self.problems.add(None, header, Msg("rates.no_date", header=header),
                              Msg("rates.date_fix"))

    def _date(self, number: int, raw: str) -> None:
        """The table's 適用開始日: a real date, not before 2000-01-01, the same in every row."""
        if not raw.strip():
            return
        header = self.table.headers[self.date_column or 0]
        try:
            day = cr.delivery_date(raw)
        except cr.CellError:
            self.date_refused = True
            self.problems.add(number, header, Msg("rates.not_a_date", value=cr.echo(raw)),
                              Msg("rates.date_fix"))
            return
        if day < SINCE_EVER:
            self.date_refused = True
            self.problems.add(number, header, Msg("rates.date_too_early", value=day.isoformat(),
                                                  first=SINCE_EVER.isoformat()),
                              Msg("rates.date_fix"))
        elif self.effective_from is None:
            self.effective_from, self.date_row = day, number
        elif day != self.effective_from:
            self.problems.add(number, header, Msg("rates.dates_differ", here=day.isoformat(),
                                                  there=self.effective_from.isoformat(),
                                                  row=self.date_row),
                              Msg("rates.dates_differ_fix"))

    def _place(self, number: int, cell: str) -> int | str | None:
        """The row's prefecture code (0 = default row) or region name; None = refused."""
        key = _key(cell).replace(" ", "")
        found: Prefecture | None = None
        place: int | str
        if key in _DEFAULT_KEYS:
            place, what = DEFAULT_PREFECTURE, DEFAULT_LABEL
        elif key and (found := lookup(cell)) is not None:
            place, what = found.code, found.name
        elif key in _REGION_KEYS:
            place = what = _REGION_KEYS[key]
        else:
            problem = (Msg("csv.not_a_prefecture", value=cr.echo(cell)) if key
                       else Msg("rates.no_prefecture"))
            self.problems.add(number, self.pref_header, problem,
                              Msg("rates.prefecture_fix", default=DEFAULT_LABEL))
            return None
        if place in self.row_of:
            self.problems.add(number, self.pref_header, Msg("rates.place_twice", place=what,
                                                            row=self.row_of[place]),
                              Msg("rates.place_twice_fix"))
            return None
        self.row_of[place] = number
        return place

    def _cell(self, number: int, place: int | str, name: str, raw: str) -> None:
        if not raw.strip():
            return
        try:
            yen = cr.yen(raw)
        except cr.CellError as e:
            fix = e.fix
            if cr.nfkc(raw).strip().startswith(("=", "+", "-", "@")):
                fix = Msg("rates.not_a_formula", fix=fix)
            self.problems.add(number, self._header(name), e.problem, fix)
            self.bad.add((place, name))
            return
        if isinstance(place, str):
            self.region_prices[name][place] = yen
        else:
            self.prices[name][place] = yen

    def _expand_regions(self) -> None:
        """A region's price goes to each of its prefectures without a price of its own."""
        for name, prices in self.prices.items():
            for p in PREFECTURES:
                if p.code in prices or (p.code, name) in self.bad:
                    continue
                if (p.region, name) in self.bad:
                    self.bad.add((p.code, name))
                elif p.region in self.region_prices[name]:
                    prices[p.code] = self.region_prices[name][p.region]

    def _header(self, name: str) -> str:
        return next(self.table.headers[i] for i, n in self.columns.items() if n == name)

    def check_coverage(self) -> None:
        """Every prefecture needs a price in every class: its own cell, its region row's or the
        default row's. A gap is reported in the row where the price should be."""
        no_row: list[Prefecture] = []
        for name, prices in self.prices.items():
            if DEFAULT_PREFECTURE in prices or (DEFAULT_PREFECTURE, name) in self.bad:
                continue
            for p in PREFECTURES:
                if p.code in prices or (p.code, name) in self.bad:
                    continue
                row = next((self.row_of[k] for k in (p.code, p.region, DEFAULT_PREFECTURE)
                            if k in self.row_of), None)
                if row is None:
                    if p not in no_row:
                        no_row.append(p)
                    continue
                self.problems.add(row, self._header(name), Msg("rates.no_price",
                                                               prefecture=p.name),
                                  Msg("rates.no_price_fix"))
        for p in sorted(no_row, key=lambda p: p.code):
            self.problems.add(None, self.pref_header, Msg("rates.no_default_row",
                                                          prefecture=p.name,
                                                          default=DEFAULT_LABEL),
                              Msg("rates.no_default_row_fix", prefecture=p.name,
                                  region=p.region, default=DEFAULT_LABEL))
