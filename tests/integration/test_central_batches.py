"""Batch picking on a networked floor (issue 20), on a real PostgreSQL server with each
station logged in as its own role: the lead makes the batch on the central database, a station
claims the whole batch by scanning its barcode (every order, or none), sorts it, and the
server learns the end of the batch, the holds of a short batch and the orders given back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from packstation.adapters.central.link import SqlServerLink
from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import BatchRow, OrderRow, ShipToRow, StationRow, UserRow
from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import StateError
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.packing import bench as packing
from packstation.services.packing import sorting
from packstation.services.picking.ports import BatchRecord
from tests.integration.networked import Station, open_station, seed_server, unit_codes


def _as(pg_url: str, role: str) -> str:
    url = pg_url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://{role}@")
    assert url != pg_url
    return url


@pytest.fixture
def floor(pg_url: str, demo_template: Path, tmp_path: Path) -> Iterator[dict[str, object]]:
    seed_server(pg_url, orders=12, stations=("st-1", "st-2"))
    central = build(Config(pg_url, "server"), migrate=False)
    one = open_station(demo_template, tmp_path / "one.db", "st-1", _as(pg_url, "st-1"))
    two = open_station(demo_template, tmp_path / "two.db", "st-2", _as(pg_url, "st-2"))
    owner = make_engine(pg_url)
    yield {"central": central, "one": one, "two": two, "owner": owner}
    for st in (one, two):
        st.close()
    central.close()
    owner.dispose()


def _make_batch(central: App, owner: Engine, orders: int,
                filters: tuple[str, ...] = ("normal",)) -> BatchRecord:
    """The lead at the admin PC, on the central database."""
    with owner.connect() as conn:
        lead_id = conn.scalar(select(UserRow.id).where(UserRow.role == Role.LEAD.value))
    lead = SessionUser(int(lead_id), "lead", "lead", Role.LEAD, "ja")
    return central.services.picking.create_batch(lead, max_orders=orders,
                                               filters=list(filters))


def _bench(st: Station) -> packing.Bench:
    return packing.Bench(st.app.uow, st.app.clock, st.name, link=st.app.link)


def _units(st: Station, record: BatchRecord, skip: frozenset[str] = frozenset()) -> list[str]:
    """A scan for every unit of the batch's orders but those in `skip`, serials unique."""
    codes = unit_codes(st.engine)
    scans = []
    with st.app.uow() as uow:
        for order_no in record.slots.values():
            if order_no in skip:
                continue
            order = uow.orders.get(order_no)
            assert order is not None
            for line in order.lines:
                code, serial = codes[line.sku]
                scans += [f"(01){code.zfill(14)}(21)SN-{order_no}-{line.line_no}-{n}"
                          if serial else code for n in range(line.qty)]
    return scans


def _server(owner: Engine, order_no: str) -> tuple[str, str | None]:
    """The order's status on the server and the station holding it."""
    return _state(owner, OrderRow.status, OrderRow.claim_station_id, OrderRow.order_no == order_no)


def _batch_on_server(owner: Engine, batch_no: str) -> tuple[str, str | None]:
    """The batch's status on the server and the station sorting it."""
    return _state(owner, BatchRow.status, BatchRow.station_id, BatchRow.batch_no == batch_no)


def _state(owner: Engine, status: Any, station: Any, where: Any) -> tuple[str, str | None]:
    with owner.connect() as conn:
        row = conn.execute(select(status, StationRow.name)
                           .join(StationRow, StationRow.id == station, isouter=True)
                           .where(where)).one()
    return row[0], row[1]


