"""Stateful property test of the packing service on a real SQLite database: hypothesis plays
random sessions of scans (right items, look-alikes, case codes, unknown and misread codes),
undos and completion attempts against a random order, and after every step checks what was
committed against a simple model:

- scanned never exceeds required on any line;
- the units the packer was told OK, minus the units undone, equal what the database holds;
- completion succeeds exactly when every line is satisfied, otherwise SHORT changes nothing;
- undo restores the lines exactly as they were before the last accepted scan.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from packstation.bootstrap import App
from packstation.domain.barcodes import gtin_check_digit
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services.demo import shop as demo_shop
from packstation.services.packing import bench as packing
from packstation.services.packing.dto import ScanResult

PRODUCTS = {p.sku: p for p in demo_shop.products()}
UNIT = {sku: p.codes[0].code for sku, p in PRODUCTS.items()}
CASE = {"PEN-BLK": ("14912345000078", 12)}  # ITF-14: one scan = 12 pens
ON_ORDER = ["TEE-RED-M", "TEE-RED-L", "MUG-WHT", "SOCK-NVY-M", "PEN-BLK"]
NOT_ON_ORDER = ["TEE-RED-S", "MUG-BLK", "CAP-NVY"]
_numbers = itertools.count(1)


def _machine(app: App) -> type[RuleBasedStateMachine]:
    with app.uow() as uow:
        sato = uow.users.by_login("sato").id  # type: ignore[union-attr]

    class Packing(RuleBasedStateMachine):
        @initialize(lines=st.lists(st.tuples(st.sampled_from(ON_ORDER), st.integers(1, 14)),
                                   min_size=1, max_size=4, unique_by=lambda t: t[0]))
        def open_an_order(self, lines: list[tuple[str, int]]) -> None:
            n = next(_numbers)
            self.order_no = f"PROP-{n}"
            self.qty = dict(lines)
            self.scanned = dict.fromkeys(self.qty, 0)
            self.history: list[dict[str, int]] = []  # lines before each accepted scan
            self.told_ok = 0
            self.done = False
            with app.uow() as uow:
                uow.orders.add_many([Order(
                    self.order_no, "prop", OrderStatus.OPEN,
                    [OrderLine(i, sku, q) for i, (sku, q) in enumerate(lines, 1)],
                    ship_to=ShipTo("テスト", "060-0001", 1, "1-1"))])
                uow.commit()
            self.bench = packing.Bench(app.uow, app.clock, f"prop-{n}", user_id=sato)
            assert packing.open_order(self.bench, self.order_no).verdict == "OPENED"

        def _accepted(self, result: ScanResult, sku: str, units: int) -> None:
            self.history.append(dict(self.scanned))
            self.scanned[sku] += units
            self.told_ok += result.units
            assert result.units == units
            assert result.remaining == self.qty[sku] - self.scanned[sku]
            assert result.order_remaining == sum(self.qty.values()) - sum(self.scanned.values())

        @precondition(lambda self: not self.done)
        @rule(sku=st.sampled_from(ON_ORDER + NOT_ON_ORDER), case=st.booleans())
        def scan_an_item(self, sku: str, case: bool) -> None:
            code, units = CASE[sku] if case and sku in CASE else (UNIT[sku], 1)
            result = packing.scan(self.bench, self.order_no, code)
            if sku not in self.qty:
                assert result.verdict == "WRONG_ITEM"
            elif units > self.qty[sku] - self.scanned[sku]:
                assert result.verdict == "OVER_QUANTITY"
            else:
                assert result.verdict == "OK"
                self._accepted(result, sku, units)

        @precondition(lambda self: not self.done)
        @rule(digits=st.text("0123456789", min_size=12, max_size=12), misread=st.booleans())
        def scan_a_code_we_do_not_sell(self, digits: str, misread: bool) -> None:
            check = gtin_check_digit(digits)
            code = digits + str((check + 1) % 10 if misread else check)
            if code in UNIT.values():
                return
            verdict = packing.scan(self.bench, self.order_no, code).verdict
            assert verdict == ("BAD_CHECK_DIGIT" if misread else "UNKNOWN_CODE")

        @precondition(lambda self: not self.done)
        @rule()
        def undo(self) -> None:
            result = packing.undo_last(self.bench, self.order_no)
            if not self.history:
                assert result.verdict == "NOTHING_TO_UNDO"
                return
            assert result.verdict == "UNDONE"
            self.told_ok += result.units  # negative: the units taken back
            self.scanned = self.history.pop()
            assert {ln.sku: ln.scanned_qty for ln in result.lines} == self.scanned

        @precondition(lambda self: not self.done)
        @rule()
        def complete(self) -> None:
            result = packing.complete(self.bench, self.order_no)
            if self.scanned == self.qty:
                assert result.verdict == "COMPLETED"
                self.done = True
            else:
                assert result.verdict == "SHORT"

        @precondition(lambda self: self.done)
        @rule()
        def scan_after_completion(self) -> None:
            sku = next(iter(self.qty))
            assert packing.scan(self.bench, self.order_no, UNIT[sku]).verdict == "NO_OPEN_ORDER"

        @invariant()
        def committed_lines_match_what_the_packer_was_told(self) -> None:
            if not hasattr(self, "order_no"):
                return
            with app.uow() as uow:
                order = uow.packing.order_for_packing(self.order_no)
            assert order is not None
            stored = {ln.sku: ln.scanned_qty for ln in order.lines}
            assert stored == self.scanned
            assert all(ln.scanned_qty <= ln.qty for ln in order.lines)
            assert self.told_ok == sum(stored.values())
            assert order.status == ("packed" if self.done else "packing")

    return Packing


def test_random_packing_sessions_keep_every_rule(demo_app: App) -> None:
    run_state_machine_as_test(
        _machine(demo_app),
        settings=settings(max_examples=25, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]))
