"""The admin's product list: every product, or only those the cartonizer cannot size yet
(dimensions or weight missing), and filling those measurements in.

A proposal for an order with such a product is refused (a guessed thickness would pick the
wrong thin service), so this list is what the admin works through after a product import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from packstation.domain import picking
from packstation.domain.errors import BadInput, InputProblem, NotFound
from packstation.domain.messages import Msg
from packstation.domain.model import Dimensions, Product
from packstation.services.admin.catalog import MAX_G, MAX_MM, require_admin
from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station


@dataclass(frozen=True)
class ProductRow:
    sku: str
    name_ja: str
    name_en: str
    dims_mm: tuple[int, int, int] | None
    weight_g: int | None
    fragile: bool
    this_side_up: bool
    location: str = ""  # 棚番

    @property
    def missing(self) -> bool:
        return self.dims_mm is None or self.weight_g is None


@dataclass(frozen=True)
class Measurements:
    """What the admin types for one product; 0 or None = not filled in."""

    length_mm: int | None
    width_mm: int | None
    height_mm: int | None
    weight_g: int | None
    fragile: bool = False
    this_side_up: bool = False
    location: str = ""  # 棚番 as typed; None-free: "" = not shelved


def _row(p: Product) -> ProductRow:
    return ProductRow(p.sku, p.name_ja, p.name_en, p.dims.as_tuple() if p.dims else None,
                      p.weight_g, p.fragile, p.this_side_up, p.location)


def list_products(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
                  only_missing: bool = False) -> list[ProductRow]:
    """Products by SKU; with only_missing, just those lacking dimensions or weight."""
    require_admin(actor)
    with uow_factory() as uow:
        found = uow.products.missing_measurements() if only_missing else uow.products.list_all()
    return [_row(p) for p in found]


def measurement_problems(m: Measurements) -> list[InputProblem]:
    out = []
    for column, value, high, unit in (("length_mm", m.length_mm, MAX_MM, "mm"),
                                      ("width_mm", m.width_mm, MAX_MM, "mm"),
                                      ("height_mm", m.height_mm, MAX_MM, "mm"),
                                      ("weight_g", m.weight_g, MAX_G, "g")):
        if value is None or value == 0:
            out.append(InputProblem(None, column, Msg("form.not_filled_in"),
                                    Msg("catalog.measure_it", unit=unit)))
        elif isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
            out.append(InputProblem(None, column, Msg("form.out_of_range", value=value),
                                    Msg("catalog.measure_range", unit=unit, high=f"{high:,}")))
    if picking.normalise_location(m.location) is None:
        out.append(InputProblem(None, "location", Msg("csv.not_a_location", value=m.location),
                                Msg("csv.location_fix", max_len=picking.MAX_LOCATION)))
    return out


def save_measurements(uow_factory: UnitOfWorkFactory, actor: SessionUser | None, sku: str,
                      m: Measurements) -> ProductRow:
    """Set the product's size, weight and handling flags in one transaction, or nothing."""
    user = require_admin(actor)
    refuse_on_networked_station(uow_factory, "products")
    problems = measurement_problems(m)
    if problems:
        raise BadInput(problems=problems, source=Msg("catalog.source_product", sku=sku))
    assert m.length_mm and m.width_mm and m.height_mm and m.weight_g  # checked above
    with uow_factory() as uow:
        product = uow.products.get(sku)
        if product is None:
            raise NotFound("catalog.no_product", sku=sku)
        before = _row(product)
        new = replace(product, dims=Dimensions(m.length_mm, m.width_mm, m.height_mm),
                      weight_g=m.weight_g, fragile=m.fragile, this_side_up=m.this_side_up,
                      location=picking.normalise_location(m.location) or "")
        uow.products.upsert_many([new])
        after = _row(new)
        uow.audit.record("product_measured", user_id=user.user_id, target=sku, detail={
            k: [getattr(before, k), getattr(after, k)]
            for k in ("dims_mm", "weight_g", "fragile", "this_side_up", "location")
            if getattr(before, k) != getattr(after, k)})
        uow.commit()
    return after
