"""The shift lead's review: refused scans (filter, mark reviewed, export CSV), the top look-alike
SKU pairs, refused scans per packer and hour, and the KPIs (orders/units per hour, mis-ship
rate). Every query runs on the DB executor; every action has a key."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.verdicts import Verdict
from packstation.services.dto import SessionUser
from packstation.services.review import mispicks
from packstation.services.review.dto import MisPickFilter, MisPickPage
from packstation.ui.context import UiContext
from packstation.ui.models import TableModel
from packstation.ui.screens.review.kpi import KpiPage
from packstation.ui.screens.review.models import (
    REASONS,
    HeatModel,
    mispick_columns,
    pair_columns,
    reason_text,
    review_table,
)
from packstation.ui.widgets.base import Screen

SHOWN_MAX = 1000  # rows on screen; the CSV export has no limit
_CSS = "QDateEdit { min-height: 44px; font-size: 20px; padding: 2px 8px; }"


class ReviewScreen(Screen):
    refreshed = Signal()  # the mis-pick tables show the current filters' data
    kpis_refreshed = Signal()  # the KPI page shows the current period's figures
    exported = Signal(str)  # path of the CSV written

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._request = 0
        self.data: MisPickPage | None = None
        self._build_filters()
        self.records = TableModel("ReviewColumns", mispick_columns())
        self.pairs = TableModel("ReviewColumns", pair_columns())
        self.heat = HeatModel()
        self.kpi_page = KpiPage(ctx)
        self.kpi, self.missed = self.kpi_page.kpi, self.kpi_page.missed
        self.kpi_page.refreshed.connect(self.kpis_refreshed.emit)
        self.kpi_page.report_requested.connect(self.report_misshipment)
        self.records_table = review_table("records", self.records, multi=True)
        self.pairs_table = review_table("pairs", self.pairs)
        self.heat_table = review_table("heat", self.heat)
        self.heat_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat_table.verticalHeader().setVisible(True)  # the packers' names
        for column in (0, 1):
            self.pairs_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.comment = QLineEdit(objectName="comment")
        self.mark_button = QPushButton(objectName="mark")
        self.encoding = QComboBox(objectName="encoding")
        self.encoding.addItem("UTF-8 (BOM)", "utf-8")
        self.encoding.addItem("Shift_JIS (cp932)", "cp932")
        self.export_button = QPushButton(objectName="export")
        self.count = QLabel(objectName="hint")
        self.pairs_label = QLabel(wordWrap=True)
        self.heat_label = QLabel(wordWrap=True)
        self.pages = QTabWidget(objectName="review_pages")
        self.setStyleSheet(_CSS)
        self._layout()
        self._connect()
        self.retranslate()

    def _build_filters(self) -> None:
        self.date_from = QDateEdit(objectName="date_from", calendarPopup=True)
        self.date_to = QDateEdit(objectName="date_to", calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.packer = QComboBox(objectName="packer")
        self.packer.addItem("", None)
        self.sku = QLineEdit(objectName="sku")
        self.sku.setClearButtonEnabled(True)
        self.reason = QComboBox(objectName="reason")
        self.reason.addItem("", "")
        for code in REASONS:
            self.reason.addItem("", code)
        self.pending_only = QCheckBox(objectName="pending_only")
        self.refresh_button = QPushButton(objectName="refresh")
        # The lead's bench sheet (the main window's Ctrl+Shift+A, on any screen)
        self.bench_sheet_button = QPushButton(objectName="bench_sheet")
        self.filter_labels = [QLabel() for _ in range(2)]
        self._debounce = QTimer(self, singleShot=True, interval=300)

    def _layout(self) -> None:
        col = QVBoxLayout(self)
        bar = QHBoxLayout()
        for label, widget in zip(self.filter_labels, (self.date_from, self.date_to), strict=True):
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.packer)  # its first item says what it is: "Every packer"
        bar.addWidget(self.sku, 1)  # placeholder: "SKU or its beginning (Ctrl+F)"
        self.sku.setMinimumWidth(140)
        for combo in (self.packer, self.reason):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        bar.addWidget(self.reason, 1)
        col.addLayout(bar)
        corner = QWidget()  # beside the page tabs, where the bar has no room left
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 4)
        corner_row.addWidget(self.pending_only)
        corner_row.addWidget(self.refresh_button)
        corner_row.addWidget(self.bench_sheet_button)
        for button in (self.refresh_button, self.bench_sheet_button):
            button.setStyleSheet("min-height: 34px; padding: 2px 14px;")
        self.pages.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        col.addWidget(self.pages, 1)
        self.pages.addTab(self._records_page(), "")
        self.pages.addTab(self.kpi_page, "")
        self.pages.currentChanged.connect(self._page_shown)

    def _records_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.records_table)
        below = QWidget()
        row = QHBoxLayout(below)
        row.setContentsMargins(0, 0, 0, 0)
        for label, table, stretch in ((self.pairs_label, self.pairs_table, 2),
                                      (self.heat_label, self.heat_table, 3)):
            box = QVBoxLayout()
            label.setObjectName("section")
            box.addWidget(label)
            box.addWidget(table, 1)
            row.addLayout(box, stretch)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        col.addWidget(split, 1)
        bottom = QGridLayout()
        bottom.addWidget(self.comment, 0, 0)
        bottom.addWidget(self.mark_button, 0, 1)
        bottom.addWidget(self.encoding, 0, 2)
        bottom.addWidget(self.export_button, 0, 3)
        bottom.addWidget(self.count, 1, 0, 1, 4)
        bottom.setColumnStretch(0, 1)
        col.addLayout(bottom)
        return page

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.sku.returnPressed.connect(self.refresh)
        self.sku.textChanged.connect(lambda _t: self._debounce.start())
        self._debounce.timeout.connect(self.refresh)
        for combo in (self.packer, self.reason):
            combo.activated.connect(lambda _i: self.refresh())
        self.pending_only.toggled.connect(lambda _c: self.refresh())
        for edit in (self.date_from, self.date_to):  # arrows step a day: wait for the last
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.comment.returnPressed.connect(self.mark_reviewed)
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.export_button.clicked.connect(self.choose_export)
        keys = {"F5": self.refresh, "Ctrl+F": self.sku.setFocus,
                "Ctrl+D": self.date_from.setFocus, "Ctrl+P": self.packer.setFocus,
                "Ctrl+Return": self.mark_reviewed,
                "Ctrl+E": self.choose_export, "Ctrl+Shift+M": self.report_misshipment,
                "Ctrl+1": lambda: self._page(0), "Ctrl+2": lambda: self._page(1)}
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self, slot)
        chain = (self.records_table, self.comment, self.mark_button, self.encoding,
                 self.export_button)  # from the list straight to what is done with it
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        (self.records_table if index == 0 else self.kpi_page.kpi_table).setFocus()

    def retranslate(self) -> None:
        texts = (self.tr("&From"), self.tr("&To"))
        for label, text in zip(self.filter_labels, texts, strict=True):
            label.setText(text)
        self.packer.setItemText(0, self.tr("Every packer"))
        self.packer.setToolTip(self.tr("Packer (Ctrl+P)"))
        self.reason.setItemText(0, self.tr("Every reason"))
        for i, code in enumerate(REASONS, start=1):
            self.reason.setItemText(i, reason_text(code))
        self.sku.setPlaceholderText(self.tr("SKU (Ctrl+F)"))
        self.sku.setToolTip(self.tr("A SKU or its beginning: TEE-RED finds every red tee"))
        self.pending_only.setText(self.tr("Not reviewed only"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.bench_sheet_button.setText(self.tr("Bench sheet (Ctrl+Shift+A)"))
        self.pages.setTabText(0, self.tr("Mis-picks (Ctrl+1)"))
        self.pages.setTabText(1, self.tr("Productivity and mis-shipments (Ctrl+2)"))
        self.pairs_label.setText(self.tr("Look-alike pairs: expected → scanned instead"))
        self.heat_label.setText(self.tr("Refused scans per packer and hour (JST)"))
        self.comment.setPlaceholderText(self.tr("Comment for the selected records"))
        self.mark_button.setText(self.tr("Mark reviewed (Ctrl+Enter)"))
        self.export_button.setText(self.tr("Export CSV… (Ctrl+E)"))
        for model in (self.records, self.pairs):
            model.retranslate()
        self._show_count()

    # -- loading ------------------------------------------------------------------------------
    def start(self) -> None:
        """Shown for the first time in a session: today in Japan, the packers, the data."""
        services = self.ctx.services
        if services is None:
            return
        today = services.review.today()
        for edit in (self.date_from, self.date_to):
            edit.setDate(QDate(today.year, today.month, today.day))
        self.ctx.tasks.db.submit(services.auth.list_users, self._set_packers)
        self.refresh()

    def _set_packers(self, users: list[SessionUser]) -> None:
        chosen = self.packer.currentData()
        while self.packer.count() > 1:
            self.packer.removeItem(1)
        for user in users:
            self.packer.addItem(user.display_name, user.user_id)
        self.packer.setCurrentIndex(max(self.packer.findData(chosen), 0))

    def filters(self, everything: bool = False) -> MisPickFilter:
        """The filters as chosen; `everything`: no row limit (the export)."""
        first, last = _day(self.date_from.date()), _day(self.date_to.date())
        since, until = mispicks.day_range(min(first, last), max(first, last))
        reason = self.reason.currentData()
        return MisPickFilter(since=since, until=until, user_id=self.packer.currentData(),
                             sku=self.sku.text(), verdict=Verdict(reason) if reason else None,
                             reviewed=False if self.pending_only.isChecked() else None,
                             limit=None if everything else SHOWN_MAX)

    def refresh(self) -> None:
        self._debounce.stop()
        services = self.ctx.services
        if services is None:
            return
        self._request += 1
        request, filters, review = self._request, self.filters(), services.review
        self.ctx.tasks.db.submit(lambda: review.page(filters),
                                 lambda data: self._show(request, data))
        if self.pages.currentIndex() == 1:
            self._refresh_kpis()

    def _page_shown(self, index: int) -> None:
        if index == 1:
            self._refresh_kpis()

    def _refresh_kpis(self) -> None:
        self.kpi_page.refresh(_day(self.date_from.date()), _day(self.date_to.date()))

    def _show(self, request: int, data: MisPickPage) -> None:
        if request != self._request:
            return  # a newer query is on its way
        self.data = data
        self.records.set_rows(data.records)
        self.pairs.set_rows(data.pairs)
        self.heat.set_counts(data.hours)
        self._show_count()
        self.refreshed.emit()

    def _show_count(self) -> None:
        rows = self.records.rows
        pending = sum(1 for v in rows if v.reviewed_at is None)
        text = self.tr("%n record(s)", "", len(rows)) + " · " + self.tr(
            "%n not reviewed", "", pending)
        if len(rows) >= SHOWN_MAX:
            text += " · " + self.tr("only the newest %n are shown; the CSV export has all",
                                    "", SHOWN_MAX)
        services = self.ctx.services
        if services is not None and services.networked:  # the floor's log is on the server
            text += " · " + self.tr("this station's scans only: every station's are on the "
                                    "admin PC (central database)")
        self.count.setText(text)

    # -- actions ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.records_table.selectionModel().selectedRows()}
        return [self.records.rows[r].id for r in sorted(rows) if r < len(self.records.rows)]

    def mark_reviewed(self) -> None:
        services, user = self.ctx.services, self.ctx.session
        ids = self.selected_ids()
        if services is None or user is None:
            return
        if not ids:
            self.count.setText(self.tr("Select the records first (Shift/Ctrl + arrows)."))
            self.records_table.setFocus()
            return
        comment = self.comment.text()

        def done(_n: int) -> None:
            self.comment.clear()
            self.refresh()

        review = services.review
        self.ctx.tasks.db.submit(lambda: review.mark_reviewed(user, ids, comment), done)

    def choose_export(self) -> None:
        encoding = str(self.encoding.currentData())
        first, last = _day(self.date_from.date()), _day(self.date_to.date())
        name = f"mispicks-{first:%Y%m%d}-{last:%Y%m%d}.csv"
        dialog = QFileDialog(self, self.tr("Export mis-picks as CSV"), str(Path.home() / name),
                             self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_to(path, encoding))
        dialog.open()

    def export_to(self, path: str, encoding: str) -> None:
        """Every record the filters select (no row limit), written by the DB executor."""
        services = self.ctx.services
        if services is None:
            return
        filters, review = self.filters(everything=True), services.review

        def work() -> tuple[int, int]:
            export = review.export_csv(filters, encoding)  # type: ignore[arg-type]
            Path(path).write_bytes(export.data)
            return export.rows, len(export.substitutions)

        def done(result: tuple[int, int]) -> None:
            rows, replaced = result
            text = self.tr("%n record(s) written to %1", "", rows).replace("%1", path)
            if replaced:
                text += " · " + self.tr(
                    "%n character(s) cp932 cannot hold were replaced", "", replaced)
            self.count.setText(text)
            self.exported.emit(path)

        self.ctx.tasks.db.submit(work, done)

    def report_misshipment(self) -> None:
        if self.ctx.session is None:
            return
        from packstation.ui.screens.review.misshipment_dialog import MisShipmentDialog

        dialog = MisShipmentDialog(self.ctx, self)
        dialog.reported.connect(self.refresh)
        dialog.open()


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())
