"""`packstation simulate SCENARIO.json`: a scripted packing run through the packer's services.

The CLI hands in a fresh temporary database; this module loads the scenario's products and
orders, then plays each step and yields one JSON-ready line per step.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import Any

from packstation.domain import prefectures
from packstation.domain.batches import is_batch_no
from packstation.domain.errors import BadInput, InputProblem, NotFound
from packstation.domain.messages import Msg
from packstation.domain.model import (
    Dimensions,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductCode,
    ShipTo,
)
from packstation.domain.verdicts import Verdict
from packstation.services.packing import bench as packing
from packstation.services.packing import sorting
from packstation.services.packing.dto import ScanResult, SortResult
from packstation.services.ports import Clock, UnitOfWorkFactory

STEP_KINDS = ("open", "scan", "complete", "scan_label", "undo", "count", "hold", "open_batch")


def run(
    uow: UnitOfWorkFactory, clock: Clock, scenario: dict[str, Any]
) -> Iterator[dict[str, object]]:
    read = _Reader()
    products = _products(read, scenario.get("products"))
    orders = _orders(read, scenario.get("orders"), {p.sku for p in products})
    today = _today(read, scenario.get("today"))
    batches = _batches(read, scenario.get("batches"), {o.order_no for o in orders})
    steps = _steps(read, scenario.get("steps", []))
    if read.problems:
        raise BadInput(problems=read.problems, source=Msg("cartonize.scenario_source"))
    with uow() as tx:
        tx.products.upsert_many(products)
        tx.orders.add_many(orders)
        for batch_no, order_nos in batches.items():
            tx.batches.add(batch_no, order_nos, rule="simulate", created_by=None,
                           at=clock.now())
        tx.commit()
    bench = packing.Bench(uow, clock, station="simulate", today=today)
    current: str | None = None
    batch: str | None = None  # a batch being sorted: scans are answered with their slot
    for number, step in enumerate(steps, start=1):
        if "open_batch" in step or (batch is not None and "scan" in step):
            sorted_ = _sort(bench, batch, step)
            batch = sorted_.batch_no if sorted_.verdict != "UNKNOWN_ORDER" else batch
            current = None
            yield _sort_line(number, sorted_)
            continue
        result = _play(bench, current, step)
        if result.verdict in ("OPENED", "ALREADY_PACKED"):
            current, batch = result.order_no, None
        yield _line(number, result)


def _sort(bench: packing.Bench, batch: str | None, step: dict[str, Any]) -> SortResult:
    if "open_batch" in step:
        try:
            return sorting.open_batch(bench, str(step["open_batch"]))
        except NotFound:
            return SortResult(Verdict.UNKNOWN_ORDER, None, detail=str(step["open_batch"]))
    assert batch is not None
    return sorting.sort_scan(bench, batch, str(step["scan"]), typed=bool(step.get("typed")))


def _sort_line(number: int, result: SortResult) -> dict[str, object]:
    line: dict[str, object] = {"step": number, "verdict": result.verdict}
    if result.batch_no:
        line["batch_no"] = result.batch_no
    if result.sku:
        line["sku"] = result.sku
    if result.slot:
        line.update(slot=result.slot, order_no=result.order_no, slot_full=result.slot_full)
    if result.slots:
        line["slots_left"] = result.slots_left
    if result.detail:
        line["detail"] = result.detail
    return line


def _play(bench: packing.Bench, current: str | None, step: dict[str, Any]) -> ScanResult:
    if "open" in step:
        return packing.open_order(bench, str(step["open"]))
    if "scan" in step:
        return packing.scan(bench, current, str(step["scan"]), typed=bool(step.get("typed")))
    if "count" in step:
        return packing.scan(bench, current, str(step["count"]["scan"]),
                            keyed_count=step["count"]["qty"])
    if current is None:
        return ScanResult(Verdict.NO_OPEN_ORDER, None, detail="open an order first")
    if "complete" in step:
        return packing.complete(bench, current)
    if "scan_label" in step:
        return packing.scan_label(bench, current, str(step["scan_label"]))
    if "undo" in step:
        return packing.undo_last(bench, current)
    return packing.hold(bench, current, str(step["hold"]))


def _line(number: int, result: ScanResult) -> dict[str, object]:
    line: dict[str, object] = {"step": number, "verdict": result.verdict}
    if result.sku:
        line["sku"] = result.sku
    line["remaining"] = result.remaining if result.line_no is not None else result.order_remaining
    line["order_remaining"] = result.order_remaining
    if result.order_no:
        line["order_no"] = result.order_no
    if result.detail:
        line["detail"] = result.detail
    return line


# --- reading the scenario: every problem reported with its JSON path -------------------------
# Nothing of the scenario is trusted: a wrong type, a fractional or negative quantity, a
# duplicate order number or an unknown SKU is a problem at its path (orders[3].lines[0].qty),
# never a crash halfway through the run.

_ECHO = 40  # longest value quoted back


class _Reader:
    def __init__(self) -> None:
        self.problems: list[InputProblem] = []

    def add(self, path: str, problem: Msg, fix: Msg) -> None:
        self.problems.append(InputProblem(None, path, problem, fix))

    def objects(self, raw: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
        """(path, object) of each element of a list of objects; a missing list is empty."""
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.add(path, Msg("json.not_list", value=_shown(raw)),
                     Msg("json.write_as", example="[...]"))
            return []
        out = []
        for i, element in enumerate(raw):
            if isinstance(element, dict):
                out.append((f"{path}[{i}]", element))
            else:
                self.add(f"{path}[{i}]", Msg("json.not_object", value=_shown(element)),
                         Msg("json.write_as", example="{...}"))
        return out

    def text(self, obj: dict[str, Any], key: str, path: str, required: bool = True,
             numbers: bool = False) -> str | None:
        """A non-empty string (a number too where a scanned code may be written as one)."""
        return self.value_text(obj.get(key), f"{path}.{key}", key, required, numbers)

    def value_text(self, value: Any, at: str, key: str, required: bool = True,
                   numbers: bool = False) -> str | None:
        if value is None:
            if required:
                self.add(at, Msg("json.missing"), Msg("json.write_as", example=f'"{key}": "…"'))
            return None
        if numbers and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip():
            return value
        self.add(at, Msg("json.not_text", value=_shown(value)),
                 Msg("json.write_as", example='"…"'))
        return None

    def code(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        value = self.text(obj, key, path)
        hidden = next((c for c in value or "" if unicodedata.category(c) in _INVISIBLE), None)
        if hidden is not None:
            self.add(f"{path}.{key}", Msg("code.invisible_chars",
                                          codepoint=f"{ord(hidden):04X}"), Msg("code.retype"))
            return None
        return value

    def texts(self, obj: dict[str, Any], key: str, path: str) -> list[str]:
        """A list of codes: each a string (or a number), reported by its index."""
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(f"{path}.{key}", Msg("json.not_list", value=_shown(value)),
                     Msg("json.write_as", example='["4912345678904"]'))
            return []
        found = [self.value_text(v, f"{path}.{key}[{i}]", key, numbers=True)
                 for i, v in enumerate(value)]
        return [v for v in found if v]

    def whole(self, obj: dict[str, Any], key: str, path: str, low: int,
              required: bool = True) -> int | None:
        value = obj.get(key)
        if value is None and not required:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value >= low:
            return value
        problem = Msg("json.missing") if value is None else \
            Msg("json.not_quantity", value=_shown(value)) if low == 1 else \
            Msg("json.not_whole", value=_shown(value), low=low)
        self.add(f"{path}.{key}", problem, Msg("json.write_as", example=f'"{key}": {low}'))
        return None

    def flag(self, obj: dict[str, Any], key: str, path: str) -> bool:
        value = obj.get(key)
        if value is None or isinstance(value, bool):
            return bool(value)
        self.add(f"{path}.{key}", Msg("json.not_text", value=_shown(value)),
                 Msg("json.write_as", example="true / false"))
        return False

    def unique(self, seen: dict[str, str], value: str | None, path: str, what: str) -> bool:
        if value is None:
            return False
        if value in seen:
            self.add(path, Msg("json.duplicate", value=_shown(value), other=seen[value]),
                     Msg("json.make_unique", what=what))
            return False
        seen[value] = path
        return True


_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}  # as csv_rows.code: bidi, zero-width, …


def _shown(value: Any) -> str:
    """A value as JSON, cut short: a problem line stays one readable line."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= _ECHO else text[:_ECHO] + "…"


