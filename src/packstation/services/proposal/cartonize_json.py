"""`packstation cartonize INPUT.json`: boxes and carrier service for one order, as JSON.

Input and output are the contract's (docs/cli-contract.md, `cartonize`); this module only
reads, checks and writes: the choice itself is ``domain.shipping.plan_shipment``.

Choices made where the contract is silent:
- Without ``services`` (or with an empty list) boxes are chosen on box cost alone and every
  package has ``"service": null, "class": null, "shipping_yen": null``: the keys are always
  there so a consumer never has to test for them; ``total_cost_yen`` is then the boxes' cost.
- ``shipping_yen`` is what the carrier charges for the package, surcharges included; the
  extra key ``surcharges_yen`` ({"cool", "cod", "relay"}) breaks it down.
- Extra keys, all optional: item ``fragile``; box ``envelope``; service ``thin``,
  ``envelope_only``, ``box_codes``, ``cool`` ({max_sum_mm, max_weight_g, chilled_yen,
  frozen_yen}), ``cod_fee_yen`` ([{up_to_yen, fee_yen}]), ``relay_fee_yen`` ({place: yen});
  top level ``cool`` ("none" | "chilled" | "frozen") and ``cod_yen``; destination
  ``remote_island``. Output adds ``alternatives`` (the next two, other box or service).
- Price-table keys may be a prefecture, a carrier region (関東…) or "*".
"""

from __future__ import annotations

from collections.abc import Callable

from packstation.domain.cartonize import Box, Item, expand
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.model import CoolType
from packstation.domain.prefectures import lookup
from packstation.domain.shipping import (
    CodBand,
    CoolOption,
    Destination,
    OrderTerms,
    Proposal,
    Service,
    Shipment,
    SizeClass,
    is_known_place,
    plan_shipment,
)


def run(payload: dict[str, object]) -> dict[str, object]:
    """Check the input, choose, and return the contract's output. Raises BadInput."""
    read = Reader()
    if not isinstance(payload, dict):
        read.problem("", "the input is not a JSON object", 'write {"items": [...], ...}')
        raise BadInput(problems=read.problems, source="cartonize input")
    units = _items(read, payload)
    boxes = _boxes(read, payload)
    services = _services(read, payload)
    terms = _terms(read, payload)
    if read.problems:
        raise BadInput(problems=read.problems, source="cartonize input")
    plan = plan_shipment(units, boxes, services, terms)
    packages = [_package(s) for s in plan.best.shipments] if plan.best else []
    return {
        "packages": packages,
        "total_cost_yen": plan.best.total_yen if plan.best else 0,
        "unpacked": [{"sku": u.sku, "reason": u.reason} for u in plan.unpacked],
        "explanation": plan.explanation,
        "alternatives": [_alternative(p) for p in plan.alternatives],
    }


def _package(shipment: Shipment) -> dict[str, object]:
    package, quote = shipment.package, shipment.quote
    out: dict[str, object] = {
        "box": package.box.code,
        "service": quote.service if quote else None,
        "class": quote.size_class if quote else None,
        "shipping_yen": quote.total_yen if quote else None,
        "box_cost_yen": package.box.cost_yen,
        "gross_weight_g": package.gross_weight_g,
        "items": [{"sku": p.sku, "position_mm": list(p.position_mm), "size_mm": list(p.size_mm)}
                  for p in package.placements],
    }
    if quote:
        out["surcharges_yen"] = {"cool": quote.cool_yen, "cod": quote.cod_yen,
                                 "relay": quote.relay_yen}
    return out


def _alternative(proposal: Proposal) -> dict[str, object]:
    return {
        "total_cost_yen": proposal.total_yen,
        "packages": [{k: v for k, v in _package(s).items() if k != "items"}
                     for s in proposal.shipments],
    }


def _items(read: Reader, payload: dict[str, object]) -> list[Item]:
    lines: list[tuple[Item, int]] = []
    seen: dict[str, Item] = {}
    for n, raw in read.objects(payload, "items"):
        at = f"items[{n}]"
        sku = read.text(raw, at, "sku")
        qty = read.integer(raw, at, "qty", low=1)
        dims = read.dims(raw, at, "dims_mm")
        weight = read.integer(raw, at, "weight_g", low=0)
        upright = read.flag(raw, at, "this_side_up")
        fragile = read.flag(raw, at, "fragile")
        if sku is None or qty is None or dims is None or weight is None:
            continue
        item = Item(sku, dims, weight, upright, fragile)
        if seen.setdefault(sku, item) != item:
            read.problem(f"{at}.sku", f"sku '{sku}' is listed twice with different data",
                         "give each sku one line, or the same dimensions and weight")
            continue
        lines.append((item, qty))
    return expand(lines)


