"""Scan-to-verify packing: open an order, scan every unit, complete, check the label.

Every call is one transaction, and it is committed (SQLite WAL, synchronous=FULL) before the
result returns: the packer is told OK only about a scan that survives kill -9.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta, timezone

from packstation.domain.barcodes import (
    ScannedCode,
    gtin_variants,
    normalize,
    normalize_tracking,
    parse_scan,
)
from packstation.domain.errors import StateError
from packstation.domain.handling import AckKind, is_ack_code, parse_ack
from packstation.domain.messages import Msg
from packstation.domain.model import OrderStatus
from packstation.domain.verdicts import Decision, LineState, ProductMatch, Verdict, judge_item
from packstation.services.dto import LineView
from packstation.services.packing.dto import (
    HandlingView,
    MisPickRecord,
    OrderState,
    PackingOrder,
    ScanRecord,
    ScanResult,
)
from packstation.services.packing.handling import explain_refusal, handling_view, repeat_count
from packstation.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.loop import ServerLink

JST = timezone(timedelta(hours=9))  # expiry dates are Japanese calendar days


@dataclass(frozen=True)
class Bench:
    """Who scans where, with the station's settings."""

    uow: UnitOfWorkFactory
    clock: Clock
    station: str
    user_id: int | None = None
    gs_substitute: str = ""
    allow_typed: bool = True
    today: date | None = None  # None: today in Japan by the clock
    link: ServerLink | None = None  # networked mode: orders are claimed on the server

    def local_today(self) -> date:
        return self.today or self.clock.now().astimezone(JST).date()


def _states(lines: tuple[LineView, ...]) -> list[LineState]:
    return [LineState(ln.line_no, ln.sku, ln.qty, ln.scanned_qty) for ln in lines]


def _units_left(lines: tuple[LineView, ...]) -> int:
    return sum(max(ln.qty - ln.scanned_qty, 0) for ln in lines)


class _Tx:
    """One scan's transaction: numbering, event, mis-pick record, commit."""

    def __init__(self, bench: Bench, uow: UnitOfWork) -> None:
        self.bench, self.uow = bench, uow
        self.now = bench.clock.now()
        self.station_id = uow.packing.station_id(bench.station)

    def event(self, kind: str, raw: str, verdict: Verdict, order_no: str | None, *,
              code: str = "", sku: str = "", line_no: int | None = None, units: int = 0,
              serial: str = "", typed: bool = False, undoes: str = "",
              expected: str = "") -> int:
        record = ScanRecord(str(uuid.uuid4()), self.station_id,
                            self.uow.packing.next_seq(self.station_id), order_no, line_no,
                            self.bench.user_id, kind, raw, code, sku, units, serial,
                            verdict.value, typed, self.now, undoes)
        event_id = self.uow.packing.add_scan(record)
        if verdict.refused:
            self.uow.packing.add_mispick(MisPickRecord(
                self.now, self.station_id, self.bench.user_id, order_no, expected, code or raw,
                sku, verdict.value, "refused at station"), event_id)
        return event_id


def _expected(lines: tuple[LineView, ...]) -> str:
    return ",".join(ln.sku for ln in lines if ln.qty > ln.scanned_qty)


def _result(verdict: Verdict, order: PackingOrder | None, **extra: object) -> ScanResult:
    lines = order.lines if order else ()
    return ScanResult(verdict, order.order_no if order else None,
                      order_remaining=_units_left(lines), lines=lines, **extra)  # type: ignore[arg-type]


# --- open --------------------------------------------------------------------------------------

