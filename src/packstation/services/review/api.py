"""The shift lead's review as the GUI sees it: refused scans, KPIs and mis-shipments
(implementation: mispicks.py, kpis.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWorkFactory
from packstation.services.review import kpis, mispicks
from packstation.services.review.dto import (
    CsvExport,
    KpiReport,
    MisPickFilter,
    MisPickPage,
    MisShipmentView,
)


class Review:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    @property
    def networked(self) -> bool:
        """Networked: this station's database holds only its own scans."""
        return self._uow.networked

    def today(self) -> date:
        """Today in Japan."""
        return mispicks.jst_today(self._clock)

    def page(self, filters: MisPickFilter) -> MisPickPage:
        """The records, the look-alike pairs and the hourly counts, in one trip."""
        return MisPickPage(mispicks.search(self._uow, filters),
                           mispicks.lookalike_pairs(self._uow, filters),
                           mispicks.counts_by_packer_hour(self._uow, filters))

    def mark_reviewed(self, user: SessionUser, ids: Sequence[int], comment: str) -> int:
        return mispicks.mark_reviewed(self._uow, user, ids, comment, self._clock)

    def export_csv(self, filters: MisPickFilter, encoding: mispicks.Encoding) -> CsvExport:
        return mispicks.export_csv(self._uow, filters, encoding)

    def kpi_report(self, since: datetime, until: datetime) -> KpiReport:
        return kpis.report(self._uow, since, until)

    def misshipments(self, since: datetime, until: datetime) -> list[MisShipmentView]:
        return kpis.misshipments(self._uow, since, until)

    def report_misshipment(self, user: SessionUser, order_no: str, kind: str, *,
                           note: str) -> None:
        kpis.report_misshipment(self._uow, user, order_no, kind, note=note, clock=self._clock)