def _boxes(read: Reader, payload: dict[str, object]) -> list[Box]:
    boxes: list[Box] = []
    for n, raw in read.objects(payload, "boxes"):
        at = f"boxes[{n}]"
        code = read.text(raw, at, "code")
        inner, outer = read.dims(raw, at, "inner_mm"), read.dims(raw, at, "outer_mm")
        tare = read.integer(raw, at, "tare_g", low=0)
        cost = read.integer(raw, at, "cost_yen", low=0)
        limit = read.integer(raw, at, "max_weight_g", low=1)
        envelope = read.flag(raw, at, "envelope")
        if inner and outer and any(o < i for o, i in zip(outer, inner, strict=True)):
            read.problem(f"{at}.outer_mm", "an outer dimension is smaller than the inner one",
                         "give the outside measure, wall included, in the same order")
            continue
        if code in {b.code for b in boxes}:
            read.problem(f"{at}.code", f"box code '{code}' is used twice", "make codes unique")
            continue
        if code is None or inner is None or outer is None or tare is None or cost is None \
                or limit is None:
            continue
        boxes.append(Box(code, inner, outer, tare, cost, limit, envelope))
    return boxes


def _services(read: Reader, payload: dict[str, object]) -> list[Service]:
    services: list[Service] = []
    if payload.get("services") is None:
        return services
    for n, raw in read.objects(payload, "services", required=False):
        at = f"services[{n}]"
        code = read.text(raw, at, "code")
        classes = [c for m, c_raw in read.objects(raw, "classes", at=at)
                   if (c := _size_class(read, c_raw, f"{at}.classes[{m}]")) is not None]
        cool = _cool(read, raw, at)
        cod = _cod_bands(read, raw, at)
        relay = read.price_table(raw, at, "relay_fee_yen", is_known_place, required=False)
        box_codes = read.texts(raw, at, "box_codes")
        flags = (read.flag(raw, at, "thin"), read.flag(raw, at, "envelope_only"))
        if code in {s.code for s in services}:
            read.problem(f"{at}.code", f"service code '{code}' is used twice",
                         "make codes unique")
        elif code is not None and classes:
            services.append(Service(code, tuple(classes), thin=flags[0], cool=cool,
                                    cod_bands=cod, envelope_only=flags[1],
                                    relay_fee_yen=relay or {},
                                    box_codes=frozenset(box_codes) if box_codes else None))
    return services


def _size_class(read: Reader, raw: dict[str, object], at: str) -> SizeClass | None:
    name = read.text(raw, at, "name")
    max_sum = read.integer(raw, at, "max_sum_mm", low=1)
    max_side = read.integer(raw, at, "max_side_mm", low=1, required=False)
    max_thick = read.integer(raw, at, "max_thickness_mm", low=1, required=False)
    max_weight = read.integer(raw, at, "max_weight_g", low=1)
    prices = read.price_table(raw, at, "price_yen", is_known_place)
    if name is None or max_sum is None or max_weight is None or prices is None:
        return None
    return SizeClass(name, max_sum, max_weight, prices, max_side, max_thick)


def _cool(read: Reader, raw: dict[str, object], at: str) -> CoolOption | None:
    cool = read.mapping(raw, at, "cool")
    if cool is None:
        return None
    at = f"{at}.cool"
    return CoolOption(read.integer(cool, at, "max_sum_mm", low=1, required=False),
                      read.integer(cool, at, "max_weight_g", low=1, required=False),
                      read.price_table(cool, at, "chilled_yen", None, required=False) or {},
                      read.price_table(cool, at, "frozen_yen", None, required=False) or {})


def _cod_bands(read: Reader, raw: dict[str, object], at: str) -> tuple[CodBand, ...]:
    bands = []
    for n, band in read.objects(raw, "cod_fee_yen", at=at, required=False):
        where = f"{at}.cod_fee_yen[{n}]"
        up_to = read.integer(band, where, "up_to_yen", low=0)
        fee = read.integer(band, where, "fee_yen", low=0)
        if up_to is not None and fee is not None:
            bands.append(CodBand(up_to, fee))
    return tuple(bands)