def open_order(bench: Bench, raw: str) -> ScanResult:
    """Open an order by its pick list / 納品書 barcode (or its number chosen from the list)."""
    order_no = normalize(raw)
    answer = bench.link.ensure_claim(order_no, bench.clock.now()) if bench.link else None
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        if answer is not None and not answer.allowed:  # another station's, or offline
            verdict = Verdict(answer.verdict)
            tx.event("open", raw, verdict, None, code=order_no)
            uow.commit()
            return _result(verdict, None, detail=answer.held_by or order_no)
        order = uow.packing.order_for_packing(order_no)
        if order is None or order.status == OrderStatus.CANCELLED.value:
            tx.event("open", raw, Verdict.UNKNOWN_ORDER, None, code=order_no)
            uow.commit()
            return _result(Verdict.UNKNOWN_ORDER, None, detail=order_no)
        if order.status in (OrderStatus.PACKED.value, OrderStatus.SHIPPED.value):
            tx.event("open", raw, Verdict.ALREADY_PACKED, order_no, code=order_no)
            uow.commit()
            return _result(Verdict.ALREADY_PACKED, order)
        uow.packing.set_status(order_no, OrderStatus.PACKING, station_id=tx.station_id,
                               user_id=bench.user_id, at=tx.now)
        tx.event("open", raw, Verdict.OPENED, order_no, code=order_no)
        handling = handling_view(uow, order_no)
        uow.commit()
    return _result(Verdict.OPENED, replace(order, status=OrderStatus.PACKING.value),
                   handling=handling)


def resume(bench: Bench) -> ScanResult | None:
    """After a restart or a login: the order this station had open for this user, exactly as
    last committed (another packer's order stays theirs: it is not shown to the next one)."""
    with bench.uow() as uow:
        station_id = uow.packing.station_id(bench.station)
        order_no = uow.packing.order_at_station(station_id, bench.user_id)
        order = uow.packing.order_for_packing(order_no) if order_no else None
        handling = handling_view(uow, order_no) if order_no else None
        uow.commit()
    return _result(Verdict.OPENED, order, handling=handling) if order else None


# --- scan --------------------------------------------------------------------------------------

def scan(bench: Bench, order_no: str | None, raw: str, *, typed: bool = False,
         keyed_count: int | None = None) -> ScanResult:
    """Judge one scanned item against the open order, record it, commit, then answer.

    Reads only the order's state and the lines of the scanned SKU: a 500-line order scans as
    fast as a one-line order.
    """
    if is_ack_code(raw):  # a confirmation from the bench sheet, not an item
        return acknowledge(bench, order_no, raw, typed=typed)
    code = parse_scan(raw, bench.gs_substitute)
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        state = uow.packing.order_state(order_no) if order_no else None
        if state is None or state.status != OrderStatus.PACKING.value:
            return _refuse(tx, raw, code, Verdict.NO_OPEN_ORDER, None, typed=typed,
                           detail="open an order first")
        if typed and not bench.allow_typed:
            return _refuse(tx, raw, code, Verdict.TYPING_NOT_ALLOWED, state, typed=typed,
                           detail="scan the barcode; typing codes is not allowed here")
        decision, lines = _decide(uow, bench, code, state, keyed_count)
        decision = _order_number(uow, raw, state, decision)
        expected = uow.packing.expected_skus(state.order_no) if decision.verdict.refused else ""
        repeat = 0 if decision.verdict is Verdict.OK else repeat_count(
            uow, tx.station_id, state.order_no, decision.verdict, code.text)
        kind = "count" if keyed_count is not None else "item"
        event_id = tx.event(kind, raw, decision.verdict, state.order_no, code=code.text,
                            sku=decision.sku, line_no=decision.line_no, units=decision.units,
                            serial=decision.serial, typed=typed, expected=expected)
        if decision.verdict is Verdict.OK:
            _accept(uow, state.order_no, decision, event_id)
            uow.commit()
            return _answer(decision, state, lines)
        result = explain_refusal(uow, _answer(decision, state, lines), repeat)
        uow.commit()
    return result


def _order_number(uow: UnitOfWork, raw: str, state: OrderState,
                  decision: Decision) -> Decision:
    """An order's pick list scanned while another is open is no mis-pick: the packer is
    offered to hold this order and open that one."""
    if decision.verdict not in (Verdict.UNKNOWN_CODE, Verdict.BAD_CHECK_DIGIT):
        return decision
    other = normalize(raw)
    if other == state.order_no:
        return Decision(Verdict.SAME_ORDER, detail=other)
    if uow.packing.order_state(other) is None:
        return decision
    return Decision(Verdict.OTHER_ORDER, detail=other)


