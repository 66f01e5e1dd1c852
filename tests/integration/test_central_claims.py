"""Claims on a real PostgreSQL server: every order to exactly one station, leases, fencing,
the lead's take-over, and what a station's database role may not do."""

from __future__ import annotations

import multiprocessing
import random
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import func, insert, select, text

from packstation.adapters.central import server
from packstation.adapters.central.claims import SqlClaimStore, StationNotRegistered
from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import CompletionRow, OrderRow, ShipToRow

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def seed_orders(url: str, count: int, prefix: str = "C-") -> list[str]:
    numbers = [f"{prefix}{i:05d}" for i in range(count)]
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(insert(OrderRow), [{"order_no": n, "status": "open"} for n in numbers])
    engine.dispose()
    return numbers


def _claim_all(url: str, station: str) -> list[str]:
    """One station process: claim until nothing is left."""
    store = SqlClaimStore(make_engine(url))
    got = []
    while (claim := store.claim_next(station, datetime.now(UTC), LEASE)) is not None:
        got.append(claim.order_no)
    store.engine.dispose()
    return got


def test_server_init_is_safe_to_run_twice(pg_url: str) -> None:
    first = server.init(pg_url)
    assert first == server.init(pg_url)
    assert first >= "0003"


def test_eight_processes_claim_2000_orders_each_exactly_once(pg_url: str) -> None:
    server.init(pg_url)
    orders = seed_orders(pg_url, 2000)
    stations = [f"st-{i}" for i in range(8)]
    for name in stations:
        server.add_station(pg_url, name)
    with multiprocessing.get_context("spawn").Pool(8) as pool:
        results = pool.starmap(_claim_all, [(pg_url, s) for s in stations])
    claimed = [o for r in results for o in r]
    assert len(claimed) == len(set(claimed)) == 2000
    assert set(claimed) == set(orders)
    assert sum(1 for r in results if r) >= 2  # they really ran side by side


def test_unregistered_station_is_refused(pg_url: str) -> None:
    server.init(pg_url)
    seed_orders(pg_url, 1)
    with pytest.raises(StationNotRegistered):
        SqlClaimStore(make_engine(pg_url)).claim_next("nobody", T0, LEASE)


def test_paused_station_cannot_complete_after_takeover_1000_trials(pg_url: str) -> None:
    """Station A claims, stalls past its lease, B takes the order over; A's completion must
    fail whatever the interleaving, and no order is ever completed twice."""
    server.init(pg_url)
    orders = seed_orders(pg_url, 1000)
    for name in ("A", "B"):
        server.add_station(pg_url, name)
    store = SqlClaimStore(make_engine(pg_url))
    rng = random.Random(7)
    a_won = b_won = 0
    for i, _ in enumerate(orders):
        now = T0 + timedelta(hours=i)
        a = store.claim_next("A", now, LEASE)
        assert a is not None
        if rng.random() < 0.3:  # A finishes in time: B finds nothing to take over
            assert store.complete(a, "A", now + LEASE / 2)
            a_won += 1
            b = store.claim_next("B", now + LEASE * 2, LEASE)
            assert b is None or b.order_no != a.order_no
            continue
        b = store.claim_next("B", now + LEASE * 2, LEASE)  # A paused past its lease
        assert b is not None and b.order_no == a.order_no and b.claim > a.claim
        first, second = (("A", a), ("B", b)) if rng.random() < 0.5 else (("B", b), ("A", a))
        results = {first[0]: store.complete(first[1], first[0], now + LEASE * 3),
                   second[0]: store.complete(second[1], second[0], now + LEASE * 3)}
        assert results == {"A": False, "B": True}
        assert store.renew(a, "A", now + LEASE * 3, LEASE) is None
        b_won += 1
    with store.engine.connect() as conn:
        completions = conn.scalar(select(func.count()).select_from(CompletionRow))
        packed = conn.scalar(select(func.count()).select_from(OrderRow)
                             .where(OrderRow.status == "packed"))
    assert completions == packed == 1000
    assert a_won > 100 and b_won > 500


