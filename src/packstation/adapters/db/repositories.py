"""Repositories over one SQLAlchemy session. They never commit: the unit of work does."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Select, Table, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement

from packstation.adapters.db.mapping import (
    order_from_row,
    product_columns,
    product_from_row,
    user_from_row,
)
from packstation.adapters.db.models import (
    AuditRow,
    CsvProfileRow,
    OrderLineRow,
    OrderRow,
    ProductCodeRow,
    ProductRow,
    SettingRow,
    ShipToRow,
    UserRow,
    utcnow,
)
from packstation.adapters.db.outbox import OutboxWriter
from packstation.domain import prefectures
from packstation.domain.model import (
    CartonPlan,
    Order,
    OrderStatus,
    Product,
    User,
    dump_cartons,
)
from packstation.services.dto import LineQty, OrderLines, OrderSummary

_T = TypeVar("_T")
_CHUNK = 500  # stay below SQLite's bound-parameter limit in IN (...) queries


def _chunks(items: Sequence[_T]) -> Iterable[Sequence[_T]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


class SqlProductRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, sku: str) -> Product | None:
        row = self.s.scalar(select(ProductRow).where(ProductRow.sku == sku))
        return product_from_row(row) if row else None

    def get_many(self, skus: Iterable[str]) -> dict[str, Product]:
        found: dict[str, Product] = {}
        for chunk in _chunks(list(set(skus))):
            rows = self.s.scalars(select(ProductRow).where(ProductRow.sku.in_(chunk)))
            found.update({r.sku: product_from_row(r) for r in rows})
        return found

    def existing_skus(self, skus: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(set(skus))):
            found.update(self.s.scalars(select(ProductRow.sku).where(ProductRow.sku.in_(chunk))))
        return found

    def code_owners(self, codes: Iterable[str]) -> dict[str, str]:
        owners: dict[str, str] = {}
        for chunk in _chunks(list(set(codes))):
            q = (select(ProductCodeRow.code, ProductRow.sku)
                 .join(ProductRow).where(ProductCodeRow.code.in_(chunk)))
            owners.update({code: sku for code, sku in self.s.execute(q)})
        return owners

    def upsert_many(self, products: Sequence[Product]) -> tuple[int, int]:
        existing = {r.sku: r for r in self.s.scalars(
            select(ProductRow).where(ProductRow.sku.in_([p.sku for p in products])))}
        added = 0
        for p in products:
            row = existing.get(p.sku)
            if row is None:
                row = ProductRow(**product_columns(p))
                self.s.add(row)
                added += 1
            else:
                for k, v in product_columns(p).items():
                    setattr(row, k, v)
                row.codes.clear()
                self.s.flush()  # free the old codes before re-adding them (unique key)
            row.codes.extend(ProductCodeRow(code=c.code, units=c.units) for c in p.codes)
        self.s.flush()
        return added, len(products) - added

    def count(self) -> int:
        return self.s.scalar(select(func.count()).select_from(ProductRow)) or 0

    def missing_measurements(self) -> list[Product]:
        q = select(ProductRow).where(or_(
            ProductRow.length_mm.is_(None), ProductRow.width_mm.is_(None),
            ProductRow.height_mm.is_(None), ProductRow.weight_g.is_(None)))
        return [product_from_row(r) for r in self.s.scalars(q.order_by(ProductRow.sku))]

    def list_all(self) -> list[Product]:
        q = select(ProductRow).order_by(ProductRow.sku)
        return [product_from_row(r) for r in self.s.scalars(q)]


class SqlOrderRepository:
    def __init__(self, session: Session, outbox: OutboxWriter | None = None) -> None:
        self.s = session
        self.outbox = outbox  # networked mode: the chosen service reaches the server

    def existing_order_nos(self, order_nos: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(set(order_nos))):
            found.update(self.s.scalars(select(OrderRow.order_no)
                                        .where(OrderRow.order_no.in_(chunk))))
        return found

    def customers_with_orders(self, customer_nos: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(set(customer_nos))):
            found.update(self.s.scalars(select(OrderRow.customer_no).distinct().where(
                OrderRow.customer_no.in_(chunk), OrderRow.status != "cancelled")))
        return found

    def add_many(self, orders: Sequence[Order]) -> None:
        """Bulk insert through Core: 10,000 orders must import in seconds, not minutes."""
        if not orders:  # an empty parameter list would insert one row of defaults
            return
        skus = {ln.sku for o in orders for ln in o.lines}
        product_ids = dict(self.s.execute(
            select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(list(skus)))).all()) \
            if len(skus) < _CHUNK else self._product_ids(skus)
        now = utcnow()
        order_rows = [_order_columns(o, now) for o in orders]
        # The Table, not the ORM class: the ORM path sends one INSERT per order (5× slower).
        table = cast(Table, OrderRow.__table__)
        ids = self.s.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                             order_rows).all()
        lines = [{"order_id": oid, "line_no": ln.line_no, "product_id": product_ids[ln.sku],
                  "qty": ln.qty, "scanned_qty": 0, "unit_price_yen": ln.unit_price_yen,
                  "tax_rate_pct": ln.tax_rate_pct}
                 for oid, o in zip(ids, orders, strict=True) for ln in o.lines]
        ships = [_ship_columns(oid, o) for oid, o in zip(ids, orders, strict=True) if o.ship_to]
        if lines:
            self.s.execute(insert(OrderLineRow), lines)
        if ships:
            self.s.execute(insert(ShipToRow), ships)

    def _product_ids(self, skus: set[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(list(skus)):
            out.update(dict(self.s.execute(
                select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(chunk))).all()))
        return out

    def get(self, order_no: str) -> Order | None:
        row = self.s.scalar(select(OrderRow).where(OrderRow.order_no == order_no))
        return order_from_row(row) if row else None

    def set_shipping(self, order_no: str, service_codes: str, size_class: str = "",
                     cartons: tuple[CartonPlan, ...] | None = None) -> None:
        values = {"service_code": service_codes[:32], "size_class": size_class[:32]}
        if cartons is not None:
            values["carton_plan"] = dump_cartons(cartons)
        self.s.execute(update(OrderRow).where(OrderRow.order_no == order_no).values(**values))
        if self.outbox is not None:  # the central export hands the order over with it
            self.outbox.add("shipping", order_no, values)

    def search(self, text: str = "", statuses: Sequence[OrderStatus] = (),
               limit: int = 500) -> list[OrderSummary]:
        q = _summaries()
        if statuses:
            q = q.where(OrderRow.status.in_([s.value for s in statuses]))
        if text:
            like = f"%{_escape_like(text)}%"
            sku_hit = (select(OrderLineRow.order_id).join(ProductRow)
                       .where(ProductRow.sku.ilike(like, escape="\\")))
            q = q.where(or_(OrderRow.order_no.ilike(like, escape="\\"),
                            ShipToRow.name.ilike(like, escape="\\"),
                            OrderRow.id.in_(sku_hit)))
        q = q.order_by(OrderRow.delivery_date.is_(None), OrderRow.delivery_date,
                       OrderRow.order_no).limit(limit)
        return [_summary(o, name, n or 0, u or 0) for o, name, n, u in self.s.execute(q)]

    def forget_personal_data(self, shipped_before: dt.datetime) -> int:
        ids = list(self.s.scalars(
            select(OrderRow.id).join(ShipToRow, ShipToRow.order_id == OrderRow.id)
            .where(OrderRow.status == OrderStatus.SHIPPED.value,
                   OrderRow.shipped_at < shipped_before)))
        for chunk in _chunks(ids):
            self.s.execute(delete(ShipToRow).where(ShipToRow.order_id.in_(chunk)))
            self.s.execute(update(OrderRow).where(OrderRow.id.in_(chunk)).values(notes=""))
        return len(ids)

    def summary(self, order_no: str) -> OrderSummary | None:
        found = self.s.execute(_summaries().where(OrderRow.order_no == order_no)).first()
        if found is None:
            return None
        order, name, n, u = found
        return _summary(order, name, n or 0, u or 0)

    def with_lines(self, statuses: Sequence[OrderStatus] = ()) -> list[OrderLines]:
        # Three flat reads joined here: the orders sorted (100,000 rows), their lines in
        # the (order_id, line_no) index's order and the SKUs, each as the driver's own rows;
        # one query per order, sorting joined lines in SQL or ORM rows took far longer
        # (issue 16: ≤ 3 s for the whole `orders --json` on 100,000 orders).
        conn = self.s.connection()
        q = select(OrderRow.id, OrderRow.order_no, OrderRow.status, OrderRow.prefecture_code)
        if statuses:
            q = q.where(OrderRow.status.in_([s.value for s in statuses]))
        orders = _raw_rows(conn, q.order_by(OrderRow.delivery_date.is_(None),
                                            OrderRow.delivery_date, OrderRow.order_no))
        skus = dict(_raw_rows(conn, select(ProductRow.id, ProductRow.sku)))
        lines: dict[int, list[LineQty]] = {}
        for order_id, product_id, qty in _raw_rows(
                conn, select(OrderLineRow.order_id, OrderLineRow.product_id, OrderLineRow.qty)
                .order_by(OrderLineRow.order_id, OrderLineRow.line_no)):
            lines.setdefault(order_id, []).append({"sku": skus[product_id], "qty": qty})
        return [OrderLines(no, status, pref, lines.get(order_id, []))
                for order_id, no, status, pref in orders]

    def count(self) -> int:
        return self.s.scalar(select(func.count()).select_from(OrderRow)) or 0


def _raw_rows(conn: Connection, query: ClauseElement) -> list[Any]:
    """The query's rows as the driver returns them (plain tuples, no result wrapping). Its
    only values are order statuses from the OrderStatus enum, so they are inlined."""
    sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _summaries() -> Select[Any]:
    """Orders with the customer's name and their line and unit counts (the order list)."""
    units = (select(OrderLineRow.order_id, func.count().label("n"),
                    func.sum(OrderLineRow.qty).label("u"))
             .group_by(OrderLineRow.order_id).subquery())
    return (select(OrderRow, ShipToRow.name, units.c.n, units.c.u)
            .outerjoin(ShipToRow, ShipToRow.order_id == OrderRow.id)
            .outerjoin(units, units.c.order_id == OrderRow.id))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order_columns(o: Order, now: dt.datetime) -> dict[str, object]:
    return {
        "order_no": o.order_no, "channel": o.channel, "status": o.status.value,
        "prefecture_code": o.ship_to.prefecture_code if o.ship_to else None,
        "ordered_at": o.ordered_at, "delivery_date": o.delivery_date, "time_slot": o.time_slot,
        "cod_yen": o.cod_yen, "cool": o.cool.value, "gift": o.gift, "notes": o.notes,
        "noshi": o.noshi, "wrapping": o.wrapping, "message_card": o.message_card,
        "enclosures": "\n".join(o.enclosures), "customer_no": o.customer_no,
        "first_order": o.first_order, "shipping_fee_yen": o.shipping_fee_yen,
        "cod_fee_yen": o.cod_fee_yen, "discount_yen": o.discount_yen,
        "discount_rate_pct": o.discount_rate_pct,
        "hold_reason": "", "carrier_code": "", "service_code": o.service_code,
        "size_class": o.size_class, "carton_plan": dump_cartons(o.cartons),
        "tracking_no": o.tracking_no,
        "created_at": now, "updated_at": now,
    }


