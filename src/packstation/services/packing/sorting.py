"""Sorting a batch at the bench (種まき検品, issue 20): the picker brings the batch's units;
each scan is judged like a packing scan and put into the slot (間口) of the first order that
still needs it. A slot whose order is complete goes on to packing (proposal, weight, label).

Every scan is one transaction, committed before the answer, into the order's own lines: after
kill -9 the batch reopens with every sorted unit where it was.
"""

from __future__ import annotations

from packstation.domain.barcodes import normalize, parse_scan
from packstation.domain.batches import is_batch_no
from packstation.domain.errors import NotFound, StateError
from packstation.domain.model import OrderStatus
from packstation.domain.verdicts import Verdict, judge_item
from packstation.services.packing.bench import Bench, _accept, _states, _Tx, match_product
from packstation.services.packing.dto import ShortSlot, SlotView, SortResult
from packstation.services.packing.handling import repeat_count
from packstation.services.ports import UnitOfWork


def is_batch(raw: str) -> bool:
    return is_batch_no(normalize(raw))


def open_batch(bench: Bench, raw: str) -> SortResult:
    """Start (or resume) sorting a batch at this station. Networked: the station first claims
    the whole batch on the server and pulls its orders (adapters/central/link.py)."""
    batch_no = normalize(raw)
    refusal = bench.link.claim_batch(batch_no, bench.clock.now()) if bench.link else None
    if refusal is not None:  # another station's, finished, or offline and not here
        raise StateError(refusal.code, **refusal.params)
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        record = uow.batches.get(batch_no)
        if record is None:
            raise NotFound("batch.not_found", batch_no=batch_no)
        if record.status == "done":
            raise StateError("batch.finished", batch_no=batch_no)
        if record.status == "sorting" and record.station_id not in (None, tx.station_id):
            raise StateError("batch.elsewhere", batch_no=batch_no,
                             station=uow.packing.station_name(record.station_id))
        uow.batches.set_status(batch_no, "sorting", tx.station_id)
        tx.event("open", raw, Verdict.OPENED, None, code=batch_no)
        slots = _slots(uow, batch_no)
        uow.commit()
    return SortResult(Verdict.OPENED, batch_no, slots=slots)


def resume(bench: Bench) -> SortResult | None:
    """After a restart or a login: the batch this station was sorting."""
    with bench.uow() as uow:
        station_id = uow.packing.station_id(bench.station)
        batch_no = uow.batches.sorting_at(station_id)
        slots = _slots(uow, batch_no) if batch_no else ()
        uow.commit()
    return SortResult(Verdict.OPENED, batch_no, slots=slots) if batch_no else None


def sort_scan(bench: Bench, batch_no: str, raw: str, *, typed: bool = False) -> SortResult:
    """Judge one unit and say its slot; refused units go to the mis-pick log."""
    code = parse_scan(raw, bench.gs_substitute)
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        match = match_product(uow, code)
        if typed and not bench.allow_typed:
            return _refused(tx, batch_no, raw, Verdict.TYPING_NOT_ALLOWED, "", typed=typed)
        if match is None:  # a misread or unknown code, said as packing says it
            verdict = judge_item(code, None, [], bench.local_today()).verdict
            return _refused(tx, batch_no, raw, verdict, "", typed=typed)
        needing = uow.batches.slots_needing(batch_no, match.sku)
        if not needing:
            verdict = Verdict.OVER_QUANTITY if uow.batches.holds_sku(batch_no, match.sku) \
                else Verdict.WRONG_ITEM
            return _refused(tx, batch_no, raw, verdict, match.sku, typed=typed)
        slot, order_no = needing[0]
        lines = uow.packing.lines_of_sku(order_no, match.sku)
        shipped = bool(code.serial and uow.packing.serial_shipped(match.sku, code.serial))
        decision = judge_item(code, match, _states(lines), bench.local_today(), shipped)
        event_id = tx.event("item", raw, decision.verdict, order_no, code=code.text,
                            sku=decision.sku, line_no=decision.line_no, units=decision.units,
                            serial=decision.serial, typed=typed,
                            expected=match.sku if decision.verdict.refused else "")
        if decision.verdict is not Verdict.OK:
            repeat = repeat_count(uow, tx.station_id, order_no, decision.verdict, code.text)
            uow.commit()
            return SortResult(decision.verdict, batch_no, 0, order_no, match.sku,
                              detail=decision.detail, repeat=repeat)
        _accept(uow, order_no, decision, event_id)
        slots = _slots(uow, batch_no)
        if all(s.full for s in slots):
            uow.batches.set_status(batch_no, "done", tx.station_id)
        uow.commit()
    full = next(s.full for s in slots if s.slot == slot)
    return SortResult(Verdict.OK, batch_no, slot, order_no, match.sku, slot_full=full,
                      slots=slots)


