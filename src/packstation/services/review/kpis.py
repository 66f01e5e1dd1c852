"""The shift lead's KPIs per packer: 人時生産性 (orders and units packed per hour worked) and
誤出荷率 (mis-shipments per million orders packed), with the near-misses beside them.

Definitions in domain/kpi.py (domain-facts §2). Mis-shipments are reported by a lead against a
packed order; the rate of a period counts them against the orders packed in that period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from packstation.domain.errors import BadInput, InputProblem, NotFound, PermissionDenied
from packstation.domain.kpi import MISSHIPMENT_KINDS, per_hour, ppm
from packstation.domain.model import OrderStatus, Role
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWorkFactory
from packstation.services.review.dto import KpiReport, MisShipmentView, PackerCounts, PackerKpi
from packstation.services.sync.networked import refuse_on_networked_station

NOTE_MAX = 500
_SHIPPED = (OrderStatus.PACKED.value, OrderStatus.SHIPPED.value)


def report(uow: UnitOfWorkFactory, since: datetime, until: datetime) -> KpiReport:
    """Every packer who scanned in [since, until), busiest first, and the total."""
    with uow() as tx:
        counts = tx.kpis.packer_counts(since, until)
        hours = tx.kpis.hours_worked(since, until)
    return _report(since, until, [(c, hours.get(c.user_id, 0)) for c in counts])


def combine(parts: Sequence[KpiReport]) -> KpiReport:
    """Reports of consecutive periods (whole Japanese days) as one. Everything adds up: an
    hour bucket never spans two days, and a mis-shipment counts in the day its order was
    packed. The screen reads a month day by day, so no single query holds up the scans."""
    if not parts:
        raise ValueError("nothing to combine")
    counts: dict[int | None, PackerCounts] = {}
    hours: dict[int | None, int] = defaultdict(int)
    for part in parts:
        for k in part.packers:
            seen = counts.get(k.user_id) or PackerCounts(k.user_id, k.packer, 0, 0, 0, 0)
            counts[k.user_id] = PackerCounts(
                k.user_id, seen.packer or k.packer, seen.orders + k.orders, seen.units + k.units,
                seen.refused + k.refused, seen.misshipments + k.misshipments)
            hours[k.user_id] += k.hours
    since = min(p.since for p in parts)
    until = max(p.until for p in parts)
    return _report(since, until, [(c, hours[uid]) for uid, c in counts.items()])


def _report(since: datetime, until: datetime,
            counts: Sequence[tuple[PackerCounts, int]]) -> KpiReport:
    packers = [_kpi(c, hours) for c, hours in counts]
    packers.sort(key=lambda k: (-k.orders, -k.units, k.packer))
    total = _kpi(PackerCounts(None, "", sum(k.orders for k in packers),
                              sum(k.units for k in packers), sum(k.refused for k in packers),
                              sum(k.misshipments for k in packers)),
                 sum(k.hours for k in packers))
    return KpiReport(since, until, tuple(packers), total)


def _kpi(c: PackerCounts, hours: int) -> PackerKpi:
    return PackerKpi(c.user_id, c.packer, c.orders, c.units, hours, per_hour(c.orders, hours),
                     per_hour(c.units, hours), c.refused, c.misshipments,
                     ppm(c.misshipments, c.orders))


def misshipments(uow: UnitOfWorkFactory, since: datetime,
                 until: datetime) -> list[MisShipmentView]:
    with uow() as tx:
        return tx.kpis.misshipments(since, until)


def report_misshipment(uow: UnitOfWorkFactory, actor: SessionUser, order_no: str, kind: str,
                       *, note: str, clock: Clock) -> None:
    """A lead records a mis-shipment (claim, return) against a packed order. Audited."""
    if not Role(actor.role).can(Role.LEAD):
        raise PermissionDenied("only a shift lead or an admin reports mis-shipments")
    refuse_on_networked_station(uow, "mis-shipment reports")
    order_no, note = order_no.strip(), note.strip()
    _check(kind, note)
    now = clock.now()
    with uow() as tx:
        found = tx.kpis.order_status(order_no)
        if found is None:
            raise NotFound("order not found", order_no=order_no)
        order_id, status = found
        if status not in _SHIPPED:
            raise BadInput([InputProblem(None, "order", f"{order_no} has not been packed",
                                         "report mis-shipments of packed orders only")])
        if tx.kpis.has_misshipment(order_id, kind):
            raise BadInput([InputProblem(None, "kind", f"{order_no} already has {kind}",
                                         "the mis-shipment is already recorded")])
        tx.kpis.add_misshipment(order_id, kind, note, actor.user_id, now)
        tx.audit.record("misshipment_reported", user_id=actor.user_id, at=now, target=order_no,
                        detail={"kind": kind, "note": note})
        tx.commit()


def _check(kind: str, note: str) -> None:
    problems = []
    if kind not in MISSHIPMENT_KINDS:
        problems.append(InputProblem(None, "kind", f"unknown kind {kind!r}",
                                     "choose one of " + ", ".join(MISSHIPMENT_KINDS)))
    if len(note) > NOTE_MAX:
        problems.append(InputProblem(None, "note", f"longer than {NOTE_MAX} characters",
                                     "shorten the note"))
    if problems:
        raise BadInput(problems)
