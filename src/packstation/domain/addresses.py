"""Addresses as Japan Post's postal code data gives them, and which of them are remote islands
(離島): the shipping proposal adds a service's 中継料 there. The data itself is read by an
adapter behind services.ports.PostalDirectory; the island areas are data too
(resources/postal/islands.csv, its README names the laws they come from)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PostalArea:
    """One area a postal code stands for (a code may stand for several towns)."""

    postal_code: str  # NNN-NNNN, as orders keep it
    prefecture_code: int  # JIS X 0401
    prefecture: str  # 東京都
    city: str  # 八丈島八丈町, 札幌市中央区 (with 郡 as Japan Post writes it)
    town: str  # 町域: 三根, "" when the code covers the whole city
    remote_island: bool = False

    @property
    def address(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}"


@dataclass(frozen=True)
class IslandArea:
    prefecture: str
    city: str
    town_prefix: str = ""  # "": the whole municipality is on islands


def on_island(area: PostalArea, islands: Iterable[IslandArea]) -> bool:
    return any(i.prefecture == area.prefecture and i.city == area.city
               and area.town.startswith(i.town_prefix) for i in islands)


def in_prefecture(areas: Sequence[PostalArea], prefecture_code: int) -> bool:
    """Whether the postal code's areas lie in the prefecture the order names."""
    return any(a.prefecture_code == prefecture_code for a in areas)


def remote_island(areas: Sequence[PostalArea]) -> bool:
    """A code is charged as an island only when every area it stands for is one."""
    return bool(areas) and all(a.remote_island for a in areas)


def common_place(areas: Sequence[PostalArea]) -> tuple[str, str]:
    """What a form fills in from a postal code: (prefecture, city and town) when the code
    stands for one town; the city alone when its towns differ; ("", "") when even the city
    differs or the code is unknown."""
    if not areas:
        return "", ""
    first = areas[0]
    if any((a.prefecture, a.city) != (first.prefecture, first.city) for a in areas):
        return "", ""
    town = first.town if all(a.town == first.town for a in areas) else ""
    return first.prefecture, first.city + town


def common_address(areas: Sequence[PostalArea]) -> str:
    """The same as one line: 東京都江東区豊洲."""
    return "".join(common_place(areas))