def test_a_station_claims_a_whole_batch_sorts_it_and_the_server_learns_the_end(floor) -> None:  # type: ignore[no-untyped-def]
    central, one, two, owner = floor["central"], floor["one"], floor["two"], floor["owner"]
    record = _make_batch(central, owner, 3)
    opened = sorting.open_batch(_bench(one), record.batch_no)
    assert opened.verdict == "OPENED"
    assert [s.order_no for s in opened.slots] == list(record.slots.values())
    # Every order of the batch is this station's on the server, the batch too.
    assert {_server(owner, n)[1] for n in record.slots.values()} == {"st-1"}
    assert _batch_on_server(owner, record.batch_no) == ("sorting", "st-1")
    with one.app.uow() as uow:  # ... and here, with the addresses the labels need
        assert uow.batches.get(record.batch_no).slots == record.slots
        local_ids = select(OrderRow.id).where(OrderRow.order_no.in_(record.slots.values()))
        addresses = uow.session.scalars(select(ShipToRow.order_id)
                                        .where(ShipToRow.order_id.in_(local_ids))).all()
        assert len(addresses) == len(record.slots)
    # The other station is told who sorts it, and takes nothing.
    with pytest.raises(StateError) as elsewhere:
        sorting.open_batch(_bench(two), record.batch_no)
    assert (elsewhere.value.code, elsewhere.value.params["station"]) == ("batch.elsewhere",
                                                                          "st-1")
    # Sorting every unit ends the batch; the push tells the server, with the units.
    for scan in _units(one, record):
        assert sorting.sort_scan(_bench(one), record.batch_no, scan).verdict == "OK"
    assert one.app.sync.run_once().last_error == ""
    assert _batch_on_server(owner, record.batch_no)[0] == "done"
    with central.uow() as uow:
        for order_no in record.slots.values():
            order = uow.orders.get(order_no)
            assert order is not None and all(ln.scanned_qty == ln.qty for ln in order.lines)
    # Each full slot goes on to packing at this station without asking the server again.
    assert packing.open_order(_bench(one), record.slots[1]).verdict == "OPENED"
    with pytest.raises(StateError) as finished:
        sorting.open_batch(_bench(two), record.batch_no)
    assert finished.value.code == "batch.finished"


def test_a_short_batch_holds_on_the_server_and_gives_the_untouched_orders_back(floor) -> None:  # type: ignore[no-untyped-def]
    central, one, owner = floor["central"], floor["one"], floor["owner"]
    record = _make_batch(central, owner, 3, ("normal", "multi"))
    first, second, third = record.slots[1], record.slots[2], record.slots[3]
    assert sorting.open_batch(_bench(one), record.batch_no).verdict == "OPENED"
    units = _units(one, record, skip=frozenset({second, third}))
    assert len(units) >= 2  # a multi-unit order
    for scan in units[:-1]:  # slot 1 gets all but one of its units; slots 2 and 3 nothing
        assert sorting.sort_scan(_bench(one), record.batch_no, scan).verdict == "OK"
    ended = sorting.finish_batch(_bench(one), record.batch_no)
    assert ended.verdict == "SHORT"
    with one.app.uow() as uow:  # the untouched orders' addresses leave the station
        gone = select(OrderRow.id).where(OrderRow.order_no.in_([second, third]))
        assert uow.session.scalar(select(ShipToRow.order_id)
                                  .where(ShipToRow.order_id.in_(gone))) is None
    assert one.app.sync.run_once().last_error == ""
    assert _batch_on_server(owner, record.batch_no)[0] == "done"
    assert _server(owner, first)[0] == "on_hold"
    assert _server(owner, second) == ("open", None)  # free for any station again
    assert _server(owner, third) == ("open", None)
    # ... and for the next batch the lead makes.
    again = _make_batch(central, owner, 12)
    assert {second, third} <= set(again.slots.values())
    assert first not in again.slots.values()


def test_a_batch_with_an_order_packed_at_another_station_is_refused_whole(floor) -> None:  # type: ignore[no-untyped-def]
    central, one, two, owner = floor["central"], floor["one"], floor["two"], floor["owner"]
    record = _make_batch(central, owner, 3)
    taken = record.slots[2]
    assert two.app.link.ensure_claim(taken, datetime.now(UTC)).allowed
    with pytest.raises(StateError) as refused:
        sorting.open_batch(_bench(one), record.batch_no)
    assert refused.value.code == "batch.order_elsewhere"
    assert (refused.value.params["order_no"], refused.value.params["station"]) == (taken, "st-2")
    # All or nothing: st-1 holds none of the batch, and the batch is still waiting.
    assert [_server(owner, n)[1] for n in record.slots.values()] == [None, "st-2", None]
    assert _batch_on_server(owner, record.batch_no) == ("open", None)
    with one.app.uow() as uow:
        assert uow.batches.get(record.batch_no) is None
    # The lead releases it: the batch goes to st-1 whole.
    assert two.app.link.release(taken)
    assert sorting.open_batch(_bench(one), record.batch_no).verdict == "OPENED"
    assert {_server(owner, n)[1] for n in record.slots.values()} == {"st-1"}


