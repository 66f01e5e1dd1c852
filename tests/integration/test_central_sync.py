"""Networked mode end to end on a real PostgreSQL server: the station's outbox pushed once,
replays harmless, conflicts kept, completions fenced, addresses only while needed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from packstation.adapters.central.claims import SqlClaimStore
from packstation.adapters.central.events import conflicts
from packstation.adapters.central.pull import forget_addresses, pull_order
from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import (
    CompletionRow,
    EventRow,
    OrderRow,
    OutboxRow,
    ScanEventRow,
    ShipToRow,
    StationRow,
)
from packstation.bootstrap import build
from packstation.config import Config
from packstation.services.packing import bench as packing
from packstation.services.sync import loop as sync
from packstation.services.sync.claims import Claim
from tests.integration.networked import (
    LEASE,
    Station,
    open_station,
    projection,
    scans_for,
    seed_server,
)


@pytest.fixture
def station(pg_url: str, demo_template: Path, tmp_path: Path) -> Iterator[Station]:
    seed_server(pg_url, stations=("st-1", "st-2"))
    st = open_station(demo_template, tmp_path / "station.db", "st-1", pg_url)
    yield st
    st.close()


def _pack(st: Station, order_no: str) -> int:
    codes = scans_for(st, order_no)
    for code in codes:
        assert packing.scan(st.bench(), order_no, code).verdict == "OK"
    assert packing.complete(st.bench(), order_no).verdict == "COMPLETED"
    return len(codes)


def _server_count(url: str, table: type) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        n = conn.scalar(select(func.count()).select_from(table))
    engine.dispose()
    return int(n or 0)


def test_packed_order_reaches_the_server_once(station: Station, pg_url: str) -> None:
    [claim] = station.claim_and_pull(1)
    units = _pack(station, claim.order_no)
    sent = sync.drain(station.outbox, station.sink(), "st-1", datetime.now(UTC))
    assert sent == station.outbox.backlog() + sent and station.outbox.backlog() == 0
    assert sent >= units + 2  # scans, unit deltas, status, completion
    state = projection(pg_url)
    assert (claim.order_no, "packed") in state["orders"]  # type: ignore[operator]
    assert state["completions"] == 1
    before = _server_count(pg_url, EventRow)
    # The station crashed before it recorded the answer: everything is pushed again.
    with station.engine.begin() as conn:
        conn.execute(update(OutboxRow).values(pushed_at=None, outcome=""))
    again = station.sink().push("st-1", station.outbox.pending(10_000), datetime.now(UTC))
    assert len(again.duplicates) == sent and not again.applied and not again.conflicts
    assert projection(pg_url) == state
    assert _server_count(pg_url, EventRow) == before


def test_same_uuid_other_payload_is_a_conflict_for_the_lead(station: Station,
                                                           pg_url: str) -> None:
    [claim] = station.claim_and_pull(1)
    _pack(station, claim.order_no)
    sync.drain(station.outbox, station.sink(), "st-1", datetime.now(UTC))
    state = projection(pg_url)
    event = next(e for e in _all_events(station) if e.kind == "units")
    forged = sync.OutboundEvent(event.uuid, event.seq, event.kind, event.order_no,
                                event.payload.replace('"delta":1', '"delta":5'))
    assert forged.payload != event.payload
    outcome = station.sink().push("st-1", [forged], datetime.now(UTC))
    assert outcome.conflicts == {event.uuid}
    assert projection(pg_url) == state  # nothing overwritten
    [shown] = conflicts(make_engine(pg_url))
    assert (shown.order_no, shown.reason, shown.station) == (
        claim.order_no, "payload_differs", "st-1")


def _all_events(st: Station) -> list[sync.OutboundEvent]:
    with st.engine.connect() as conn:
        rows = conn.execute(select(OutboxRow.uuid, OutboxRow.seq, OutboxRow.kind,
                                   OutboxRow.order_no, OutboxRow.payload)
                            .order_by(OutboxRow.seq)).all()
    return [sync.OutboundEvent(*r) for r in rows]


def test_completion_after_takeover_is_refused_and_shown(station: Station, pg_url: str) -> None:
    [claim] = station.claim_and_pull(1)
    store = SqlClaimStore(make_engine(pg_url))
    later = datetime.now(UTC) + LEASE * 2  # st-1 paused past its lease; st-2 takes over
    taken = store.claim_next("st-2", later, LEASE)
    assert taken is not None and taken.order_no == claim.order_no
    _pack(station, claim.order_no)  # st-1 does not know yet: it packs on
    sync.drain(station.outbox, station.sink(), "st-1", datetime.now(UTC))
    assert _server_count(pg_url, CompletionRow) == 0
    reasons = {c.reason for c in conflicts(make_engine(pg_url))}
    assert reasons == {"claim_lost"}
    with station.engine.connect() as conn:
        outcomes = set(conn.scalars(select(OutboxRow.outcome)
                                    .where(OutboxRow.kind.in_(("complete", "status")))))
    assert outcomes == {"conflict"}
    assert store.complete(taken, "st-2", later)  # the new holder still can


def test_completion_table_refuses_a_second_completion(pg_url: str) -> None:
    seed_server(pg_url, orders=1)
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        order_id = conn.scalar(select(OrderRow.id))
        station_id = conn.scalar(select(StationRow.id))
        conn.execute(insert(CompletionRow).values(order_id=order_id, station_id=station_id))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(CompletionRow).values(order_id=order_id, station_id=station_id))


def test_station_pulls_a_claimed_order_into_an_empty_database(pg_url: str,
                                                             tmp_path: Path) -> None:
    seed_server(pg_url, orders=3)
    app = build(Config(f"sqlite:///{tmp_path / 'fresh.db'}", "st-1", server_url=pg_url))
    store = SqlClaimStore(make_engine(pg_url))
    claim = store.claim_next("st-1", datetime.now(UTC), LEASE)
    assert claim is not None
    pull_order(store.engine, app.uow.engine, claim)  # type: ignore[attr-defined]
    opened = packing.open_order(packing.Bench(app.uow, app.clock, "st-1"), claim.order_no)
    assert opened.verdict == "OPENED" and opened.lines
    with app.uow.engine.connect() as conn:  # type: ignore[attr-defined]
        assert conn.scalar(select(func.count()).select_from(ShipToRow)) == 1
        assert conn.scalar(select(OrderRow.claim_no)) == claim.claim
    app.close()


def test_addresses_leave_the_station_once_shipped(station: Station, pg_url: str) -> None:
    claims = station.claim_and_pull(2)
    server = make_engine(pg_url)
    with server.begin() as conn:
        conn.execute(update(OrderRow).where(OrderRow.order_no == claims[0].order_no)
                     .values(status="shipped"))
    with station.engine.connect() as conn:
        before = conn.scalar(select(func.count()).select_from(ShipToRow))
    assert forget_addresses(server, station.engine, datetime.now(UTC)) == 1
    with station.engine.connect() as conn:
        left = set(conn.scalars(select(OrderRow.order_no)
                                .join(ShipToRow, ShipToRow.order_id == OrderRow.id)))
    assert claims[0].order_no not in left and claims[1].order_no in left
    assert len(left) == before - 1


def test_standalone_station_writes_no_outbox(demo_app) -> None:  # type: ignore[no-untyped-def]
    bench = packing.Bench(demo_app.uow, demo_app.clock, "alone")
    assert packing.open_order(bench, "R-1001").verdict == "OPENED"
    with demo_app.uow.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(OutboxRow)) == 0


def test_outbox_payloads_carry_no_address(station: Station) -> None:
    [claim] = station.claim_and_pull(1)
    _pack(station, claim.order_no)
    with station.engine.connect() as conn:
        name, address = conn.execute(select(ShipToRow.name, ShipToRow.address1)).first()  # type: ignore[misc]
        payloads = " ".join(conn.scalars(select(OutboxRow.payload)))
    assert payloads and name not in payloads and address not in payloads


def test_catalogue_reaches_an_empty_station_and_follows_changes(pg_url: str,
                                                               tmp_path: Path) -> None:
    from packstation.adapters.central.pull import pull_catalog
    from packstation.adapters.db.models import ProductRow, RateRow, UserRow

    seed_server(pg_url, orders=1)
    server, station = make_engine(pg_url), make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    build(Config(f"sqlite:///{tmp_path / 'new.db'}", "st-1")).close()  # migrated, empty

    def counts(engine):  # type: ignore[no-untyped-def]
        with engine.connect() as conn:
            return [conn.scalar(select(func.count()).select_from(t))
                    for t in (ProductRow, RateRow, UserRow)]

    assert pull_catalog(server, station)
    assert counts(station) == counts(server) and counts(station)[0] > 40
    assert not pull_catalog(server, station)  # unchanged: nothing written
    from packstation.adapters.central.pull import catalog_version
    from packstation.adapters.db.models import SyncStateRow

    before = catalog_version(server)
    with station.begin() as conn:  # the cursor alone decides: no snapshot is read at all
        conn.execute(delete(SyncStateRow).where(SyncStateRow.key == "catalog_fingerprint"))
    assert not pull_catalog(server, station)
    with server.begin() as conn:
        conn.execute(update(ProductRow).where(ProductRow.sku == "TEE-RED-M")
                     .values(weight_g=999))
    assert catalog_version(server) != before  # the trigger moved the cursor
    assert pull_catalog(server, station)
    with station.connect() as conn:
        assert conn.scalar(select(ProductRow.weight_g)
                           .where(ProductRow.sku == "TEE-RED-M")) == 999
    app = build(Config(f"sqlite:///{tmp_path / 'new.db'}", "st-1"))
    from packstation.services import auth

    assert auth.login(app.uow, app.hasher, app.clock, "sato", "1111").login == "sato"
    app.close()


def _as_station(pg_url: str, name: str) -> object:
    """The server as a station sees it: its own login role, members of the station group
    (INSERT without SELECT on the logs, UPDATE of a few order columns)."""
    from packstation.adapters.central.events import SqlEventSink

    url = pg_url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://{name}@")
    assert url != pg_url
    return SqlEventSink(make_engine(url))


def test_refused_scans_reach_the_central_mispick_log(station: Station, pg_url: str) -> None:
    from packstation.adapters.db.uow import SqlUnitOfWorkFactory
    from packstation.services.review.dto import MisPickFilter
    from tests.integration.networked import unit_codes

    [claim] = station.claim_and_pull(1)
    codes = scans_for(station, claim.order_no)
    wrong = next(code for code, _serial in unit_codes(station.engine).values()
                 if code not in codes)
    assert packing.scan(station.bench(), claim.order_no, wrong).verdict == "WRONG_ITEM"
    sync.drain(station.outbox, _as_station(pg_url, "st-1"), "st-1", datetime.now(UTC))
    with SqlUnitOfWorkFactory(make_engine(pg_url))() as central:
        [record] = central.mispicks.search(MisPickFilter())
    assert (record.order_no, record.verdict, record.scanned_code) == (
        claim.order_no, "WRONG_ITEM", wrong)
    assert record.station == "st-1" and record.expected_skus


def test_chosen_service_reaches_the_server_for_the_central_export(station: Station,
                                                                  pg_url: str) -> None:
    """The carrier hand-off runs on the central database (services/networked.py): the service
    the packer chose at the station must be there, pushed with the station's own role."""
    from packstation.domain.model import dump_cartons
    from packstation.services.proposal import proposals as proposal

    [claim] = station.claim_and_pull(1)
    view = proposal.suggest(station.app.uow, claim.order_no)
    assert view.best is not None
    proposal.choose(station.app.uow, None, claim.order_no, view.best, best=view.best)
    _pack(station, claim.order_no)
    sync.drain(station.outbox, _as_station(pg_url, "st-1"), "st-1", datetime.now(UTC))
    with make_engine(pg_url).connect() as conn:
        central = conn.execute(select(OrderRow.service_code, OrderRow.size_class,
                                      OrderRow.carton_plan, OrderRow.status)
                               .where(OrderRow.order_no == claim.order_no)).one()
    with station.app.uow() as uow:
        local = uow.orders.get(claim.order_no)
    assert local is not None and local.service_code and local.cartons
    assert tuple(central) == (local.service_code, local.size_class,
                              dump_cartons(local.cartons), "packed")
    assert not conflicts(make_engine(pg_url))


