"""Networked mode as the GUI sees it: the background sync and the lead's floor view
(implementation: loop.py, floor.py). Absent (None) on a standalone station."""

from __future__ import annotations

from datetime import datetime

from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWorkFactory
from packstation.services.sync import floor
from packstation.services.sync.claims import Claim, Holding
from packstation.services.sync.loop import ConflictView, ServerLink, SyncLoop, SyncStatus


class Sync:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, link: ServerLink,
                 loop: SyncLoop) -> None:
        self._uow, self._clock, self.link, self.loop = uow, clock, link, loop

    # -- the background loop (started by the GUI, stopped by Services.close) ---------------------
    def start(self) -> None:
        self.loop.start()

    def stop(self) -> None:
        self.loop.stop()

    @property
    def snapshot(self) -> SyncStatus:
        """The latest status (one reference read: never waits on the sync thread)."""
        return self.loop.snapshot

    @property
    def lost(self) -> list[str]:
        """Orders this station had that another station took over."""
        return self.loop.lost

    def now(self) -> datetime:
        return self._clock.now()

    # -- the lead's floor view ------------------------------------------------------------------
    def holders(self, user: SessionUser | None) -> list[Holding]:
        return floor.holders(self.link, user, self._clock.now())

    def conflicts(self, user: SessionUser | None) -> list[ConflictView]:
        return floor.conflicts(self.link, user)

    def take_over(self, user: SessionUser | None, order_no: str) -> Claim | None:
        return floor.take_over(self._uow, self.link, user, order_no, self._clock.now())

    def release(self, user: SessionUser | None, order_no: str) -> bool:
        return floor.release(self._uow, self.link, user, order_no)

    def resolve(self, user: SessionUser | None, conflict_id: int) -> bool:
        return floor.resolve(self._uow, self.link, user, conflict_id, self._clock.now())
