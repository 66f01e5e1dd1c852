"""Batch picking as the GUI and the CLI see it (implementation: batches.py)."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.domain.batches import DEFAULT_MAX_ORDERS
from packstation.services.dto import SessionUser
from packstation.services.picking import batches
from packstation.services.picking.ports import BatchRecord
from packstation.services.ports import Clock, PostalDirectory, UnitOfWorkFactory
from packstation.services.printing.ports import DocumentRenderer
from packstation.services.proposal.proposals import Shipping


class Picking:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, renderer: DocumentRenderer,
                 postal: PostalDirectory | None = None,
                 central: UnitOfWorkFactory | None = None) -> None:
        """``central``: a networked station's unit of work on the central database, where
        batches are made and kept (the station holds a batch once it claims it)."""
        self._uow, self._clock, self._renderer = uow, clock, renderer
        self._shipping = Shipping(clock, postal)  # the carrier filter prices as the bench
        self._central = central

    def create_batch(self, actor: SessionUser | None, *, max_orders: int = DEFAULT_MAX_ORDERS,
                     filters: Sequence[str] = ()) -> BatchRecord:
        if self._central is not None:
            return batches.create(self._central, self._clock, actor, max_orders, filters,
                                  shipping=self._shipping, audit=self._uow)
        return batches.create(self._uow, self._clock, actor, max_orders, filters,
                              shipping=self._shipping)

    def batch(self, batch_no: str) -> BatchRecord:
        return batches.get(self._central or self._uow, batch_no)

    def batch_pick_list_pdf(self, batch_no: str) -> bytes:
        """The batch's total pick list: every SKU once, in shelf order, with its slots."""
        return self._renderer.total_pick_list_pdf(
            batches.total_pick_list(self._central or self._uow, batch_no))
