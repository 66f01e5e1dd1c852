"""Nothing lost, nothing twice: a process scanning through the real service is killed with
SIGKILL at random moments, 1,000 times. Every scan it acknowledged (the moment the packer would
hear OK) must be in the database, and the line count must equal the accepted scan events."""

from __future__ import annotations

import os
import random
import select
import signal

from sqlalchemy import func
from sqlalchemy import select as sql_select

from packstation.adapters.db.models import OrderLineRow, ScanEventRow
from packstation.bootstrap import build
from packstation.config import Config
from packstation.domain.model import Order, OrderLine, OrderStatus, Product, ProductCode
from packstation.services.packing import bench as packing

TRIALS = 1000
CODE = "4912345678904"


def _seed(url: str) -> None:
    app = build(Config(url, "kill-station"))
    with app.uow() as uow:
        uow.products.upsert_many([Product("TEE-RED-M", "Tシャツ 赤 M", codes=[ProductCode(CODE)])])
        uow.orders.add_many([Order("K-1", "test", OrderStatus.OPEN,
                                   [OrderLine(1, "TEE-RED-M", 10_000_000)])])
        uow.commit()
    packing.open_order(packing.Bench(app.uow, app.clock, "kill-station"), "K-1")
    app.close()


def _scanner(url: str, ack_fd: int) -> None:
    """The child: scan forever, writing one byte after each scan the service confirmed."""
    app = build(Config(url, "kill-station"), migrate=False)
    bench = packing.Bench(app.uow, app.clock, "kill-station")
    os.write(ack_fd, b"R")  # started: from here on every kill lands among the scans
    while True:
        result = packing.scan(bench, "K-1", CODE)
        if result.verdict == "OK":
            os.write(ack_fd, b"1")


def _run_trial(url: str, rng: random.Random) -> int:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        try:
            _scanner(url, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    received = b""
    if rng.random() < 0.1:  # sometimes during start-up, before the first scan
        select.select([read_fd], [], [], rng.uniform(0.0, 0.05))
    else:  # otherwise among the scans: after its first OK (a loaded machine is slow), then
        received = os.read(read_fd, 1) + os.read(read_fd, 1)  # anywhere in the next ones
        select.select([], [], [], rng.uniform(0.0, 0.06))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 4096):  # what was acknowledged before the kill
        received += chunk
    os.close(read_fd)
    return received.count(b"1")


def _counts(url: str) -> tuple[int, int, int]:
    app = build(Config(url, "check"), migrate=False)
    engine = app.uow.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        scanned = conn.execute(sql_select(OrderLineRow.scanned_qty)).scalar_one()
        ok_events = conn.execute(sql_select(func.count()).select_from(ScanEventRow).where(
            ScanEventRow.verdict == "OK", ScanEventRow.kind == "item")).scalar_one()
        seqs = conn.execute(sql_select(func.count(), func.count(ScanEventRow.seq.distinct()))
                            .select_from(ScanEventRow)).one()
    app.close()
    assert seqs[0] == seqs[1], "a station sequence number was used twice"
    return scanned, ok_events, seqs[0]


def test_no_acknowledged_scan_is_lost_and_none_is_counted_twice(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    _seed(url)
    rng = random.Random(4)
    acknowledged = 0
    for trial in range(TRIALS):
        acknowledged += _run_trial(url, rng)
        if trial % 100 == 99 or trial == TRIALS - 1:
            scanned, ok_events, _ = _counts(url)
            assert scanned == ok_events, "a scan counted twice (or a count without its event)"
            # At most one scan per kill can be committed without having been acknowledged.
            assert acknowledged <= scanned <= acknowledged + trial + 1
    assert acknowledged > TRIALS // 2, "the kills came too early to test anything"
    app = build(Config(url, "kill-station"), migrate=False)
    resumed = packing.resume(packing.Bench(app.uow, app.clock, "kill-station"))
    app.close()
    assert resumed is not None and resumed.order_no == "K-1"
    assert resumed.lines[0].scanned_qty == _counts(url)[0], "reopens exactly as committed"
