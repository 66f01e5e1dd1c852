"""What a CSV import returns."""


from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportReport:
    kind: str
    rows: int
    added: int
    updated: int
    encoding: str
