"""Carrier hand-off, import side: the carrier software's issued-data CSV → tracking numbers.

Rows are matched by order number (お客様管理番号). Every tracking number is checked (check
digit per carrier) and every row is checked before anything changes: one bad, unmatched or
duplicate row refuses the whole file, with each problem by row and column and what to do.
A row whose order already carries that very number (the same file imported twice) is fine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from packstation.domain.barcodes import normalize_tracking, tracking_check_ok
from packstation.domain.carrier_csv import Preset
from packstation.domain.carrier_presets import CARRIERS, DEFAULT_ACCOUNT
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.model import OrderStatus
from packstation.services.carrier.export import carrier_key, load_preset
from packstation.services.carrier.ports import TrackingTarget
from packstation.services.ports import Clock, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station


@dataclass(frozen=True)
class TrackingReport:
    carrier: str
    rows: int  # data rows read
    shipped: int  # orders moved to shipped now
    already: int  # rows whose order already had this number


@dataclass(frozen=True)
class _Row:
    row: int
    order_no: str
    raw: str
    tracking: str


@dataclass
class _Check:
    order_col: str
    tracking_col: str
    problems: list[InputProblem] = field(default_factory=list)

    def add(self, row: int, column: str, problem: str, fix: str) -> None:
        self.problems.append(InputProblem(row, column, problem, fix))


def decode(data: bytes, source: str = "") -> str:
    """The carriers write cp932; a file re-saved as UTF-8 (with or without BOM) is read too."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    for encoding in ("utf-8", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadInput(problems=[InputProblem(None, None, "the file is neither cp932 (Shift_JIS) "
                                          "nor UTF-8 text", "export the issued data from the "
                                          "carrier software again as CSV")], source=source)


def import_tracking(uow_factory: UnitOfWorkFactory, clock: Clock, carrier: str, data: bytes, *,
                    source: str = "", account: str = DEFAULT_ACCOUNT,
                    actor_id: int | None = None) -> TrackingReport:
    refuse_on_networked_station(uow_factory, "tracking numbers")
    carrier = carrier_key(carrier)
    table = list(csv.reader(io.StringIO(decode(data, source), newline="")))
    with uow_factory() as uow:
        preset = load_preset(uow, carrier, account)
        check = _Check(preset.tracking_order_column, preset.tracking_number_column)
        rows = _rows(table, preset, check, source)
        targets = uow.carrier.targets([r.order_no for r in rows if r.order_no])
        owners = uow.carrier.tracking_owners([r.tracking for r in rows if r.tracking])
        todo, already = _verify(rows, carrier, targets, owners, check)
        if check.problems:
            raise BadInput(problems=check.problems, source=source)
        uow.carrier.mark_shipped(todo, clock.now())
        uow.audit.record("tracking_import", user_id=actor_id, target=carrier,
                         detail={"account": account, "shipped": len(todo), "already": already})
        uow.commit()
    return TrackingReport(carrier, len(rows), len(todo), already)


def _column_index(spec: str, header: Sequence[str] | None) -> int | None:
    spec = spec.strip()
    if spec.startswith("#") and spec[1:].isdigit():
        return int(spec[1:]) - 1
    if header is None:
        return None
    cleaned = [h.strip().lstrip("\ufeff") for h in header]
    return cleaned.index(spec) if spec in cleaned else None


def _rows(table: list[list[str]], preset: Preset, check: _Check, source: str) -> list[_Row]:
    positional = all(s.strip().startswith("#") for s in (check.order_col, check.tracking_col))
    header = None if positional or not table else table[0]
    order_i = _column_index(preset.tracking_order_column, header)
    track_i = _column_index(preset.tracking_number_column, header)
    missing = [name for name, i in ((check.order_col, order_i), (check.tracking_col, track_i))
               if i is None]
    if missing:
        raise BadInput(problems=[InputProblem(1, name, "column not found in the header row",
                                              "export the issued data with this column, or "
                                              "change the column name in the carrier layout")
                                 for name in missing], source=source)
    assert order_i is not None and track_i is not None
    first = 1 if positional else 2
    out = []
    for n, cells in enumerate(table[first - 1:], start=first):
        if not any(c.strip() for c in cells):
            continue  # blank line
        order_no = cells[order_i].strip() if order_i < len(cells) else ""
        raw = cells[track_i].strip() if track_i < len(cells) else ""
        out.append(_Row(n, order_no, raw, normalize_tracking(raw) if raw else ""))
    return out


