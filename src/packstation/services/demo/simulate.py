"""`packstation simulate SCENARIO.json`: a scripted packing run through the packer's services.

The CLI hands in a fresh temporary database; this module loads the scenario's products and
orders, then plays each step and yields one JSON-ready line per step.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from packstation.domain import prefectures
from packstation.domain.errors import BadInput, InputProblem
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
from packstation.services.packing.dto import ScanResult
from packstation.services.ports import Clock, UnitOfWorkFactory

STEP_KINDS = ("open", "scan", "complete", "scan_label", "undo", "count", "hold")


def run(
    uow: UnitOfWorkFactory, clock: Clock, scenario: dict[str, Any]
) -> Iterator[dict[str, object]]:
    problems: list[InputProblem] = []
    products = _products(scenario.get("products", []), problems)
    orders = _orders(scenario.get("orders", []), problems)
    today = _today(scenario.get("today"), problems)
    steps = _steps(scenario.get("steps", []), problems)
    if problems:
        raise BadInput(problems=problems, source="scenario")
    with uow() as tx:
        tx.products.upsert_many(products)
        tx.orders.add_many(orders)
        tx.commit()
    bench = packing.Bench(uow, clock, station="simulate", today=today)
    current: str | None = None
    for number, step in enumerate(steps, start=1):
        result = _play(bench, current, step)
        if result.verdict in ("OPENED", "ALREADY_PACKED"):
            current = result.order_no
        yield _line(number, result)


def _play(bench: packing.Bench, current: str | None, step: dict[str, Any]) -> ScanResult:
    if "open" in step:
        return packing.open_order(bench, str(step["open"]))
    if "scan" in step:
        return packing.scan(bench, current, str(step["scan"]), typed=bool(step.get("typed")))
    if "count" in step:
        return packing.scan(bench, current, str(step["count"]["scan"]),
                            keyed_count=int(step["count"]["qty"]))
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

def _need(obj: dict[str, Any], key: str, kind: type, path: str,
          problems: list[InputProblem]) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        problems.append(InputProblem(None, f"{path}.{key}", f"missing or not a {kind.__name__}",
                                     f"give {key} as a {kind.__name__}"))
        return None
    return value


def _products(raw: list[Any], problems: list[InputProblem]) -> list[Product]:
    out = []
    for i, p in enumerate(raw):
        path = f"products[{i}]"
        sku, name = _need(p, "sku", str, path, problems), _need(p, "name", str, path, problems)
        codes = [ProductCode(str(c)) for c in p.get("barcodes", [])]
        codes += [ProductCode(str(c["code"]), int(c["units"])) for c in p.get("case_codes", [])]
        dims = p.get("dims_mm")
        if sku and name:
            out.append(Product(sku, name, codes=codes,
                               dims=Dimensions(*map(int, dims)) if dims else None,
                               weight_g=p.get("weight_g"),
                               serial_tracked=bool(p.get("serial_tracked")),
                               qty_entry_allowed=bool(p.get("qty_entry_allowed")),
                               this_side_up=bool(p.get("this_side_up"))))
    return out


def _orders(raw: list[Any], problems: list[InputProblem]) -> list[Order]:
    out = []
    for i, o in enumerate(raw):
        path = f"orders[{i}]"
        order_no = _need(o, "order_no", str, path, problems)
        lines = [OrderLine(n, str(ln["sku"]), int(ln["qty"]))
                 for n, ln in enumerate(o.get("lines", []), start=1)]
        if order_no:
            out.append(Order(order_no, "simulate", OrderStatus.OPEN, lines,
                             ship_to=_ship_to(o.get("ship_to"), f"{path}.ship_to", problems),
                             tracking_no=str(o.get("tracking_no", ""))))
    return out


def _ship_to(raw: Any, path: str, problems: list[InputProblem]) -> ShipTo | None:
    if not raw:
        return None
    pref = prefectures.lookup(str(raw.get("prefecture", "")))
    if pref is None:
        problems.append(InputProblem(None, f"{path}.prefecture", "unknown prefecture",
                                     "use a name such as 北海道 or 東京都"))
        return None
    return ShipTo(str(raw.get("name", "")), str(raw.get("postal_code", "")), pref.code,
                  str(raw.get("address", "")), phone=str(raw.get("phone", "")))


def _today(raw: Any, problems: list[InputProblem]) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        problems.append(InputProblem(None, "today", "not a date", "write it as YYYY-MM-DD"))
        return None


def _steps(raw: Any, problems: list[InputProblem]) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        problems.append(InputProblem(None, "steps", "missing or not a list", "add a steps list"))
        return []
    for i, step in enumerate(raw):
        if not isinstance(step, dict) or not any(k in step for k in STEP_KINDS):
            problems.append(InputProblem(None, f"steps[{i}]", "unknown step",
                                         f"use one of {', '.join(STEP_KINDS)}"))
    return raw
