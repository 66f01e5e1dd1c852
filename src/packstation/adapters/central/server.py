"""The central server: schema, station registration and database roles, connections.

Station credentials can call only what a station needs. Each station logs in as its own
PostgreSQL role (named after the station), member of `packstation_station`, which may read the
catalogue and the orders, change only the claim and status columns of orders, add events,
scans, serials, completions and audit records, and never delete anything, touch users,
products, rates or settings, or read an address of an order it does not hold (row-level
security on ship_to).
"""

from __future__ import annotations

import os
import secrets
from urllib.parse import urlsplit

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine, make_url

from packstation.adapters.central.claims import SqlClaimStore, register_station
from packstation.adapters.central.events import SqlEventSink
from packstation.adapters.db.engine import current_revision, make_engine, migrate

STATION_GROUP = "packstation_station"
KEYRING_SERVICE = "packstation"

_READ = ("products", "product_codes", "boxes", "carriers", "services", "size_classes",
         "rates", "surcharges", "settings", "csv_profiles", "stations", "orders",
         "order_lines", "events", "event_conflicts", "order_completions", "serials",
         "scan_events", "counters", "batches", "batch_orders")
_APPEND = ("events", "event_conflicts", "scan_events", "serials", "order_completions",
           "audit_log", "mispicks")
_DASH = ("dash_hourly", "dash_refusals", "dash_orders", "dash_lead")
_ORDER_COLUMNS = ("status", "hold_reason", "station_id", "updated_at", "packed_at",
                  "service_code", "size_class", "carton_plan",  # shipping events
                  "claim_station_id", "lease_expires_at", "claim_no")


def resolve_url(url: str) -> str:
    """The URL as given, with the station's password from the OS keyring when the URL has a
    user but no password (never from a plain config file)."""
    parts = make_url(url)
    if parts.username and parts.password is None and parts.drivername.startswith("postgres"):
        password = _keyring_password(parts.username, parts.host or "")
        if password:
            return parts.set(password=password).render_as_string(hide_password=False)
    return url


def _keyring_password(user: str, host: str) -> str | None:
    if os.environ.get("PACKSTATION_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
    except KeyringError:
        return None  # no keyring on this machine: the URL's own credentials apply
    return str(value) if value is not None else None


def init(url: str) -> str:
    """Create or migrate the schema and the station group role; safe to run twice."""
    engine = make_engine(url)
    try:
        migrate(engine)
        if engine.dialect.name == "postgresql":
            _grant_station_group(engine)
        return current_revision(engine) or ""
    finally:
        engine.dispose()


def add_station(url: str, name: str) -> str:
    """Register a station; on PostgreSQL also its login role. Returns the new password
    (empty on SQLite), which the station keeps in its OS keyring."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            register_station(conn, name)
        if engine.dialect.name != "postgresql":
            return ""
        password = secrets.token_urlsafe(18)
        _create_station_role(engine, name, password)
        return password
    finally:
        engine.dispose()


def _quote(engine: Engine, name: str) -> str:
    return engine.dialect.identifier_preparer.quote_identifier(name)


def _grant_station_group(engine: Engine) -> None:
    group = _quote(engine, STATION_GROUP)
    with engine.begin() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                             {"n": STATION_GROUP})
        if not exists:
            conn.execute(text(f"CREATE ROLE {group} NOLOGIN"))
        conn.execute(text(f"GRANT SELECT ON {', '.join(_READ)} TO {group}"))
        conn.execute(text(f"GRANT SELECT (id, login, display_name, role, pin_hash, badge_code, "
                          f"language, active) ON users TO {group}"))
        conn.execute(text(f"GRANT INSERT ON {', '.join(_APPEND)} TO {group}"))
        conn.execute(text(f"GRANT UPDATE ({', '.join(_ORDER_COLUMNS)}) ON orders TO {group}"))
        conn.execute(text(f"GRANT UPDATE (scanned_qty, qty) ON order_lines TO {group}"))
        conn.execute(text(f"GRANT UPDATE (value) ON counters TO {group}"))
        # A station claims a whole batch (issue 20) and says when it has sorted it.
        conn.execute(text(f"GRANT UPDATE (status, station_id) ON batches TO {group}"))
        # ... and a lead at a station makes one (the audit goes through the station's outbox)
        conn.execute(text(f"GRANT INSERT ON batches, batch_orders TO {group}"))
        # A lead at a station marks a sync conflict checked (floor view, F9).
        conn.execute(text(f"GRANT UPDATE (resolved_by, resolved_at) ON event_conflicts "
                          f"TO {group}"))
        conn.execute(text(f"GRANT DELETE ON serials TO {group}"))  # an undone serial scan
        # The dashboard's counts (issue 19) are kept by the batch that applies the scans.
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE ON {', '.join(_DASH)} TO {group}"))
        # ... and read by a networked lead's dashboard and floor board: the refused scans'
        # look-alike pairs, which packed orders had a mis-shipment (not the lead's note),
        # failed print jobs. No personal data in any of these columns.
        conn.execute(text(f"GRANT SELECT ON mispicks, print_jobs TO {group}"))
        conn.execute(text(f"GRANT SELECT (id, order_id, kind, reported_at) ON misshipments "
                          f"TO {group}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {group}"))
        # Addresses: only those of the orders the station holds now.
        conn.execute(text("ALTER TABLE ship_to ENABLE ROW LEVEL SECURITY"))
        conn.execute(text("DROP POLICY IF EXISTS station_holds ON ship_to"))
        conn.execute(text(
            f"CREATE POLICY station_holds ON ship_to FOR SELECT TO {group} USING (order_id IN "
            "(SELECT o.id FROM orders o JOIN stations s ON s.id = o.claim_station_id "
            "WHERE s.name = current_user))"))
        conn.execute(text(f"GRANT SELECT ON ship_to TO {group}"))
        _catalog_cursor(conn, group)


# The catalogue's cursor: every change to these tables moves one sequence (statement-level
# triggers), so a station asks one cheap question each sync and pulls only after a change.
CATALOG_TABLES = ("products", "product_codes", "boxes", "carriers", "services", "size_classes",
                  "rates", "surcharges", "settings", "users")


def _catalog_cursor(conn: Connection, group: str) -> None:
    conn.execute(text("CREATE SEQUENCE IF NOT EXISTS catalog_version"))
    conn.execute(text(f"GRANT SELECT ON SEQUENCE catalog_version TO {group}"))
    conn.execute(text(
        "CREATE OR REPLACE FUNCTION packstation_catalog_changed() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('catalog_version'); RETURN NULL; END $$"))
    for table in CATALOG_TABLES:
        conn.execute(text(f"DROP TRIGGER IF EXISTS catalog_changed ON {table}"))
        conn.execute(text(
            f"CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
            f"{table} FOR EACH STATEMENT EXECUTE FUNCTION packstation_catalog_changed()"))


def _create_station_role(engine: Engine, name: str, password: str) -> None:
    role, group = _quote(engine, name), _quote(engine, STATION_GROUP)
    with engine.begin() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        verb = "ALTER" if exists else "CREATE"
        # Role DDL takes no bind parameters; the password is generated here, URL-safe only.
        conn.execute(text(f"{verb} ROLE {role} LOGIN PASSWORD '{password}'"))
        conn.execute(text(f"GRANT {group} TO {role}"))


def claim_store(url: str) -> SqlClaimStore:
    return SqlClaimStore(make_engine(url))


def event_sink(url: str) -> SqlEventSink:
    return SqlEventSink(make_engine(url))


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""
