"""Ports of CSV imports: saved column mappings (profiles)."""


from __future__ import annotations

from typing import Protocol


class CsvProfileRepository(Protocol):
    def get(self, kind: str, name: str) -> dict[str, str] | None: ...

    def save(self, kind: str, name: str, mapping: dict[str, str]) -> None: ...

    def names(self, kind: str) -> list[str]: ...