def _ship_columns(order_id: int, o: Order) -> dict[str, object]:
    s = o.ship_to
    assert s is not None
    return {"order_id": order_id, "name": s.name, "company": s.company,
            "postal_code": s.postal_code, "prefecture_code": s.prefecture_code,
            "address1": s.address1, "address2": s.address2, "phone": s.phone}


def _summary(o: OrderRow, name: str | None, lines: int, units: int) -> OrderSummary:
    pref = prefectures.by_code(o.prefecture_code) if o.prefecture_code else None
    return OrderSummary(
        order_no=o.order_no, status=OrderStatus(o.status), channel=o.channel,
        prefecture_code=o.prefecture_code, prefecture=pref.name if pref else "",
        customer_name=name or "", delivery_date=o.delivery_date, time_slot=o.time_slot,
        cod_yen=o.cod_yen, cool=o.cool, gift=o.gift, line_count=lines, unit_count=units,
    )


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _one(self, *where: object) -> User | None:
        row = self.s.scalar(select(UserRow).where(*where))  # type: ignore[arg-type]
        return user_from_row(row) if row else None

    def by_login(self, login: str) -> User | None:
        return self._one(UserRow.login == login)

    def by_badge(self, badge_code: str) -> User | None:
        return self._one(UserRow.badge_code == badge_code)

    def by_id(self, user_id: int) -> User | None:
        return self._one(UserRow.id == user_id)

    def list_active(self) -> list[User]:
        q = select(UserRow).where(UserRow.active.is_(True)).order_by(UserRow.role, UserRow.login)
        return [user_from_row(r) for r in self.s.scalars(q)]

    def add(self, user: User) -> int:
        row = UserRow(login=user.login, display_name=user.display_name, role=user.role.value,
                      pin_hash=user.pin_hash, badge_code=user.badge_code,
                      language=user.language, active=user.active,
                      must_change_pin=user.must_change_pin)
        self.s.add(row)
        self.s.flush()
        return row.id

    def save_login_state(self, user: User) -> None:
        self.s.execute(update(UserRow).where(UserRow.id == user.id).values(
            failed_attempts=user.failed_attempts, locked_until=user.locked_until))

    def list_all(self) -> list[User]:
        q = select(UserRow).order_by(UserRow.active.desc(), UserRow.role, UserRow.login)
        return [user_from_row(r) for r in self.s.scalars(q)]

    def save(self, user: User) -> None:
        self.s.execute(update(UserRow).where(UserRow.id == user.id).values(
            display_name=user.display_name, role=user.role.value, pin_hash=user.pin_hash,
            badge_code=user.badge_code, language=user.language, active=user.active,
            failed_attempts=user.failed_attempts, locked_until=user.locked_until,
            must_change_pin=user.must_change_pin))

    def set_pin_hash(self, user_id: int, pin_hash: str) -> None:
        self.s.execute(update(UserRow).where(UserRow.id == user_id).values(pin_hash=pin_hash))


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, key: str) -> object | None:
        row = self.s.get(SettingRow, key)
        return json.loads(row.value) if row else None

    def get_many(self, keys: Iterable[str]) -> dict[str, object]:
        rows = self.s.scalars(select(SettingRow).where(SettingRow.key.in_(list(keys))))
        return {row.key: json.loads(row.value) for row in rows}

    def put(self, key: str, value: object) -> None:
        self.s.merge(SettingRow(key=key, value=json.dumps(value, ensure_ascii=False)))


