"""The warehouse's nouns as plain dataclasses. Integer yen, millimetres, grams; UTC datetimes."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import date, datetime


class Role(enum.StrEnum):
    PACKER = "packer"
    LEAD = "lead"
    ADMIN = "admin"

    def can(self, needed: Role) -> bool:
        """Roles are nested: an admin may do what a lead may, a lead what a packer may."""
        order = [Role.PACKER, Role.LEAD, Role.ADMIN]
        return order.index(self) >= order.index(needed)


class OrderStatus(enum.StrEnum):
    OPEN = "open"          # imported, waiting to be packed
    PACKING = "packing"    # opened at a station
    ON_HOLD = "on_hold"    # put aside with a reason
    PACKED = "packed"      # every line satisfied, completed
    SHIPPED = "shipped"    # tracking number known / handed to the carrier
    CANCELLED = "cancelled"


class CoolType(enum.StrEnum):
    NONE = "none"
    CHILLED = "chilled"  # 冷蔵
    FROZEN = "frozen"    # 冷凍


@dataclass(frozen=True)
class Dimensions:
    length_mm: int
    width_mm: int
    height_mm: int

    def as_tuple(self) -> tuple[int, int, int]:
        return (self.length_mm, self.width_mm, self.height_mm)


@dataclass(frozen=True)
class ProductCode:
    code: str
    units: int = 1  # a case code (ITF-14/GTIN-14) counts several units


@dataclass
class Product:
    sku: str
    name_ja: str
    name_en: str = ""
    codes: list[ProductCode] = field(default_factory=list)
    dims: Dimensions | None = None
    weight_g: int | None = None
    fragile: bool = False
    this_side_up: bool = False
    serial_tracked: bool = False
    qty_entry_allowed: bool = False  # scan once, key the count (large quantities)
    image_path: str = ""
    price_yen: int = 0
    tax_rate_pct: int = 10
    location: str = ""  # 棚番 (shelf location, e.g. "A-01-03"); "" = not shelved yet

    @property
    def missing_measurements(self) -> bool:
        return self.dims is None or self.weight_g is None


@dataclass(frozen=True)
class ShipTo:
    """Personal data (個人情報): kept centrally, never logged."""

    name: str
    postal_code: str
    prefecture_code: int
    address1: str
    address2: str = ""
    phone: str = ""
    company: str = ""


@dataclass
class OrderLine:
    line_no: int
    sku: str
    qty: int
    scanned_qty: int = 0
    unit_price_yen: int = 0  # as the shop priced it (tax included or not: shop setting)
    tax_rate_pct: int | None = None  # 10 or 8 at the time of sale; None = the product's rate

    @property
    def remaining(self) -> int:
        return max(self.qty - self.scanned_qty, 0)


@dataclass(frozen=True)
class CartonPlan:
    """One carton (個口) of the accepted proposal: its box, service and charged size class."""

    box_code: str
    service_code: str
    size_class: str = ""


def dump_cartons(cartons: tuple[CartonPlan, ...]) -> str:
    return json.dumps([[c.box_code, c.service_code, c.size_class] for c in cartons],
                      ensure_ascii=False) if cartons else ""


def parse_cartons(text: str | None) -> tuple[CartonPlan, ...]:
    """The stored plan; "" (or a plan written by a newer version) = none."""
    try:
        rows = json.loads(text) if text else []
        return tuple(CartonPlan(str(b), str(s), str(c)) for b, s, c in rows)
    except (ValueError, TypeError):
        return ()


@dataclass
class Order:
    order_no: str
    channel: str
    status: OrderStatus
    lines: list[OrderLine]
    ship_to: ShipTo | None = None
    ordered_at: datetime | None = None
    delivery_date: date | None = None
    time_slot: str = ""
    cod_yen: int = 0
    cool: CoolType = CoolType.NONE
    gift: bool = False
    # Charged beside the goods, as the 納品書 (適格簡易請求書) lists them: 送料 and 代引手数料 at
    # the standard rate, a discount (値引き, a positive amount) at the rate of the goods it is on.
    shipping_fee_yen: int = 0
    cod_fee_yen: int = 0
    discount_yen: int = 0
    discount_rate_pct: int = 10
    notes: str = ""
    tracking_no: str = ""
    # Gift details and what goes in the box besides the items (issue 14: handling badges).
    noshi: str = ""  # のし: its 表書き (御祝, 内祝 …); "" = none
    wrapping: bool = False  # ラッピング
    message_card: str = ""  # the message to put in; "" = no card (may name people: personal)
    enclosures: tuple[str, ...] = ()  # 同梱物 written on the order (flyers, samples)
    customer_no: str = ""  # the shop's or mall's customer number
    first_order: bool = False  # the customer's first order (enclosure rule first_order)
    service_code: str = ""  # the chosen carrier service(s), comma-separated
    size_class: str = ""  # the charged size class of the chosen service (label)
    cartons: tuple[CartonPlan, ...] = ()  # the accepted proposal per carton (個口); () = one

    @property
    def total_units(self) -> int:
        return sum(line.qty for line in self.lines)


@dataclass
class User:
    id: int
    login: str
    display_name: str
    role: Role
    pin_hash: str
    badge_code: str | None = None
    language: str = "ja"
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = None
    must_change_pin: bool = False  # a demo or reset PIN: a new one is asked at login
