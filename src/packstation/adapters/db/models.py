"""ORM tables. Only adapters see these classes; services get domain objects or DTOs.

Customer personal data lives in its own table (ship_to) so a station can delete it once the
shipment is confirmed, without touching the order's history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Always UTC: stored as UTC, read back timezone-aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store UTC-aware times only")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None,
                             dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UtcDateTime(), dict: JSON}


class ProductRow(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name_ja: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    length_mm: Mapped[int | None]
    width_mm: Mapped[int | None]
    height_mm: Mapped[int | None]
    weight_g: Mapped[int | None]
    fragile: Mapped[bool] = mapped_column(default=False)
    this_side_up: Mapped[bool] = mapped_column(default=False)
    serial_tracked: Mapped[bool] = mapped_column(default=False)
    qty_entry_allowed: Mapped[bool] = mapped_column(default=False)
    weight_tolerance_g: Mapped[int | None]
    image_path: Mapped[str] = mapped_column(String(500), default="")
    price_yen: Mapped[int] = mapped_column(default=0)
    tax_rate_pct: Mapped[int] = mapped_column(default=10)
    location: Mapped[str] = mapped_column(String(20), default="", index=True)  # 棚番
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    codes: Mapped[list[ProductCodeRow]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="selectin"
    )


class ProductCodeRow(Base):
    """A barcode that identifies a product: JAN/EAN/UPC for one unit, ITF-14 for a case."""

    __tablename__ = "product_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64), unique=True)
    units: Mapped[int] = mapped_column(default=1)
    product: Mapped[ProductRow] = relationship(back_populates="codes")


class OrderRow(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(16), index=True, default="open")
    prefecture_code: Mapped[int | None]  # kept outside ship_to: not personal on its own
    ordered_at: Mapped[dt.datetime | None]
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    time_slot: Mapped[str] = mapped_column(String(16), default="")
    cod_yen: Mapped[int] = mapped_column(default=0)
    # What the 納品書 lists beside the goods (0014): 送料 and 代引手数料 (10%), 値引き at its rate.
    shipping_fee_yen: Mapped[int] = mapped_column(default=0)
    cod_fee_yen: Mapped[int] = mapped_column(default=0)
    discount_yen: Mapped[int] = mapped_column(default=0)
    discount_rate_pct: Mapped[int] = mapped_column(default=10)
    cool: Mapped[str] = mapped_column(String(8), default="none")
    gift: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Handling (0011): gift details, enclosures ("\n"-separated) and the customer's history.
    noshi: Mapped[str] = mapped_column(String(40), default="")
    wrapping: Mapped[bool] = mapped_column(default=False)
    message_card: Mapped[str] = mapped_column(String(200), default="")
    enclosures: Mapped[str] = mapped_column(String(400), default="")
    customer_no: Mapped[str] = mapped_column(String(64), default="", index=True)
    first_order: Mapped[bool] = mapped_column(default=False)
    hold_reason: Mapped[str] = mapped_column(String(200), default="")
    carrier_code: Mapped[str] = mapped_column(String(32), default="")
    service_code: Mapped[str] = mapped_column(String(32), default="")
    size_class: Mapped[str] = mapped_column(String(32), default="")
    # The accepted proposal carton by carton (domain.model.dump_cartons): labels per carton.
    carton_plan: Mapped[str] = mapped_column(Text, default="")
    tracking_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    packed_at: Mapped[dt.datetime | None]
    shipped_at: Mapped[dt.datetime | None]
    # Carrier hand-off: when the order went into a carrier CSV (b2 / ehiden / yuprint).
    exported_at: Mapped[dt.datetime | None]
    exported_carrier: Mapped[str] = mapped_column(String(16), default="")
    # Claims (networked mode): which station holds the order, until when, and the fencing
    # number that proves it still does when it completes.
    claim_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    lease_expires_at: Mapped[dt.datetime | None]
    claim_no: Mapped[int | None] = mapped_column(BigInteger)
    lines: Mapped[list[OrderLineRow]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLineRow.line_no",
        lazy="selectin",
    )
    ship_to: Mapped[ShipToRow | None] = relationship(
        cascade="all, delete-orphan", uselist=False, lazy="selectin"
    )


class OrderLineRow(Base):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "line_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    qty: Mapped[int]
    scanned_qty: Mapped[int] = mapped_column(default=0)
    unit_price_yen: Mapped[int] = mapped_column(default=0)
    tax_rate_pct: Mapped[int | None]  # at the time of sale; NULL = the product's rate
    order: Mapped[OrderRow] = relationship(back_populates="lines")
    product: Mapped[ProductRow] = relationship(lazy="joined")


class ShipToRow(Base):
    """個人情報: the customer's name, address and phone. Never logged."""

    __tablename__ = "ship_to"
    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(100))
    company: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(8))
    prefecture_code: Mapped[int]
    address1: Mapped[str] = mapped_column(String(200))
    address2: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")


