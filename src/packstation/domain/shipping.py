"""Carrier services, size classes and the cheapest way to send an order (boxes + carrier).

Every price and limit is data (seeded demo data, admin-editable), never a constant here:
see docs/domain-facts.md §4. Integer mm, g and yen.

Rules (the CLI contract's, `cartonize` section):
- a class fits when the *outer* box is within every limit it gives: sum of the three outer
  dims ≤ ``max_sum_mm``, longest ≤ ``max_side_mm``, shortest ≤ ``max_thickness_mm``, gross
  (tare + contents) ≤ ``max_weight_g``; a service charges its cheapest fitting class, which is
  the larger of size class and weight class when classes are ordered;
- the order minimises Σ box cost + Σ shipping (with surcharges), then the number of boxes;
- cool (クール) orders refuse thin services and stay within the service's cool caps;
- a COD (代引き) order sends every package COD: the fee is charged per package (carriers bill
  per 個口) from the fee band of the order amount, and only COD services qualify;
- a remote-island (離島) destination adds the service's relay fee (中継料) per package.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from packstation.domain.cartonize import (
    Box,
    Cartonization,
    Item,
    Package,
    Solution,
    Unpacked,
    cartonize,
)
from packstation.domain.messages import Msg, english
from packstation.domain.model import CoolType
from packstation.domain.prefectures import REGIONS, lookup

Dims = tuple[int, int, int]
DEFAULT_KEY = "*"
PROVEN_UNITS = 8  # up to this many units the search is exhaustive: only a doubt is noted
_Offers = Callable[[Box, int], "list[Quote]"]


@dataclass(frozen=True)
class SizeClass:
    name: str
    max_sum_mm: int | None
    max_weight_g: int | None
    price_yen: Mapping[str, int]  # prefecture, region (関東…) or "*" → price
    max_side_mm: int | None = None
    max_thickness_mm: int | None = None

    def fits(self, outer: Dims, gross_g: int) -> bool:
        return (_within(sum(outer), self.max_sum_mm) and _within(max(outer), self.max_side_mm)
                and _within(min(outer), self.max_thickness_mm)
                and _within(gross_g, self.max_weight_g))


@dataclass(frozen=True)
class CoolOption:
    """クール: the service's own caps and the surcharge per class name (冷蔵 / 冷凍)."""

    max_sum_mm: int | None = None
    max_weight_g: int | None = None
    chilled_yen: Mapping[str, int] = field(default_factory=dict)
    frozen_yen: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CodBand:
    up_to_yen: int  # order amounts up to and including this pay ``fee_yen``
    fee_yen: int


@dataclass(frozen=True)
class Service:
    code: str
    classes: tuple[SizeClass, ...]
    thin: bool = False  # ポスト投函 services: ゆうパケット, クリックポスト, ネコポス, レターパック
    cool: CoolOption | None = None  # None: no cool option
    cod_bands: tuple[CodBand, ...] = ()  # empty: no COD
    cod_flat_yen: int = 0  # charged on top of the band (ゆうパック 代金引換料 290 yen)
    envelope_only: bool = False  # takes only boxes marked envelope
    relay_fee_yen: Mapping[str, int] = field(default_factory=dict)  # 離島 中継料
    box_codes: frozenset[str] | None = None  # the carrier's own boxes only (宅急便コンパクト)
    carrier: str = ""  # one order goes with one carrier: its cartons are never split across two


@dataclass(frozen=True)
class Destination:
    prefecture: str | None = None  # name as the order gives it (北海道, 東京都, 東京, Tokyo…)
    remote_island: bool = False


@dataclass(frozen=True)
class OrderTerms:
    destination: Destination = Destination()
    cool: CoolType = CoolType.NONE
    cod_yen: int = 0  # amount to collect; 0 = not COD


@dataclass(frozen=True)
class Quote:
    service: str
    size_class: str
    price_key: str  # where the price came from: a prefecture, a region or "*"
    base_yen: int
    cool_yen: int = 0
    cod_yen: int = 0
    relay_yen: int = 0

    @property
    def total_yen(self) -> int:
        return self.base_yen + self.cool_yen + self.cod_yen + self.relay_yen


@dataclass(frozen=True)
class Shipment:
    package: Package
    quote: Quote | None  # None when no services were given: boxes only

    @property
    def cost_yen(self) -> int:
        return self.package.box.cost_yen + (self.quote.total_yen if self.quote else 0)


