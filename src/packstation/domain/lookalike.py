"""Look-alike SKUs: which expected item a wrong scan was most likely mistaken for.

Colour and size variants share the beginning of their SKU (TEE-RED-M, TEE-RED-L): the expected
SKU with the longest common prefix is the one the packer meant to pick. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable


def common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def split_skus(expected: str) -> list[str]:
    """The stored comma list of still-needed SKUs, as a list (blanks dropped)."""
    return [s.strip() for s in expected.split(",") if s.strip()]


def lookalike_of(scanned_sku: str, expected_skus: Iterable[str]) -> str | None:
    """The expected SKU sharing the longest prefix with the scanned one; the first on the
    order wins a tie. None when nothing was expected or nothing was identified."""
    best: str | None = None
    best_len = -1
    if not scanned_sku:
        return None
    for sku in expected_skus:
        n = common_prefix_len(scanned_sku, sku)
        if n > best_len:
            best, best_len = sku, n
    return best