def test_an_order_claimed_back_takes_the_other_stations_work(pg_url: str, demo_template: Path,
                                                             tmp_path: Path) -> None:
    """Station 1 scans a unit; the lead hands the order to station 2, which scans another, and
    releases it; station 1 claims it again. Its old copy must not count the units station 2
    packed as still missing (the packer would put one unit too many in the box)."""
    seed_server(pg_url, stations=("st-1", "st-2"))
    one = open_station(demo_template, tmp_path / "one.db", "st-1", pg_url)
    two = open_station(demo_template, tmp_path / "two.db", "st-2", pg_url)
    store = one.claims()
    try:
        [claim] = one.claim_and_pull(1)
        order_no = claim.order_no
        codes = scans_for(one, order_no)
        assert len(codes) >= 2
        assert packing.scan(one.bench(), order_no, codes[0]).verdict == "OK"
        sync.drain(one.outbox, one.sink(), "st-1", datetime.now(UTC))
        taken = store.take_over(order_no, "st-2", datetime.now(UTC), LEASE)
        assert taken is not None
        pull_order(store.engine, two.engine, taken)
        assert packing.scan(two.bench(), order_no, codes[1]).verdict == "OK"
        sync.drain(two.outbox, two.sink(), "st-2", datetime.now(UTC))
        assert store.force_release(order_no)
        again = store.claim_order(order_no, "st-1", datetime.now(UTC), LEASE)
        assert isinstance(again, Claim)
        pull_order(store.engine, one.engine, again)
        with one.app.uow() as uow, two.app.uow() as uow2:
            mine, theirs = uow.orders.get(order_no), uow2.orders.get(order_no)
        assert mine is not None and theirs is not None
        assert sum(ln.scanned_qty for ln in mine.lines) == 2
        assert [ln.scanned_qty for ln in mine.lines] == [ln.scanned_qty for ln in theirs.lines]
    finally:
        store.engine.dispose()
        one.close()
        two.close()


