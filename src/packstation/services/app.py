"""The one typed object the GUI and the CLI talk to: every feature with its dependencies bound
by the composition root (bootstrap.build), each method one user action and one transaction.

Pure services layer: no adapter is imported here; what only an adapter can do (open a camera,
read a scale, render a label) arrives as a port or a typed callable. docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from packstation.domain.model import OrderStatus
from packstation.services import auth, orders, retention
from packstation.services.admin.api import Admin
from packstation.services.carrier.api import Carrier
from packstation.services.demo import seed, simulate
from packstation.services.dto import OrderDetail, OrderSummary, SessionUser
from packstation.services.imports.api import Imports
from packstation.services.packing.api import Camera, Packing
from packstation.services.ports import Clock, PinHasher, UnitOfWorkFactory
from packstation.services.printing.api import Printing
from packstation.services.proposal.api import Proposals
from packstation.services.review.api import Review
from packstation.services.sync.api import Sync
from packstation.services.weighing.api import Weighing


class Auth:
    def __init__(self, uow: UnitOfWorkFactory, hasher: PinHasher, clock: Clock) -> None:
        self._uow, self._hasher, self._clock = uow, hasher, clock

    def list_users(self) -> list[SessionUser]:
        return auth.list_users(self._uow)

    def login(self, login_or_badge: str, pin: str) -> SessionUser:
        return auth.login(self._uow, self._hasher, self._clock, login_or_badge, pin)

    def approve_as_lead(self, badge_or_login: str, pin: str) -> SessionUser:
        return auth.approve_as_lead(self._uow, self._hasher, self._clock, badge_or_login, pin)


class Orders:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def search(self, text: str = "", statuses: tuple[OrderStatus, ...] = (),
               limit: int = 500) -> list[OrderSummary]:
        return orders.search(self._uow, text, statuses, limit)

    def detail(self, order_no: str) -> OrderDetail:
        return orders.detail(self._uow, order_no)

    def list_for_export(self, status: OrderStatus | None = None) -> list[dict[str, object]]:
        return orders.list_for_export(self._uow, status)

    def forget_personal_data(self) -> int:
        """Names, addresses and phones of orders shipped past the retention days (daily)."""
        return retention.purge_personal_data(self._uow, self._clock)


class Demo:
    """The demo shop and scripted scenarios (`packstation demo-data`, `simulate`)."""

    def __init__(self, uow: UnitOfWorkFactory, hasher: PinHasher, clock: Clock) -> None:
        self._uow, self._hasher, self._clock = uow, hasher, clock

    def seed(self, order_count: int = 50, if_empty: bool = False) -> seed.DemoResult:
        return seed.seed(self._uow, self._hasher, order_count, if_empty=if_empty)

    def simulate(self, scenario: dict[str, Any]) -> Iterator[dict[str, object]]:
        return simulate.run(self._uow, self._clock, scenario)


@dataclass(frozen=True)
class Services:
    station: str  # this station's name (config)
    networked: bool  # every change also goes to the central server
    auth: Auth
    orders: Orders
    packing: Packing
    proposal: Proposals
    weighing: Weighing
    printing: Printing  # documents + the print queue (started by the GUI only)
    review: Review  # mis-picks, KPIs, mis-shipments
    admin: Admin  # catalogue, products, rate tables, settings
    imports: Imports
    carrier: Carrier  # export + tracking
    camera: Camera
    demo: Demo
    sync: Sync | None  # None on a standalone station
    closer: Callable[[], None]  # stop the threads, close the database (bootstrap)

    def close(self) -> None:
        self.closer()
