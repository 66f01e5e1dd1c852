"""The review screen's KPI page: orders and units per hour worked and the mis-shipment rate per
packer, the mis-shipments reported, and reporting a new one. Read only when shown, one day per
DB task (see kpi_days)."""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from packstation.services.review import kpis, mispicks
from packstation.services.review.dto import KpiReport, MisShipmentView
from packstation.ui.context import UiContext
from packstation.ui.models import TableModel
from packstation.ui.screens.review.models import (
    KpiModel,
    kpi_columns,
    misshipment_columns,
    review_table,
)
from packstation.ui.widgets.base import Screen


def kpi_days(first: date, last: date) -> list[tuple[datetime, datetime]]:
    """The period as whole Japanese days, read one by one: a month of a busy warehouse is
    seconds of reading, and the serialized DB executor must let scans through between the
    days (benchmarks/review_load.py)."""
    first, last = min(first, last), max(first, last)
    return [mispicks.day_range(first + timedelta(days=n), first + timedelta(days=n))
            for n in range((last - first).days + 1)]


class KpiPage(Screen):
    refreshed = Signal()  # the figures of the period asked last are shown
    report_requested = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._request = 0
        self.kpi = KpiModel("ReviewColumns", kpi_columns())
        self.missed = TableModel("ReviewColumns", misshipment_columns())
        self.kpi_table = review_table("kpi", self.kpi)
        self.missed_table = review_table("misshipments", self.missed)
        self.note = QLabel(objectName="hint", wordWrap=True)
        self.report_button = QPushButton(objectName="report_misshipment")
        self.report_button.clicked.connect(self.report_requested.emit)
        col = QVBoxLayout(self)
        col.addWidget(self.kpi_table, 3)
        col.addWidget(self.note)
        col.addWidget(self.missed_table, 2)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.report_button)
        col.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.report_button.setText(self.tr("Report a mis-shipment… (Ctrl+Shift+M)"))
        self.note.setText(self.tr(
            "Hours worked: clock hours with at least one scan. Mis-ship rate: mis-shipments "
            "reported against the orders packed in the period, per million orders. Refused "
            "scans are near-misses caught at the station, not mis-shipments."))
        self.kpi.retranslate()
        self.missed.retranslate()

    def refresh(self, first: date, last: date) -> None:
        """The period only: KPIs are not filtered by packer, SKU or reason."""
        services = self.ctx.services
        if services is None:
            return
        review = services.review
        self._request += 1
        request = self._request
        days = kpi_days(first, last)
        parts: list[KpiReport] = []

        def listed(rows: list[MisShipmentView]) -> None:
            if request == self._request:
                self.missed.set_rows(rows)

        def add(part: KpiReport) -> None:
            parts.append(part)
            if len(parts) == len(days) and request == self._request:
                report = kpis.combine(parts)
                self.kpi.set_rows([*report.packers, report.total])  # the total last
                self.refreshed.emit()

        since, until = days[0][0], days[-1][1]
        self.ctx.tasks.db.submit(lambda: review.misshipments(since, until), listed)
        for a, b in days:  # the executor runs them in order: the list, then the days
            self.ctx.tasks.db.submit(functools.partial(review.kpi_report, a, b), add)
