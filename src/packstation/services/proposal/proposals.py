"""The box and carrier proposal for an opened order: cheapest total cost, the next two, why.

The admin's catalog (boxes, services, rates, surcharges) is turned into the shipping domain's
terms here; the choice itself is domain code (domain/shipping.py, domain/cartonize.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from packstation.domain import prefectures
from packstation.domain.cartonize import Box, Item
from packstation.domain.catalog import DEFAULT_PREFECTURE, BoxSpec, ServiceSpec
from packstation.domain.errors import NotFound, StateError
from packstation.domain.messages import Msg
from packstation.domain.model import CartonPlan, Order, Product
from packstation.domain.shipping import (
    DEFAULT_KEY,
    CodBand,
    CoolOption,
    Destination,
    OrderTerms,
    Proposal,
    Quote,
    Service,
    SizeClass,
    plan_shipment,
)
from packstation.domain.time_slots import carriers_for
from packstation.services.ports import UnitOfWorkFactory


@dataclass(frozen=True)
class OptionView:
    """One way to ship the order: boxes with their service and class, and the total."""

    summary: str  # "THIN-A4 + yupacket 3cm" (one per package, joined by " / ")
    services: tuple[str, ...]  # service code per package
    boxes: tuple[str, ...]  # box code per package
    total_yen: int
    box_yen: int
    shipping_yen: int
    difference_yen: int = 0  # against the best
    classes: tuple[str, ...] = ()  # charged size class per package (printed on the label)
    # Per package, for people: (box name, service name, size class or "" for a one-class
    # service, where the price came from: a prefecture, a region or "*" for the default).
    parts: tuple[tuple[str, str, str, str], ...] = ()


@dataclass(frozen=True)
class ProposalView:
    order_no: str
    best: OptionView | None
    alternatives: tuple[OptionView, ...]
    explanation: str
    missing_measurements: tuple[str, ...]  # SKUs without dimensions or weight
    unpacked: tuple[str, ...]  # "SKU: reason"
    # How sure the best is (proven the cheapest, or at most so much above a lower bound);
    # None for orders of up to 8 units, whose best is proven. Shown in the user's language.
    note: Msg | None = None
    refused: Msg | None = None  # why no service can deliver the order as asked (slot, date)


EVERY = 10_000  # F7: every box that holds the items, each with every service that takes it


def every_option(uow_factory: UnitOfWorkFactory, order_no: str) -> ProposalView:
    """What F7 offers: not only other carriers for the proposed box but every box that holds
    the items (one box, or the cheapest split) with every service that delivers it as asked,
    cheapest first."""
    return suggest(uow_factory, order_no, alternatives=EVERY)


def suggest(uow_factory: UnitOfWorkFactory, order_no: str,
            alternatives: int = 2) -> ProposalView:
    with uow_factory() as uow:
        order = uow.orders.get(order_no)
        if order is None:
            raise NotFound("order.not_found", order_no=order_no)
        products = {ln.sku: uow.products.get(ln.sku) for ln in order.lines}
        boxes = uow.catalog.boxes()
        services = uow.catalog.services()
    names = _Names(boxes, services)
    missing = tuple(sorted(sku for sku, p in products.items() if p is None
                           or p.missing_measurements))
    if missing:  # a proposal on guessed sizes would be worse than none
        return ProposalView(order_no, None, (), "", missing, ())
    able = [s for s in services if delivers_as_asked(s, order)]
    if services and not able:  # boxes without a service would be no proposal at all
        return ProposalView(order_no, None, (), "", (), (), refused=why_none_delivers(order))
    units = [unit for ln in order.lines for unit in _units(products[ln.sku], ln.qty)]
    plan = plan_shipment(units, [_box(b) for b in boxes], [_service(s) for s in able],
                         _terms(order), alternatives)
    best = _option(plan.best, 0, names) if plan.best else None
    base = plan.best.total_yen if plan.best else 0
    return ProposalView(order_no, best, tuple(_option(p, base, names)
                                              for p in plan.alternatives),
                        plan.explanation, (), tuple(f"{u.sku}: {u.reason}" for u in plan.unpacked),
                        plan.note)


def delivers_as_asked(service: ServiceSpec, order: Order) -> bool:
    """A requested time slot must be one of the service's slots; a requested delivery date
    needs a service that takes one (ポスト投函 services take neither)."""
    if order.time_slot and order.time_slot not in service.time_slots:
        return False
    return not (order.delivery_date is not None and not service.date_allowed)


def why_none_delivers(order: Order) -> Msg:
    """Said when every service was left out for the order's slot or date."""
    if order.time_slot:
        return Msg("proposal.no_service_for_slot", slot=order.time_slot,
                   carriers=list(carriers_for(order.time_slot)))
    return Msg("proposal.no_service_for_date")


def _units(product: Product | None, qty: int) -> list[Item]:
    assert product is not None and product.dims is not None and product.weight_g is not None
    item = Item(product.sku, product.dims.as_tuple(), product.weight_g,
                this_side_up=product.this_side_up, fragile=product.fragile)
    return [item] * qty


