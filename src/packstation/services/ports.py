"""Ports: what the services need from the outside world, as Protocols.

The database adapter (adapters/db/uow.py) implements the repositories; tests use the real
adapter on a temporary SQLite file (fast enough: see docs/adr/0002) and fakes for the clock,
the PIN hasher, printers and sound.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from types import TracebackType
from typing import Protocol

from packstation.domain.catalog import BoxSpec, CarrierSpec, ServiceNames, ServiceSpec
from packstation.domain.model import CartonPlan, Order, OrderStatus, Product, User
from packstation.services.carrier.ports import CarrierRepository
from packstation.services.dto import OrderLines, OrderSummary
from packstation.services.imports.ports import CsvProfileRepository
from packstation.services.packing.ports import PackingRepository
from packstation.services.picking.ports import BatchRepository
from packstation.services.printing.ports import PrintRepository
from packstation.services.review.ports import KpiRepository, MisPickRepository
from packstation.services.weighing.ports import WeighingRepository


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware UTC."""
        ...


class PinHasher(Protocol):
    def hash(self, pin: str) -> str: ...

    def verify(self, pin_hash: str, pin: str) -> bool: ...

    def needs_rehash(self, pin_hash: str) -> bool:
        """True when the hash should be made again (with the pepper) at the next login."""
        ...


class ProductReads(Protocol):
    def get_many(self, skus: Iterable[str]) -> dict[str, Product]:
        """The given SKUs that exist, by SKU."""
        ...


class OrderReads(Protocol):
    def get(self, order_no: str) -> Order | None: ...


class SettingsReads(Protocol):
    def get_many(self, keys: Iterable[str]) -> dict[str, object]:
        """The stored values of the given keys, in one query (keys not stored are left out)."""
        ...


class ServiceNameReads(Protocol):
    def service_names(self, code: str) -> ServiceNames | None:
        """The carrier and service names a label prints for a service code; None if unknown."""
        ...


class HasSettings(Protocol):
    @property
    def settings(self) -> SettingsReads: ...


class DocumentReads(Protocol):
    """What one label or 納品書 reads, in one read transaction. A UnitOfWork is one; so is
    the CLI's quick reader of the station's SQLite file (adapters/db/quick_reads.py), which
    spares a fresh process the ORM's start-up."""

    @property
    def orders(self) -> OrderReads: ...

    @property
    def products(self) -> ProductReads: ...

    @property
    def settings(self) -> SettingsReads: ...

    @property
    def catalog(self) -> ServiceNameReads: ...

    def __enter__(self) -> DocumentReads: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class DocumentReadsFactory(Protocol):
    def __call__(self) -> DocumentReads: ...


class ProductRepository(ProductReads, Protocol):
    def get(self, sku: str) -> Product | None: ...

    def existing_skus(self, skus: Iterable[str]) -> set[str]: ...

    def code_owners(self, codes: Iterable[str]) -> dict[str, str]:
        """Map each given barcode that is already registered to its SKU."""
        ...

    def upsert_many(self, products: Sequence[Product]) -> tuple[int, int]:
        """Insert new products, update existing ones by SKU. Returns (added, updated)."""
        ...

    def count(self) -> int: ...

    def missing_measurements(self) -> list[Product]: ...

    def list_all(self) -> list[Product]: ...


class OrderRepository(OrderReads, Protocol):
    def existing_order_nos(self, order_nos: Iterable[str]) -> set[str]: ...

    def customers_with_orders(self, customer_nos: Iterable[str]) -> set[str]:
        """The customer numbers that already have an order (not cancelled)."""
        ...

    def add_many(self, orders: Sequence[Order]) -> None: ...

    def set_shipping(self, order_no: str, service_codes: str, size_class: str = "",
                     cartons: tuple[CartonPlan, ...] | None = None) -> None:
        """Record the chosen service(s) and charged size class on the order (the label and
        hand-off use them); with `cartons`, the plan carton by carton (None = unchanged)."""
        ...

    def search(
        self, text: str = "", statuses: Sequence[OrderStatus] = (), limit: int = 500
    ) -> list[OrderSummary]: ...

    def forget_personal_data(self, shipped_before: datetime) -> int:
        """Delete the name, address and phone (and the free-text notes, where customers
        write names) of orders shipped before this time; returns how many orders."""
        ...

    def summary(self, order_no: str) -> OrderSummary | None:
        """The one order's summary line (search matches parts of numbers: R-1 finds R-10)."""
        ...

    def with_lines(self, statuses: Sequence[OrderStatus] = ()) -> list[OrderLines]:
        """Every order (of these statuses) with its lines, in the order list's order, read
        with one query whatever the number of orders."""
        ...

    def count(self) -> int: ...


