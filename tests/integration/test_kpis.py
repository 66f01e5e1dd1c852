"""The lead's KPIs on real scans: orders and units per hour worked per packer, mis-shipment
rate in ppm (domain-facts §2: 誤出荷率 = mis-shipments ÷ shipments; 人時生産性 = orders ÷ hours
worked), and the reporting of a mis-shipment (lead only, packed orders only, audited)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import BadInput, NotFound, PermissionDenied
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services.demo import seed as demo
from packstation.services.demo import shop as demo_shop
from packstation.services.dto import SessionUser
from packstation.services.packing import bench as packing
from packstation.services.review import kpis
from packstation.services.review.dto import KpiReport

CODES = {p.sku: p.codes[0].code for p in demo_shop.products()}
DAY = (datetime(2025, 3, 2, 15, tzinfo=UTC), datetime(2025, 3, 3, 15, tzinfo=UTC))  # 3 Mar JST


class StepClock:
    def __init__(self) -> None:
        self.at = datetime(2025, 3, 3, 0, 0, tzinfo=UTC)  # 09:00 JST

    def now(self) -> datetime:
        return self.at


def _add_order(app: App, order_no: str, lines: list[tuple[str, int]]) -> None:
    with app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.OPEN,
                                   [OrderLine(i, sku, q) for i, (sku, q) in enumerate(lines, 1)],
                                   ship_to=ShipTo("テスト 太郎", "060-0001", 1, "1-1"))])
        uow.commit()


def _users(app: App) -> dict[str, int]:
    with app.uow() as uow:
        return {login: uow.users.by_login(login).id  # type: ignore[union-attr]
                for login in ("sato", "nguyen", "suzuki")}


def _pack(bench: packing.Bench, clock: StepClock, order_no: str, skus: list[str],
          at: tuple[int, int]) -> None:
    """Open, scan every SKU, complete, all at hh:mm UTC on 3 March."""
    clock.at = clock.at.replace(hour=at[0], minute=at[1])
    assert packing.open_order(bench, order_no).verdict == "OPENED"
    for sku in skus:
        assert packing.scan(bench, order_no, CODES[sku]).verdict == "OK"
    assert packing.complete(bench, order_no).verdict == "COMPLETED"


def _shift(app: App) -> tuple[StepClock, dict[str, int]]:
    """sato: 3 orders (4 units) over 09:xx and 10:xx JST, one wrong scan, one undo.
    nguyen: 1 order (2 units) at 11:xx JST, then one short-shipped with approval at 11:xx."""
    users, clock = _users(app), StepClock()
    for no, lines in (("K-1", [("TEE-RED-M", 1), ("MUG-WHT", 1)]), ("K-2", [("MUG-BLK", 1)]),
                      ("K-3", [("PEN-RED", 1)]), ("K-4", [("CAP-BLK", 2)]),
                      ("K-5", [("NOTE-A5", 2)]), ("K-6", [("PEN-BLK", 1)])):
        _add_order(app, no, lines)
    sato = packing.Bench(app.uow, clock, "st-1", user_id=users["sato"])
    clock.at = clock.at.replace(minute=10)
    packing.open_order(sato, "K-1")
    assert packing.scan(sato, "K-1", CODES["TEE-RED-L"]).verdict == "WRONG_ITEM"
    assert packing.scan(sato, "K-1", CODES["TEE-RED-M"]).verdict == "OK"
    assert packing.undo_last(sato, "K-1").verdict == "UNDONE"
    for sku in ("TEE-RED-M", "MUG-WHT"):
        packing.scan(sato, "K-1", CODES[sku])
    assert packing.complete(sato, "K-1").verdict == "COMPLETED"
    _pack(sato, clock, "K-2", ["MUG-BLK"], (0, 50))
    _pack(sato, clock, "K-3", ["PEN-RED"], (1, 5))
    nguyen = packing.Bench(app.uow, clock, "st-2", user_id=users["nguyen"])
    _pack(nguyen, clock, "K-4", ["CAP-BLK", "CAP-BLK"], (2, 15))
    packing.open_order(nguyen, "K-5")
    packing.scan(nguyen, "K-5", CODES["NOTE-A5"])
    packing.apply_override(nguyen, "K-5", packing.Override("short_ship", "STOCK_SHORTAGE",
                                                           users["suzuki"]))
    return clock, users


@pytest.fixture
def shift(demo_app: App) -> tuple[App, StepClock, dict[str, int]]:
    clock, users = _shift(demo_app)
    return demo_app, clock, users


def _by_login(report: KpiReport, users: dict[str, int]) -> dict[str, tuple[object, ...]]:
    names = {uid: login for login, uid in users.items()}
    return {names[k.user_id]: (k.orders, k.units, k.hours, k.orders_per_hour, k.units_per_hour,
                               k.refused)
            for k in report.packers if k.user_id in names}


def test_orders_and_units_per_hour_worked_per_packer(shift) -> None:  # type: ignore[no-untyped-def]
    app, _clock, users = shift
    report = kpis.report(app.uow, *DAY)
    got = _by_login(report, users)
    # sato: K-1 (2 units, the undone tee counted once), K-2, K-3 = 3 orders, 4 units; scans in
    # 09:xx and 10:xx JST = 2 hours worked.
    assert got["sato"] == (3, 4, 2, 1.5, 2.0, 1)
    # nguyen: K-4 (2 units) and K-5 short-shipped (1 of 2 scanned) in 11:xx JST = 1 hour.
    assert got["nguyen"] == (2, 3, 1, 2.0, 3.0, 0)
    assert [k.user_id for k in report.packers][:2] == [users["sato"], users["nguyen"]], \
        "busiest first"
    total = report.total
    assert (total.orders, total.units, total.hours, total.orders_per_hour) == (5, 7, 3, 1.7)
    assert total.misshipments == 0 and total.misship_ppm == 0


def test_the_period_is_half_open_in_utc(shift) -> None:  # type: ignore[no-untyped-def]
    app, _clock, users = shift
    only_nine = kpis.report(app.uow, datetime(2025, 3, 3, 0, tzinfo=UTC),
                            datetime(2025, 3, 3, 1, tzinfo=UTC))
    assert _by_login(only_nine, users) == {"sato": (2, 3, 1, 2.0, 3.0, 1)}
    empty = kpis.report(app.uow, datetime(2025, 3, 4, tzinfo=UTC), datetime(2025, 3, 5, tzinfo=UTC))
    assert empty.packers == () and empty.total.orders_per_hour == 0.0


def test_misshipment_rate_counts_reports_against_the_packer_who_packed(shift) -> None:  # type: ignore[no-untyped-def]
    app, clock, users = shift
    lead = SessionUser(users["suzuki"], "suzuki", "鈴木 美香", "lead", "ja")
    clock.at = datetime(2025, 3, 5, 2, tzinfo=UTC)  # reported two days later
    kpis.report_misshipment(app.uow, lead, " K-2 ", "WRONG_ITEM", note="客から連絡", clock=clock)
    kpis.report_misshipment(app.uow, lead, "K-2", "DAMAGED", note="", clock=clock)
    report = kpis.report(app.uow, *DAY)
    sato = next(k for k in report.packers if k.user_id == users["sato"])
    assert (sato.misshipments, sato.misship_ppm) == (2, 666_667), "2 of 3 orders"
    assert (report.total.misshipments, report.total.misship_ppm) == (2, 400_000), "2 of 5"
    listed = kpis.misshipments(app.uow, *DAY)
    assert [(m.order_no, m.kind, m.packer, m.reported_by) for m in listed] == [
        ("K-2", "DAMAGED", "佐藤 健", "鈴木 美香"), ("K-2", "WRONG_ITEM", "佐藤 健", "鈴木 美香")]
    assert listed[1].note == "客から連絡" and listed[1].reported_at == clock.at
    with app.uow() as tx:
        audit = tx.audit.recent("misshipment_reported")
    assert [a["target"] for a in audit] == ["K-2", "K-2"]
    assert audit[1]["detail"] == {"kind": "WRONG_ITEM", "note": "客から連絡"}


def test_reporting_a_misshipment_is_refused_and_changes_nothing_when_wrong(shift) -> None:  # type: ignore[no-untyped-def]
    app, clock, users = shift
    lead = SessionUser(users["suzuki"], "suzuki", "鈴木 美香", "lead", "ja")
    packer = SessionUser(users["sato"], "sato", "佐藤 健", "packer", "ja")
    with pytest.raises(PermissionDenied):
        kpis.report_misshipment(app.uow, packer, "K-1", "WRONG_ITEM", note="", clock=clock)
    with pytest.raises(NotFound):
        kpis.report_misshipment(app.uow, lead, "NOPE-1", "WRONG_ITEM", note="", clock=clock)
    with pytest.raises(BadInput, match="has not been packed"):
        kpis.report_misshipment(app.uow, lead, "K-6", "MISSING", note="", clock=clock)
    with pytest.raises(BadInput) as bad:
        kpis.report_misshipment(app.uow, lead, "K-1", "LOST", note="x" * 501, clock=clock)
    assert {p.column for p in bad.value.problems} == {"kind", "note"}
    kpis.report_misshipment(app.uow, lead, "K-1", "MISSING", note="", clock=clock)
    with pytest.raises(BadInput, match="already has MISSING"):
        kpis.report_misshipment(app.uow, lead, "K-1", "MISSING", note="", clock=clock)
    assert len(kpis.misshipments(app.uow, *DAY)) == 1
    with app.uow() as tx:
        assert len(tx.audit.recent("misshipment_reported")) == 1


@pytest.mark.postgres
def test_kpis_on_postgresql(pg_url: str) -> None:
    app = build(Config(db_url=pg_url, station_name="t"))
    try:
        demo.seed(app.uow, app.hasher, 0)
        clock, users = _shift(app)
        lead = SessionUser(users["suzuki"], "suzuki", "鈴木 美香", "lead", "ja")
        kpis.report_misshipment(app.uow, lead, "K-4", "WRONG_QTY", note="", clock=clock)
        report = kpis.report(app.uow, *DAY)
        assert _by_login(report, users) == {"sato": (3, 4, 2, 1.5, 2.0, 1),
                                            "nguyen": (2, 3, 1, 2.0, 3.0, 0)}
        assert report.total.misship_ppm == 200_000
        with app.uow() as tx:
            assert tx.kpis.hours_worked(*DAY) == _hours_by_definition(app, *DAY)
    finally:
        app.close()


def _hours_by_definition(app: App, since: datetime, until: datetime) -> dict[int | None, int]:
    """domain/kpi.hours_worked over the raw event times: what the SQL must agree with."""
    from sqlalchemy import select

    from packstation.adapters.db.models import ScanEventRow
    from packstation.domain.kpi import hours_worked

    with app.uow() as tx:
        rows = tx.session.execute(select(ScanEventRow.user_id, ScanEventRow.created_at).where(
            ScanEventRow.created_at >= since, ScanEventRow.created_at < until)).all()
    times: dict[int | None, list[datetime]] = {}
    for uid, at in rows:
        times.setdefault(uid, []).append(at)
    return {uid: hours_worked(ts) for uid, ts in times.items()}


def test_hours_worked_in_sql_agree_with_the_definition(shift) -> None:  # type: ignore[no-untyped-def]
    app, _clock, _users = shift
    for since, until in (DAY, (datetime(2025, 3, 3, 0, 30, tzinfo=UTC),
                               datetime(2025, 3, 3, 2, 20, tzinfo=UTC))):
        with app.uow() as tx:
            assert tx.kpis.hours_worked(since, until) == _hours_by_definition(app, since, until)


def test_a_period_read_in_parts_adds_up_to_the_whole(shift) -> None:  # type: ignore[no-untyped-def]
    app, clock, users = shift
    lead = SessionUser(users["suzuki"], "suzuki", "鈴木 美香", "lead", "ja")
    kpis.report_misshipment(app.uow, lead, "K-3", "MISSING", note="", clock=clock)
    cut = datetime(2025, 3, 3, 1, tzinfo=UTC)  # 10:00 JST: sato worked both sides of it
    parts = [kpis.report(app.uow, DAY[0], cut), kpis.report(app.uow, cut, DAY[1])]
    whole = kpis.report(app.uow, *DAY)
    assert kpis.combine(parts) == whole
    assert whole.total.misshipments == 1 and whole.total.hours == 3
    with pytest.raises(ValueError):
        kpis.combine([])
