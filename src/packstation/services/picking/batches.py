"""Creating a batch and its total pick list (issue 20). One transaction per action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta, timezone

from packstation.domain import batches
from packstation.domain.errors import NotFound, PermissionDenied, StateError
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.picking.ports import BatchRecord
from packstation.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from packstation.services.proposal import proposals
from packstation.services.sync.networked import refuse_on_networked_station

JST = timezone(timedelta(hours=9))


def create(uow_factory: UnitOfWorkFactory, clock: Clock, actor: SessionUser | None,
           max_orders: int, filters: Sequence[str], *,
           shipping: proposals.Shipping | None = None,
           audit: UnitOfWorkFactory | None = None) -> BatchRecord:
    """Group the oldest matching open orders into a new batch, slots 1…n, where the orders
    are kept: a networked station passes the central database as ``uow_factory`` and its own
    as ``audit`` (the audit record reaches the server through the station's outbox, with the
    lead's login; the station's role may not read the audit log back). A station claims a
    whole batch when its barcode is scanned (sorting.open_batch)."""
    if actor is not None and not Role(actor.role).can(Role.LEAD):
        raise PermissionDenied("auth.lead_only_batches")
    refuse_on_networked_station(uow_factory, "batches")
    rule = batches.parse_filters(filters, max_orders, _carriers(uow_factory))
    now = clock.now()
    with uow_factory() as uow:
        # The number first: its row lock makes a second lead's batch wait for this one, and
        # then choose among the orders this one left (two leads, two PCs, one database).
        batch_no = batches.batch_no(uow.batches.next_sequence())
        carrier_of = _carrier_of(uow_factory, uow, shipping or proposals.Shipping(clock))
        chosen = batches.choose(uow.batches.eligible_orders(now), rule, max_orders,
                                now.astimezone(JST).date(), carrier_of)
        if not chosen:
            raise StateError("batch.nothing_to_batch")
        order_nos = [o.order_no for o in chosen]
        user_id = actor.user_id if actor else None  # an id of the actor's own database
        uow.batches.add(batch_no, order_nos, rule=" ".join(filters), at=now,
                        created_by=user_id if audit is None else None)
        detail = {"orders": len(order_nos), "filters": list(filters), "max_orders": max_orders}
        if audit is None:
            uow.audit.record("batch_created", user_id=user_id, target=batch_no, at=now,
                             detail=detail)
        record = uow.batches.get(batch_no)
        uow.commit()
    if audit is not None:
        with audit() as mine:
            mine.audit.record("batch_created", user_id=user_id, target=batch_no, at=now,
                              detail=detail)
            mine.commit()
    assert record is not None
    return record


def _carriers(uow_factory: UnitOfWorkFactory) -> dict[str, str]:
    """The shop's carriers by code and by name (the lead may type either) → code."""
    with uow_factory() as uow:
        carriers = uow.catalog.carriers()
    return {c.code: c.code for c in carriers} | {c.name: c.code for c in carriers}


def _carrier_of(uow_factory: UnitOfWorkFactory, uow: UnitOfWork,
                shipping: proposals.Shipping) -> Callable[[batches.OrderDigest], str]:
    """An order's carrier: its proposal's, as the bench will make it (the ship day's rates,
    離島); "" when it has none (unmeasured products, no service delivers it)."""
    by_service = {s.code: s.carrier_code for s in uow.catalog.services(active_only=False)}

    def carrier_of(order: batches.OrderDigest) -> str:
        best = proposals.suggest(uow_factory, order.order_no, alternatives=0,
                                 shipping=shipping).best
        return by_service.get(best.services[0], "") if best and best.services else ""

    return carrier_of


def get(uow_factory: UnitOfWorkFactory, batch_no: str) -> BatchRecord:
    with uow_factory() as uow:
        record = uow.batches.get(batch_no)
    if record is None:
        raise NotFound("batch.not_found", batch_no=batch_no)
    return record


def total_pick_list(uow_factory: UnitOfWorkFactory, batch_no: str) -> batches.TotalPickList:
    with uow_factory() as uow:
        if uow.batches.get(batch_no) is None:
            raise NotFound("batch.not_found", batch_no=batch_no)
        slots = uow.batches.quantities(batch_no)
        products = uow.products.get_many({sku for q in slots.values() for sku in q})
    return batches.total_pick_list(batch_no, slots, products)
