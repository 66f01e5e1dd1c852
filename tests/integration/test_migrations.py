"""Alembic migrations on SQLite and on real PostgreSQL: from empty, and down/up the latest."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from packstation.adapters.db.engine import (
    alembic_config,
    current_revision,
    downgrade,
    make_engine,
    migrate,
)
from packstation.adapters.db.models import Base


def _head(url: str) -> str:
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    assert head is not None
    return head


def _check_cycle(url: str) -> None:
    engine = make_engine(url)
    head = _head(url)
    migrate(engine)
    assert current_revision(engine) == head
    tables = set(inspect(engine).get_table_names())
    assert {"products", "orders", "order_lines", "ship_to", "boxes", "carriers", "services",
            "size_classes", "rates", "surcharges", "stations", "printers", "users",
            "scan_events", "mispicks", "audit_log", "settings", "csv_profiles"} <= tables
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "the models and the migrations disagree"
    previous = ScriptDirectory.from_config(alembic_config(url)).get_revision(head).down_revision
    downgrade(engine, previous or "base")
    assert current_revision(engine) == previous
    migrate(engine)
    migrate(engine)  # a second run is a no-op
    assert current_revision(engine) == head
    engine.dispose()


def test_sqlite_upgrade_from_empty_and_down_up_latest(tmp_path) -> None:
    _check_cycle(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.postgres
def test_postgresql_upgrade_from_empty_and_down_up_latest(pg_url: str) -> None:
    _check_cycle(pg_url)


def test_sqlite_is_durable_wal_with_full_sync(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'd.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_sqlite_table_rebuild_keeps_every_child_row(demo_db: str) -> None:
    """SQLite batch migrations rebuild a table (copy, DROP, rename). With the station's
    foreign keys on, dropping `orders` would cascade-delete every line and address: the
    migrations run with them off, and they are on again afterwards."""
    engine = make_engine(demo_db)

    def counts() -> list[int]:
        with engine.connect() as conn:
            return [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                    for t in ("orders", "order_lines", "ship_to")]

    before = counts()
    assert min(before) > 0
    downgrade(engine, "0008")  # drops orders.carton_plan: the orders table is rebuilt
    assert counts() == before
    migrate(engine)
    assert counts() == before
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def _at_0008(demo_db: str):  # type: ignore[no-untyped-def]
    engine = make_engine(demo_db)
    downgrade(engine, "0008")
    return engine


def _columns(engine) -> set[str]:  # type: ignore[no-untyped-def]
    return {c["name"] for c in inspect(engine).get_columns("orders")}


def test_a_failed_sqlite_migration_changes_nothing(demo_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """pysqlite runs DDL outside a transaction unless told BEGIN: a migration that fails after
    its ALTER TABLE must leave the old schema, or every later start fails on it."""
    from collections import Counter

    from packstation.adapters.db import engine as engine_module

    engine = _at_0008(demo_db)
    assert "carton_plan" not in _columns(engine)
    calls = iter([Counter(), Counter({("order_lines", "orders"): 1})])
    monkeypatch.setattr(engine_module, "_dangling", lambda _conn: next(calls))
    with pytest.raises(RuntimeError, match="nothing was changed"):
        migrate(engine)
    assert current_revision(engine) == "0008" and "carton_plan" not in _columns(engine)
    monkeypatch.undo()
    migrate(engine)  # and the next start upgrades
    assert "carton_plan" in _columns(engine)
    engine.dispose()


def test_an_old_orphan_row_does_not_block_an_upgrade(demo_db: str) -> None:
    engine = _at_0008(demo_db)
    with engine.connect() as conn:  # a line whose order is long gone (foreign keys were off)
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.execute(text("INSERT INTO order_lines (order_id, line_no, product_id, qty, "
                          "scanned_qty, unit_price_yen) VALUES (999999, 1, 1, 1, 0, 0)"))
        conn.commit()
    migrate(engine)
    assert current_revision(engine) == _head(demo_db)
    engine.dispose()


def test_0014_renames_the_old_nekopos_that_was_kuroneko_yupacket(demo_db: str) -> None:
    """Before 0014 the demo's "nekopos" was named クロネコゆうパケット (B2 code 7); from 0014
    "nekopos" is ネコポス (code A): the old service and its orders move to kuroneko_yupacket."""
    engine = make_engine(demo_db)
    downgrade(engine, "0013")
    with engine.begin() as conn:  # the catalogue and an order as 0013 left them
        conn.execute(text("UPDATE services SET code = 'gone' WHERE code = 'kuroneko_yupacket'"))
        conn.execute(text("UPDATE services SET name = 'クロネコゆうパケット' "
                          "WHERE code = 'nekopos'"))
        order_id = conn.execute(text("SELECT min(id) FROM orders")).scalar_one()
        conn.execute(text("UPDATE orders SET service_code = 'nekopos', carton_plan = "
                          "'[[\"ENV-A4\", \"nekopos\", \"nekopos\"]]' WHERE id = :id"),
                     {"id": order_id})
        saved = {"carrier": "b2", "account": "shop", "columns": [],
                 "codes": {"service": {"takkyubin": "0", "nekopos": "7"}}}
        conn.execute(text("INSERT INTO settings (key, value) VALUES "
                          "('carrier.preset.b2.shop', :v)"), {"v": json.dumps(saved)})
    migrate(engine)
    with engine.connect() as conn:
        names = dict(conn.execute(text("SELECT code, name FROM services WHERE code IN "
                                       "('nekopos', 'kuroneko_yupacket')")).all())
        order = conn.execute(text("SELECT service_code, carton_plan FROM orders WHERE id = :id"),
                             {"id": order_id}).one()
        boxes = conn.execute(text("SELECT box_codes FROM services WHERE code = 'compact'")
                             ).scalar_one()
    assert names == {"kuroneko_yupacket": "クロネコゆうパケット"}
    assert order.service_code == "kuroneko_yupacket"
    assert order.carton_plan == '[["ENV-A4", "kuroneko_yupacket", "nekopos"]]'
    assert json.loads(boxes) == ["COMPACT", "COMPACT-THIN"], "an older compact service too"
    with engine.connect() as conn:
        layout = json.loads(conn.execute(text("SELECT value FROM settings WHERE key = "
                                              "'carrier.preset.b2.shop'")).scalar_one())
    assert layout["codes"]["service"] == {"takkyubin": "0", "kuroneko_yupacket": "7"}
    engine.dispose()
