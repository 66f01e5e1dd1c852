"""The admin's screens as the GUI sees them: the catalogue (boxes, carriers, services), the
products' measurements, the rate tables and the station settings (implementation: catalog.py,
catalog_forms.py, products.py, rate_csv.py, ../settings.py). The actor is always passed: every
method checks the role itself."""

from __future__ import annotations

from packstation.domain.catalog import BoxSpec, CarrierSpec, ServiceSpec
from packstation.services import settings
from packstation.services.admin import catalog, catalog_forms, products, rate_csv
from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory

User = SessionUser | None


class Admin:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # -- catalogue ------------------------------------------------------------------------------
    def list_boxes(self, user: User) -> list[BoxSpec]:
        return catalog.list_boxes(self._uow, user)

    def save_box(self, user: User, box: BoxSpec) -> bool:
        return catalog.save_box(self._uow, user, box)

    def list_carriers(self, user: User) -> list[CarrierSpec]:
        return catalog.list_carriers(self._uow, user)

    def save_carrier(self, user: User, carrier: CarrierSpec) -> bool:
        return catalog.save_carrier(self._uow, user, carrier)

    def list_services(self, user: User) -> list[ServiceSpec]:
        return catalog.list_services(self._uow, user)

    def carriers_and_services(self, user: User) -> tuple[list[CarrierSpec], list[ServiceSpec]]:
        """The service page's two lists, in one trip."""
        return catalog.list_carriers(self._uow, user), catalog.list_services(self._uow, user)

    def save_service_form(self, user: User, form: catalog_forms.ServiceForm) -> bool:
        return catalog_forms.save_service_form(self._uow, user, form)

    # -- products -------------------------------------------------------------------------------
    def list_products(self, user: User, only_missing: bool = False) -> list[products.ProductRow]:
        return products.list_products(self._uow, user, only_missing)

    def save_measurements(self, user: User, sku: str,
                          m: products.Measurements) -> products.ProductRow:
        return products.save_measurements(self._uow, user, sku, m)

    # -- rate tables ----------------------------------------------------------------------------
    def export_rates(self, user: User, service_code: str, encoding: str = "utf-8-sig") -> bytes:
        return rate_csv.export_rates(self._uow, user, service_code, encoding)

    def import_rates(self, user: User, service_code: str, data: bytes,
                     source: str = "") -> rate_csv.RateImportReport:
        return rate_csv.import_rates(self._uow, user, service_code, data, source)

    # -- settings -------------------------------------------------------------------------------
    def load_settings(self) -> settings.Settings:
        return settings.load(self._uow)

    def save_settings(self, user: SessionUser, changes: dict[str, object],
                      confirmed: frozenset[str] = frozenset()) -> settings.Settings:
        return settings.save(self._uow, user, changes, confirmed)