class UserRepository(Protocol):
    def by_login(self, login: str) -> User | None: ...

    def by_badge(self, badge_code: str) -> User | None: ...

    def by_id(self, user_id: int) -> User | None: ...

    def list_active(self) -> list[User]: ...

    def add(self, user: User) -> int: ...

    def save_login_state(self, user: User) -> None:
        """Persist failed_attempts and locked_until."""
        ...

    def list_all(self) -> list[User]:
        """Every user, deactivated ones too (the admin's list)."""
        ...

    def save(self, user: User) -> None:
        """Persist every field of an existing user (by id)."""
        ...

    def set_pin_hash(self, user_id: int, pin_hash: str) -> None: ...


class SettingsRepository(SettingsReads, Protocol):
    def get(self, key: str) -> object | None: ...

    def put(self, key: str, value: object) -> None: ...


class AuditRepository(Protocol):
    def record(
        self,
        action: str,
        *,
        user_id: int | None = None,
        target: str = "",
        detail: dict[str, object] | None = None,
        approved_by: int | None = None,
        at: datetime | None = None,
    ) -> None: ...

    def recent(self, action: str, limit: int = 50) -> list[dict[str, object]]: ...


class UnitOfWork(DocumentReads, Protocol):
    """One user action = one transaction. Leaving the block without commit() rolls back."""

    # Read-only properties, so an adapter may expose narrower (its own) repository types.
    @property
    def products(self) -> ProductRepository: ...

    @property
    def orders(self) -> OrderRepository: ...

    @property
    def users(self) -> UserRepository: ...

    @property
    def settings(self) -> SettingsRepository: ...

    @property
    def audit(self) -> AuditRepository: ...

    @property
    def profiles(self) -> CsvProfileRepository: ...

    @property
    def catalog(self) -> CatalogRepository: ...

    @property
    def batches(self) -> BatchRepository: ...

    @property
    def packing(self) -> PackingRepository: ...

    @property
    def kpis(self) -> KpiRepository: ...

    @property
    def mispicks(self) -> MisPickRepository: ...

    @property
    def weighing(self) -> WeighingRepository: ...

    @property
    def carrier(self) -> CarrierRepository: ...

    @property
    def printing(self) -> PrintRepository: ...

    def __enter__(self) -> UnitOfWork: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    @property
    def networked(self) -> bool:
        """True on a networked station: its catalogue, shop settings, users and orders are
        copies of the central database's (services/networked.py)."""
        ...

    def __call__(self) -> UnitOfWork: ...


class CatalogRepository(ServiceNameReads, Protocol):
    """Boxes, carriers, services with size classes, rates and surcharges."""

    def boxes(self, active_only: bool = True) -> list[BoxSpec]: ...

    def box(self, code: str) -> BoxSpec | None: ...

    def save_box(self, box: BoxSpec) -> None: ...

    def carriers(self) -> list[CarrierSpec]: ...

    def save_carrier(self, carrier: CarrierSpec) -> None: ...

    def services(self, active_only: bool = True) -> list[ServiceSpec]: ...

    def service(self, code: str) -> ServiceSpec | None:
        """One service (active or not) with its classes, rates and surcharges."""
        ...

    def save_service(self, service: ServiceSpec) -> None:
        """Insert or replace a service with all its classes, rates and surcharges."""
        ...


