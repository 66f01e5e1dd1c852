"""Sorting a batch at the bench (種まき, issue 20) on a real database: the first order that
needs a unit gets it, the same checks as packing (serials, GS1), one station per batch, the
batch comes back after a restart, and an acknowledged scan survives kill -9."""

from __future__ import annotations

import os
import random
import select
import signal
from pathlib import Path

import pytest

from packstation.bootstrap import build
from packstation.config import Config
from packstation.domain.errors import NotFound, StateError
from packstation.domain.model import Order, OrderLine, OrderStatus, Product, ProductCode
from packstation.services.packing import bench as packing
from packstation.services.packing import sorting

TEE, EARBUD = "4912345678904", "4912345000019"


def _shop(url: str, orders: int = 3) -> None:
    app = build(Config(url, "sort-station"))
    with app.uow() as uow:
        uow.products.upsert_many([
            Product("TEE-RED-M", "Tシャツ 赤 M", codes=[ProductCode(TEE)]),
            Product("EARBUD-W", "イヤホン 白", codes=[ProductCode(EARBUD)], serial_tracked=True)])
        uow.orders.add_many([Order(f"S-{n}", "test", OrderStatus.OPEN,
                                   [OrderLine(1, "TEE-RED-M", n)]) for n in range(1, orders + 1)]
                            + [Order("S-EAR", "test", OrderStatus.OPEN,
                                     [OrderLine(1, "EARBUD-W", 1)])])
        uow.batches.add("B-0001", [f"S-{n}" for n in range(1, orders + 1)] + ["S-EAR"],
                        rule="test", created_by=None, at=app.clock.now())
        uow.commit()
    app.close()


@pytest.fixture
def url(tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'sort.db'}"
    _shop(db)
    return db


def _bench(app, station: str = "sort-station") -> packing.Bench:  # type: ignore[no-untyped-def]
    return packing.Bench(app.uow, app.clock, station)


def test_units_fill_the_slots_in_order_and_a_full_slot_is_said(url: str) -> None:
    app = build(Config(url, "sort-station"))
    bench = _bench(app)
    opened = sorting.open_batch(bench, "B-0001")
    assert [(s.slot, s.order_no, s.units) for s in opened.slots] == [
        (1, "S-1", 1), (2, "S-2", 2), (3, "S-3", 3), (4, "S-EAR", 1)]
    answers = [sorting.sort_scan(bench, "B-0001", TEE) for _ in range(6)]
    assert [(a.slot, a.slot_full) for a in answers] == [
        (1, True), (2, False), (2, True), (3, False), (3, False), (3, True)]
    assert sorting.sort_scan(bench, "B-0001", TEE).verdict == "OVER_QUANTITY"
    assert sorting.sort_scan(bench, "B-0001", EARBUD).verdict == "SERIAL_REQUIRED"
    with app.uow() as uow:
        assert uow.packing.order_state("S-3").units_left == 0
    app.close()


def test_one_station_per_batch_and_it_comes_back_after_a_restart(url: str) -> None:
    app = build(Config(url, "sort-station"))
    sorting.open_batch(_bench(app), "B-0001")
    sorting.sort_scan(_bench(app), "B-0001", TEE)
    with pytest.raises(StateError) as elsewhere:
        sorting.open_batch(_bench(app, "other-station"), "B-0001")
    assert elsewhere.value.params["station"] == "sort-station"
    with pytest.raises(NotFound):
        sorting.open_batch(_bench(app), "B-0404")
    app.close()
    again = build(Config(url, "sort-station"), migrate=False)
    resumed = sorting.resume(_bench(again))
    assert resumed is not None and resumed.batch_no == "B-0001"
    assert resumed.slots[0].full and resumed.slots_left == 3
    again.close()


def _sorter(url: str, ack_fd: int) -> None:
    app = build(Config(url, "sort-station"), migrate=False)
    bench = _bench(app)
    sorting.open_batch(bench, "B-0001")
    os.write(ack_fd, b"R")
    while True:
        if sorting.sort_scan(bench, "B-0001", TEE).verdict == "OK":
            os.write(ack_fd, b"1")


def test_every_acknowledged_sort_survives_kill_9(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    _shop(url, orders=60)  # 1+2+…+60 units: more than the trials can sort
    rng, acknowledged = random.Random(20), 0
    for _ in range(20):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            try:
                _sorter(url, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        received = os.read(read_fd, 1)
        select.select([], [], [], rng.uniform(0.0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_fd, 4096):
            received += chunk
        os.close(read_fd)
        acknowledged += received.count(b"1")
    app = build(Config(url, "check"), migrate=False)
    with app.uow() as uow:
        slots = uow.batches.progress("B-0001")
    app.close()
    stored = sum(done for _slot, _no, _units, done in slots)
    assert acknowledged > 0
    assert stored >= acknowledged, "an OK the sorter saw is in the database"
    assert stored <= acknowledged + 20, "at most one unacknowledged scan per kill"


def test_ending_short_holds_part_sorted_orders_and_frees_the_rest(url: str) -> None:
    app = build(Config(url, "sort-station"))
    bench = _bench(app)
    sorting.open_batch(bench, "B-0001")
    for _ in range(2):  # slot 1 (1 unit) full, slot 2 (2 units) half
        sorting.sort_scan(bench, "B-0001", TEE)
    ended = sorting.finish_batch(bench, "B-0001")
    assert ended.verdict == "SHORT"
    assert [(s.slot, s.order_no, s.missing, s.held) for s in ended.short] == [
        (2, "S-2", (("TEE-RED-M", 1),), True), (3, "S-3", (("TEE-RED-M", 3),), False),
        (4, "S-EAR", (("EARBUD-W", 1),), False)]
    with app.uow() as uow:
        held = uow.orders.get("S-2")
        assert held.status == "on_hold"
        assert uow.orders.get("S-3").status == "open" and uow.orders.get("S-1").status == "open"
        assert uow.batches.get("B-0001").status == "done"
        again = uow.batches.eligible_orders(app.clock.now())
    assert {"S-3", "S-EAR"} <= {o.order_no for o in again}, "freed for the next batch"
    assert "S-2" not in {o.order_no for o in again}
    with pytest.raises(StateError):
        sorting.open_batch(bench, "B-0001")
    app.close()


def test_ending_a_batch_counts_no_mis_pick_and_no_packed_order(url: str) -> None:
    from sqlalchemy import func, select

    from packstation.adapters.db.models import MisPickRow, ScanEventRow

    app = build(Config(url, "sort-station"))
    bench = _bench(app)
    sorting.open_batch(bench, "B-0001")
    for _ in range(2):
        sorting.sort_scan(bench, "B-0001", TEE)
    sorting.finish_batch(bench, "B-0001")
    engine = app.uow.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        mispicks = conn.execute(select(func.count()).select_from(MisPickRow)).scalar_one()
        verdicts = [v for (v,) in conn.execute(select(ScanEventRow.verdict))]
    app.close()
    assert mispicks == 0
    assert "COMPLETED" not in verdicts and "SHORT" not in verdicts
    assert verdicts.count("ON_HOLD") == 1, "the part-sorted order's hold is recorded"
