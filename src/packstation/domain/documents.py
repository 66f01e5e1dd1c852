"""What goes on a shipping label and on a 納品書 (packing slip). Pure: no fonts, no pixels.

The renderers (adapters/printing) only place what these objects hold; every decision (which
barcode, which marks, which prices a gift slip hides, the tax per rate) is made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from packstation.domain import prefectures
from packstation.domain.invoice import (
    REDUCED_RATE,
    STANDARD_RATE,
    RateTotal,
    TaxedAmount,
    normalize_registration_no,
    totals_by_rate,
)
from packstation.domain.model import CoolType, Order, Product, ShipTo

JST = timezone(timedelta(hours=9), "JST")
CODE128 = "code128"
CODABAR = "codabar"  # NW-7
# Japanese carriers print the tracking number as NW-7 (domain-facts §3); others get Code 128.
CODABAR_CARRIERS = frozenset({"yamato", "sagawa", "japanpost"})
_WEEKDAYS = "月火水木金土日"
_COOL_MARKS = {CoolType.CHILLED: "冷蔵", CoolType.FROZEN: "冷凍"}


@dataclass(frozen=True)
class Address:
    name: str
    postal_code: str
    lines: tuple[str, ...]
    phone: str = ""


@dataclass(frozen=True)
class Shop:
    """The shop as the admin set it up (settings shop_*)."""

    name: str
    postal_code: str = ""
    address: str = ""
    phone: str = ""
    logo_path: str = ""
    registration_no: str = ""  # T + 13 digits, "" when the shop is not registered

    @property
    def address_block(self) -> Address:
        return Address(self.name, self.postal_code, (self.address,) if self.address else (),
                       self.phone)


@dataclass(frozen=True)
class Barcode:
    symbology: str  # CODE128 / CODABAR
    data: str  # exactly what the bars encode (NW-7 with its start/stop letters)
    text: str  # human-readable line under the bars


@dataclass(frozen=True)
class LabelContent:
    order_no: str
    ship_to: Address
    sender: Address
    carrier: str  # ヤマト運輸
    service: str  # 宅急便
    size_class: str  # 60 (三辺合計 cm) or the thin class name; "" before a box is chosen
    delivery_date: str  # 11月25日(水), "" = 指定なし
    time_slot: str  # 14-16時 / 午前中, "" = 指定なし
    cool: str  # 冷蔵 / 冷凍 / ""
    cod_yen: int
    order_barcode: Barcode
    tracking: Barcode | None  # None until the tracking number is known
    units: int
    carton: int = 1  # 個口: this carton's number, of `cartons`
    cartons: int = 1


@dataclass(frozen=True)
class SlipLine:
    sku: str
    name: str
    qty: int
    unit_price_yen: int | None  # None on a gift slip
    amount_yen: int | None
    reduced_rate: bool  # ※ 軽減税率対象


@dataclass(frozen=True)
class SlipCharge:
    """A charge beside the goods (送料, 代引手数料) or a discount (値引き, < 0), at its rate."""

    label: str
    amount_yen: int
    rate_pct: int


@dataclass(frozen=True)
class SlipContent:
    order_no: str
    order_date: str  # 2026年11月23日 (取引年月日, Japan time)
    customer: Address
    shop: Shop
    order_barcode: Barcode
    lines: tuple[SlipLine, ...]
    gift: bool
    prices_include_tax: bool
    total_yen: int | None  # what the customer pays for the goods; None on a gift slip
    rate_totals: tuple[RateTotal, ...]  # per tax rate; empty on a gift slip
    qualified_invoice: bool  # 適格請求書: registration number and per-rate tax printed
    cod_yen: int | None
    charges: tuple[SlipCharge, ...] = ()  # in the totals and the per-rate tax; () on a gift slip
    transaction_date: str = ""  # 取引年月日: the day the goods are supplied (the ship date)


def japanese_date(day: date, weekday: bool = True) -> str:
    text = f"{day.year}年{day.month}月{day.day}日"
    return f"{text}({_WEEKDAYS[day.weekday()]})" if weekday else text


def short_date(day: date) -> str:
    return f"{day.month}月{day.day}日({_WEEKDAYS[day.weekday()]})"


def slot_text(slot: str) -> str:
    return f"{slot}時" if slot and slot[0].isdigit() else slot


def yen(amount: int) -> str:
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def ship_to_address(ship_to: ShipTo) -> Address:
    pref = prefectures.by_code(ship_to.prefecture_code)
    first = f"{pref.name if pref else ''}{ship_to.address1}"
    lines = tuple(x for x in (first, ship_to.address2, ship_to.company) if x)
    return Address(ship_to.name, ship_to.postal_code, lines, ship_to.phone)


def tracking_barcode(carrier_code: str, tracking_no: str) -> Barcode | None:
    """NW-7 (start/stop A) for the Japanese carriers' all-digit numbers, else Code 128."""
    number = tracking_no.strip()
    if not number:
        return None
    if carrier_code in CODABAR_CARRIERS and number.isascii() and number.isdigit():
        grouped = "-".join(number[i:i + 4] for i in range(0, len(number), 4))
        return Barcode(CODABAR, f"A{number}A", grouped)
    return Barcode(CODE128, number, number)


