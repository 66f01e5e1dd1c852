"""Station side of the pull: copy from the server what the station needs to pack offline.

- The orders the station holds a claim on, with their lines and the customer's address (the
  only addresses a station ever has), and the products they need.
- Addresses leave the station again as soon as the server confirms shipment, or after the
  retention days the admin sets centrally (setting `station_pii_retention_days`).

Ids differ between the server and a station: rows are matched by their natural keys (order
number, SKU, code) and copied column by column.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    OrderLineRow,
    OrderRow,
    ProductCodeRow,
    ProductRow,
    SettingRow,
    ShipToRow,
)
from packstation.services.claims import Claim

DEFAULT_PII_RETENTION_DAYS = 7
_SKIP = {"id", "order_id", "product_id", "station_id", "claim_station_id", "opened_by"}


def _copy(src: Any, dst: Any) -> Any:
    for column in src.__table__.columns:
        if column.key not in _SKIP:
            setattr(dst, column.key, getattr(src, column.key))
    return dst


def pull_order(server: Engine, station: Engine, claim: Claim) -> None:
    """Copy the claimed order (lines, address, products) to the station in one local
    transaction; the station's copy remembers the claim for its completion event."""
    with Session(server) as remote:
        order = remote.scalar(select(OrderRow).where(OrderRow.order_no == claim.order_no))
        if order is None:
            raise LookupError(f"order {claim.order_no} is not on the server")
        with Session(station) as local, local.begin():
            mine = local.scalar(select(OrderRow).where(OrderRow.order_no == claim.order_no))
            if mine is None:
                mine = _copy(order, OrderRow())
                mine.lines = [_copy(line, OrderLineRow(
                    product_id=_local_product(remote, local, line.product_id)))
                    for line in order.lines]
                local.add(mine)
            if order.ship_to is not None and mine.ship_to is None:
                mine.ship_to = _copy(order.ship_to, ShipToRow())
            mine.claim_no = claim.claim
            mine.lease_expires_at = claim.lease_expires


def _local_product(remote: Session, local: Session, server_id: int) -> int:
    product = remote.get(ProductRow, server_id)
    assert product is not None  # a foreign key on the server
    found = local.scalar(select(ProductRow.id).where(ProductRow.sku == product.sku))
    if found is not None:
        return int(found)
    copy = _copy(product, ProductRow())
    copy.codes = [_copy(c, ProductCodeRow()) for c in product.codes]
    local.add(copy)
    local.flush()
    return int(copy.id)


def forget_addresses(server: Engine, station: Engine, now: dt.datetime) -> int:
    """Delete the station's copy of addresses the station no longer needs; returns how many."""
    with Session(station) as local, local.begin():
        held = dict(local.execute(select(OrderRow.order_no, OrderRow.packed_at)
                                  .join(ShipToRow, ShipToRow.order_id == OrderRow.id)).all())
        if not held:
            return 0
        with Session(server) as remote:
            shipped = set(remote.scalars(select(OrderRow.order_no).where(
                OrderRow.order_no.in_(list(held)), OrderRow.status == "shipped")))
            days = _retention_days(remote)
        old = {no for no, packed in held.items()
               if packed is not None and now - packed > dt.timedelta(days=days)}
        gone = shipped | old
        if gone:
            ids = select(OrderRow.id).where(OrderRow.order_no.in_(list(gone)))
            local.execute(delete(ShipToRow).where(ShipToRow.order_id.in_(ids)))
        return len(gone)


def _retention_days(remote: Session) -> int:
    raw = remote.scalar(select(SettingRow.value)
                        .where(SettingRow.key == "station_pii_retention_days"))
    try:
        return int(json.loads(raw)) if raw is not None else DEFAULT_PII_RETENTION_DAYS
    except (ValueError, TypeError):
        return DEFAULT_PII_RETENTION_DAYS