@dataclass(frozen=True)
class Proposal:
    shipments: tuple[Shipment, ...]

    @property
    def total_yen(self) -> int:
        return sum(s.cost_yen for s in self.shipments)

    @property
    def signature(self) -> tuple[tuple[str, str], ...]:
        return tuple((s.package.box.code, s.quote.service if s.quote else "")
                     for s in self.shipments)


@dataclass(frozen=True)
class ShippingPlan:
    best: Proposal | None
    alternatives: tuple[Proposal, ...]  # the next cheapest, other box or other service
    unpacked: tuple[Unpacked, ...]
    explanation: str  # English; ``note`` is its last part as a message, for translation
    note: Msg | None = None  # proven the cheapest, or how far from the lower bound at most


def _within(value: int, limit: int | None) -> bool:
    return limit is None or value <= limit


def price_for(table: Mapping[str, int], destination: Destination) -> tuple[str, int] | None:
    """The price for the destination: its prefecture's, else its region's, else "*"."""
    pref = lookup(destination.prefecture) if destination.prefecture else None
    if pref is not None:
        for key, price in sorted(table.items()):
            if key != DEFAULT_KEY and lookup(key) == pref:
                return key, price
        if pref.region in table:
            return pref.region, table[pref.region]
    if DEFAULT_KEY in table:
        return DEFAULT_KEY, table[DEFAULT_KEY]
    return None


def is_known_place(key: str) -> bool:
    """A valid price-table key: "*", a prefecture or a carrier region."""
    return key == DEFAULT_KEY or key in REGIONS or lookup(key) is not None


def cod_fee(service: Service, amount_yen: int) -> int | None:
    """The COD fee for the amount (flat part + its band), None above the last band."""
    for band in sorted(service.cod_bands, key=lambda b: b.up_to_yen):
        if amount_yen <= band.up_to_yen:
            return service.cod_flat_yen + band.fee_yen
    return None


def quote(service: Service, box: Box, gross_g: int, terms: OrderTerms) -> Quote | None:
    """This service's cheapest fitting class for the box, with surcharges; None if refused."""
    if service.envelope_only and not box.envelope:
        return None
    if service.box_codes is not None and box.code not in service.box_codes:
        return None
    cod = 0
    if terms.cod_yen > 0:
        fee = cod_fee(service, terms.cod_yen)
        if fee is None:
            return None
        cod = fee
    relay = 0
    if terms.destination.remote_island:
        relay = (price_for(service.relay_fee_yen, terms.destination) or ("", 0))[1]
    best: Quote | None = None
    for size in service.classes:
        found = _class_quote(service, size, box.outer_mm, gross_g, terms)
        if found is None:
            continue
        candidate = Quote(service.code, size.name, found[0], found[1], found[2], cod, relay)
        if best is None or candidate.total_yen < best.total_yen:
            best = candidate
    return best


def _class_quote(service: Service, size: SizeClass, outer: Dims, gross_g: int,
                 terms: OrderTerms) -> tuple[str, int, int] | None:
    """(price key, price, cool surcharge) of one class, or None when it does not apply."""
    if not size.fits(outer, gross_g):
        return None
    price = price_for(size.price_yen, terms.destination)
    if price is None:
        return None
    if terms.cool == CoolType.NONE:
        return price[0], price[1], 0
    cool = service.cool
    if service.thin or cool is None:
        return None  # thin services go through the post box: no cold chain
    if not (_within(sum(outer), cool.max_sum_mm) and _within(gross_g, cool.max_weight_g)):
        return None
    table = cool.chilled_yen if terms.cool == CoolType.CHILLED else cool.frozen_yen
    if size.name not in table:
        return None
    return price[0], price[1], table[size.name]


def reserved_boxes(services: Sequence[Service]) -> frozenset[str]:
    """Boxes a carrier sells for one service only (宅急便コンパクト専用BOX): no other takes them."""
    return frozenset(code for s in services if s.box_codes for code in s.box_codes)


def quotes(services: Sequence[Service], box: Box, gross_g: int, terms: OrderTerms,
           reserved: frozenset[str] = frozenset()) -> list[Quote]:
    """Each service's best quote for the box, cheapest first (ties by service code). A box in
    ``reserved`` goes only with a service that names it."""
    if box.code in reserved:
        services = [s for s in services if s.box_codes is not None and box.code in s.box_codes]
    found = [q for s in services if (q := quote(s, box, gross_g, terms)) is not None]
    return sorted(found, key=lambda q: (q.total_yen, q.service))