def _terms(order: Order) -> OrderTerms:
    pref = prefectures.by_code(order.ship_to.prefecture_code) if order.ship_to else None
    return OrderTerms(Destination(pref.name if pref else None), order.cool, order.cod_yen)


def _box(spec: BoxSpec) -> Box:
    return Box(spec.code, spec.inner_mm, spec.outer_mm, spec.tare_g, spec.cost_yen,
               spec.max_weight_g, spec.envelope)


def _place(code: int) -> str:
    pref = prefectures.by_code(code)
    return pref.name if pref else DEFAULT_KEY


def _service(spec: ServiceSpec) -> Service:
    classes = tuple(
        SizeClass(c.name, c.max_sum_mm, c.max_weight_g,
                  {(DEFAULT_KEY if code == DEFAULT_PREFECTURE else _place(code)): yen
                   for code, yen in c.prices.items()},
                  max_side_mm=c.max_side_mm, max_thickness_mm=c.max_thickness_mm)
        for c in spec.classes)
    return Service(spec.code, classes, thin=spec.thin, cool=_cool(spec),
                   cod_bands=tuple(CodBand(s.up_to, s.price_yen) for s in spec.surcharges
                                   if s.kind == "cod" and s.up_to) if spec.cod_allowed else (),
                   cod_flat_yen=sum(s.price_yen for s in spec.surcharges if s.kind == "cod_flat"),
                   box_codes=frozenset(spec.box_codes) if spec.box_codes else None,
                   envelope_only=spec.envelope_only, carrier=spec.carrier_code,
                   relay_fee_yen={_place(int(s.key)): s.price_yen for s in spec.surcharges
                                  if s.kind == "relay" and s.key.isdigit()})


def _cool(spec: ServiceSpec) -> CoolOption | None:
    """Cool goes only in the classes that carry a cool surcharge (クール宅急便: up to 120)."""
    if not spec.cool_allowed:
        return None
    chilled = {s.key: s.price_yen for s in spec.surcharges if s.kind == "cool_chilled"}
    frozen = {s.key: s.price_yen for s in spec.surcharges if s.kind == "cool_frozen"}
    cool_classes = [c for c in spec.classes if c.name in chilled or c.name in frozen]
    if not cool_classes:
        return None
    return CoolOption(_largest([c.max_sum_mm for c in cool_classes]),
                      _largest([c.max_weight_g for c in cool_classes]), chilled, frozen)


def _largest(limits: Sequence[int | None]) -> int | None:
    return None if any(v is None for v in limits) else max(v for v in limits if v is not None)


@dataclass(frozen=True)
class _Names:
    boxes: Sequence[BoxSpec]
    services: Sequence[ServiceSpec]

    def part(self, box: str, quote: Quote | None) -> tuple[str, str, str, str]:
        box_name = next((b.name for b in self.boxes if b.code == box), box)
        if quote is None:
            return box_name, "", "", ""
        spec = next((s for s in self.services if s.code == quote.service), None)
        one_class = spec is not None and len(spec.classes) == 1
        return (box_name, spec.name if spec else quote.service,
                "" if one_class else quote.size_class, quote.price_key)


def _option(proposal: Proposal, best_total: int, names: _Names | None = None) -> OptionView:
    parts = []
    box_yen = shipping_yen = 0
    for s in proposal.shipments:
        box_yen += s.package.box.cost_yen
        if s.quote is not None:
            shipping_yen += s.quote.total_yen
            cls = "" if s.quote.size_class == s.quote.service else f" {s.quote.size_class}"
            parts.append(f"{s.package.box.code} + {s.quote.service}{cls}")
        else:
            parts.append(s.package.box.code)
    return OptionView(" / ".join(parts),
                      tuple(s.quote.service if s.quote else "" for s in proposal.shipments),
                      tuple(s.package.box.code for s in proposal.shipments),
                      proposal.total_yen, box_yen, shipping_yen, proposal.total_yen - best_total,
                      tuple(s.quote.size_class if s.quote and s.quote.size_class != s.quote.service
                            else "" for s in proposal.shipments),
                      tuple(names.part(s.package.box.code, s.quote) for s in proposal.shipments)
                      if names else ())


def choose(uow_factory: UnitOfWorkFactory, user_id: int | None, order_no: str,
           option: OptionView, *, best: OptionView | None, reason: str = "") -> None:
    """Record the packer's choice; anything but the cheapest needs a reason and is logged."""
    overridden = best is not None and option.summary != best.summary
    if overridden and not reason.strip():
        raise StateError("proposal.override_needs_reason")
    with uow_factory() as uow:
        cartons = tuple(CartonPlan(box, service, size) for box, service, size
                        in zip(option.boxes, option.services, option.classes, strict=True))
        uow.orders.set_shipping(order_no, ",".join(sorted(set(option.services))),
                                ",".join(sorted({c for c in option.classes if c})), cartons)
        uow.weighing.set_boxes(order_no, ",".join(option.boxes))  # tare for the scale check
        uow.audit.record("package_override" if overridden else "package_chosen",
                         user_id=user_id, target=order_no,
                         detail={"chosen": option.summary, "total_yen": option.total_yen,
                                 "best": best.summary if best else "",
                                 "difference_yen": option.difference_yen, "reason": reason})
        uow.commit()
