"""The throwaway PostgreSQL cluster the test run starts (tests/pgcluster.py, tests/conftest.py)."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from tests.pgcluster import ThrowawayCluster

pytestmark = pytest.mark.postgres


def _create_parcels(url: str, rows: list[dict[str, object]]) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE parcel (id serial PRIMARY KEY, "
                                 "tracking text NOT NULL, weight_g integer NOT NULL)"))
            if rows:
                conn.execute(sa.text("INSERT INTO parcel (tracking, weight_g) "
                                     "VALUES (:tracking, :weight_g)"), rows)
    finally:
        engine.dispose()


def _read_parcels(url: str) -> list[tuple[str, int]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            result = conn.execute(sa.text("SELECT tracking, weight_g FROM parcel ORDER BY id"))
            return [(row.tracking, row.weight_g) for row in result]
    finally:
        engine.dispose()


def test_sqlalchemy_round_trip_through_psycopg(pg_url: str) -> None:
    assert pg_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    _create_parcels(pg_url, [{"tracking": "1234-5678-9012", "weight_g": 850},
                             {"tracking": "ゆうパック-001", "weight_g": 1200}])

    assert _read_parcels(pg_url) == [("1234-5678-9012", 850), ("ゆうパック-001", 1200)]
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.dialect.name == "postgresql"
            assert conn.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
    finally:
        engine.dispose()


def test_each_test_database_is_separate(pg_cluster: ThrowawayCluster, pg_url: str) -> None:
    other_url = pg_cluster.create_database("isolation_other")
    try:
        assert other_url != pg_url
        _create_parcels(pg_url, [{"tracking": "only-in-first", "weight_g": 1}])
        _create_parcels(other_url, [])

        assert _read_parcels(pg_url) == [("only-in-first", 1)]
        assert _read_parcels(other_url) == []
    finally:
        pg_cluster.drop_database("isolation_other")


def test_fresh_database_is_empty(pg_url: str) -> None:
    # Runs after the tests above created tables: each pg_url must start with none.
    engine = sa.create_engine(pg_url)
    try:
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_data_survives_server_stop_and_start(pg_cluster: ThrowawayCluster, pg_url: str) -> None:
    _create_parcels(pg_url, [{"tracking": "kept-over-restart", "weight_g": 500}])
    port = pg_cluster.port

    pg_cluster.stop_server()
    try:
        assert not pg_cluster.running
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(host="127.0.0.1", port=port, user="postgres", connect_timeout=5)
    finally:
        pg_cluster.start_server()

    assert pg_cluster.running
    assert pg_cluster.port == port
    assert _read_parcels(pg_url) == [("kept-over-restart", 500)]