class BoxRow(Base):
    __tablename__ = "boxes"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    inner_l_mm: Mapped[int]
    inner_w_mm: Mapped[int]
    inner_h_mm: Mapped[int]
    outer_l_mm: Mapped[int]
    outer_w_mm: Mapped[int]
    outer_h_mm: Mapped[int]
    tare_g: Mapped[int]
    cost_yen: Mapped[int]
    max_weight_g: Mapped[int] = mapped_column(default=30000)
    envelope: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class CarrierRow(Base):
    __tablename__ = "carriers"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(default=True)


class ServiceRow(Base):
    __tablename__ = "services"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carriers.id"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    thin: Mapped[bool] = mapped_column(default=False)
    envelope_only: Mapped[bool] = mapped_column(default=False)
    cool_allowed: Mapped[bool] = mapped_column(default=False)
    cod_allowed: Mapped[bool] = mapped_column(default=False)
    time_slots: Mapped[list[str]] = mapped_column(JSON, default=list)
    date_allowed: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    box_codes: Mapped[list[str]] = mapped_column(JSON, default=list)  # () = any box


class SizeClassRow(Base):
    __tablename__ = "size_classes"
    __table_args__ = (UniqueConstraint("service_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(32))
    sort: Mapped[int] = mapped_column(default=0)
    max_sum_mm: Mapped[int | None]
    max_side_mm: Mapped[int | None]
    max_thickness_mm: Mapped[int | None]
    max_weight_g: Mapped[int | None]


class RateRow(Base):
    """One cell of a carrier's rate matrix: size class × destination prefecture (0 = default)."""

    __tablename__ = "rates"
    __table_args__ = (UniqueConstraint("size_class_id", "prefecture_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    size_class_id: Mapped[int] = mapped_column(ForeignKey("size_classes.id", ondelete="CASCADE"))
    prefecture_code: Mapped[int]
    price_yen: Mapped[int]


class SurchargeRow(Base):
    """Options priced on top of the rate: cool by class, COD by amount band, island relay."""

    __tablename__ = "surcharges"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # cool_chilled, cool_frozen, cod, relay
    key: Mapped[str] = mapped_column(String(32), default="")  # class name / band / prefecture
    up_to: Mapped[int | None]  # COD band upper bound in yen
    price_yen: Mapped[int]


class StationRow(Base):
    __tablename__ = "stations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime | None]
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)


class PrinterRow(Base):
    __tablename__ = "printers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    purpose: Mapped[str] = mapped_column(String(16), default="label")  # label / slip
    backend: Mapped[str] = mapped_column(String(16), default="system")  # domain BACKENDS
    address: Mapped[str] = mapped_column(String(200), default="")
    media: Mapped[str] = mapped_column(String(16), default="4x6")
    dpi: Mapped[int] = mapped_column(default=203)
    kanji_font: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    format: Mapped[str] = mapped_column(String(8), default="pdf")  # pdf / zpl (0003)


class StationPrintingRow(Base):
    """Which printers a station uses for labels and 納品書, and whether it prints by itself
    when an order completes. A printer may serve several stations (a shared A4 laser)."""

    __tablename__ = "station_printing"
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    label_printer_id: Mapped[int | None] = mapped_column(ForeignKey("printers.id"))
    slip_printer_id: Mapped[int | None] = mapped_column(ForeignKey("printers.id"))
    auto_print: Mapped[bool] = mapped_column(default=False)


class PrintJobRow(Base):
    """One document to print. Kept until printed or cancelled; holds no personal data (the
    document is rendered again at each attempt, so addresses never sit in this table)."""

    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    order_no: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # label / slip
    printer_id: Mapped[int | None] = mapped_column(ForeignKey("printers.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    reprint: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attempts: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)  # +1 at every change: newest view wins
    failure: Mapped[str] = mapped_column(String(24), default="")
    detail: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    printed_at: Mapped[dt.datetime | None]


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(8))
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    language: Mapped[str] = mapped_column(String(5), default="ja")
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    must_change_pin: Mapped[bool] = mapped_column(default=False)


class CounterRow(Base):
    """Monotonic counters (the claims' fencing numbers): one row, taken with UPDATE … RETURNING."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class CompletionRow(Base):
    """One row per completed order: the unique key makes a second completion impossible,
    whatever the code above it does (two stations, a replayed event, a stale lease)."""

    __tablename__ = "order_completions"
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    claim_no: Mapped[int | None] = mapped_column(BigInteger)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OutboxRow(Base):
    """Station side: every scan, status change, override and print, written in the same
    transaction as the local change and pushed to the central server in batches. `seq` is the
    station's own sequence (ascending, never reused: SQLite AUTOINCREMENT)."""

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # scan / status / complete / audit
    order_no: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON: natural keys, no addresses
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    pushed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    outcome: Mapped[str] = mapped_column(String(16), default="")  # applied/duplicate/conflict


class SyncStateRow(Base):
    """Station side: cursors and the time of the last successful push/pull."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """Server side: each station event applied once. The primary key makes a replay a no-op;
    (station, seq) keeps each station's sequence whole."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("station_id", "seq"),)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    order_no: Mapped[str] = mapped_column(String(64), default="", index=True)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EventConflictRow(Base):
    """Server side: what the lead must look at. Never a silent overwrite: the event that could
    not be applied is kept here as it arrived, with the reason."""

    __tablename__ = "event_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    order_no: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(40))  # payload_differs / claim_lost / ...
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[dt.datetime | None]


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON text


class CsvProfileRow(Base):
    """A saved column mapping for one CSV source (a mall, an OMS export)."""

    __tablename__ = "csv_profiles"
    __table_args__ = (UniqueConstraint("kind", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # orders / products
    name: Mapped[str] = mapped_column(String(64))
    mapping: Mapped[dict[str, str]] = mapped_column(JSON)
    encoding: Mapped[str] = mapped_column(String(16), default="auto")


class ScanEventRow(Base):
    """Every scan, accepted or refused. Append-only; an undo is a new event."""

    __tablename__ = "scan_events"
    # The lead's KPIs read a period of events per packer: this index covers those queries.
    __table_args__ = (UniqueConstraint("station_id", "seq"),
                      Index("ix_scan_events_kpi", "created_at", "user_id", "verdict", "units"))
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(16), default="item")  # item/undo/label/count
    raw: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(200), default="")
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    units: Mapped[int] = mapped_column(default=0)
    serial: Mapped[str] = mapped_column(String(64), default="")
    verdict: Mapped[str] = mapped_column(String(24))
    typed: Mapped[bool] = mapped_column(default=False)
    undoes: Mapped[str] = mapped_column(String(36), default="")  # uuid of the undone scan
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SerialRow(Base):
    """A serial number shipped once: the unique key refuses the same serial twice."""

    __tablename__ = "serials"
    __table_args__ = (UniqueConstraint("product_id", "serial"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    serial: Mapped[str] = mapped_column(String(64))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    scan_event_id: Mapped[int] = mapped_column(ForeignKey("scan_events.id"))


class MisPickRow(Base):
    """A refused scan: a near-miss the lead reviews (not a mis-shipment)."""

    __tablename__ = "mispicks"
    id: Mapped[int] = mapped_column(primary_key=True)
    scan_event_id: Mapped[int] = mapped_column(ForeignKey("scan_events.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    expected_skus: Mapped[str] = mapped_column(String(500), default="")
    scanned_code: Mapped[str] = mapped_column(String(200))
    scanned_sku: Mapped[str] = mapped_column(String(64), default="")
    verdict: Mapped[str] = mapped_column(String(24), index=True)
    resolution: Mapped[str] = mapped_column(String(200), default="")
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[dt.datetime | None]
    review_comment: Mapped[str] = mapped_column(String(500), default="")


class MisShipmentRow(Base):
    """誤出荷: reported after the order left (claim, return), against the packed order. One
    record per order and kind; the lead's mis-shipment rate counts these."""

    __tablename__ = "misshipments"
    __table_args__ = (UniqueConstraint("order_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(500), default="")
    reported_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditRow(Base):
    """Who did what: logins, overrides, imports, reprints. No personal data in `detail`."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))




class OrderWeightRow(Base):
    """The order's box as weighed before its label (1:1 with the order; issue 8, scale).

    ``box_codes`` are the accepted proposal's boxes (their tare is part of the expected
    weight); ``status``: "" not weighed / ok / mismatch / overridden / unchecked."""

    __tablename__ = "order_weights"
    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    box_codes: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    measured_g: Mapped[int | None]
    expected_g: Mapped[int | None]
    tolerance_g: Mapped[int | None]
    weighed_at: Mapped[dt.datetime | None]
    weight_class: Mapped[str] = mapped_column(String(64), default="")
    planned_service: Mapped[str] = mapped_column(String(32), default="")  # before re-choosing


class BatchRow(Base):
    """A batch of orders picked together (トータルピッキング) and sorted at a bench (issue 20).
    ``status``: open (printed, being picked) / sorting (at ``station_id``) / done."""

    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_no: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    rule: Mapped[str] = mapped_column(String(200), default="")  # the filters, for the audit


class BatchOrderRow(Base):
    """An order's slot (間口) in its batch; an order is in at most one unfinished batch."""

    __tablename__ = "batch_orders"
    __table_args__ = (UniqueConstraint("batch_id", "slot"),
                      UniqueConstraint("batch_id", "order_id", name="uq_batch_orders_order"))
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"),
                                          index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    slot: Mapped[int]
