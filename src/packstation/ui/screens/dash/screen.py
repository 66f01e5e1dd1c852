"""The lead's dashboard (毎日カイゼン, issue 19; measures: docs/kpi.md): the day's figures,
orders by hour against yesterday and the same weekday last week, the mis-shipment and
inspection-error trends with their targets, 人時生産性 per packer and the top look-alike pairs.
Everything is read in one DB task (services.dash.view); a click on a bar or a trend point lists
the orders behind it; the daily report PDF is written from here too."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from packstation.domain.dash import JST as _JST
from packstation.domain.model import Role
from packstation.services.dash.dto import DashboardView, DayFigures, OrderPacked, Targets
from packstation.services.review.dto import LookalikePair
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.dash.charts import HourChart, PackerChart, TrendChart
from packstation.ui.widgets.base import Dialog, Screen

_PAIRS: list[Column] = [
    (QT_TRANSLATE_NOOP("DashColumns", "Expected"), lambda p: p.expected_sku),
    (QT_TRANSLATE_NOOP("DashColumns", "Scanned instead"), lambda p: p.scanned_sku),
    (QT_TRANSLATE_NOOP("DashColumns", "Times"), lambda p: p.count),
]
_ORDERS: list[Column] = [
    (QT_TRANSLATE_NOOP("DashColumns", "Order"), lambda o: o.order_no),
    (QT_TRANSLATE_NOOP("DashColumns", "Packed at"),
     lambda o: o.packed_at.astimezone(_JST).strftime("%m/%d %H:%M")),
    (QT_TRANSLATE_NOOP("DashColumns", "Packer"), lambda o: o.packer),
]

_CSS = ("QLabel#figure { font-size: 22px; font-weight: bold; }"
        "QDateEdit, QComboBox { min-height: 36px; font-size: 18px; }")
PACKERS_SHOWN = 15
_FIGURES = ("orders", "units", "productivity", "misship", "errors", "same_day", "lead",
            "cost", "saving", "fill")


class DashboardScreen(Screen):
    refreshed = Signal()  # the figures of the chosen day are on screen
    report_written = Signal(str)  # path of the daily report PDF
    mispicks_requested = Signal(object)  # a date: the refused scans behind an error point

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: DashboardView | None = None
        self._request = 0
        self.day = QDateEdit(objectName="dash_day", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.period = QComboBox(objectName="dash_period")
        for days in (30, 90):
            self.period.addItem("", days)
        self.refresh_button = QPushButton(objectName="refresh")
        self.report_button = QPushButton(objectName="daily_report")
        self.floor_button = QPushButton(objectName="floor_board")
        self.settings_button = QPushButton(objectName="dash_settings")  # admins only
        self.captions = {name: QLabel(objectName="caption") for name in _FIGURES}
        self.figures = {name: QLabel("－", objectName="figure") for name in _FIGURES}
        self.hours = HourChart()
        self.misship = TrendChart()
        self.errors = TrendChart()
        self.packers = PackerChart()
        self.pairs = TableModel("DashColumns", _PAIRS)
        self.pairs_view = QTableView(objectName="dash_pairs")
        self.pairs_view.setModel(self.pairs)
        self.pairs_view.horizontalHeader().setStretchLastSection(True)
        self.pairs_title = QLabel()
        self.message = QLabel(objectName="hint")
        self.setStyleSheet(_CSS)
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        col = QVBoxLayout(self)
        bar = QHBoxLayout()
        for w in (self.day, self.period, self.refresh_button):
            bar.addWidget(w)
        bar.addStretch()
        bar.addWidget(self.report_button)
        bar.addWidget(self.floor_button)
        bar.addWidget(self.settings_button)
        col.addLayout(bar)
        grid = QGridLayout()
        for i, name in enumerate(_FIGURES):
            grid.addWidget(self.captions[name], (i // 5) * 2, i % 5)
            grid.addWidget(self.figures[name], (i // 5) * 2 + 1, i % 5)
        col.addLayout(grid)
        charts = QGridLayout()
        charts.addWidget(self.hours, 0, 0)
        charts.addWidget(self.packers, 0, 1)
        charts.addWidget(self.misship, 1, 0)
        charts.addWidget(self.errors, 1, 1)
        side = QVBoxLayout()
        side.addWidget(self.pairs_title)
        side.addWidget(self.pairs_view)
        charts.addLayout(side, 0, 2, 2, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        charts.setColumnStretch(2, 2)
        col.addLayout(charts, 1)
        col.addWidget(self.message)

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self.choose_report)
        self.floor_button.clicked.connect(self.open_floor_board)
        self.settings_button.clicked.connect(self.open_settings)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.period.activated.connect(lambda _i: self.refresh())
        self.hours.hour_clicked.connect(self._hour_clicked)
        self.misship.day_clicked.connect(self._trend_clicked)
        self.errors.day_clicked.connect(self._errors_clicked)
        for key, slot in (("F5", self.refresh), ("Ctrl+E", self.choose_report),
                          ("Ctrl+Shift+F", self.open_floor_board)):
            QShortcut(QKeySequence(key), self, slot)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.report_button.setText(self.tr("Daily report PDF… (Ctrl+E)"))
        self.floor_button.setText(self.tr("Floor board (Ctrl+Shift+F)"))
        self.settings_button.setText(self.tr("Cutoffs and targets…"))
        self.period.setItemText(0, self.tr("Last 30 days"))
        self.period.setItemText(1, self.tr("Last 90 days"))
        self.pairs_title.setText(self.tr("Look-alike pairs refused most"))
        captions = (self.tr("Orders shipped"), self.tr("Units"),
                    self.tr("Orders per person-hour"), self.tr("Mis-shipment rate"),
                    self.tr("Inspection errors per 1,000 units"), self.tr("Same-day shipping"),
                    self.tr("Lead time (median / p90)"), self.tr("Shipping cost per order"),
                    self.tr("Saved against the baseline"), self.tr("Box fill rate"))
        for name, text in zip(_FIGURES, captions, strict=True):
            self.captions[name].setText(text)
        self.pairs.retranslate()
        if self.data is not None:
            self._show(self.data)

    # --- loading (one DB task) -----------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        if self.data is None:  # the tab chosen with the mouse: today, once
            self.start()
        super().showEvent(event)

    def start(self) -> None:
        """Shown for the first time: today. The settings button is the admin's."""
        user = self.ctx.session
        self.settings_button.setVisible(user is not None and user.role.can(Role.ADMIN))
        self.day.blockSignals(True)
        self.day.setDate(QDate.fromString(self._today().isoformat(), "yyyy-MM-dd"))
        self.day.blockSignals(False)
        self.refresh()

    def _today(self) -> date:
        services = self.ctx.services
        return services.dash.today() if services is not None else date.today()

    def chosen_day(self) -> date:
        return date.fromisoformat(self.day.date().toString("yyyy-MM-dd"))

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self._request += 1
        request, day, days = self._request, self.chosen_day(), int(self.period.currentData())
        dash = services.dash

        def loaded(view: DashboardView) -> None:
            if request == self._request:
                self.data = view
                self._show(view)
                self.refreshed.emit()
        self.ctx.tasks.db.submit(lambda: dash.view(days, day), loaded, self._failed)

    def _failed(self, error: BaseException) -> None:
        from packstation.ui.errors import describe

        self.message.setText(describe(error))

    # --- showing -------------------------------------------------------------------------
    def _show(self, view: DashboardView) -> None:
        f, t = view.today, view.targets
        self._show_figures(f)
        self.hours.show_hours(self.tr("Orders by hour"), (
            self.tr("Today"), self.tr("Yesterday"), self.tr("Same weekday last week")),
            (f.orders_by_hour, view.yesterday_by_hour, view.last_week_by_hour))
        labels = [p.day.strftime("%m/%d") for p in view.trend]
        self.misship.show_trend(
            (self.tr("Mis-shipment rate (ppm)"), self.tr("Actual"), self.tr("Target")), labels,
            [p.misship_ppm for p in view.trend], t.misship_ppm)
        self.errors.show_trend(
            (self.tr("Inspection errors per 1,000 units"), self.tr("Actual"),
             self.tr("Target")), labels, [p.errors_per_1000 for p in view.trend],
            t.errors_per_1000)
        shown = f.packers[:PACKERS_SHOWN]  # the busiest: a wall of 40 bars says nothing
        self.packers.show_packers(self.tr("Orders per person-hour"),
                                  [p.packer or "－" for p in shown],
                                  [p.orders_per_hour for p in shown])
        self.pairs.set_rows(list(f.pairs))
        self.message.setText("")

    def _show_figures(self, f: DayFigures) -> None:
        minutes = self.tr("%1 min")
        lead = " / ".join("－" if m is None else minutes.replace("%1", f"{m:,}")
                          for m in (f.lead_median_min, f.lead_p90_min))
        texts = {
            "orders": f"{f.orders:,}", "units": f"{f.units:,}",
            "productivity": f"{f.total.orders_per_hour}",
            "misship": f"{f.misship_ppm:,} ppm",
            "errors": f"{f.errors_per_1000}",
            "same_day": self.tr("not a shipping day") if f.cutoff is None else
            "－" if f.same_day_pct is None else f"{f.same_day_pct}%",
            "lead": lead,
            "cost": f"¥{f.cost_per_order_yen:,}" if f.priced_orders else "－",
            "saving": "－" if f.saving_yen is None else f"¥{f.saving_yen:,}",
            "fill": "－" if f.fill_pct is None else f"{f.fill_pct}%",
        }
        for name, text in texts.items():
            self.figures[name].setText(text)

    # --- drill-down ----------------------------------------------------------------------
    def _hour_clicked(self, days_back: int, hour: int) -> None:
        self.show_orders(self.chosen_day() - timedelta(days=days_back), hour)

    def _trend_clicked(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.trend):
            self.show_orders(self.data.trend[index].day, None)

    def _errors_clicked(self, index: int) -> None:
        """An inspection-error point: that day's refused scans, in the mis-pick review."""
        if self.data is not None and 0 <= index < len(self.data.trend):
            self.mispicks_requested.emit(self.data.trend[index].day)

    def show_orders(self, day: date, hour: int | None) -> None:
        """The orders behind a point, in a dialog (read on the DB executor)."""
        dash = self.ctx.require_services().dash
        dialog = OrdersDialog(day, hour, self)
        self.drill_down = dialog
        self.ctx.tasks.db.submit(lambda: dash.packed_orders(day, hour), dialog.show_rows,
                                 self._failed)
        dialog.open()

    # --- the daily report ----------------------------------------------------------------
    def choose_report(self) -> None:
        day = self.chosen_day()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the daily report"),
                                              f"daily-{day.isoformat()}.pdf", "PDF (*.pdf)")
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        """The figures on the DB executor, the drawing and the file on the work executor:
        the station's scans wait for the reading only."""
        services, user, day = self.ctx.require_services(), self.ctx.session, self.chosen_day()

        def draw(data: tuple[DayFigures, Targets]) -> None:
            def write() -> str:
                path.write_bytes(services.dash.render_pdf(*data))
                return str(path)
            self.ctx.tasks.work.submit(write, written, self._failed)

        def written(where: str) -> None:
            self.message.setText(self.tr("Daily report saved: %1").replace("%1", where))
            self.report_written.emit(where)
        self.ctx.tasks.db.submit(lambda: services.dash.report_data(user, day), draw,
                                 self._failed)

    def open_settings(self) -> None:
        """The admin's cutoffs, targets and baseline; the figures again once saved."""
        user = self.ctx.session
        if user is None or not user.role.can(Role.ADMIN):
            return
        from packstation.ui.screens.dash.targets_dialog import DashSettingsDialog

        self.settings_dialog = DashSettingsDialog(self.ctx, self)
        self.settings_dialog.accepted.connect(self.refresh)
        self.settings_dialog.open()

    def open_floor_board(self) -> None:
        from packstation.ui.screens.dash.floor_board import FloorBoardWindow

        self.floor_board = FloorBoardWindow(self.ctx)
        self.floor_board.show()


class OrdersDialog(Dialog):
    """The orders packed in the hour (or the day) a chart's point stands for."""

    loaded = Signal()

    def __init__(self, day: date, hour: int | None, parent: Screen) -> None:
        super().__init__(parent)
        self.day, self.hour = day, hour
        self.resize(520, 480)
        self.model = TableModel("DashColumns", _ORDERS)
        self.table = QTableView(objectName="drill_down")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.title = QLabel()
        col = QVBoxLayout(self)
        col.addWidget(self.title)
        col.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        when = self.day.isoformat() + ("" if self.hour is None else f" {self.hour:02d}:00-")
        self.setWindowTitle(self.tr("Orders packed %1").replace("%1", when))
        self.title.setText(self.tr("%n order(s) packed", "", self.model.rowCount()))
        self.model.retranslate()

    def show_rows(self, rows: list[OrderPacked]) -> None:
        self.model.set_rows(rows)
        self.retranslate()
        self.loaded.emit()


__all__ = ["DashboardScreen", "LookalikePair", "OrdersDialog"]