def test_expired_lease_nobody_took_is_still_the_stations(pg_url: str) -> None:
    server.init(pg_url)
    seed_orders(pg_url, 1)
    server.add_station(pg_url, "A")
    store = SqlClaimStore(make_engine(pg_url))
    a = store.claim_next("A", T0, LEASE)
    assert a is not None
    renewed = store.renew(a, "A", T0 + LEASE * 4, LEASE)  # back from a long outage
    assert renewed is not None and renewed.lease_expires == T0 + LEASE * 5
    assert store.complete(a, "A", T0 + LEASE * 4)


def test_lead_takes_over_and_releases(pg_url: str) -> None:
    server.init(pg_url)
    orders = seed_orders(pg_url, 2)
    for name in ("A", "B"):
        server.add_station(pg_url, name)
    store = SqlClaimStore(make_engine(pg_url))
    a = store.claim_next("A", T0, LEASE)
    assert a is not None
    holders = store.holders(T0 + LEASE * 2)
    assert [(h.order_no, h.station, h.expired) for h in holders] == [(a.order_no, "A", True)]
    b = store.take_over(a.order_no, "B", T0 + timedelta(seconds=1), LEASE)  # lease still valid
    assert b is not None and b.claim > a.claim
    assert not store.complete(a, "A", T0 + timedelta(seconds=2))
    assert store.force_release(b.order_no)
    assert not store.complete(b, "B", T0 + timedelta(seconds=3))  # released: fenced out too
    again = store.claim_next("A", T0 + timedelta(seconds=4), LEASE)
    assert again is not None and again.order_no in orders


def _station_conn(pg_url: str, role: str) -> psycopg.Connection:
    url = pg_url.replace("postgresql+psycopg://postgres@", f"postgresql://{role}@")
    return psycopg.connect(url, autocommit=True)


@pytest.mark.parametrize("statement", [
    "DELETE FROM orders",
    "UPDATE users SET role = 'admin'",
    "SELECT pin_hash, failed_attempts, locked_until FROM users",
    "INSERT INTO products (sku, name_ja) VALUES ('X', 'x')",
    "UPDATE settings SET value = '1'",
    "UPDATE orders SET cod_yen = 0",
    "UPDATE rates SET price_yen = 1",
    "DELETE FROM events",
    "TRUNCATE scan_events",
    "DROP TABLE orders",
])
def test_station_role_cannot_do_what_a_station_does_not_need(pg_url: str,
                                                              statement: str) -> None:
    server.init(pg_url)
    server.add_station(pg_url, "st-role")
    with _station_conn(pg_url, "st-role") as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


def test_station_role_claims_and_sees_only_the_addresses_it_holds(pg_url: str) -> None:
    server.init(pg_url)
    orders = seed_orders(pg_url, 2)
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        ids = conn.execute(select(OrderRow.id).order_by(OrderRow.id)).scalars().all()
        conn.execute(insert(ShipToRow), [
            {"order_id": i, "name": f"顧客{i}", "postal_code": "1000001",
             "prefecture_code": 13, "address1": "千代田区"} for i in ids])
    server.add_station(pg_url, "st-rls")
    url = pg_url.replace("postgresql+psycopg://postgres@", "postgresql+psycopg://st-rls@")
    store = SqlClaimStore(make_engine(url))
    claim = store.claim_next("st-rls", datetime.now(UTC), LEASE)  # allowed: its own job
    assert claim is not None and claim.order_no == orders[0]
    with store.engine.connect() as conn:
        visible = conn.execute(text("SELECT o.order_no FROM ship_to s JOIN orders o "
                                    "ON o.id = s.order_id")).scalars().all()
    assert visible == [orders[0]]
    assert store.complete(claim, "st-rls", datetime.now(UTC))
