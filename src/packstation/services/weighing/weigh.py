"""Weigh the closed box before its label: expected = items + box tare, within a tolerance.

One user action, one transaction: ``weigh`` stores the measured weight on the order with the
verdict; a box outside the tolerance stops the label (``label_refusal``, the printing hook)
until it is weighed right or a lead approves it (``override``). The measured weight also
decides the carrier's weight class: when it moves the class, the service is chosen again at the
real weight and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from packstation.domain.errors import NotFound, StateError
from packstation.domain.model import CartonPlan
from packstation.domain.shipping import Quote, quote, quotes
from packstation.domain.weighing import (
    Expectation,
    ScaleReading,
    ToleranceRule,
    WeightVerdict,
    check,
    expect,
)
from packstation.services.ports import Clock, PostalDirectory, UnitOfWork, UnitOfWorkFactory
from packstation.services.proposal import proposals as proposal
from packstation.services.weighing.ports import WeighingRepository, WeighInputs, WeightRecord

SCALE_KINDS = ("none", "mtsics", "hid")
_STATUS = {WeightVerdict.OK: "ok", WeightVerdict.UNCHECKED: "unchecked"}  # else "mismatch"
_NONE_CHOSEN = "*"  # planned_service when the packer had chosen none: the cheapest applies
WEIGHT_REASON_CODES = ("DATA_ERROR", "PACKING_MATERIAL", "VARIABLE_ITEM", "OTHER")


@dataclass(frozen=True)
class ClassChange:
    """The measured weight moved the carrier class: what was planned and what it is now."""

    before: str  # "yamato 60"
    after: str  # "yamato 80"; "" when no service takes the box at this weight
    before_yen: int
    after_yen: int

    @property
    def difference_yen(self) -> int:
        return self.after_yen - self.before_yen


@dataclass(frozen=True)
class WeighResult:
    order_no: str
    verdict: WeightVerdict | None  # None: not weighed yet (the expectation only)
    measured_g: int
    expected_g: int | None = None
    tolerance_g: int | None = None
    box_codes: tuple[str, ...] = ()
    unweighted: tuple[str, ...] = ()  # SKUs without a registered weight (UNCHECKED)
    class_change: ClassChange | None = None

    @property
    def stops_label(self) -> bool:
        return self.verdict is not None and self.verdict.stops_label


@dataclass(frozen=True)
class WeightBlock:
    """Why the label may not be printed yet."""

    order_no: str
    kind: str  # not_weighed / TOO_LIGHT / TOO_HEAVY
    expected_g: int | None = None
    tolerance_g: int | None = None
    measured_g: int | None = None

    def describe(self) -> str:
        """Plain English (logs, CLI); the UI says it in the packer's language."""
        if self.kind == "not_weighed":
            return "weigh the box first"
        word = "too light" if self.kind == "TOO_LIGHT" else "too heavy"
        return (f"{word}: expected {self.expected_g:,} g ± {self.tolerance_g:,} g / "
                f"measured {self.measured_g:,} g")


@dataclass(frozen=True)
class Weigher:
    uow: UnitOfWorkFactory
    clock: Clock
    rule: ToleranceRule = field(default_factory=ToleranceRule)
    user_id: int | None = None
    postal: PostalDirectory | None = None  # 離島 by postal code, as the proposal prices it

    @property
    def shipping(self) -> proposal.Shipping:
        return proposal.Shipping(self.clock, self.postal)


# --- use cases -----------------------------------------------------------------------------

def expectation(weigher: Weigher, order_no: str) -> WeighResult:
    """What the box should weigh (shown when the order completes); measured_g is 0."""
    inputs, boxes, tare = _inputs(weigher, order_no)
    if inputs.unweighted:
        return WeighResult(order_no, WeightVerdict.UNCHECKED, 0, box_codes=boxes,
                           unweighted=inputs.unweighted)
    e = expect(inputs.units, tare, weigher.rule)
    return WeighResult(order_no, None, 0, e.expected_g, e.tolerance_g, boxes)


def weigh(weigher: Weigher, order_no: str, reading: ScaleReading) -> WeighResult:
    """Check the measured weight, store it on the order, re-choose the class if it moved."""
    if not reading.stable:
        raise StateError("weighing.not_stable")
    inputs, boxes, tare = _inputs(weigher, order_no)
    now = weigher.clock.now()
    ship_day = weigher.shipping.ship_day(weigher.uow)  # the rate table the label pays by
    with weigher.uow() as uow:
        repo = _repo(uow)
        if inputs.unweighted:
            result = WeighResult(order_no, WeightVerdict.UNCHECKED, reading.grams, box_codes=boxes,
                                 unweighted=inputs.unweighted)
            expectation_: Expectation | None = None
        else:
            expectation_ = expect(inputs.units, tare, weigher.rule)
            c = check(expectation_, reading.grams)
            result = WeighResult(order_no, c.verdict, reading.grams, c.expected_g,
                                 c.tolerance_g, boxes)
        change, charged = _reclass(uow, inputs, boxes, expectation_, reading.grams,
                                   shipping=weigher.shipping, ship_day=ship_day)
        result = replace(result, class_change=change)
        status = _STATUS.get(result.verdict, "mismatch") if result.verdict else "mismatch"
        repo.save(order_no, WeightRecord(status, reading.grams, result.expected_g,
                                         result.tolerance_g, now, charged,
                                         inputs.planned_service or _NONE_CHOSEN))
        uow.audit.record("weighed", user_id=weigher.user_id, target=order_no, at=now,
                         detail={"verdict": result.verdict, "measured_g": reading.grams,
                                 "expected_g": result.expected_g,
                                 "tolerance_g": result.tolerance_g, "class": charged,
                                 "class_before": change.before if change else ""})
        uow.commit()
    return result