def match_product(uow: UnitOfWork, code: ScannedCode) -> ProductMatch | None:
    """The product a scanned code stands for (a GTIN in any of its lengths), or None; a code
    with a wrong check digit matches nothing."""
    candidates = gtin_variants(code.gtin) if code.gtin else (code.text,)
    return uow.packing.match_code(candidates) if code.check_digit_ok else None


def _decide(uow: UnitOfWork, bench: Bench, code: ScannedCode, state: OrderState,
            keyed_count: int | None) -> tuple[Decision, tuple[LineView, ...]]:
    match = match_product(uow, code)
    if match is not None and keyed_count is not None:
        if not match.qty_entry_allowed or keyed_count < 1:
            raise StateError("packing.unit_by_unit", sku=match.sku)
        match = replace(match, units=keyed_count)
    lines = uow.packing.lines_of_sku(state.order_no, match.sku) if match else ()
    shipped = bool(match and code.serial and uow.packing.serial_shipped(match.sku, code.serial))
    return judge_item(code, match, _states(lines), bench.local_today(), shipped), lines


def _accept(uow: UnitOfWork, order_no: str, decision: Decision, event_id: int) -> None:
    assert decision.line_no is not None
    uow.packing.add_units(order_no, decision.line_no, decision.units)
    if decision.serial:
        uow.packing.add_serial(decision.sku, decision.serial, order_no, event_id)


def _answer(decision: Decision, state: OrderState, lines: tuple[LineView, ...]) -> ScanResult:
    line = next((ln for ln in lines if ln.line_no == decision.line_no), None)
    if line is not None:
        line = replace(line, scanned_qty=line.scanned_qty + decision.units)
    remaining = max(line.qty - line.scanned_qty, 0) if line else 0
    other = decision.detail if decision.verdict is Verdict.OTHER_ORDER else ""
    return ScanResult(decision.verdict, state.order_no, decision.sku, decision.line_no,
                      decision.units, remaining, state.units_left - decision.units,
                      decision.detail, line=line, other_order_no=other)


def _refuse(tx: _Tx, raw: str, code: ScannedCode, verdict: Verdict,
            state: OrderState | None, *, typed: bool, detail: str) -> ScanResult:
    order_no = state.order_no if state else None
    expected = tx.uow.packing.expected_skus(order_no) if order_no else ""
    repeat = repeat_count(tx.uow, tx.station_id, order_no, verdict, code.text)
    tx.event("item", raw, verdict, order_no, code=code.text, typed=typed, expected=expected)
    tx.uow.commit()
    return ScanResult(verdict, order_no, order_remaining=state.units_left if state else 0,
                      detail=detail, repeat=repeat)


# --- undo, complete, hold, label ----------------------------------------------------------

def undo_last(bench: Bench, order_no: str) -> ScanResult:
    """Take back the last accepted scan of the open order (logged, never deleted)."""
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        order = _packing_order(uow, order_no)
        last = uow.packing.last_undoable_scan(order_no)
        if last is None or last.line_no is None:
            return _result(Verdict.NOTHING_TO_UNDO, order)
        tx.event("undo", last.raw, Verdict.UNDONE, order_no, code=last.code, sku=last.sku,
                 line_no=last.line_no, units=-last.units, serial=last.serial, undoes=last.uuid)
        uow.packing.add_units(order_no, last.line_no, -last.units)
        uow.packing.remove_serial(last.uuid)
        uow.commit()
    undone = Decision(Verdict.UNDONE, last.sku, last.line_no, -last.units)
    lines = tuple(replace(ln, scanned_qty=ln.scanned_qty - last.units)
                  if ln.line_no == last.line_no else ln for ln in order.lines)
    return _result(Verdict.UNDONE, replace(order, lines=lines), sku=undone.sku,
                   line_no=undone.line_no, units=undone.units)


def _packing_order(uow: UnitOfWork, order_no: str) -> PackingOrder:
    order = uow.packing.order_for_packing(order_no)
    if order is None or order.status != OrderStatus.PACKING.value:
        raise StateError("packing.order_not_open", order_no=order_no)
    return order


