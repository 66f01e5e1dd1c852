"""ORM rows ↔ domain objects."""

from __future__ import annotations

from packstation.adapters.db.models import OrderRow, ProductRow, UserRow
from packstation.domain.model import (
    CoolType,
    Dimensions,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductCode,
    Role,
    ShipTo,
    User,
    parse_cartons,
)


def product_from_row(row: ProductRow) -> Product:
    dims = None
    if row.length_mm and row.width_mm and row.height_mm:
        dims = Dimensions(row.length_mm, row.width_mm, row.height_mm)
    return Product(
        sku=row.sku, name_ja=row.name_ja, name_en=row.name_en,
        codes=[ProductCode(c.code, c.units) for c in row.codes],
        dims=dims, weight_g=row.weight_g, fragile=row.fragile, this_side_up=row.this_side_up,
        serial_tracked=row.serial_tracked, qty_entry_allowed=row.qty_entry_allowed,
        image_path=row.image_path, price_yen=row.price_yen, tax_rate_pct=row.tax_rate_pct,
        location=row.location,
    )


def product_columns(p: Product) -> dict[str, object]:
    d = p.dims
    return {
        "sku": p.sku, "name_ja": p.name_ja, "name_en": p.name_en,
        "length_mm": d.length_mm if d else None, "width_mm": d.width_mm if d else None,
        "height_mm": d.height_mm if d else None, "weight_g": p.weight_g,
        "fragile": p.fragile, "this_side_up": p.this_side_up, "serial_tracked": p.serial_tracked,
        "qty_entry_allowed": p.qty_entry_allowed, "image_path": p.image_path,
        "price_yen": p.price_yen, "tax_rate_pct": p.tax_rate_pct, "location": p.location,
    }


def order_from_row(row: OrderRow) -> Order:
    ship = None
    if row.ship_to is not None:
        s = row.ship_to
        ship = ShipTo(s.name, s.postal_code, s.prefecture_code, s.address1, s.address2,
                      s.phone, s.company)
    return Order(
        order_no=row.order_no, channel=row.channel, status=OrderStatus(row.status),
        lines=[OrderLine(ln.line_no, ln.product.sku, ln.qty, ln.scanned_qty, ln.unit_price_yen,
                         ln.tax_rate_pct) for ln in row.lines],
        ship_to=ship, ordered_at=row.ordered_at, delivery_date=row.delivery_date,
        time_slot=row.time_slot, cod_yen=row.cod_yen, cool=CoolType(row.cool), gift=row.gift,
        notes=row.notes, tracking_no=row.tracking_no, service_code=row.service_code,
        size_class=row.size_class, cartons=parse_cartons(row.carton_plan),
        noshi=row.noshi, wrapping=row.wrapping, message_card=row.message_card,
        enclosures=tuple(e for e in row.enclosures.split("\n") if e),
        customer_no=row.customer_no, first_order=row.first_order,
        shipping_fee_yen=row.shipping_fee_yen, cod_fee_yen=row.cod_fee_yen,
        discount_yen=row.discount_yen, discount_rate_pct=row.discount_rate_pct,
    )


def user_from_row(row: UserRow) -> User:
    return User(
        id=row.id, login=row.login, display_name=row.display_name, role=Role(row.role),
        pin_hash=row.pin_hash, badge_code=row.badge_code, language=row.language,
        active=row.active, failed_attempts=row.failed_attempts, locked_until=row.locked_until,
        must_change_pin=row.must_change_pin,
    )
