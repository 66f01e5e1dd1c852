"""The verdict groups the packer screen, the camera's evidence video and the review read from
the domain (one list each, next to the enum), checked against what each group means."""

from __future__ import annotations

import pytest

from packstation.domain.verdicts import Verdict
from packstation.domain.weighing import WeightVerdict


@pytest.mark.parametrize("verdict", list(Verdict))
def test_every_verdict_is_either_an_error_or_moves_the_packing_on(verdict: Verdict) -> None:
    if verdict.refused:
        assert verdict.is_error, "a near-miss in the log is an error on the bench"
    if verdict.is_error:
        assert not verdict.finishes and not verdict.frees_bench
    if verdict.frees_bench:
        assert verdict.finishes, "the order only leaves the bench once it is done with"
    assert not (verdict.finishes and verdict.keeps_packing)


def test_the_groups_name_the_verdicts_the_packer_screen_always_used() -> None:
    assert {v for v in Verdict if v.finishes} == {
        Verdict.COMPLETED, Verdict.LABEL_OK, Verdict.OVERRIDDEN, Verdict.ON_HOLD}
    assert {v for v in Verdict if v.frees_bench} == {Verdict.LABEL_OK, Verdict.ON_HOLD}
    assert {v for v in Verdict if not v.is_error and not v.finishes} == {
        Verdict.OPENED, Verdict.OK, Verdict.UNDONE, Verdict.ACKNOWLEDGED, Verdict.OTHER_ORDER,
        Verdict.SAME_ORDER}
    assert Verdict.OPENED not in {v for v in Verdict if v.is_item_scan}, \
        "the 納品書 that opens the order may show the address: no evidence video yet"


def test_only_a_box_outside_the_tolerance_stops_its_label() -> None:
    assert {v for v in WeightVerdict if v.stops_label} == {
        WeightVerdict.TOO_LIGHT, WeightVerdict.TOO_HEAVY}


def test_handling_verdicts_are_never_counted_against_the_packer() -> None:
    """Issue 14: confirmations and another order's pick list are no mis-picks."""
    handling = {Verdict.ACKNOWLEDGED, Verdict.ACK_NOT_NEEDED, Verdict.ACK_MISSING,
                Verdict.OTHER_ORDER, Verdict.SAME_ORDER}
    assert not any(v.refused for v in handling)
    assert {v for v in handling if v.is_error} == {Verdict.ACK_NOT_NEEDED, Verdict.ACK_MISSING}
    assert {v for v in Verdict if v.is_offer} == {Verdict.OTHER_ORDER}
    assert all(v.keeps_packing for v in handling), "the order stays open at the bench"
    assert {v for v in Verdict if v.refuses_open} == {
        Verdict.UNKNOWN_ORDER, Verdict.ALREADY_PACKED, Verdict.HELD_ELSEWHERE,
        Verdict.NOT_CLAIMED_OFFLINE}
