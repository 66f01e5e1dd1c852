"""Orders handed out to stations by claims: a lease with an expiry, renewed by a heartbeat,
and a fencing number, so a station whose lease was taken over can never complete the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from packstation.services.ports import Clock

DEFAULT_LEASE = timedelta(minutes=5)


@dataclass(frozen=True)
class Claim:
    order_no: str
    lease_expires: datetime
    claim: int  # the fencing number: higher is newer; only the newest may complete

    def as_json(self) -> dict[str, object]:
        return {"order_no": self.order_no, "lease_expires": self.lease_expires.isoformat(),
                "claim": self.claim}


@dataclass(frozen=True)
class Holding:
    """One order held by a station, as the lead sees it."""

    order_no: str
    station: str
    lease_expires: datetime
    claim: int
    expired: bool


@dataclass(frozen=True)
class BatchClaim:
    """A whole batch claimed for one station (issue 20): a claim for each of its orders still
    to be packed, all taken in one server transaction, or none."""

    batch_no: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class BatchRefusal:
    """Why a station may not sort the batch: an error code of the message catalogue and its
    parameters (the batch is finished, or a station holds it or one of its orders)."""

    code: str
    params: dict[str, str]


class ClaimStore(Protocol):
    """Each method is one transaction on the central database."""

    def claim_next(self, station: str, now: datetime, lease: timedelta) -> Claim | None: ...

    def renew(self, claim: Claim, station: str, now: datetime, lease: timedelta) -> Claim | None:
        """A longer lease, or None when the claim was lost (expired and taken over)."""
        ...

    def release(self, claim: Claim, station: str) -> bool: ...

    def complete(self, claim: Claim, station: str, now: datetime) -> bool:
        """Mark packed only if this station still holds this very claim (fencing)."""
        ...

    def take_over(self, order_no: str, station: str, now: datetime,
                  lease: timedelta) -> Claim | None: ...

    def force_release(self, order_no: str) -> bool: ...

    def holders(self, now: datetime) -> list[Holding]: ...


def claim_next(store: ClaimStore, clock: Clock, station: str,
               lease: timedelta = DEFAULT_LEASE) -> Claim | None:
    return store.claim_next(station, clock.now(), lease)


def heartbeat(store: ClaimStore, clock: Clock, claim: Claim, station: str,
              lease: timedelta = DEFAULT_LEASE) -> Claim | None:
    return store.renew(claim, station, clock.now(), lease)


def complete(store: ClaimStore, clock: Clock, claim: Claim, station: str) -> bool:
    return store.complete(claim, station, clock.now())


def take_over(store: ClaimStore, clock: Clock, order_no: str, station: str,
              lease: timedelta = DEFAULT_LEASE) -> Claim | None:
    return store.take_over(order_no, station, clock.now(), lease)
