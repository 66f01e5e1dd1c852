"""CSV imports of orders and products as the GUI and the CLI see them (csv_import.py)."""

from __future__ import annotations

from datetime import date

from packstation.services.dto import SessionUser
from packstation.services.imports import csv_import, order_entry
from packstation.services.imports.dto import ImportReport
from packstation.services.ports import UnitOfWorkFactory


class Imports:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def profile_names(self, kind: str) -> list[str]:
        return csv_import.profile_names(self._uow, kind)

    def save_profile(self, user: SessionUser, kind: str, name: str,
                     mapping: dict[str, str]) -> None:
        csv_import.save_profile(self._uow, user, kind, name, mapping)

    def import_file(self, kind: str, data: bytes, *, profile: str = "", source: str = "",
                    progress: csv_import.Progress | None = None,
                    actor: SessionUser | None = None) -> ImportReport:
        return csv_import.import_file(self._uow, kind, data, profile=profile, source=source,
                                      progress=progress, actor=actor)

    def enter_order(self, actor: SessionUser | None,
                    order: order_entry.EnteredOrder) -> ImportReport:
        """A phone or FAX order typed by a lead: checked as strictly as a CSV row."""
        return order_entry.enter(self._uow, actor, order)

    def product_choices(self) -> list[order_entry.ProductChoice]:
        return order_entry.product_choices(self._uow)

    def next_order_no(self, channel: str, today: date) -> str:
        return order_entry.next_order_no(self._uow, today, channel)
