"""The one typed object the GUI and the CLI talk to: every feature with its dependencies bound
by the composition root (bootstrap.build), each method one user action and one transaction.

Pure services layer: no adapter is imported here; what only an adapter can do (open a camera,
read a scale, render a label) arrives as a port or a typed callable. docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from packstation.domain.model import OrderStatus, Role
from packstation.services import auth, orders, retention
from packstation.services.admin.api import Admin
from packstation.services.admin.users import Users
from packstation.services.carrier.api import Carrier
from packstation.services.demo import seed, simulate
from packstation.services.dto import OrderDetail, OrderSummary, SessionUser
from packstation.services.imports.api import Imports
from packstation.services.packing.api import Camera, Packing
from packstation.services.picking.api import Picking
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

    def authorize(self, login_name: str, pin: str, needed: Role) -> SessionUser:
        """Who runs a command (`--user`): PIN and role checked, nothing written on success."""
        return auth.authorize(self._uow, self._hasher, self._clock, login_name, pin,
                              needed=needed)

    def record_command(self, user: SessionUser | None, command: str,
                       detail: dict[str, object]) -> None:
        """The audit record of a command-line run that changed something."""
        auth.record_command(self._uow, self._clock, user, command, detail)

    def change_pin(self, login: str, *, current_pin: str, new_pin: str,
                   again: str) -> SessionUser:
        return auth.change_pin(self._uow, self._hasher, self._clock, login,
                               current_pin=current_pin, new_pin=new_pin, again=again)


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

    def __init__(self, uow: UnitOfWorkFactory, hasher: PinHasher, clock: Clock,
                 station: str = "") -> None:
        self._uow, self._hasher, self._clock, self._station = uow, hasher, clock, station

    def seed(self, order_count: int = 50, if_empty: bool = False, force: bool = False, *,
             with_printers: bool = False, pins_to_change: bool = False) -> seed.DemoResult:
        """`with_printers`: this station gets the demo's print-to-folder printers."""
        return seed.seed(self._uow, self._hasher, order_count, if_empty=if_empty, force=force,
                         station=self._station if with_printers else "",
                         pins_to_change=pins_to_change)

    def has_orders(self) -> bool:
        return seed.has_orders(self._uow)

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
    users: Users  # users, PINs, locks, badge cards
    imports: Imports
    carrier: Carrier  # export + tracking
    camera: Camera
    demo: Demo
    picking: Picking  # batches (トータルピッキング) and their total pick lists
    sync: Sync | None  # None on a standalone station
    closer: Callable[[], None]  # stop the threads, close the database (bootstrap)

    def close(self) -> None:
        self.closer()
