"""Batch picking (トータルピッキング) and sorting at the bench (種まき), issue 20.

The lead groups open orders into a batch; the picker walks the shelves once with one total
list; at the bench each scanned unit is put into the slot (間口) of the first order in the
batch that still needs it. Which orders go together is decided here, purely, from a digest of
each order, so the choice is the same on a station and in a test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg
from packstation.domain.model import CoolType, Product
from packstation.domain.picking import location_key

JST = timezone(timedelta(hours=9))
MAX_ORDERS = 200  # a sorting rack larger than this is not a rack any more
DEFAULT_MAX_ORDERS = 30
FILTERS = ("single", "multi", "cool", "normal", "gift", "channel=NAME", "carrier=CODE",
           "before=HH:MM", "due=YYYY-MM-DD")
_BATCH_NO = re.compile(r"^B-\d+$")  # B-0001 as made here; B-1 in a simulate scenario


@dataclass(frozen=True)
class OrderDigest:
    """What the choice of a batch looks at (no personal data)."""

    order_no: str
    units: int
    cool: CoolType
    gift: bool
    channel: str
    ordered_at: datetime | None
    delivery_date: date | None


@dataclass(frozen=True)
class BatchFilter:
    single: bool | None = None  # True: one unit only (単品), False: more than one
    cool: bool | None = None  # True: 冷凍/冷蔵 only, False: no cool
    gift: bool = False
    channel: str = ""
    ordered_before: time | None = None  # today's cutoff, Japan time
    due_by: date | None = None  # お届け指定日 on or before
    # The carrier of the order's cheapest way to ship (its proposal): one pick-up's parcels
    # together. Known only by pricing the order, so checked by choose(), not accepts().
    carrier: str = ""

    def accepts(self, order: OrderDigest, today: date) -> bool:
        checks = (
            self.single is None or (order.units == 1) == self.single,
            self.cool is None or (order.cool is not CoolType.NONE) == self.cool,
            not self.gift or order.gift,
            not self.channel or order.channel == self.channel,
            self.ordered_before is None or _before(order.ordered_at, today, self.ordered_before),
            self.due_by is None or (order.delivery_date is not None
                                    and order.delivery_date <= self.due_by),
        )
        return all(checks)


def _before(ordered_at: datetime | None, today: date, cutoff: time) -> bool:
    if ordered_at is None:
        return False
    return ordered_at.astimezone(JST) < datetime.combine(today, cutoff, JST)


def parse_filters(texts: Sequence[str], max_orders: int,
                  carriers: Mapping[str, str] | None = None) -> BatchFilter:
    """`--filter` options as the lead types them; every problem at once, none applied.
    ``carriers``: the shop's carriers, code or name → code (None: any carrier= is taken)."""
    problems: list[InputProblem] = []
    if not 1 <= max_orders <= MAX_ORDERS:
        problems.append(InputProblem(None, "--max-orders", Msg(
            "batch.max_orders_range", value=max_orders, high=MAX_ORDERS),
            Msg("batch.max_orders_fix", high=MAX_ORDERS)))
    values: dict[str, object] = {}
    for text in texts:
        problem = _apply(text.strip(), values)
        if problem is not None:
            problems.append(InputProblem(None, "--filter", problem,
                                         Msg("batch.filters_fix", filters=list(FILTERS))))
    carrier = str(values.get("carrier", ""))
    if carrier and carriers is not None:
        if carrier in carriers:
            values["carrier"] = carriers[carrier]
        else:
            problems.append(InputProblem(None, "--filter", Msg("batch.unknown_carrier",
                                                               value=carrier),
                                         Msg("batch.carriers_fix",
                                             carriers=sorted(set(carriers.values())))))
    if problems:
        raise BadInput(problems=problems, source="batch create")
    return BatchFilter(**values)  # type: ignore[arg-type]


def _apply(text: str, values: dict[str, object]) -> Msg | None:
    flags: dict[str, tuple[str, object]] = {
        "single": ("single", True), "multi": ("single", False), "cool": ("cool", True),
        "normal": ("cool", False), "gift": ("gift", True)}
    if text in flags:
        name, value = flags[text]
        values[name] = value
        return None
    key, _, value = text.partition("=")
    try:
        if key == "channel" and value:
            values["channel"] = value
        elif key == "carrier" and value:
            values["carrier"] = value
        elif key == "before":
            values["ordered_before"] = time.fromisoformat(value)
        elif key == "due":
            values["due_by"] = date.fromisoformat(value)
        else:
            return Msg("batch.unknown_filter", value=text)
    except ValueError:
        return Msg("batch.bad_filter_value", value=text)
    return None


def choose(orders: Iterable[OrderDigest], rule: BatchFilter, max_orders: int,
           today: date, carrier_of: Callable[[OrderDigest], str] | None = None,
           ) -> list[OrderDigest]:
    """The oldest accepted orders first (first ordered, first shipped), up to the rack size.
    With a carrier rule, `carrier_of` says each candidate's carrier (pricing an order costs a
    few milliseconds: only the oldest are asked, until the rack is full)."""
    accepted = [o for o in orders if rule.accepts(o, today)]
    accepted.sort(key=lambda o: (o.ordered_at is None, o.ordered_at or datetime.min.replace(
        tzinfo=JST), o.order_no))
    if not rule.carrier or carrier_of is None:
        return accepted[:max_orders]
    chosen: list[OrderDigest] = []
    for order in accepted:
        if len(chosen) == max_orders:
            break
        if carrier_of(order) == rule.carrier:
            chosen.append(order)
    return chosen


def batch_no(sequence: int) -> str:
    return f"B-{sequence:04d}"


def is_batch_no(text: str) -> bool:
    return bool(_BATCH_NO.match(text))


# --- the total pick list -------------------------------------------------------------------

@dataclass(frozen=True)
class SlotQty:
    slot: int
    qty: int


@dataclass(frozen=True)
class TotalLine:
    location: str
    sku: str
    name_ja: str
    code: str
    qty: int
    slots: tuple[SlotQty, ...]  # where the units go at the bench (種まき)


@dataclass(frozen=True)
class TotalPickList:
    batch_no: str
    orders: int
    lines: tuple[TotalLine, ...]
    units: int = field(default=0)


def total_pick_list(batch: str, slots: Mapping[int, Mapping[str, int]],
                    products: Mapping[str, Product]) -> TotalPickList:
    """Every SKU of the batch once, in shelf order, with its slots. `slots` maps a slot
    number to that order's SKU quantities."""
    per_sku: dict[str, list[SlotQty]] = {}
    for slot in sorted(slots):
        for sku, qty in slots[slot].items():
            per_sku.setdefault(sku, []).append(SlotQty(slot, qty))
    lines = [_total_line(sku, tuple(where), products.get(sku)) for sku, where in per_sku.items()]
    lines.sort(key=lambda ln: (location_key(ln.location), ln.sku))
    return TotalPickList(batch, len(slots), tuple(lines), sum(ln.qty for ln in lines))


def _total_line(sku: str, where: tuple[SlotQty, ...], product: Product | None) -> TotalLine:
    qty = sum(s.qty for s in where)
    if product is None:
        return TotalLine("", sku, "", "", qty, where)
    unit = next((c.code for c in product.codes if c.units == 1), "")
    return TotalLine(product.location, sku, product.name_ja, unit, qty, where)
