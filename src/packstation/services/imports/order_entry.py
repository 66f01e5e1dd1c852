"""Phone and FAX orders typed by a lead or an admin (issue 20).

The form's values go through the very parser and checks of the orders CSV import (as one
small CSV in memory): a typed order is refused for exactly what an imported one would be
(postal code, prefecture, phone, slot, date, cool, COD, unknown SKU, an order number already
taken), every problem at once, and it joins the same queue in one transaction, audited.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from datetime import date, timedelta, timezone

from packstation.domain.errors import PermissionDenied
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_import
from packstation.services.imports.dto import ImportReport
from packstation.services.ports import UnitOfWorkFactory

JST = timezone(timedelta(hours=9))
SOURCE = "order entry"  # the import's source: problems say "order entry, row 2, column …"
CHANNELS = ("電話", "FAX", "店頭", "メール")


@dataclass(frozen=True)
class EnteredOrder:
    """What the form holds, as typed: the import reads and checks it."""

    order_no: str
    channel: str
    ship_name: str
    postal_code: str
    prefecture: str
    address1: str
    address2: str = ""
    company: str = ""
    phone: str = ""
    delivery_date: str = ""
    time_slot: str = ""
    cool: str = ""
    gift: str = ""
    cod_yen: str = ""
    notes: str = ""
    lines: tuple[tuple[str, str], ...] = ()  # (SKU, quantity) as typed


ORDER_FIELDS = tuple(f.name for f in fields(EnteredOrder) if f.name != "lines")


def as_csv(order: EnteredOrder) -> bytes:
    """One row per product line (row 2 is the first line), the order's fields on each."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*ORDER_FIELDS, "sku", "qty"])
    values = [getattr(order, name) for name in ORDER_FIELDS]
    for sku, qty in order.lines or (("", ""),):  # no line: the import names sku and qty
        writer.writerow([*values, sku, qty])
    return out.getvalue().encode("utf-8")


def enter(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
          order: EnteredOrder) -> ImportReport:
    if actor is None or not Role(actor.role).can(Role.LEAD):
        raise PermissionDenied("auth.lead_only_order_entry")
    return csv_import.import_file(uow_factory, "orders", as_csv(order), source=SOURCE,
                                  actor=actor)


@dataclass(frozen=True)
class ProductChoice:
    """What the order form finds a product by."""

    sku: str
    name_ja: str
    name_en: str
    codes: tuple[str, ...]


def product_choices(uow_factory: UnitOfWorkFactory) -> list[ProductChoice]:
    with uow_factory() as uow:
        products = uow.products.list_all()
    return [ProductChoice(p.sku, p.name_ja, p.name_en, tuple(c.code for c in p.codes))
            for p in products]


def next_order_no(uow_factory: UnitOfWorkFactory, today: date, channel: str) -> str:
    """A free number in the shop's style for typed orders: TEL-20261203-001 / FAX-…."""
    prefix = f"{'FAX' if channel == 'FAX' else 'TEL'}-{today:%Y%m%d}-"
    with uow_factory() as uow:
        taken = uow.orders.existing_order_nos([f"{prefix}{n:03d}" for n in range(1, 1000)])
    return next(f"{prefix}{n:03d}" for n in range(1, 1000) if f"{prefix}{n:03d}" not in taken)