def test_handling_confirmations_reach_the_server_with_the_scans(station: Station,
                                                                 pg_url: str) -> None:
    """Issue 14: an acknowledgement (ACK-COOL / ACK-GIFT / ACK-ENCL) is a scan event like any
    other: written to the outbox with the local change, pushed, kept by the server."""
    from packstation.services.packing.handling import handling_view
    from tests.integration.networked import confirm_handling

    claims = station.claim_and_pull(8)
    bench = station.bench()
    for claim in claims:
        scans_for(station, claim.order_no)  # opens it
        with bench.uow() as uow:
            needed = handling_view(uow, claim.order_no).needed
        if needed:
            break
    assert needed, "the demo's first orders include a gift, cool or first order"
    order_no = claim.order_no
    for code in scans_for(station, order_no):
        assert packing.scan(bench, order_no, code).verdict == "OK"
    assert packing.complete(bench, order_no).verdict == "ACK_MISSING"
    assert confirm_handling(station, order_no) == len(needed)
    assert packing.complete(bench, order_no).verdict == "COMPLETED"
    sync.drain(station.outbox, station.sink(), "st-1", datetime.now(UTC))
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        acks = conn.scalar(select(func.count()).select_from(ScanEventRow).where(
            ScanEventRow.kind == "ack", ScanEventRow.verdict == "ACKNOWLEDGED"))
    engine.dispose()
    assert acks == len(needed)
    assert (order_no, "packed") in projection(pg_url)["orders"]  # type: ignore[operator]