def order_barcode(order_no: str) -> Barcode:
    return Barcode(CODE128, order_no, order_no)


@dataclass(frozen=True)
class ShippingChoice:
    carrier_code: str = ""
    carrier: str = ""
    service: str = ""
    size_class: str = ""


def build_label(order: Order, shop: Shop, shipping: ShippingChoice, carton: int = 1,
                cartons: int = 1) -> LabelContent:
    """The label of one carton. An order packed in several cartons gets one each, 1/N to
    N/N; the amount to collect (代金引換) and the tracking number are on the first only, so
    that nothing is collected twice."""
    if order.ship_to is None:
        raise ValueError(f"order {order.order_no} has no ship-to address")
    first = carton == 1
    return LabelContent(
        order_no=order.order_no, ship_to=ship_to_address(order.ship_to),
        sender=shop.address_block, carrier=shipping.carrier, service=shipping.service,
        size_class=shipping.size_class,
        delivery_date=short_date(order.delivery_date) if order.delivery_date else "",
        time_slot=slot_text(order.time_slot), cool=_COOL_MARKS.get(order.cool, ""),
        cod_yen=order.cod_yen if first else 0, order_barcode=order_barcode(order.order_no),
        tracking=tracking_barcode(shipping.carrier_code, order.tracking_no) if first else None,
        units=order.total_units, carton=carton, cartons=cartons,
    )


def line_rate(line_rate_pct: int | None, product: Product | None) -> int:
    """The rate on the order line; an old line without one takes its product's rate."""
    if line_rate_pct is not None:
        return line_rate_pct
    return product.tax_rate_pct if product is not None else 10


def slip_charges(order: Order) -> tuple[SlipCharge, ...]:
    """送料 and 代引手数料 at the standard rate (a service, not the goods), the discount at
    the rate of the goods it was given on: each counts in its rate's total and tax."""
    found = [SlipCharge("送料", order.shipping_fee_yen, STANDARD_RATE),
             SlipCharge("代引手数料", order.cod_fee_yen, STANDARD_RATE),
             SlipCharge("値引き", -order.discount_yen, order.discount_rate_pct)]
    return tuple(c for c in found if c.amount_yen)


def build_slip(order: Order, products: dict[str, Product], shop: Shop, *, gift: bool,
               prices_include_tax: bool, today: date,
               ship_date: date | None = None) -> SlipContent:
    """The 納品書. As a 適格簡易請求書 its 取引年月日 is the day of supply, the ship date
    (``ship_date``, else ``today``: the slip goes in the box the day it ships)."""
    if order.ship_to is None:
        raise ValueError(f"order {order.order_no} has no customer address")
    rates = {ln.line_no: line_rate(ln.tax_rate_pct, products.get(ln.sku)) for ln in order.lines}
    charges = () if gift else slip_charges(order)
    lines = tuple(
        SlipLine(ln.sku, _name(products.get(ln.sku), ln.sku), ln.qty,
                 None if gift else ln.unit_price_yen,
                 None if gift else ln.unit_price_yen * ln.qty,
                 rates[ln.line_no] == REDUCED_RATE)
        for ln in order.lines)
    totals = () if gift else tuple(totals_by_rate(
        [*(TaxedAmount(ln.unit_price_yen * ln.qty, rates[ln.line_no]) for ln in order.lines),
         *(TaxedAmount(c.amount_yen, c.rate_pct) for c in charges)], prices_include_tax))
    registered = bool(normalize_registration_no(shop.registration_no))
    return SlipContent(
        order_no=order.order_no, order_date=japanese_date(_order_day(order.ordered_at, today),
                                                          weekday=False),
        customer=ship_to_address(order.ship_to), shop=shop,
        order_barcode=order_barcode(order.order_no), lines=lines, gift=gift,
        prices_include_tax=prices_include_tax,
        total_yen=None if gift else sum(t.total_incl_yen for t in totals),
        rate_totals=totals, qualified_invoice=registered and not gift,
        cod_yen=None if gift or not order.cod_yen else order.cod_yen,
        charges=charges,
        transaction_date="" if gift else japanese_date(ship_date or today, weekday=False),
    )


def _name(product: Product | None, sku: str) -> str:
    return product.name_ja if product is not None and product.name_ja else sku


def _order_day(ordered_at: datetime | None, today: date) -> date:
    return ordered_at.astimezone(JST).date() if ordered_at is not None else today