def complete(bench: Bench, order_no: str) -> ScanResult:
    """Close the order only when every line is satisfied; otherwise SHORT and it stays open."""
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        order = _packing_order(uow, order_no)
        if _units_left(order.lines):
            tx.event("complete", "", Verdict.SHORT, order_no, expected=_expected(order.lines))
            uow.commit()
            return _result(Verdict.SHORT, order, detail=_expected(order.lines))
        handling = handling_view(uow, order_no)
        if handling.missing:  # 保冷剤, のし, 同梱物: confirmed before the box is closed
            tx.event("complete", "", Verdict.ACK_MISSING, order_no,
                     code=",".join(k.code for k in handling.missing))
            uow.commit()
            return _result(Verdict.ACK_MISSING, order, handling=handling,
                           message=Msg("packing.ack_missing",
                                       what=[k.message for k in handling.missing]))
        uow.packing.set_status(order_no, OrderStatus.PACKED, station_id=tx.station_id,
                               user_id=None, at=tx.now)
        tx.event("complete", "", Verdict.COMPLETED, order_no)
        uow.commit()
    return _result(Verdict.COMPLETED, replace(order, status=OrderStatus.PACKED.value))


def hold(bench: Bench, order_no: str, reason: str) -> ScanResult:
    if not reason.strip():
        raise StateError("packing.hold_needs_reason")
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        order = _packing_order(uow, order_no)
        uow.packing.set_status(order_no, OrderStatus.ON_HOLD, station_id=tx.station_id,
                               user_id=bench.user_id, at=tx.now, hold_reason=reason.strip())
        tx.event("hold", reason[:200], Verdict.ON_HOLD, order_no)
        uow.commit()
    return _result(Verdict.ON_HOLD, replace(order, status=OrderStatus.ON_HOLD.value))


def hold_and_open(bench: Bench, order_no: str, other_raw: str, reason: str) -> ScanResult:
    """The packer scanned another order's pick list (OTHER_ORDER) and took the offer: this
    order goes on hold with the reason, the other one opens. Two logged steps; if the other
    cannot be opened (packed meanwhile, another station's), the answer says so and this order
    waits on hold, to be opened again by its pick list."""
    hold(bench, order_no, reason)
    return open_order(bench, other_raw)


# --- acknowledgements (保冷剤, のし・包装, 同梱物) ------------------------------------------------

def acknowledge(bench: Bench, order_no: str | None, raw: str, *,
                typed: bool = False) -> ScanResult:
    """Record that the packer did what a badge asks (a scan of the bench sheet's ACK-COOL,
    ACK-GIFT, ACK-ENCL, or its key: typed). Logged as a scan event, committed before the
    answer like every scan; completion checks these events."""
    kind = parse_ack(raw)
    code = kind.code if kind else normalize(raw)
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        state = uow.packing.order_state(order_no) if order_no else None
        if state is None or state.status != OrderStatus.PACKING.value:
            tx.event("ack", raw, Verdict.ACK_NOT_NEEDED, None, code=code, typed=typed)
            uow.commit()
            return ScanResult(Verdict.ACK_NOT_NEEDED, None,
                              message=Msg("packing.ack_no_order"))
        handling = handling_view(uow, state.order_no)
        if kind is None or kind not in handling.needed:
            return _ack_not_needed(tx, raw, code, state, handling=handling, kind=kind,
                                   typed=typed)
        tx.event("ack", raw, Verdict.ACKNOWLEDGED, state.order_no, code=code, typed=typed)
        uow.commit()
    done = tuple(k for k in handling.needed if k in handling.done or k is kind)
    return ScanResult(Verdict.ACKNOWLEDGED, state.order_no,
                      order_remaining=state.units_left, handling=replace(handling, done=done),
                      message=Msg("packing.ack_recorded", what=kind.message))