def plan_shipment(units: Sequence[Item], boxes: Sequence[Box], services: Sequence[Service],
                  terms: OrderTerms = OrderTerms(), alternatives: int = 2) -> ShippingPlan:
    """The cheapest boxes + services for an order, the next ``alternatives`` and why.

    With no services, boxes are chosen on box cost alone and shipments carry no quote.
    """
    cache: dict[tuple[str, int], list[Quote]] = {}
    reserved = reserved_boxes(services)

    def offers(box: Box, gross_g: int) -> list[Quote]:
        key = (box.code, gross_g)
        if key not in cache:
            cache[key] = quotes(services, box, gross_g, terms, reserved)
        return cache[key]

    def package_cost(box: Box, gross_g: int) -> int | None:
        if not services:
            return box.cost_yen
        found = offers(box, gross_g)
        return box.cost_yen + found[0].total_yen if found else None

    result = cartonize(units, boxes, package_cost, alternatives)
    proposals = _proposals(result, offers if services else None,
                           {s.code: s.carrier for s in services})
    ranked = sorted(proposals, key=lambda p: (p.total_yen, len(p.shipments), p.signature))
    best = ranked[0] if ranked else None
    others = tuple(ranked[1:alternatives + 1])
    note = _note(result, best, len(units))
    text = explain(best, others)
    return ShippingPlan(best, others, result.unpacked,
                        f"{text}; {english(note)}" if note else text, note)


def _note(result: Cartonization, best: Proposal | None, units: int) -> Msg | None:
    """How sure the choice is: said for big orders, and for small ones only when in doubt.
    The bound holds for the proposal too: one carrier throughout can only cost more."""
    if best is None or result.bound_yen <= 0:
        return None
    if result.proven and best.total_yen == result.bound_yen:
        return Msg("cartonize.proven") if units > PROVEN_UNITS else None
    gap = best.total_yen - result.bound_yen
    return Msg("cartonize.gap", gap_yen=gap, gap_percent=round(100 * gap / result.bound_yen),
               bound_yen=result.bound_yen)


def _proposals(result: Cartonization, offers: _Offers | None,
               carrier_of: Mapping[str, str]) -> list[Proposal]:
    """Each packing with its cheapest services, and with each single service throughout."""
    seen: dict[tuple[tuple[str, str], ...], Proposal] = {}
    for solution in result.solutions:
        for proposal in _variants(solution, offers, carrier_of):
            if proposal.signature not in seen:
                seen[proposal.signature] = proposal
    return list(seen.values())


def _variants(solution: Solution, offers: _Offers | None,
              carrier_of: Mapping[str, str]) -> list[Proposal]:
    """The packing with, per carrier, each package's cheapest service of that carrier, and
    with each single service throughout. Never two carriers in one order: one customer, one
    delivery, and an amount to collect (代金引換) on one carrier's waybill only."""
    if offers is None:
        return [Proposal(tuple(Shipment(p, None) for p in solution.packages))]
    per_package = [offers(p.box, p.gross_weight_g) for p in solution.packages]
    carrier = carrier_of
    out = []
    offered = {q.service for qs in per_package for q in qs}
    groups = [frozenset(s for s in offered if carrier.get(s, "") == c)
              for c in sorted({carrier.get(s, "") for s in offered})]
    groups += [frozenset({code}) for code in sorted(offered)]  # single services throughout
    for allowed in groups:
        picked = [next((q for q in qs if q.service in allowed), None) for qs in per_package]
        if all(q is not None for q in picked):
            out.append(Proposal(tuple(Shipment(p, q) for p, q in
                                      zip(solution.packages, picked, strict=True))))
    return out


def _describe(shipment: Shipment, with_box_cost: bool) -> str:
    box = shipment.package.box
    text = f"{box.code} {box.cost_yen}円" if with_box_cost else box.code
    q = shipment.quote
    if q is None:
        return text
    where = "" if q.price_key == DEFAULT_KEY else f" ({q.price_key})"
    service = f"{q.service} {q.size_class}{where}"
    return f"{text} + {service} {q.total_yen}円" if with_box_cost else f"{text} + {service}"


def explain(best: Proposal | None, others: Sequence[Proposal]) -> str:
    """Deterministic English: the winner's sum, then the runner-up and how much more it costs."""
    if best is None:
        return "nothing packed: each unit is listed as unpacked with the reason"
    parts = " & ".join(_describe(s, True) for s in best.shipments)
    text = f"{parts} = {best.total_yen}円"
    if len(best.shipments) > 1:
        text += f" in {len(best.shipments)} packages"
    if not others:
        return f"{text}; no alternative fits"
    nxt = others[0]
    more = nxt.total_yen - best.total_yen
    return (f"{text}; next: {' & '.join(_describe(s, False) for s in nxt.shipments)} "
            f"{nxt.total_yen}円 (+{more}円)")
