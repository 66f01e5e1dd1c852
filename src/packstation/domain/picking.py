"""Pick lists (issue 20): the lines of an order in the order a picker walks the shelves.

A location (棚番) is written as the warehouse labels its shelves: zone, aisle, shelf and bin
joined by hyphens ("A-01-03", "2F-B-12"). Sorting is natural (A-2 before A-10) because shelf
labels are rarely zero-padded; lines without a location come last, so a picker meets them
after the known shelves instead of being sent to the wrong aisle first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from packstation.domain.model import CoolType, Order, Product

MAX_LOCATION = 20
_LOCATION = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
_PARTS = re.compile(r"(\d+)")


def normalise_location(raw: str) -> str | None:
    """A location as stored, or None when it is not one. Full-width letters, digits and
    dashes (Ａ－０１, ー, －, ‐) are what a Japanese keyboard types: they become ASCII."""
    text = unicodedata.normalize("NFKC", raw).strip().upper()
    text = re.sub(r"[‐‑‒–—―ー−]", "-", text)
    if text == "":
        return ""
    if len(text) > MAX_LOCATION or not _LOCATION.match(text):
        return None
    return text


def location_key(location: str) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    """Natural order of shelf labels; an empty location sorts after every shelf."""
    if not location:
        return (1, ())
    parts = tuple((0, int(p)) if p.isdigit() else (1, p)
                  for p in _PARTS.split(location) if p != "")
    return (0, parts)


@dataclass(frozen=True)
class PickLine:
    location: str
    sku: str
    name_ja: str
    qty: int
    code: str  # the unit barcode (JAN) the picker sees on the item, "" when it has none
    image_path: str = ""  # the product's picture, when the list shows pictures


@dataclass(frozen=True)
class PickList:
    order_no: str
    lines: tuple[PickLine, ...]
    units: int
    cool: CoolType
    gift: bool
    notes: str

    @property
    def unshelved(self) -> int:
        """Lines whose product has no location: the picker has to search for them."""
        return sum(1 for line in self.lines if not line.location)


def pick_list(order: Order, products: Mapping[str, Product], *,
              pictures: bool = False) -> PickList:
    """The order's lines by location. Two lines of one SKU (a split order line) are one
    stop on the walk, so they are added together. ``pictures``: each line names its
    product's picture (a new picker, look-alike colours)."""
    qty: dict[str, int] = {}
    for line in order.lines:
        qty[line.sku] = qty.get(line.sku, 0) + line.qty
    lines = [_line(sku, n, products.get(sku), pictures) for sku, n in qty.items()]
    lines.sort(key=lambda ln: (location_key(ln.location), ln.sku))
    return PickList(order.order_no, tuple(lines), sum(qty.values()), order.cool, order.gift,
                    order.notes)


def _line(sku: str, qty: int, product: Product | None, pictures: bool) -> PickLine:
    if product is None:  # an order line for a product deleted since: still listed, unshelved
        return PickLine("", sku, "", qty, "")
    unit = next((c.code for c in product.codes if c.units == 1), "")
    return PickLine(product.location, sku, product.name_ja, qty, unit,
                    product.image_path if pictures else "")


def pick_lists(orders: Iterable[Order], products: Mapping[str, Product], *,
               pictures: bool = False) -> list[PickList]:
    return [pick_list(order, products, pictures=pictures) for order in orders]
