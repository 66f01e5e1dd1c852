"""A service's rate table as CSV, laid out the way carriers publish theirs.

One row per destination prefecture (the 都道府県 column first, JIS order 北海道 … 沖縄県), after
a first row "全国(既定)" holding the default price (used by every prefecture without a price
of its own), and one column per size class headed by the class name (60, 80 … or 1cm, 2cm, 3cm).
Cells are whole yen; an empty cell means "the default row's price". Exported as UTF-8 with BOM
or cp932 (Shift_JIS, what Excel on a Japanese PC writes), CRLF line ends.

Carriers often publish one row per region (北海道, 北東北, 南東北, 関東 … 沖縄) instead: a region
row gives its price to each of its prefectures that has no row (or an empty cell) of its own.
Region rows are expanded on import; the stored table, and so the export, is per prefecture.

Import reads the same layout back, checks every cell first and replaces the service's prices in
one transaction, or reports every problem by row and column and changes nothing. Decoding and
cell parsing are the CSV import's (csv_rows.py); nothing in a cell is ever evaluated.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from packstation.domain.catalog import DEFAULT_PREFECTURE, ServiceSpec, SizeClassSpec
from packstation.domain.errors import BadInput, InputProblem, NotFound
from packstation.domain.prefectures import PREFECTURES, REGIONS, Prefecture, lookup
from packstation.services.admin.catalog import require_admin
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_rows as cr
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

PREFECTURE_HEADER = "都道府県"
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


def matrix(service: ServiceSpec) -> list[MatrixRow]:
    """The rate table as the CSV and the admin screen show it: default row, then JIS order."""
    rows = [MatrixRow(DEFAULT_PREFECTURE, DEFAULT_LABEL,
                      tuple(c.prices.get(DEFAULT_PREFECTURE) for c in service.classes))]
    rows += [MatrixRow(p.code, p.name, tuple(c.prices.get(p.code) for c in service.classes))
             for p in PREFECTURES]
    return rows


def to_csv(service: ServiceSpec, encoding: str = "utf-8-sig") -> bytes:
    codec = _codec(encoding)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([PREFECTURE_HEADER, *(c.name for c in service.classes)])
    for row in matrix(service):
        writer.writerow([row.label, *("" if y is None else str(y) for y in row.prices)])
    try:
        return out.getvalue().encode(codec)
    except UnicodeEncodeError as e:
        raise BadInput(problems=[InputProblem(None, "encoding", f"'{e.object[e.start:e.end]}' "
                                              "cannot be written in cp932",
                                              "export as UTF-8")]) from e


def export_rates(uow_factory: UnitOfWorkFactory, actor: SessionUser | None, service_code: str,
                 encoding: str = "utf-8-sig") -> bytes:
    require_admin(actor, "export rate tables")
    _codec(encoding)
    with uow_factory() as uow:
        service = uow.catalog.service(service_code)
    if service is None:
        raise NotFound("no such service", code=service_code)
    return to_csv(service, encoding)


def import_rates(uow_factory: UnitOfWorkFactory, actor: SessionUser | None, service_code: str,
                 data: bytes, source: str = "") -> RateImportReport:
    """Check the whole file, then replace the service's prices in one transaction, or nothing.

    Raises BadInput listing every problem (row and column as the spreadsheet shows them).
    """
    user = require_admin(actor, "import rate tables")
    refuse_on_networked_station(uow_factory, "rate tables")
    table = cr.read_table(data, source)
    with uow_factory() as uow:
        service = uow.catalog.service(service_code)
        if service is None:
            raise NotFound("no such service", code=service_code)
        prices = read_prices(table, service.classes, source)
        new = replace(service, classes=tuple(replace(c, prices=prices[c.name])
                                             for c in service.classes))
        uow.catalog.save_service(new)
        changed = sum(_changed(old.prices, c.prices)
                      for old, c in zip(service.classes, new.classes, strict=True))
        stored = sum(len(c.prices) for c in new.classes)
        uow.audit.record("rates_imported", user_id=user.user_id, target=service.code,
                         detail={"file": PurePath(source).name[:100], "rows": len(table.rows),
                                 "prices": stored, "changed": changed,
                                 "encoding": table.encoding})
        uow.commit()
    return RateImportReport(service.code, len(table.rows), stored, changed, table.encoding)


def read_prices(table: cr.Table, classes: Sequence[SizeClassSpec],
                source: str = "") -> dict[str, dict[int, int]]:
    """Class name → {prefecture code (0 = default): yen}, or BadInput with every problem."""
    problems = cr.Problems(headers=table.headers)
    sheet = _Sheet(table, classes, problems)
    problems.raise_if_any(source)  # without the right columns, cell problems are noise
    sheet.read_rows()
    sheet.check_coverage()
    problems.raise_if_any(source)
    return sheet.prices


# --- reading a file -------------------------------------------------------------------------


def _codec(encoding: str) -> str:
    codec = ENCODINGS.get(encoding.strip().lower())
    if codec is None:
        raise BadInput(problems=[InputProblem(None, "encoding", f"unknown encoding "
                                              f"'{encoding}'", "use utf-8 or cp932")])
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
        self._check_first_header()
        self._map_columns()

    def _check_first_header(self) -> None:
        first = _key(self.table.headers[0])
        if first and not any(h in first for h in _PREFECTURE_HEADERS):
            self.problems.add(1, self.table.headers[0], "the first column must be the "
                              "destination prefecture", f"put the '{PREFECTURE_HEADER}' column "
                              "first, then one column per size class")

    def _map_columns(self) -> None:
        exact = {_key(c.name): c.name for c in self.classes}
        loose: dict[str, list[str]] = {}
        for c in self.classes:
            loose.setdefault(_class_key(c.name), []).append(c.name)
        for i, header in enumerate(self.table.headers[1:], start=1):
            if not header:
                self._check_unnamed(i)
                continue
            found = exact.get(_key(header))
            candidates = loose.get(_class_key(header), [])
            found = found or (candidates[0] if len(candidates) == 1 else None)
            if found is None:
                names = ", ".join(c.name for c in self.classes)
                self.problems.add(1, header, f"'{cr.echo(header)}' is not a size class of this "
                                  "service", f"name each column after a size class: {names}")
            elif found in self.columns.values():
                other = next(self.table.headers[j] for j, n in self.columns.items() if n == found)
                self.problems.add(1, header, f"columns '{other}' and '{header}' are both size "
                                  f"class {found}", "delete one of them")
            else:
                self.columns[i] = found
        for c in self.classes:
            if c.name not in self.columns.values():
                self.problems.add(1, None, f"no column for size class {c.name}",
                                  f"add a column '{c.name}' with its prices")

    def _check_unnamed(self, i: int) -> None:
        filled = [n for n, cells in self.table.rows if i < len(cells) and cells[i].strip()]
        if filled:
            self.problems.add(filled[0], f"column {i + 1}", "prices in a column without a "
                              "size class in row 1", "write the size class in row 1 or delete "
                              "the column")

    def read_rows(self) -> None:
        width = len(self.table.headers)
        for number, cells in self.table.rows:
            if any(c.strip() for c in cells[width:]):
                self.problems.add(number, None, f"this row has {len(cells)} cells, the header "
                                  f"only {width}", "quote cells that contain a comma")
            place = self._place(number, cells[0])
            if place is None:
                continue
            for i, name in self.columns.items():
                self._cell(number, place, name, cells[i])
        self._expand_regions()

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
            problem = f"'{cr.echo(cell)}' is not a prefecture" if key else "no prefecture"
            self.problems.add(number, self.pref_header, problem, "e.g. 北海道, 東京都, 大阪, "
                              f"Okinawa or a region such as 関東; '{DEFAULT_LABEL}' or '*' for "
                              "the default row")
            return None
        if place in self.row_of:
            self.problems.add(number, self.pref_header, f"{what} is also in row "
                              f"{self.row_of[place]}", "keep one row per prefecture or region")
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
                fix = f"type the amount itself (no formula, no minus sign): {fix}"
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
                self.problems.add(row, self._header(name), f"no price for {p.name} here nor in "
                                  "the default row", "fill in this cell or the default row's")
        for p in sorted(no_row, key=lambda p: p.code):
            self.problems.add(None, self.pref_header, f"no row for {p.name} and no default "
                              f"row ({DEFAULT_LABEL})", f"add a row for {p.name} or its region "
                              f"({p.region}), or a row '{DEFAULT_LABEL}' with the price for "
                              "every prefecture without a row")
