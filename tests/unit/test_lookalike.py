"""Which expected SKU a wrong scan was mistaken for: the longest shared beginning."""

from __future__ import annotations

from packstation.domain.lookalike import lookalike_of, split_skus


def test_the_colour_and_size_variant_wins_over_other_lines() -> None:
    assert lookalike_of("TEE-RED-L", ["TEE-BLU-L", "TEE-RED-S"]) == "TEE-RED-S"
    assert lookalike_of("TEE-RED-L", ["MUG-WHT", "TEE-RED-M"]) == "TEE-RED-M"


def test_ties_go_to_the_first_line_and_nothing_expected_gives_none() -> None:
    assert lookalike_of("CAP-BLK", ["MUG-WHT", "NOTE-A5"]) == "MUG-WHT"
    assert lookalike_of("CAP-BLK", []) is None
    assert lookalike_of("", ["MUG-WHT"]) is None


def test_the_stored_comma_list_splits_without_blanks() -> None:
    assert split_skus("TEE-RED-M, MUG-WHT,,") == ["TEE-RED-M", "MUG-WHT"]
    assert split_skus("") == []