def _verify(rows: list[_Row], carrier: str, targets: dict[str, TrackingTarget],
            owners: dict[str, str], check: _Check) -> tuple[list[tuple[str, str]], int]:
    todo: list[tuple[str, str]] = []
    already = 0
    first_of_order: dict[str, _Row] = {}
    first_of_number: dict[str, _Row] = {}
    for r in rows:
        if not _row_ok(r, carrier, check):
            continue
        if _duplicate(r, first_of_order, first_of_number, check):
            continue
        target = targets.get(r.order_no)
        if target is None:
            check.add(r.row, check.order_col, f"no order '{r.order_no}'",
                      "check the order number; import the order first if it is missing")
            continue
        state = _state(r, carrier, target, owners, check)
        if state == "already":
            already += 1
        elif state == "ship":
            todo.append((r.order_no, r.tracking))
    return todo, already


def _row_ok(r: _Row, carrier: str, check: _Check) -> bool:
    ok = True
    if not r.order_no:
        check.add(r.row, check.order_col, "no order number",
                  "fill in the order number the export wrote, or delete the row")
        ok = False
    if not r.tracking:
        check.add(r.row, check.tracking_col, "no tracking number",
                  "issue the label in the carrier software first, or delete the row")
        ok = False
    elif not tracking_check_ok(CARRIERS[carrier], r.tracking):
        check.add(r.row, check.tracking_col, f"tracking number '{r.raw}' fails its check digit",
                  "correct the number from the printed label")
        ok = False
    return ok


def _duplicate(r: _Row, first_of_order: dict[str, _Row], first_of_number: dict[str, _Row],
               check: _Check) -> bool:
    seen = first_of_order.get(r.order_no)
    if seen is not None:
        check.add(r.row, check.order_col, f"order '{r.order_no}' is also on row {seen.row}",
                  "keep one row per order (one label per order)")
        return True
    other = first_of_number.get(r.tracking)
    if other is not None:
        check.add(r.row, check.tracking_col, f"tracking number '{r.raw}' is also on row "
                  f"{other.row} (order {other.order_no})", "each label has its own number: "
                  "correct the number or the order on one of the rows")
        return True
    first_of_order[r.order_no] = r
    first_of_number[r.tracking] = r
    return False


def _state(r: _Row, carrier: str, t: TrackingTarget, owners: dict[str, str],
           check: _Check) -> str:
    owner = owners.get(r.tracking)
    if owner is not None and owner != r.order_no:
        check.add(r.row, check.tracking_col, f"tracking number '{r.raw}' already belongs to "
                  f"order {owner}", "correct the number from the printed label")
        return "bad"
    if t.tracking_no == r.tracking and t.status == OrderStatus.SHIPPED.value:
        return "already"
    if t.status == OrderStatus.SHIPPED.value:
        check.add(r.row, check.tracking_col, f"order {r.order_no} was shipped with tracking "
                  f"number {t.tracking_no}", "delete the row, or correct the number")
        return "bad"
    if t.status != OrderStatus.PACKED.value:
        check.add(r.row, check.order_col, f"order {r.order_no} is {t.status}, not packed",
                  "pack the order before attaching its tracking number")
        return "bad"
    if t.exported_carrier and t.exported_carrier != carrier:
        check.add(r.row, check.order_col, f"order {r.order_no} was exported for "
                  f"{t.exported_carrier}, not {carrier}", "import this file as "
                  f"{t.exported_carrier}, or export the order again for {carrier}")
        return "bad"
    return "ship"
