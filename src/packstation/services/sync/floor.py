"""The shift lead's view of a networked floor: which station holds which order, taking over or
releasing a stuck order, and the sync conflicts to look at. Every action is audited (and so
reaches the server through the outbox)."""

from __future__ import annotations

from datetime import datetime

from packstation.domain.errors import PermissionDenied
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.sync.claims import Claim, Holding
from packstation.services.sync.loop import ConflictView, ServerLink


def _require_lead(user: SessionUser | None) -> SessionUser:
    if user is None or not Role(user.role).can(Role.LEAD):
        raise PermissionDenied("only a shift lead or an admin manages the floor")
    return user


def holders(link: ServerLink, user: SessionUser | None, now: datetime) -> list[Holding]:
    _require_lead(user)
    return link.holders(now)


def conflicts(link: ServerLink, user: SessionUser | None) -> list[ConflictView]:
    _require_lead(user)
    return link.conflicts()


def take_over(uow: UnitOfWorkFactory, link: ServerLink, user: SessionUser | None,
              order_no: str, now: datetime) -> Claim | None:
    """Bring the order to this station now, whatever its lease says."""
    lead = _require_lead(user)
    claim = link.take_over(order_no, now)
    _audit(uow, lead, "claim_take_over", order_no, {"to": link.station,
                                                    "done": claim is not None})
    return claim


def release(uow: UnitOfWorkFactory, link: ServerLink, user: SessionUser | None,
            order_no: str) -> bool:
    lead = _require_lead(user)
    done = link.release(order_no)
    _audit(uow, lead, "claim_release", order_no, {"done": done})
    return done


def resolve(uow: UnitOfWorkFactory, link: ServerLink, user: SessionUser | None,
            conflict_id: int, now: datetime) -> bool:
    lead = _require_lead(user)
    done = link.resolve_conflict(conflict_id, lead.login, now)
    _audit(uow, lead, "conflict_resolved", str(conflict_id), {"done": done})
    return done


def _audit(uow: UnitOfWorkFactory, lead: SessionUser, action: str, target: str,
           detail: dict[str, object]) -> None:
    with uow() as tx:
        tx.audit.record(action, user_id=lead.user_id, target=target, detail=detail)
        tx.commit()