def _products(read: _Reader, raw: Any) -> list[Product]:
    out: list[Product] = []
    seen: dict[str, str] = {}
    for path, p in read.objects(raw, "products"):
        sku, name = read.code(p, "sku", path), read.text(p, "name", path)
        codes = [ProductCode(c) for c in read.texts(p, "barcodes", path)]
        for at, case in read.objects(p.get("case_codes"), f"{path}.case_codes"):
            code = read.text(case, "code", at, numbers=True)
            units = read.whole(case, "units", at, 1)
            if code and units:
                codes.append(ProductCode(code, units))
        dims = _dims(read, p, path)
        weight = read.whole(p, "weight_g", path, 0, required=False)
        serial, qty_entry, upright = (read.flag(p, k, path) for k in (
            "serial_tracked", "qty_entry_allowed", "this_side_up"))
        if read.unique(seen, sku, f"{path}.sku", "sku") and sku and name:
            out.append(Product(sku, name, codes=codes, dims=dims, weight_g=weight,
                               serial_tracked=serial, qty_entry_allowed=qty_entry,
                               this_side_up=upright))
    return out


def _dims(read: _Reader, p: dict[str, Any], path: str) -> Dimensions | None:
    dims = p.get("dims_mm")
    if dims is None:
        return None
    if isinstance(dims, list) and len(dims) == 3 and all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in dims):
        return Dimensions(*dims)
    read.add(f"{path}.dims_mm", Msg("json.not_whole", value=_shown(dims), low=1),
             Msg("json.write_as", example="[250, 200, 20]"))
    return None