def _ack_not_needed(tx: _Tx, raw: str, code: str, state: OrderState, *,
                    handling: HandlingView, kind: AckKind | None, typed: bool) -> ScanResult:
    repeat = repeat_count(tx.uow, tx.station_id, state.order_no, Verdict.ACK_NOT_NEEDED, code)
    tx.event("ack", raw, Verdict.ACK_NOT_NEEDED, state.order_no, code=code, typed=typed)
    tx.uow.commit()
    return ScanResult(Verdict.ACK_NOT_NEEDED, state.order_no,
                      order_remaining=state.units_left, handling=handling, repeat=repeat,
                      message=Msg("packing.ack_not_needed", order_no=state.order_no,
                                  what=kind.message if kind else code))


def scan_label(bench: Bench, order_no: str, raw: str) -> ScanResult:
    """The carrier label must belong to this order: catches labels swapped between orders."""
    tracking = normalize_tracking(raw)
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        order = uow.packing.order_for_packing(order_no)
        if order is None:
            raise StateError("order.not_found", order_no=order_no)
        if order.tracking_no and tracking == normalize_tracking(order.tracking_no):
            tx.event("label", raw, Verdict.LABEL_OK, order_no, code=tracking)
            uow.commit()
            return _result(Verdict.LABEL_OK, order)
        owner = uow.packing.order_by_tracking(tracking) or ""
        tx.event("label", raw, Verdict.LABEL_MISMATCH, order_no, code=tracking,
                 expected=order.tracking_no)
        uow.commit()
    detail = f"label of {owner}" if owner else "label of no known order"
    return _result(Verdict.LABEL_MISMATCH, order, detail=detail, other_order_no=owner)


# --- the lead's override -----------------------------------------------------------------

REASON_CODES = ("STOCK_SHORTAGE", "DAMAGED", "CUSTOMER_REQUEST", "DATA_ERROR", "OTHER")
OVERRIDE_ACTIONS = ("short_ship", "qty_change", "skip_label_check")


@dataclass(frozen=True)
class Override:
    action: str  # one of OVERRIDE_ACTIONS
    reason_code: str  # one of REASON_CODES
    lead_user_id: int
    comment: str = ""
    line_no: int | None = None  # qty_change
    new_qty: int | None = None  # qty_change


def apply_override(bench: Bench, order_no: str, override: Override) -> ScanResult:
    """Apply what a lead approved (badge + PIN checked by auth.approve_as_lead), logged."""
    if override.action not in OVERRIDE_ACTIONS or override.reason_code not in REASON_CODES:
        raise StateError("packing.unknown_override")
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        order = _packing_order(uow, order_no) if override.action != "skip_label_check" else \
            uow.packing.order_for_packing(order_no)
        if order is None:
            raise StateError("order.not_found", order_no=order_no)
        order = _override(uow, tx, order, override)
        uow.audit.record(f"override_{override.action}", user_id=bench.user_id, target=order_no,
                         approved_by=override.lead_user_id, at=tx.now,
                         detail={"reason": override.reason_code, "comment": override.comment,
                                 "line_no": override.line_no, "new_qty": override.new_qty,
                                 "short": _expected(order.lines)})
        tx.event("override", override.action, Verdict.OVERRIDDEN, order_no,
                 code=override.reason_code)
        uow.commit()
    return _result(Verdict.OVERRIDDEN, order, detail=override.action)


def _override(uow: UnitOfWork, tx: _Tx, order: PackingOrder, o: Override) -> PackingOrder:
    if o.action == "short_ship":
        uow.packing.set_status(order.order_no, OrderStatus.PACKED, station_id=tx.station_id,
                               user_id=None, at=tx.now)
        return replace(order, status=OrderStatus.PACKED.value)
    if o.action == "qty_change":
        line = next((ln for ln in order.lines if ln.line_no == o.line_no), None)
        if line is None or o.new_qty is None or not line.scanned_qty <= o.new_qty <= line.qty:
            raise StateError("packing.qty_out_of_range", scanned=line.scanned_qty if line else 0,
                             ordered=line.qty if line else 0)
        uow.packing.set_line_qty(order.order_no, line.line_no, o.new_qty)
        lines = tuple(replace(ln, qty=o.new_qty) if ln is line else ln for ln in order.lines)
        return replace(order, lines=lines)
    return order  # skip_label_check: the audit record is the whole effect
