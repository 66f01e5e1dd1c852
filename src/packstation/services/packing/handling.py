"""Handling instructions at the bench (issue 14): the order's badges, its acknowledgements,
and what a refusal tells the packer beyond its verdict (the product in hand, a repeat count).

Helpers of bench.py's transactions: each takes the unit of work the caller holds, so a scan
stays one transaction.
"""

from __future__ import annotations

from dataclasses import replace

from packstation.domain.handling import acks_needed, badges, parse_rules
from packstation.domain.lookalike import lookalike_of, split_skus
from packstation.domain.verdicts import Verdict
from packstation.services.dto import LineView
from packstation.services.packing.dto import HandlingView, ScanResult
from packstation.services.ports import UnitOfWork

RULES_SETTING = "enclosure_rules"  # services.settings.Settings.enclosure_rules
_REPEAT_WINDOW = 20  # a packer who scans the same wrong thing 20 times is told "20+"


def handling_view(uow: UnitOfWork, order_no: str) -> HandlingView:
    """The badges of the order and which acknowledgements are still missing."""
    facts = uow.packing.handling_facts(order_no)
    if facts is None:
        return HandlingView()
    rules, _problems = parse_rules(str(uow.settings.get(RULES_SETTING) or ""))
    found = badges(facts, rules)  # a rule the admin wrote badly is reported in the settings
    needed = acks_needed(found)
    done = uow.packing.acknowledged(order_no)
    return HandlingView(found, needed, tuple(k for k in needed if k in done))


def repeat_count(uow: UnitOfWork, station_id: int, order_no: str | None, verdict: Verdict,
                 code: str) -> int:
    """How many times in a row this station got this same refusal, this one included: a
    packer with the sound off still sees that the scan arrived."""
    same = (order_no or "", verdict.value, code)
    count = 1
    for recent in uow.packing.recent_results(station_id, _REPEAT_WINDOW):
        if recent != same:
            break
        count += 1
    return count


def explain_refusal(uow: UnitOfWork, result: ScanResult, repeat: int) -> ScanResult:
    """A wrong item shows the product in the packer's hand beside the one still expected:
    the look-alike it was most likely taken for (TEE-RED-M for TEE-RED-L), else the first
    line still open."""
    if result.verdict == Verdict.WRONG_ITEM and result.sku and result.order_no:
        return replace(result, repeat=repeat, scanned=uow.packing.product_view(result.sku),
                       expected=_expected_line(uow, result.order_no, result.sku))
    return replace(result, repeat=repeat)


def _expected_line(uow: UnitOfWork, order_no: str, scanned_sku: str) -> LineView | None:
    wanted = lookalike_of(scanned_sku, split_skus(uow.packing.expected_skus(order_no)))
    lines = uow.packing.lines_of_sku(order_no, wanted) if wanted else ()
    open_line = next((ln for ln in lines if ln.qty > ln.scanned_qty), None)
    return open_line or uow.packing.first_open_line(order_no)