def finish_batch(bench: Bench, batch_no: str) -> SortResult:
    """End the sort although some units did not come (欠品): an order with part of its units
    in its slot goes on hold with what is missing; an order with none goes back to the open
    orders for single picking. Full slots are left to be packed."""
    with bench.uow() as uow:
        tx = _Tx(bench, uow)
        record = uow.batches.get(batch_no)
        if record is None:
            raise NotFound("batch.not_found", batch_no=batch_no)
        slots = {s.slot: s for s in _slots(uow, batch_no)}
        short = _short_slots(uow.batches.missing(batch_no), slots)
        for s in short:  # a hold as the packer's F8 records it; no scan event of the batch
            if s.held:  # itself: a short pick is no packer's mis-pick and no order packed
                reason = _short_reason(batch_no, s)
                uow.packing.set_status(s.order_no, OrderStatus.ON_HOLD,
                                       station_id=tx.station_id, user_id=bench.user_id,
                                       at=tx.now, hold_reason=reason)
                tx.event("hold", reason, Verdict.ON_HOLD, s.order_no)
            else:  # back to the open orders (networked: to the server, for any station)
                uow.batches.free(s.order_no)
        uow.batches.set_status(batch_no, "done", tx.station_id)
        uow.audit.record("batch_finished", user_id=bench.user_id, target=batch_no, at=tx.now,
                         detail={"short": {s.order_no: dict(s.missing) for s in short}})
        uow.commit()
    return SortResult(Verdict.SHORT if short else Verdict.COMPLETED, batch_no,
                      slots=tuple(slots.values()), short=short)


def _short_slots(missing: list[tuple[int, str, str, int]],
                 slots: dict[int, SlotView]) -> tuple[ShortSlot, ...]:
    per_order: dict[int, list[tuple[str, int]]] = {}
    names: dict[int, str] = {}
    for slot, order_no, sku, units in missing:
        per_order.setdefault(slot, []).append((sku, units))
        names[slot] = order_no
    return tuple(ShortSlot(slot, names[slot], tuple(per_order[slot]), slots[slot].sorted > 0)
                 for slot in sorted(per_order))


def _short_reason(batch_no: str, short: ShortSlot) -> str:
    """The hold reason the lead reads in the order list (the shop's language: Japanese)."""
    items = "、".join(f"{sku}×{units}" for sku, units in short.missing)
    return f"欠品（{batch_no} 間口{short.slot}）：{items}"[:200]


def _refused(tx: _Tx, batch_no: str, raw: str, verdict: Verdict, sku: str, *,
             typed: bool) -> SortResult:
    code = normalize(raw)
    repeat = repeat_count(tx.uow, tx.station_id, None, verdict, code)
    tx.event("item", raw, verdict, None, code=code, sku=sku, typed=typed, expected=batch_no)
    tx.uow.commit()
    return SortResult(verdict, batch_no, sku=sku, repeat=repeat)


def _slots(uow: UnitOfWork, batch_no: str) -> tuple[SlotView, ...]:
    return tuple(SlotView(*row) for row in uow.batches.progress(batch_no))
