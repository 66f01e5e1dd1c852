"""Helpers for the networked-mode tests: a central server and a station, both real."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from packstation.adapters.central import server
from packstation.adapters.central.claims import SqlClaimStore
from packstation.adapters.central.events import SqlEventSink
from packstation.adapters.central.pull import pull_order
from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import (
    AuditRow,
    CompletionRow,
    OrderLineRow,
    OrderRow,
    ProductCodeRow,
    ProductRow,
    ScanEventRow,
)
from packstation.adapters.db.outbox import SqlOutbox
from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.services.demo import seed as demo
from packstation.services.packing import bench as packing
from packstation.services.sync.claims import Claim

LEASE = timedelta(minutes=30)


def seed_server(url: str, orders: int = 50, stations: tuple[str, ...] = ("st-1",)) -> None:
    server.init(url)
    app = build(Config(url, "server"), migrate=False)
    demo.seed(app.uow, app.hasher, orders)
    app.close()
    for name in stations:
        server.add_station(url, name)


@dataclass
class Station:
    name: str
    app: App
    server_url: str

    @property
    def engine(self) -> Engine:
        return self.app.uow.engine  # type: ignore[attr-defined, no-any-return]

    @property
    def outbox(self) -> SqlOutbox:
        return SqlOutbox(self.engine)

    def bench(self) -> packing.Bench:
        return packing.Bench(self.app.uow, self.app.clock, self.name)

    def claims(self) -> SqlClaimStore:
        return SqlClaimStore(make_engine(self.server_url))

    def sink(self) -> SqlEventSink:
        return SqlEventSink(make_engine(self.server_url))

    def claim_and_pull(self, count: int) -> list[Claim]:
        store = self.claims()
        got = []
        for _ in range(count):
            claim = store.claim_next(self.name, self.app.clock.now(), LEASE)
            assert claim is not None
            pull_order(store.engine, self.engine, claim)
            got.append(claim)
        store.engine.dispose()
        return got

    def close(self) -> None:
        self.app.close()


def open_station(template: Path, target: Path, name: str, server_url: str) -> Station:
    shutil.copy(template, target)
    app = build(Config(f"sqlite:///{target}", name, server_url=server_url))
    return Station(name, app, server_url)


def unit_codes(engine: Engine) -> dict[str, tuple[str, bool]]:
    """SKU → its one-unit barcode, and whether a serial must come with it."""
    with engine.connect() as conn:
        rows = conn.execute(select(ProductRow.sku, ProductCodeRow.code, ProductRow.serial_tracked)
                            .join(ProductCodeRow, ProductCodeRow.product_id == ProductRow.id)
                            .where(ProductCodeRow.units == 1))
        return {sku: (code, serial) for sku, code, serial in rows}


def scans_for(station: Station, order_no: str) -> list[str]:
    """What a packer scans for every unit of the order (GS1 with AI 21 for serial items)."""
    codes = unit_codes(station.engine)
    opened = packing.open_order(station.bench(), order_no)
    assert opened.verdict == "OPENED", opened
    scans = []
    for line in opened.lines:
        code, serial = codes[line.sku]
        scans += [f"(01){code.zfill(14)}(21)SN-{order_no}-{line.line_no}-{n}" if serial
                  else code for n in range(line.qty)]
    return scans


def confirm_handling(station: Station, order_no: str) -> int:
    """Scan the bench-sheet codes the order's handling badges ask for (冷凍, ギフト, 同梱物:
    issue 14) before it can be completed; returns how many."""
    from packstation.services.packing.handling import handling_view

    bench = station.bench()
    with bench.uow() as uow:
        missing = handling_view(uow, order_no).missing
    for kind in missing:
        assert packing.scan(bench, order_no, kind.code).verdict == "ACKNOWLEDGED"
    return len(missing)


def projection(url: str) -> dict[str, object]:
    """The server's state by natural keys (no ids, uuids or times): equal for equal runs."""
    engine = make_engine(url)
    with engine.connect() as conn:
        orders = sorted(conn.execute(select(OrderRow.order_no, OrderRow.status)))
        lines = sorted(conn.execute(select(OrderRow.order_no, OrderLineRow.line_no,
                                           OrderLineRow.scanned_qty)
                                    .join(OrderRow, OrderRow.id == OrderLineRow.order_id)))
        scans = sorted(conn.execute(
            select(OrderRow.order_no, ScanEventRow.kind, ScanEventRow.verdict, func.count())
            .join(OrderRow, OrderRow.id == ScanEventRow.order_id, isouter=True)
            .group_by(OrderRow.order_no, ScanEventRow.kind, ScanEventRow.verdict)),
            key=repr)
        completions = conn.scalar(select(func.count()).select_from(CompletionRow))
        audit = sorted(conn.execute(select(AuditRow.action, func.count())
                                    .where(AuditRow.station_id.is_not(None))
                                    .group_by(AuditRow.action)))
    engine.dispose()
    return {"orders": orders, "lines": lines, "scans": scans, "completions": completions,
            "audit": audit}
