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
import hashlib
import json
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    BatchOrderRow,
    BatchRow,
    OrderLineRow,
    OrderRow,
    OutboxRow,
    ProductCodeRow,
    ProductRow,
    SettingRow,
    ShipToRow,
    SyncStateRow,
    UserRow,
)
from packstation.services.sync.claims import BatchClaim, Claim
from packstation.services.sync.networked import STATION_SETTINGS

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
    with Session(server) as remote, Session(station) as local, local.begin():
        _pull(remote, local, claim)


def pull_batch(server: Engine, station: Engine, batch: BatchClaim) -> None:
    """Copy a claimed batch to the station in one local transaction: each claimed order as
    pull_order copies it, and the batch with the slots of those orders (the slots of orders
    already packed elsewhere stay on the server: nothing is left to sort for them)."""
    with Session(server) as remote, Session(station) as local, local.begin():
        mine = {c.order_no: _pull(remote, local, c) for c in batch.claims}
        theirs = remote.scalar(select(BatchRow).where(BatchRow.batch_no == batch.batch_no))
        if theirs is None:
            raise LookupError(f"batch {batch.batch_no} is not on the server")
        copy = local.scalar(select(BatchRow).where(BatchRow.batch_no == batch.batch_no))
        if copy is None:
            copy = BatchRow(batch_no=theirs.batch_no, status="open",
                            created_at=theirs.created_at, rule=theirs.rule)
            local.add(copy)
            local.flush()
        local.execute(delete(BatchOrderRow).where(BatchOrderRow.batch_id == copy.id))
        slots = remote.execute(select(BatchOrderRow.slot, OrderRow.order_no)
                               .join(OrderRow, OrderRow.id == BatchOrderRow.order_id)
                               .where(BatchOrderRow.batch_id == theirs.id))
        local.add_all(BatchOrderRow(batch_id=copy.id, order_id=mine[order_no].id, slot=slot)
                      for slot, order_no in slots if order_no in mine)


def _pull(remote: Session, local: Session, claim: Claim) -> OrderRow:
    order = remote.scalar(select(OrderRow).where(OrderRow.order_no == claim.order_no))
    if order is None:
        raise LookupError(f"order {claim.order_no} is not on the server")
    mine = local.scalar(select(OrderRow).where(OrderRow.order_no == claim.order_no))
    if mine is None:
        mine = _copy(order, OrderRow())
        mine.lines = [_copy(line, OrderLineRow(
            product_id=_local_product(remote, local, line.product_id)))
            for line in order.lines]
        local.add(mine)
    elif not _unsent(local, claim.order_no):
        _refresh(order, mine)
    if order.ship_to is not None and mine.ship_to is None:
        mine.ship_to = _copy(order.ship_to, ShipToRow())
    mine.claim_no = claim.claim
    mine.lease_expires_at = claim.lease_expires
    local.flush()
    return mine


def _unsent(local: Session, order_no: str) -> bool:
    return bool(local.scalar(select(func.count()).select_from(OutboxRow).where(
        OutboxRow.order_no == order_no, OutboxRow.pushed_at.is_(None))))


def _refresh(order: OrderRow, mine: OrderRow) -> None:
    """Claimed again after another station worked on it (a lead's take-over and release):
    the server's counts, status and chosen service win over this station's old copy, or a
    packer here would be told a unit is still missing that the other station packed. Only
    when everything this station did to the order has reached the server."""
    _copy(order, mine)
    theirs = {line.line_no: line for line in order.lines}
    for line in mine.lines:
        if line.line_no in theirs:
            line.qty, line.scanned_qty = theirs[line.line_no].qty, theirs[line.line_no].scanned_qty


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


# --- the catalogue: products, boxes, carriers, services and rates, settings, users ----------

_CATALOG_STATE = "catalog_fingerprint"
_VERSION_STATE = "catalog_version"


def catalog_version(server: Engine) -> str | None:
    """The server's catalogue cursor (moved by triggers, see central/server.py); None where
    there is none (a server not initialised by `server init`): then every sync compares the
    fingerprint of the whole catalogue instead."""
    if server.dialect.name != "postgresql":
        return None
    with server.connect() as conn:
        if conn.scalar(text("SELECT to_regclass('catalog_version')")) is None:
            return None
        value, called = conn.execute(text(
            "SELECT last_value, is_called FROM catalog_version")).one()
    return f"{value if called else 0}"
_USER_COLUMNS = ("display_name", "role", "pin_hash", "badge_code", "language", "active")


def pull_catalog(server: Engine, station: Engine) -> bool:
    """Bring the station's catalogue level with the server's, in one local transaction.

    The server's cursor (catalog_version) is compared with the one of the last pull: equal,
    nothing is read (the usual case, one tiny query). Otherwise the whole catalogue is read
    (a full resync, so a station away for weeks catches up the same way) and fingerprinted;
    when the fingerprint equals the last one nothing is written. Otherwise every row is upserted
    by its natural key (SKU, box code, carrier, service, setting key, login): ids differ
    between server and station, and rows the station's orders use are never deleted.
    Returns whether anything was written."""
    from packstation.adapters.db.uow import SqlUnitOfWorkFactory

    version = catalog_version(server)  # the cursor: read before the snapshot, never after
    with Session(station) as local:
        seen = local.get(SyncStateRow, _VERSION_STATE)
        if version is not None and seen is not None and seen.value == version:
            return False  # nothing changed on the server since the last pull
    with SqlUnitOfWorkFactory(server)() as remote:
        snapshot = (remote.products.list_all(), remote.catalog.boxes(active_only=False),
                    remote.catalog.carriers(), remote.catalog.services(active_only=False))
        assert remote.session is not None
        settings = sorted(remote.session.execute(select(SettingRow.key, SettingRow.value))
                          .all())
        users = sorted(remote.session.execute(select(UserRow.login, *(
            getattr(UserRow, c) for c in _USER_COLUMNS))).all())
    fingerprint = hashlib.sha256(repr((snapshot, settings, users)).encode()).hexdigest()
    with SqlUnitOfWorkFactory(station)() as local:
        assert local.session is not None
        s = local.session
        if version is not None:
            s.merge(SyncStateRow(key=_VERSION_STATE, value=version))
        last = s.get(SyncStateRow, _CATALOG_STATE)
        if last is not None and last.value == fingerprint:
            local.commit()
            return False
        products, boxes, carriers, services = snapshot
        local.products.upsert_many(products)
        for box in boxes:
            local.catalog.save_box(box)
        for carrier in carriers:
            local.catalog.save_carrier(carrier)
        for service in services:
            local.catalog.save_service(service)
        for key, value in settings:
            if key not in STATION_SETTINGS:  # this bench's scale, camera, printer font, sound
                s.merge(SettingRow(key=key, value=value))
        _upsert_users(s, users)
        s.merge(SyncStateRow(key=_CATALOG_STATE, value=fingerprint))
        local.commit()
    return True


def _upsert_users(s: Session, users: list[Any]) -> None:
    mine = {u.login: u for u in s.scalars(select(UserRow))}
    for login, *values in users:
        row = mine.get(login) or UserRow(login=login)
        for column, value in zip(_USER_COLUMNS, values, strict=True):
            setattr(row, column, value)
        s.add(row)