def override(weigher: Weigher, order_no: str, lead_user_id: int, reason_code: str,
             comment: str = "") -> WeighResult:
    """A lead (badge + PIN checked by auth.approve_as_lead) lets a mismatched box go."""
    if reason_code not in WEIGHT_REASON_CODES:
        raise StateError("weighing.unknown_reason", reason=reason_code)
    if reason_code == "OTHER" and not comment.strip():
        raise StateError("weighing.other_needs_comment")
    now = weigher.clock.now()
    with weigher.uow() as uow:
        repo = _repo(uow)
        record = repo.record(order_no)
        if record is None:
            raise NotFound("order.not_found", order_no=order_no)
        if record.status != "mismatch" or record.measured_g is None:
            raise StateError("weighing.nothing_to_approve", order_no=order_no)
        repo.save(order_no, replace(record, status="overridden"))
        uow.audit.record("override_weight", user_id=weigher.user_id, target=order_no,
                         approved_by=lead_user_id, at=now,
                         detail={"reason": reason_code, "comment": comment,
                                 "measured_g": record.measured_g,
                                 "expected_g": record.expected_g,
                                 "tolerance_g": record.tolerance_g})
        uow.commit()
    return WeighResult(order_no, WeightVerdict.OVERRIDDEN, record.measured_g, record.expected_g,
                       record.tolerance_g)


def label_refusal(uow_factory: UnitOfWorkFactory, order_no: str) -> WeightBlock | None:
    """The printing hook: why this order's label must wait, or None to go ahead.

    With no scale configured (setting ``scale_kind`` = none) only a recorded mismatch stops
    the label; with a scale, the box must have been weighed.
    """
    with uow_factory() as uow:
        record = _repo(uow).record(order_no)
        kind = uow.settings.get("scale_kind") or "none"
    if record is None:
        return None  # no such order: the printing path reports that itself
    if record.status == "mismatch":
        verdict = "TOO_LIGHT" if (record.measured_g or 0) < (record.expected_g or 0) \
            else "TOO_HEAVY"
        return WeightBlock(order_no, verdict, record.expected_g, record.tolerance_g,
                           record.measured_g)
    if record.status == "" and kind != "none":
        return WeightBlock(order_no, "not_weighed")
    return None


def before_label(uow_factory: UnitOfWorkFactory, order_no: str) -> str | None:
    """``before_label(order_no) -> str | None`` in plain English (CLI, logs)."""
    block = label_refusal(uow_factory, order_no)
    return block.describe() if block else None


# --- helpers -------------------------------------------------------------------------------

def _repo(uow: UnitOfWork) -> WeighingRepository:
    return uow.weighing


def _inputs(weigher: Weigher, order_no: str) -> tuple[WeighInputs, tuple[str, ...], int]:
    """The order's units, its boxes (accepted, else the cheapest proposal's) and their tare."""
    with weigher.uow() as uow:
        inputs = _repo(uow).inputs(order_no)
        if inputs is None:
            raise NotFound("order.not_found", order_no=order_no)
        boxes = inputs.box_codes
        specs = {b.code: b for b in uow.catalog.boxes(active_only=False)}
    if not boxes and not inputs.unweighted:
        # the boxes the packer was shown: priced on the ship date, as the proposal was
        view = proposal.suggest(weigher.uow, order_no, shipping=weigher.shipping)
        boxes = view.best.boxes if view.best else ()
    if not boxes and not inputs.unweighted:
        raise StateError("weighing.no_box", order_no=order_no)
    unknown = [code for code in boxes if code not in specs]
    if unknown:
        raise StateError("weighing.box_not_registered", box=unknown[0])
    return inputs, boxes, sum(specs[code].tare_g for code in boxes)


def _reclass(uow: UnitOfWork, inputs: WeighInputs, boxes: tuple[str, ...],
             planned: Expectation | None, measured_g: int, *, shipping: proposal.Shipping,
             ship_day: date | None) -> tuple[ClassChange | None, str]:
    """(the change, the class charged now). One box only: a multi-box order is weighed as a
    whole, which tells nothing about each parcel's class. Priced as the proposal priced it:
    ``shipping`` says 離島, ``ship_day`` the rate table in force."""
    if len(boxes) != 1:
        return None, ""
    order = uow.orders.get(inputs.order_no)
    box_spec = uow.catalog.box(boxes[0])
    if order is None or box_spec is None:
        return None, ""
    services = [proposal._service(s.priced_on(ship_day) if ship_day else s)
                for s in uow.catalog.services()]
    box, terms = proposal._box(box_spec), proposal._terms(order, shipping.island(order))
    chosen = [s for s in services if s.code == inputs.planned_service]
    planned_g = planned.expected_g if planned else measured_g

    def best(weight: int) -> Quote | None:
        mine = quote(chosen[0], box, weight, terms) if chosen else None
        if mine is not None:
            return mine
        found = quotes(services, box, weight, terms)
        return found[0] if found else None

    before, after = best(planned_g), best(measured_g)
    now = _name(after)
    if after is not None:  # the label and the hand-off follow the weighed class
        size = "" if after.size_class == after.service else after.size_class
        if (after.service, size) != (order.service_code, order.size_class):
            uow.orders.set_shipping(inputs.order_no, after.service, size,
                                    (CartonPlan(boxes[0], after.service, size),))
    if _name(before) == now:
        return None, now
    return ClassChange(_name(before), now, before.total_yen if before else 0,
                       after.total_yen if after else 0), now


def _name(q: Quote | None) -> str:
    if q is None:
        return ""
    return q.service if q.size_class == q.service else f"{q.service} {q.size_class}"
