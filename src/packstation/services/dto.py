"""Data handed to the UI and the CLI. Plain, frozen, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, TypedDict

from packstation.domain.model import OrderStatus, Role


@dataclass(frozen=True)
class OrderSummary:
    order_no: str
    status: OrderStatus
    channel: str
    prefecture_code: int | None
    prefecture: str
    customer_name: str
    delivery_date: date | None
    time_slot: str
    cod_yen: int
    cool: str
    gift: bool
    line_count: int
    unit_count: int


class LineQty(TypedDict):
    sku: str
    qty: int


class OrderLines(NamedTuple):
    """An order's number, status and prefecture with its lines: the `orders --json` shape,
    read for every order at once (plain tuples and dicts: 100,000 orders are made)."""

    order_no: str
    status: str
    prefecture_code: int | None
    lines: list[LineQty]


@dataclass(frozen=True)
class LineView:
    line_no: int
    sku: str
    name_ja: str
    name_en: str
    qty: int
    scanned_qty: int
    image_path: str
    missing_measurements: bool


@dataclass(frozen=True)
class OrderDetail:
    summary: OrderSummary
    lines: tuple[LineView, ...]
    postal_code: str
    address: str
    phone: str
    notes: str
    tracking_no: str
    hold_reason: str


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in at this station."""

    user_id: int
    login: str
    display_name: str
    role: Role
    language: str