def test_offline_only_the_batch_already_sorted_here_opens(floor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    central, one, owner = floor["central"], floor["one"], floor["owner"]
    first = _make_batch(central, owner, 2)
    second = _make_batch(central, owner, 2)
    assert sorting.open_batch(_bench(one), first.batch_no).verdict == "OPENED"
    away = SqlServerLink(one.engine, "postgresql+psycopg://st-1@127.0.0.1:1/none", "st-1")
    bench = packing.Bench(one.app.uow, one.app.clock, "st-1", link=away)
    try:
        assert sorting.open_batch(bench, first.batch_no).verdict == "OPENED"
        with pytest.raises(StateError) as offline:
            sorting.open_batch(bench, second.batch_no)
        assert offline.value.code == "batch.offline"
    finally:
        away.close()
    assert _batch_on_server(owner, second.batch_no) == ("open", None)


def test_a_lead_at_a_station_makes_a_batch_on_the_server_and_prints_its_list(  # type: ignore[no-untyped-def]
        floor, tmp_path: Path) -> None:
    """At the bench, with the station's own role: the batch is written on the server (where
    any station claims it), its list is read from there, the audit goes by the outbox."""
    from packstation.adapters.central.central_uow import CentralUnitOfWorkFactory
    from packstation.adapters.db.models import AuditRow
    from packstation.domain.errors import PackstationError
    from packstation.services.picking.api import Picking
    from tests.documents_fixtures import decode, render_png

    one, two, owner = floor["one"], floor["two"], floor["owner"]
    with one.app.uow() as uow:
        lead_id = uow.session.scalar(select(UserRow.id).where(UserRow.login == "suzuki"))
    lead = SessionUser(int(lead_id), "suzuki", "鈴木 美香", Role.LEAD, "ja")
    record = one.app.services.picking.create_batch(lead, max_orders=3, filters=["normal"])
    assert _batch_on_server(owner, record.batch_no) == ("open", None)
    with one.app.uow() as uow:
        assert uow.batches.get(record.batch_no) is None, "the station holds it once claimed"
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(one.app.services.picking.batch_pick_list_pdf(record.batch_no))
    assert decode(render_png(pdf, 200)[0]) == [f"CODE-128:{record.batch_no}"]
    assert one.app.sync.run_once().last_error == ""  # the audit reaches the server
    with owner.connect() as conn:
        who = conn.execute(select(UserRow.login).join(AuditRow, AuditRow.user_id == UserRow.id)
                           .where(AuditRow.action == "batch_created",
                                  AuditRow.target == record.batch_no)).scalars().all()
    assert who == ["suzuki"]
    assert sorting.open_batch(_bench(two), record.batch_no).verdict == "OPENED"
    # The server away: said so, nothing made.
    away = CentralUnitOfWorkFactory(make_engine("postgresql+psycopg://st-1@127.0.0.1:1/none"))
    offline = Picking(one.app.uow, one.app.clock, one.app.renderer, central=away)
    with pytest.raises(PackstationError) as unreachable:
        offline.create_batch(lead, max_orders=3)
    assert unreachable.value.code == "central.unreachable"


def test_two_leads_making_batches_at_once_never_share_an_order(floor) -> None:  # type: ignore[no-untyped-def]
    """The first lead's transaction holds the batch counter; the second waits for it, then
    chooses among the orders the first left (it used to read them before)."""
    import threading

    from sqlalchemy import insert, update

    from packstation.adapters.db.models import BatchOrderRow, CounterRow

    central, owner = floor["central"], floor["owner"]
    with owner.connect() as conn:
        oldest = conn.execute(select(OrderRow.id, OrderRow.order_no)
                              .where(OrderRow.status == "open", OrderRow.cool == "none")
                              .order_by(OrderRow.ordered_at, OrderRow.order_no).limit(3)).all()
    made: list[BatchRecord] = []
    with owner.begin() as first:  # the first lead, mid-transaction
        number = first.execute(update(CounterRow).where(CounterRow.name == "batch")
                               .values(value=CounterRow.value + 1)
                               .returning(CounterRow.value)).scalar_one()
        second = threading.Thread(target=lambda: made.append(
            _make_batch(central, owner, 5)))
        second.start()
        second.join(timeout=1.0)
        assert second.is_alive(), "the second lead waits for the first"
        batch_id = first.execute(insert(BatchRow).values(
            batch_no=f"B-{number:04d}", status="open", created_at=datetime.now(UTC), rule="")
            .returning(BatchRow.id)).scalar_one()
        first.execute(insert(BatchOrderRow), [{"batch_id": batch_id, "order_id": row.id,
                                               "slot": slot}
                                              for slot, row in enumerate(oldest, start=1)])
    second.join(timeout=60)
    (record,) = made
    assert record.batch_no == f"B-{number + 1:04d}"
    assert not {row.order_no for row in oldest} & set(record.slots.values())