def _terms(read: Reader, payload: dict[str, object]) -> OrderTerms:
    destination = Destination()
    dest = read.mapping(payload, "", "destination")
    if dest is not None:
        prefecture = read.text(dest, "destination", "prefecture", required=False)
        if prefecture is not None and lookup(prefecture) is None:
            read.problem("destination.prefecture", f"unknown prefecture '{prefecture}'",
                         "write one of the 47, e.g. 東京都, 北海道, or its JIS code 01–47")
        destination = Destination(prefecture, read.flag(dest, "destination", "remote_island"))
    cool = CoolType.NONE
    raw_cool = payload.get("cool")
    if raw_cool is not None:
        if raw_cool in {c.value for c in CoolType}:
            cool = CoolType(str(raw_cool))
        else:
            read.problem("cool", f"unknown cool type {raw_cool!r}",
                         "use none, chilled (冷蔵) or frozen (冷凍)")
    cod = read.integer(payload, "", "cod_yen", low=0, required=False) or 0
    return OrderTerms(destination, cool, cod)


class Reader:
    """Reads JSON values by field path, collecting one InputProblem per fault, never raising.

    Paths are what the user sees in the file: ``items[2].dims_mm`` (0-based, as in JSON)."""

    def __init__(self) -> None:
        self.problems: list[InputProblem] = []

    def problem(self, column: str, problem: str, fix: str) -> None:
        self.problems.append(InputProblem(None, column or None, problem, fix))

    def _get(self, raw: dict[str, object], at: str, key: str, required: bool,
             ) -> tuple[str, object]:
        path = f"{at}.{key}" if at else key
        value = raw.get(key)
        if value is None and required:
            self.problem(path, "missing", f"add {key}")
        return path, value

    def objects(self, raw: dict[str, object], key: str, at: str = "",
                required: bool = True) -> list[tuple[int, dict[str, object]]]:
        path, value = self._get(raw, at, key, required)
        if value is None:
            return []
        if not isinstance(value, list) or (required and not value):
            self.problem(path, "not a non-empty list", f"write {key} as a JSON list [...]")
            return []
        out = []
        for n, element in enumerate(value):
            if isinstance(element, dict):
                out.append((n, element))
            else:
                self.problem(f"{path}[{n}]", "not an object", "write it as {...}")
        return out

    def mapping(self, raw: dict[str, object], at: str, key: str) -> dict[str, object] | None:
        path, value = self._get(raw, at, key, required=False)
        if value is None or isinstance(value, dict):
            return value
        self.problem(path, "not an object", "write it as {...}")
        return None

    def text(self, raw: dict[str, object], at: str, key: str, required: bool = True,
             ) -> str | None:
        path, value = self._get(raw, at, key, required)
        if value is None:
            return None
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problem(path, f"{value!r} is not a text", "write a non-empty string")
        return None

    def texts(self, raw: dict[str, object], at: str, key: str) -> list[str] | None:
        path, value = self._get(raw, at, key, required=False)
        if value is None:
            return None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [str(v) for v in value]
        self.problem(path, "not a list of texts", 'write ["A", "B"]')
        return None

    def integer(self, raw: dict[str, object], at: str, key: str, low: int,
                required: bool = True) -> int | None:
        path, value = self._get(raw, at, key, required)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value >= low:
            return value
        self.problem(path, f"{value!r} is not a whole number of at least {low}",
                     "write an integer (millimetres, grams, yen)")
        return None

    def flag(self, raw: dict[str, object], at: str, key: str) -> bool:
        path, value = self._get(raw, at, key, required=False)
        if value is None or isinstance(value, bool):
            return bool(value)
        self.problem(path, f"{value!r} is not true or false", "write true or false")
        return False

    def dims(self, raw: dict[str, object], at: str, key: str) -> tuple[int, int, int] | None:
        path, value = self._get(raw, at, key, required=True)
        if value is None:
            return None
        if isinstance(value, list) and len(value) == 3 and all(
                isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value):
            return (int(value[0]), int(value[1]), int(value[2]))
        self.problem(path, f"{value!r} is not three positive whole millimetres",
                     "write [length, width, height], e.g. [100, 80, 30]")
        return None

    def price_table(self, raw: dict[str, object], at: str, key: str,
                    valid_key: Callable[[str], bool] | None, required: bool = True,
                    ) -> dict[str, int] | None:
        path, value = self._get(raw, at, key, required)
        if value is None:
            return None
        if not isinstance(value, dict) or not value:
            self.problem(path, "not a non-empty object", 'write {"*": 930, "北海道": 1260}')
            return None
        table: dict[str, int] = {}
        for name, price in value.items():
            if valid_key is not None and not valid_key(name):
                self.problem(f"{path}.{name}", f"unknown prefecture or region '{name}'",
                             'use a prefecture (北海道), a region (関東) or "*"')
            elif isinstance(price, int) and not isinstance(price, bool) and price >= 0:
                table[name] = price
            else:
                self.problem(f"{path}.{name}", f"{price!r} is not a price",
                             "write whole yen, 0 or more")
        return table
