"""Labels and 納品書 read straight from the station's SQLite file with the standard library.

`packstation label` / `slip` run in a fresh process each time (a shop's script, the carrier
software's hook). Importing SQLAlchemy and building the ORM mappers costs that process about
0.6 s before the first query; issue 6 wants the whole first document in 0.5 s. This reader
answers the four questions a document asks (services/ports.py: DocumentReads) with plain SQL
over sqlite3, in one read transaction, and writes nothing.

It is used only on a file whose schema is at the newest migration (else the ORM way runs,
which migrates). Same answers as the ORM repositories: tests/integration/test_quick_reads.py
compares both on every demo order, so a column added to one and not the other fails there.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from pathlib import Path
from types import TracebackType
from urllib.parse import quote, unquote

from packstation.adapters.db.revision import head_revision
from packstation.domain.catalog import ServiceNames
from packstation.domain.model import (
    CoolType,
    Dimensions,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductCode,
    ShipTo,
    parse_cartons,
)


def quick_reads_for(db_url: str) -> QuickDocumentReads | None:
    """The quick reader for a SQLite URL whose file exists at the newest schema, else None
    (PostgreSQL, memory, a missing file or an older schema go the ORM way)."""
    if not db_url.startswith("sqlite:///"):
        return None
    rest = db_url.removeprefix("sqlite:///")
    if "?" in rest or "#" in rest:  # driver options: SQLAlchemy's business, not ours
        return None
    path = Path(unquote(rest))  # as SQLAlchemy decodes it: 'my%20shop.db' is 'my shop.db'
    if not path.name or str(path) == ":memory:" or not path.is_file():
        return None
    reads = QuickDocumentReads(path)
    try:
        return reads if reads.revision() == head_revision() else None
    except sqlite3.Error:  # not a database, locked beyond the timeout, no alembic_version
        return None


class QuickDocumentReads:
    """A DocumentReadsFactory: each call is one read transaction on its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self) -> _Reads:
        return _Reads(self._connect)

    def revision(self) -> str | None:
        with closing(self._connect()) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None

    def _connect(self) -> sqlite3.Connection:
        # mode=rw: never create an empty file where the station's database should be.
        conn = sqlite3.connect(f"file:{quote(str(self.path))}?mode=rw", uri=True, timeout=5,
                               isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn


class _Reads:
    """One read transaction: what the label or slip reads comes from one snapshot."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self.connect = connect

    def __enter__(self) -> _Reads:
        self.conn = conn = self.connect()  # opened here, so that __exit__ always closes it
        try:
            conn.execute("BEGIN")
        except BaseException:
            conn.close()
            raise
        self.orders, self.products = _Orders(conn), _Products(conn)
        self.settings, self.catalog = _Settings(conn), _Catalog(conn)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if self.conn.in_transaction:  # SQLite may have rolled back already (I/O error)
                self.conn.execute("ROLLBACK")
        finally:
            self.conn.close()


class _Orders:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, order_no: str) -> Order | None:
        row = self.conn.execute("SELECT * FROM orders WHERE order_no = ?", (order_no,)).fetchone()
        if row is None:
            return None
        lines = self.conn.execute(
            "SELECT l.line_no, p.sku, l.qty, l.scanned_qty, l.unit_price_yen, l.tax_rate_pct "
            "FROM order_lines l JOIN products p ON p.id = l.product_id "
            "WHERE l.order_id = ? ORDER BY l.line_no", (row["id"],))
        ship = self.conn.execute("SELECT * FROM ship_to WHERE order_id = ?",
                                 (row["id"],)).fetchone()
        return Order(
            order_no=row["order_no"], channel=row["channel"], status=OrderStatus(row["status"]),
            lines=[OrderLine(*line) for line in lines],
            ship_to=_ship_to(ship) if ship is not None else None,
            ordered_at=_utc(row["ordered_at"]), delivery_date=_date(row["delivery_date"]),
            time_slot=row["time_slot"], cod_yen=row["cod_yen"], cool=CoolType(row["cool"]),
            gift=bool(row["gift"]), notes=row["notes"], tracking_no=row["tracking_no"],
            service_code=row["service_code"], size_class=row["size_class"],
            cartons=parse_cartons(row["carton_plan"]), noshi=row["noshi"],
            wrapping=bool(row["wrapping"]), message_card=row["message_card"],
            enclosures=tuple(e for e in row["enclosures"].split("\n") if e),
            customer_no=row["customer_no"], first_order=bool(row["first_order"]),
            shipping_fee_yen=row["shipping_fee_yen"], cod_fee_yen=row["cod_fee_yen"],
            discount_yen=row["discount_yen"], discount_rate_pct=row["discount_rate_pct"],
        )


class _Products:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get_many(self, skus: Iterable[str]) -> dict[str, Product]:
        wanted = sorted(set(skus))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))  # a slip's SKUs: far below SQLite's limit
        rows = self.conn.execute(f"SELECT * FROM products WHERE sku IN ({marks})", wanted)
        products = {r["sku"]: r for r in rows}
        codes: dict[int, list[ProductCode]] = {r["id"]: [] for r in products.values()}
        if codes:
            ids = ",".join("?" * len(codes))
            for c in self.conn.execute(f"SELECT product_id, code, units FROM product_codes "
                                       f"WHERE product_id IN ({ids}) ORDER BY id", list(codes)):
                codes[c["product_id"]].append(ProductCode(c["code"], c["units"]))
        return {sku: _product(r, codes[r["id"]]) for sku, r in products.items()}


class _Settings:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get_many(self, keys: Iterable[str]) -> dict[str, object]:
        wanted = list(keys)
        marks = ",".join("?" * len(wanted))
        rows = self.conn.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})",
                                 wanted)
        return {key: json.loads(value) for key, value in rows}


class _Catalog:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def service_names(self, code: str) -> ServiceNames | None:
        row = self.conn.execute(
            "SELECT c.code, c.name, s.name FROM services s JOIN carriers c ON c.id = s.carrier_id "
            "WHERE s.code = ?", (code,)).fetchone()
        return ServiceNames(*row) if row is not None else None


def _ship_to(s: sqlite3.Row) -> ShipTo:
    return ShipTo(s["name"], s["postal_code"], s["prefecture_code"], s["address1"],
                  s["address2"], s["phone"], s["company"])


def _product(r: sqlite3.Row, codes: list[ProductCode]) -> Product:
    dims = None
    if r["length_mm"] and r["width_mm"] and r["height_mm"]:
        dims = Dimensions(r["length_mm"], r["width_mm"], r["height_mm"])
    return Product(
        sku=r["sku"], name_ja=r["name_ja"], name_en=r["name_en"], codes=codes, dims=dims,
        weight_g=r["weight_g"], fragile=bool(r["fragile"]), this_side_up=bool(r["this_side_up"]),
        serial_tracked=bool(r["serial_tracked"]), qty_entry_allowed=bool(r["qty_entry_allowed"]),
        image_path=r["image_path"], price_yen=r["price_yen"], tax_rate_pct=r["tax_rate_pct"],
        location=r["location"],
    )


def _utc(text: str | None) -> dt.datetime | None:
    """SQLAlchemy stores UTC as 'YYYY-MM-DD HH:MM:SS.ffffff' without a zone (models.UtcDateTime)."""
    if text is None:
        return None
    value = dt.datetime.fromisoformat(text)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text is not None else None
