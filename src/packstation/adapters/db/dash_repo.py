"""The dashboard's counts (docs/kpi.md). Packing keeps them: `DashCounter.count_scan` runs in
the scan's own transaction (SqlPackingRepository.add_scan), so a figure is never ahead of or
behind the packing it counts, and a day's dashboard reads a few hundred rows instead of the
day's scans. `SqlDashRepository` reads them, with the few live queries that stay small."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    BoxRow,
    DashHourlyRow,
    DashLeadRow,
    DashOrdersRow,
    DashRefusalRow,
    MisShipmentRow,
    OrderLineRow,
    OrderRow,
    PrintJobRow,
    ProductRow,
    RateRow,
    ScanEventRow,
    ServiceRow,
    SizeClassRow,
    StationRow,
    UserRow,
)
from packstation.domain import dash
from packstation.domain.dash import CostCarton, HourBucket
from packstation.domain.model import OrderStatus, parse_cartons
from packstation.domain.printing import JobStatus
from packstation.domain.verdicts import Verdict
from packstation.services.dash.dto import OrderPacked, PrefectureOrders, StationNow
from packstation.services.packing.dto import ScanRecord

_REFUSED = frozenset(v.value for v in Verdict if v.refused)
_UNITS = frozenset((Verdict.OK.value, Verdict.UNDONE.value))  # undo events carry -units
_OPEN = (OrderStatus.OPEN.value, OrderStatus.PACKING.value)


def is_packed(verdict: str, raw: str) -> bool:
    """An order leaves the station packed: completed, or short-shipped with approval."""
    return verdict == Verdict.COMPLETED.value or (
        verdict == Verdict.OVERRIDDEN.value and raw == "short_ship")


class DashCounter:
    """The write side, called for every scan event packing stores: on the station in the
    scan's transaction (SqlPackingRepository.add_scan), on the central server in the batch
    that applies a station's events (central/events.py, count_many)."""

    def __init__(self, executor: Session | Connection) -> None:
        self.s = executor
        bind = executor.get_bind() if isinstance(executor, Session) else executor
        self._postgres = bind.dialect.name == "postgresql"

    def _upsert(self, table: Any, key: dict[str, object], add: dict[str, int]) -> None:
        """INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n (SQLite and PostgreSQL)."""
        from sqlalchemy.dialects import postgresql, sqlite

        dialect = postgresql if self._postgres else sqlite
        stmt: Any = dialect.insert(table).values(**key, **add)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(key),
            set_={name: table.c[name] + stmt.excluded[name] for name in add})
        self.s.execute(stmt)

    def count_scan(self, event: ScanRecord, order_id: int | None) -> None:
        self.count_many([(event.at, event.user_id, event.verdict, event.raw, event.units,
                          order_id)])

    def count_many(self, scans: Sequence[tuple[dt.datetime, int | None, str, str, int,
                                               int | None]]) -> None:
        """(at, user id, verdict, raw, units, order id) of each scan: summed here, one upsert
        per bucket (a batch of a thousand scans is a few dozen statements)."""
        hourly: dict[tuple[dt.date, int, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        refusals: dict[tuple[dt.date, str], int] = defaultdict(int)
        packed_orders = []
        for at, user_id, verdict, raw, units, order_id in scans:
            day, hour = dash.jst_day_hour(at)
            # A batch's sort ending COMPLETED (sorting.finish_batch) names no order: not one.
            packed = is_packed(verdict, raw) and order_id is not None
            h = hourly[(day, hour, user_id or 0)]
            h[0] += 1
            h[1] += int(packed)
            h[2] += units if verdict in _UNITS else 0
            h[3] += int(verdict in _REFUSED)
            if verdict in _REFUSED:
                refusals[(day, verdict)] += 1
            if packed and order_id is not None:  # (None never packed: for mypy)
                packed_orders.append((order_id, day, at))
        for (day, hour, uid), (n, orders, units, refused) in hourly.items():
            self._upsert(DashHourlyRow.__table__, {"day": day, "hour": hour, "user_id": uid},
                         {"scans": n, "orders": orders, "units": units, "refused": refused})
        for (day, reason), n in refusals.items():
            self._upsert(DashRefusalRow.__table__, {"day": day, "reason": reason},
                         {"count": n})
        for order_id, day, at in packed_orders:
            self._count_order(order_id, day, at)

    def _count_order(self, order_id: int, day: dt.date, at: dt.datetime) -> None:
        order = self.s.execute(select(OrderRow.ordered_at, OrderRow.prefecture_code,
                                      OrderRow.carton_plan)
                               .where(OrderRow.id == order_id)).one()
        prefecture = order.prefecture_code or 0
        cartons = parse_cartons(order.carton_plan)
        boxes = self._boxes([c.box_code for c in cartons])
        cost = dash.order_cost([CostCarton(self._rate(c.service_code, c.size_class, prefecture,
                                                      day),
                                           boxes[c.box_code][0] if c.box_code in boxes else None)
                                for c in cartons])
        items = self._items_mm3(order_id)
        box_mm3 = sum(boxes[c.box_code][1] for c in cartons) if cartons and all(
            c.box_code in boxes for c in cartons) else 0
        measured = items is not None and box_mm3 > 0
        self._upsert(DashOrdersRow.__table__, {"day": day, "prefecture_code": prefecture},
                {"orders": 1, "priced": int(cost is not None), "cost_yen": cost or 0,
                 "measured": int(measured), "items_mm3": (items or 0) if measured else 0,
                 "boxes_mm3": box_mm3 if measured else 0})
        if order.ordered_at is not None:
            self._upsert(DashLeadRow.__table__,
                    {"day": day, "minutes": dash.lead_minutes(order.ordered_at, at)},
                    {"count": 1})

    def _boxes(self, codes: Sequence[str]) -> dict[str, tuple[int, int]]:
        """{box code: (cost, inner volume mm³)}."""
        if not codes:
            return {}
        q = select(BoxRow.code, BoxRow.cost_yen, BoxRow.inner_l_mm, BoxRow.inner_w_mm,
                   BoxRow.inner_h_mm).where(BoxRow.code.in_(set(codes)))
        return {code: (cost, ln * w * h) for code, cost, ln, w, h in self.s.execute(q)}

    def _rate(self, service_code: str, size_class: str, prefecture: int,
              day: dt.date) -> int | None:
        found = self.s.scalar(_rate_query(service_code, size_class, prefecture, day))
        return int(found) if found is not None else None

    def _items_mm3(self, order_id: int) -> int | None:
        q = (select(OrderLineRow.qty, ProductRow.length_mm, ProductRow.width_mm,
                    ProductRow.height_mm)
             .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
             .where(OrderLineRow.order_id == order_id))
        total = 0
        for qty, ln, w, h in self.s.execute(q):
            volume = dash.volume_mm3(ln, w, h)
            if volume is None:
                return None
            total += qty * volume
        return total


def _rate_query(service_code: str, size_class: str, prefecture: int, day: dt.date) -> Any:
    """The price in the table in force on the day the order was packed (a table loaded ahead
    for next year is not today's price), the prefecture's own cell before the default."""
    return (select(RateRow.price_yen)
         .join(SizeClassRow, SizeClassRow.id == RateRow.size_class_id)
         .join(ServiceRow, ServiceRow.id == SizeClassRow.service_id)
         .where(ServiceRow.code == service_code, SizeClassRow.name == size_class,
                RateRow.prefecture_code.in_((prefecture, 0)), RateRow.effective_from <= day)
         .order_by(RateRow.effective_from.desc(), RateRow.prefecture_code.desc(),
                   RateRow.id.desc()).limit(1))


class SqlDashRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def hours(self, first: dt.date, last: dt.date) -> dict[dt.date, list[HourBucket]]:
        t = DashHourlyRow
        q = select(t.day, t.hour, t.user_id, t.orders, t.units, t.refused).where(
            t.day.between(first, last))
        out: dict[dt.date, list[HourBucket]] = defaultdict(list)
        for day, hour, uid, orders, units, refused in self.s.execute(q):
            out[day].append(HourBucket(hour, uid or None, orders, units, refused))
        return dict(out)

    def day_totals(self, first: dt.date, last: dt.date) -> dict[dt.date, tuple[int, int]]:
        t = DashHourlyRow
        q = (select(t.day, func.sum(t.orders), func.sum(t.units))
             .where(t.day.between(first, last)).group_by(t.day))
        return {day: (int(o or 0), int(u or 0)) for day, o, u in self.s.execute(q)}

    def orders_by_hour(self, days: Sequence[dt.date]) -> dict[dt.date, list[int]]:
        t = DashHourlyRow
        q = (select(t.day, t.hour, func.sum(t.orders)).where(t.day.in_(list(days)))
             .group_by(t.day, t.hour))
        out: dict[dt.date, list[int]] = {day: [0] * 24 for day in days}
        for day, hour, n in self.s.execute(q):
            out[day][hour] = int(n or 0)
        return out

    def refusals(self, first: dt.date, last: dt.date) -> dict[dt.date, dict[str, int]]:
        t = DashRefusalRow
        return self._per_day(select(t.day, t.reason, t.count).where(t.day.between(first, last)))

    def orders(self, first: dt.date, last: dt.date) -> dict[dt.date, list[PrefectureOrders]]:
        q = select(DashOrdersRow).where(DashOrdersRow.day.between(first, last))
        out: dict[dt.date, list[PrefectureOrders]] = defaultdict(list)
        for (r,) in self.s.execute(q):
            out[r.day].append(PrefectureOrders(r.prefecture_code, r.orders, r.priced,
                                               r.cost_yen, r.measured, r.items_mm3,
                                               r.boxes_mm3))
        return dict(out)

    def lead_times(self, first: dt.date, last: dt.date) -> dict[dt.date, dict[int, int]]:
        t = DashLeadRow
        return self._per_day(select(t.day, t.minutes, t.count).where(t.day.between(first, last)))

    def _per_day(self, q: Any) -> dict[Any, dict[Any, int]]:
        """(day, key, count) rows as {day: {key: count}}."""
        out: dict[Any, dict[Any, int]] = defaultdict(dict)
        for day, key, n in self.s.execute(q):
            out[day][key] = n
        return dict(out)

    def misshipments(self, since: dt.datetime, until: dt.datetime) -> dict[dt.date, int]:
        q = (select(OrderRow.packed_at)
             .join(MisShipmentRow, MisShipmentRow.order_id == OrderRow.id)
             .where(OrderRow.packed_at >= since, OrderRow.packed_at < until))
        out: dict[dt.date, int] = defaultdict(int)
        for (at,) in self.s.execute(q):
            if at is not None:  # the query's range excludes it; the column allows it
                out[dash.jst_day_hour(at)[0]] += 1
        return dict(out)

    def received_before(self, since: dt.datetime, before: dt.datetime,
                        packed_by: dt.datetime) -> tuple[int, int]:
        shipped = func.sum(case((and_(OrderRow.packed_at.is_not(None),
                                      OrderRow.packed_at < packed_by), 1), else_=0))
        q = select(func.count(), shipped).where(
            OrderRow.ordered_at >= since, OrderRow.ordered_at < before,
            OrderRow.status != OrderStatus.CANCELLED.value)
        n, packed = self.s.execute(q).one()
        return int(n), int(packed or 0)

    def names(self, user_ids: Sequence[int]) -> dict[int, str]:
        if not user_ids:
            return {}
        q = select(UserRow.id, UserRow.display_name).where(UserRow.id.in_(list(user_ids)))
        return {uid: name for uid, name in self.s.execute(q)}

    def rate(self, service_code: str, size_class: str, prefecture_code: int,
             day: dt.date) -> int | None:
        found = self.s.scalar(_rate_query(service_code, size_class, prefecture_code, day))
        return int(found) if found is not None else None

    def box_cost(self, box_code: str) -> int | None:
        found = self.s.scalar(select(BoxRow.cost_yen).where(BoxRow.code == box_code))
        return int(found) if found is not None else None

    def open_orders(self, received_before: dt.datetime | None) -> tuple[int, int]:
        due = func.sum(case((OrderRow.ordered_at < received_before, 1), else_=0)) \
            if received_before is not None else func.sum(0)
        n, before = self.s.execute(select(func.count(), due)
                                   .where(OrderRow.status.in_(_OPEN))).one()
        return int(n), int(before or 0)

    def stations_now(self) -> list[StationNow]:
        q = (select(StationRow.name, UserRow.display_name, OrderRow.order_no)
             .join(OrderRow, OrderRow.station_id == StationRow.id)
             .outerjoin(UserRow, UserRow.id == OrderRow.opened_by)
             .where(OrderRow.status == OrderStatus.PACKING.value)
             .order_by(StationRow.name, OrderRow.updated_at.desc()))
        seen: dict[str, StationNow] = {}
        for station, packer, order_no in self.s.execute(q):
            seen.setdefault(station, StationNow(station, packer or "", order_no))
        return list(seen.values())

    def holds_and_print_failures(self) -> tuple[int, int]:
        holds = self.s.scalar(select(func.count()).where(
            OrderRow.status == OrderStatus.ON_HOLD.value)) or 0
        failed = self.s.scalar(select(func.count()).where(
            PrintJobRow.status == JobStatus.FAILED.value)) or 0
        return int(holds), int(failed)

    def packed_orders(self, since: dt.datetime, until: dt.datetime,
                      limit: int = 500) -> list[OrderPacked]:
        """The orders packed in the period (a chart's point), in packing order."""
        q = (select(OrderRow.order_no, ScanEventRow.created_at, UserRow.display_name)
             .join(OrderRow, OrderRow.id == ScanEventRow.order_id)
             .outerjoin(UserRow, UserRow.id == ScanEventRow.user_id)
             .where(ScanEventRow.created_at >= since, ScanEventRow.created_at < until,
                    or_(ScanEventRow.verdict == Verdict.COMPLETED.value,
                        and_(ScanEventRow.verdict == Verdict.OVERRIDDEN.value,
                             ScanEventRow.raw == "short_ship")))
             .order_by(ScanEventRow.created_at).limit(limit))
        return [OrderPacked(no, at, name or "") for no, at, name in self.s.execute(q)]

    def rebuild_hours(self, day: dt.date) -> list[HourBucket]:
        """The day's buckets recomputed from the scan log (a check on the kept counts, and
        the way to fill days packed before the counts existed)."""
        since, until = dash.day_range(day)
        q = select(ScanEventRow.created_at, ScanEventRow.user_id, ScanEventRow.verdict,
                   ScanEventRow.raw, ScanEventRow.units, ScanEventRow.order_id).where(
            ScanEventRow.created_at >= since, ScanEventRow.created_at < until)
        acc: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0, 0])
        for at, uid, verdict, raw, units, order_id in self.s.execute(q):
            a = acc[(dash.jst_day_hour(at)[1], uid)]
            a[0] += int(is_packed(verdict, raw) and order_id is not None)
            a[1] += units if verdict in _UNITS else 0
            a[2] += int(verdict in _REFUSED)
        return [HourBucket(h, uid, o, u, r) for (h, uid), (o, u, r) in acc.items()]
