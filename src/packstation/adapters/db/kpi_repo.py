"""KPI repository: what packers did in a period (orders, units, refused scans, hours) and the
mis-shipments reported against the orders they packed. Reads scan_events, the append-only log
every scan already writes: nothing extra is recorded for the KPIs."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from packstation.adapters.db.models import MisShipmentRow, OrderRow, ScanEventRow, UserRow
from packstation.domain.verdicts import Verdict
from packstation.services.review.dto import MisShipmentView, PackerCounts

# An order leaves the station packed: completed, or short-shipped with the lead's approval.
_PACKED = or_(ScanEventRow.verdict == Verdict.COMPLETED.value,
              and_(ScanEventRow.verdict == Verdict.OVERRIDDEN.value,
                   ScanEventRow.raw == "short_ship"))
_UNITS = (Verdict.OK.value, Verdict.UNDONE.value)  # undo events carry negative units
_REFUSED = tuple(v.value for v in Verdict if v.refused)
_Reporter = aliased(UserRow, name="reporter")
_Packer = aliased(UserRow, name="packer")


def _between(since: dt.datetime, until: dt.datetime) -> ColumnElement[bool]:
    return and_(ScanEventRow.created_at >= since, ScanEventRow.created_at < until)


class SqlKpiRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def packer_counts(self, since: dt.datetime, until: dt.datetime) -> list[PackerCounts]:
        # Grouped by (packer, verdict) on the covering index, summed here: a month of a busy
        # warehouse is a few dozen groups, not half a million rows.
        q = (select(ScanEventRow.user_id, ScanEventRow.verdict, func.count(),
                    func.sum(ScanEventRow.units))
             .where(_between(since, until))
             .group_by(ScanEventRow.user_id, ScanEventRow.verdict))
        orders: dict[int | None, int] = defaultdict(int)
        units: dict[int | None, int] = defaultdict(int)
        refused: dict[int | None, int] = defaultdict(int)
        for uid, verdict, n, total in self.s.execute(q):
            if verdict == Verdict.COMPLETED.value:
                orders[uid] += int(n)
            elif verdict in _UNITS:
                units[uid] += int(total or 0)
            elif verdict in _REFUSED:
                refused[uid] += int(n)
        for uid, n in self._short_shipped(since, until):
            orders[uid] += n
        missed = self._misshipments_by_packer(since, until)
        packers = set(orders) | set(units) | set(refused)
        names = self._names(packers)
        return [PackerCounts(uid, names.get(uid, ""), orders[uid], units[uid], refused[uid],
                             missed.get(uid, 0)) for uid in packers]

    def _short_shipped(self, since: dt.datetime,
                       until: dt.datetime) -> list[tuple[int | None, int]]:
        q = (select(ScanEventRow.user_id, func.count())
             .where(_between(since, until), ScanEventRow.verdict == Verdict.OVERRIDDEN.value,
                    ScanEventRow.raw == "short_ship")
             .group_by(ScanEventRow.user_id))
        return [(uid, int(n)) for uid, n in self.s.execute(q)]

    def _names(self, user_ids: set[int | None]) -> dict[int | None, str]:
        wanted = [u for u in user_ids if u is not None]
        if not wanted:
            return {}
        q = select(UserRow.id, UserRow.display_name).where(UserRow.id.in_(wanted))
        return {uid: name for uid, name in self.s.execute(q)}

    def hours_worked(self, since: dt.datetime, until: dt.datetime) -> dict[int | None, int]:
        """Per packer, the clock hours with at least one scan (domain/kpi.hours_worked). Japan
        is a whole number of hours from UTC, so its clock hours are UTC's: bucketed in UTC."""
        hour = self._utc_hour()
        buckets = (select(ScanEventRow.user_id.label("uid"), hour.label("hour"))
                   .where(_between(since, until)).distinct().subquery())
        q = select(buckets.c.uid, func.count()).group_by(buckets.c.uid)
        return {uid: int(n) for uid, n in self.s.execute(q)}

    def _utc_hour(self) -> ColumnElement[Any]:
        if self.s.get_bind().dialect.name == "postgresql":
            return func.date_trunc("hour", func.timezone("UTC", ScanEventRow.created_at))
        # SQLite keeps "YYYY-MM-DD HH:MM:SS…" in UTC: the first 13 characters are the hour.
        return func.substr(ScanEventRow.created_at, 1, 13)

    def _misshipments_by_packer(self, since: dt.datetime,
                                until: dt.datetime) -> dict[int | None, int]:
        q = (select(ScanEventRow.user_id, func.count(MisShipmentRow.id))
             .join(MisShipmentRow, MisShipmentRow.order_id == ScanEventRow.order_id)
             .where(_between(since, until), _PACKED)
             .group_by(ScanEventRow.user_id))
        counts: dict[int | None, int] = defaultdict(int)
        for uid, n in self.s.execute(q):
            counts[uid] += int(n)
        return dict(counts)

    def order_status(self, order_no: str) -> tuple[int, str] | None:
        row = self.s.execute(select(OrderRow.id, OrderRow.status)
                             .where(OrderRow.order_no == order_no)).first()
        return (int(row[0]), str(row[1])) if row else None

    def has_misshipment(self, order_id: int, kind: str) -> bool:
        return self.s.scalar(select(MisShipmentRow.id).where(
            MisShipmentRow.order_id == order_id, MisShipmentRow.kind == kind)) is not None

    def add_misshipment(self, order_id: int, kind: str, note: str, reported_by: int,
                        at: dt.datetime) -> None:
        self.s.add(MisShipmentRow(order_id=order_id, kind=kind, note=note,
                                  reported_by=reported_by, reported_at=at))
        self.s.flush()

    def misshipments(self, since: dt.datetime, until: dt.datetime) -> list[MisShipmentView]:
        """Mis-shipments of the orders packed in the period, newest report first."""
        q = (select(MisShipmentRow, OrderRow.order_no, _Reporter.display_name,
                    _Packer.display_name)
             .join(OrderRow, OrderRow.id == MisShipmentRow.order_id)
             .join(ScanEventRow, and_(ScanEventRow.order_id == MisShipmentRow.order_id,
                                      _PACKED))
             .outerjoin(_Reporter, _Reporter.id == MisShipmentRow.reported_by)
             .outerjoin(_Packer, _Packer.id == ScanEventRow.user_id)
             .where(_between(since, until))
             .order_by(MisShipmentRow.reported_at.desc(), MisShipmentRow.id.desc()))
        return [MisShipmentView(m.id, order_no, m.kind, m.note, m.reported_at, reporter or "",
                                packer or "")
                for m, order_no, reporter, packer in self.s.execute(q)]