class SqlAuditRepository:
    def __init__(self, session: Session, outbox: OutboxWriter | None = None) -> None:
        self.s = session
        self.outbox = outbox  # networked mode: overrides, prints and logins reach the server

    def record(self, action: str, *, user_id: int | None = None, target: str = "",
               detail: dict[str, object] | None = None, approved_by: int | None = None,
               at: dt.datetime | None = None) -> None:
        when = at or utcnow()
        self.s.add(AuditRow(action=action, user_id=user_id, target=target, detail=detail or {},
                            approved_by=approved_by, at=when))
        if self.outbox is not None:
            self.outbox.add("audit", "", {
                "action": action, "user": self.outbox.login(user_id), "target": target,
                "detail": detail or {}, "approved_by": self.outbox.login(approved_by),
                "at": when.isoformat()})

    def recent(self, action: str, limit: int = 50) -> list[dict[str, object]]:
        q = (select(AuditRow).where(AuditRow.action == action)
             .order_by(AuditRow.id.desc()).limit(limit))
        return [{"at": r.at, "user_id": r.user_id, "target": r.target, "detail": r.detail}
                for r in self.s.scalars(q)]


class SqlCsvProfileRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, kind: str, name: str) -> dict[str, str] | None:
        row = self.s.scalar(select(CsvProfileRow).where(CsvProfileRow.kind == kind,
                                                        CsvProfileRow.name == name))
        return dict(row.mapping) if row else None

    def save(self, kind: str, name: str, mapping: dict[str, str]) -> None:
        row = self.s.scalar(select(CsvProfileRow).where(CsvProfileRow.kind == kind,
                                                        CsvProfileRow.name == name))
        if row is None:
            self.s.add(CsvProfileRow(kind=kind, name=name, mapping=mapping))
        else:
            row.mapping = dict(mapping)

    def names(self, kind: str) -> list[str]:
        q = select(CsvProfileRow.name).where(CsvProfileRow.kind == kind)
        return list(self.s.scalars(q.order_by(CsvProfileRow.name)))