def _orders(read: _Reader, raw: Any, skus: set[str]) -> list[Order]:
    out: list[Order] = []
    seen: dict[str, str] = {}
    for path, o in read.objects(raw, "orders"):
        order_no = read.code(o, "order_no", path)
        lines = []
        for n, (at, ln) in enumerate(read.objects(o.get("lines"), f"{path}.lines"), start=1):
            sku, qty = read.text(ln, "sku", at), read.whole(ln, "qty", at, 1)
            if sku is not None and sku not in skus:
                read.add(f"{at}.sku", Msg("json.unknown_sku", value=_shown(sku)),
                         Msg("json.add_product"))
            elif sku is not None and qty is not None:
                lines.append(OrderLine(n, sku, qty))
        tracking = read.text(o, "tracking_no", path, required=False, numbers=True) or ""
        ship_to = _ship_to(read, o.get("ship_to"), f"{path}.ship_to")
        if read.unique(seen, order_no, f"{path}.order_no", "order_no") and order_no:
            out.append(Order(order_no, "simulate", OrderStatus.OPEN, lines,
                             ship_to=ship_to, tracking_no=tracking))
    return out


def _batches(read: _Reader, raw: Any, order_nos: set[str]) -> dict[str, list[str]]:
    """`"batches": [{"batch_no": "B-1", "orders": ["R-1", "R-2"]}]`: slots in that order."""
    out: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    in_batch: dict[str, str] = {}
    for path, b in read.objects(raw, "batches"):
        batch_no = read.code(b, "batch_no", path)
        if batch_no is not None and not is_batch_no(batch_no):
            read.add(f"{path}.batch_no", Msg("json.not_batch_no", value=_shown(batch_no)),
                     Msg("json.write_as", example='"B-1"'))
            continue
        members = read.texts(b, "orders", path)
        for i, order_no in enumerate(members):
            at = f"{path}.orders[{i}]"
            if order_no not in order_nos:
                read.add(at, Msg("json.unknown_order", value=_shown(order_no)),
                         Msg("json.add_order"))
            read.unique(in_batch, order_no, at, "batch")
        if read.unique(seen, batch_no, f"{path}.batch_no", "batch_no") and batch_no:
            out[batch_no] = members
    return out


def _ship_to(read: _Reader, raw: Any, path: str) -> ShipTo | None:
    if not raw:
        return None
    if not isinstance(raw, dict):
        read.add(path, Msg("json.not_object", value=_shown(raw)),
                 Msg("json.write_as", example="{...}"))
        return None
    fields = {k: read.text(raw, k, path, required=False, numbers=k != "name") or ""
              for k in ("name", "postal_code", "prefecture", "address", "phone")}
    pref = prefectures.lookup(fields["prefecture"])
    if pref is None:
        read.add(f"{path}.prefecture", Msg("json.unknown_prefecture",
                                           value=_shown(fields["prefecture"])),
                 Msg("json.prefecture_fix"))
        return None
    return ShipTo(fields["name"], fields["postal_code"], pref.code, fields["address"],
                  phone=fields["phone"])


def _today(read: _Reader, raw: Any) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        read.add("today", Msg("json.not_date", value=_shown(raw)),
                 Msg("json.write_as", example='"2026-11-23"'))
        return None


def _steps(read: _Reader, raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        read.add("steps", Msg("json.not_list", value=_shown(raw)),
                 Msg("json.write_as", example='"steps": [{"open": "R-1001"}, …]'))
        return []
    steps = []
    for path, step in read.objects(raw, "steps"):
        kinds = [k for k in STEP_KINDS if k in step]
        if len(kinds) != 1:
            read.add(path, Msg("json.unknown_step", kinds=list(STEP_KINDS)),
                     Msg("json.write_as", example='{"scan": "4912345678904"}'))
            continue
        kind = kinds[0]
        if kind in ("open", "scan", "scan_label", "hold", "open_batch"):
            value = read.text(step, kind, path, numbers=True)
            clean: dict[str, Any] = {kind: value, "typed": read.flag(step, "typed", path)}
        elif kind == "count":
            count = step["count"]
            if not isinstance(count, dict):
                read.add(f"{path}.count", Msg("json.not_object", value=_shown(count)),
                         Msg("json.write_as", example='{"scan": "…", "qty": 12}'))
                continue
            value = read.text(count, "scan", f"{path}.count", numbers=True)
            qty = read.whole(count, "qty", f"{path}.count", 1)
            clean = {kind: {"scan": value, "qty": qty}}
        else:
            clean = {kind: step[kind]}
        steps.append(clean)
    return steps
