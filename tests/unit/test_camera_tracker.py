"""Count-once rule (domain/camera.py): one count per presentation, no phantom wrong items."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.camera import Decoded, PresentationTracker, code_keys, on_order_predicate

ON = "4912345678904"
OFF = "4901234567894"


def tracker(**kw: int) -> PresentationTracker:
    return PresentationTracker(on_order=on_order_predicate([ON]), **kw)


def run(t: PresentationTracker, frames: list[list[str]]) -> list[str]:
    return [code for frame in frames for code in t.frame(frame)]


def test_code_on_the_order_counts_at_first_sight_and_once_while_in_view() -> None:
    t = tracker()
    assert t.frame([ON]) == [ON]
    assert run(t, [[ON]] * 50) == []


def test_code_counts_again_only_after_leaving_the_view() -> None:
    t = tracker(leave_after=3)
    assert run(t, [[ON], [], [], [ON]]) == [ON], "absent 2 frames: still the same presentation"
    assert run(t, [[], [], [], [ON]]) == [ON], "absent 3 frames: it left, a new presentation"


def test_packer_confirms_to_count_the_same_code_again_without_it_leaving() -> None:
    t = tracker()
    assert t.frame([ON]) == [ON]
    t.confirm()
    assert t.frame([ON]) == [ON]
    assert t.frame([ON]) == []


def test_code_not_on_the_order_needs_two_consecutive_frames() -> None:
    t = tracker()
    assert t.frame([OFF]) == []
    assert t.frame([OFF]) == [OFF]
    assert run(t, [[OFF]] * 10) == []


def test_one_frame_phantoms_are_never_reported() -> None:
    t = tracker()
    assert run(t, [[OFF], [], [OFF], [], [OFF], []]) == []


def test_confirmed_wrong_code_needs_two_frames_again() -> None:
    t = tracker()
    run(t, [[OFF], [OFF]])
    t.confirm()
    assert t.frame([OFF]) == []
    assert t.frame([OFF]) == [OFF]


def test_on_order_matches_any_gtin_width_and_gs1_with_aim() -> None:
    upc = on_order_predicate(["012345678905"])
    assert upc("0012345678905") and upc("]E00012345678905")
    assert upc("]C10100012345678905\x1d10LOT1"), "a GS1-128 carrying the GTIN is on the order"
    assert not upc("4912345678904")
    assert code_keys("R-1001") == ("R-1001",)


def test_changing_the_order_keeps_what_is_in_view_counted() -> None:
    t = PresentationTracker()
    assert run(t, [["R-1001"], ["R-1001"]]) == ["R-1001"]  # the pick list opens the order
    t.on_order = on_order_predicate([ON])
    assert run(t, [["R-1001"]] * 5) == [], "the pick list still in view does not count again"


def test_decoded_scan_text_carries_the_aim_prefix() -> None:
    d = Decoded("CODE128", "0104912345678904", (0, 0, 1, 1), "]C1")
    assert d.scan_text == "]C10104912345678904" and d.linear


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        PresentationTracker(leave_after=0)


codes = st.sampled_from([ON, OFF, "4500000000004"])
frames = st.lists(st.lists(codes, max_size=3), max_size=60)


@settings(max_examples=200, deadline=None)
@given(frames, st.integers(1, 6))
def test_counts_equal_presentations(stream: list[list[str]], leave: int) -> None:
    """Whatever the stream: each code counts exactly once per presentation (a run of
    sightings with gaps shorter than `leave`) that lasts long enough for its kind."""
    t = PresentationTracker(on_order=on_order_predicate([ON]), leave_after=leave)
    reported = run(t, stream)
    for code in (ON, OFF, "4500000000004"):
        needed = 1 if code == ON else 2
        expected, streak, best, gap = 0, 0, 0, leave  # gap ≥ leave: not in view
        for frame in stream:
            if code in frame:
                if gap >= leave:  # a new presentation starts
                    expected += best >= needed
                    best = 0
                streak = streak + 1 if gap == 0 else 1
                best, gap = max(best, streak), 0
            else:
                gap, streak = gap + 1, 0
        expected += best >= needed
        assert reported.count(code) == expected
