"""Admin › rate tables: one service's prices as the carriers publish them (default row, then
the 47 prefectures × its size classes), read-only here, exported and imported as CSV (UTF-8 or
Shift_JIS/cp932). An import is checked whole: a refused file changes nothing and its problems
are listed by row and column as the spreadsheet shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from packstation.domain.catalog import ServiceSpec
from packstation.domain.errors import BadInput
from packstation.domain.messages import Msg
from packstation.services.admin import rate_csv
from packstation.ui.context import UiContext
from packstation.ui.errors import in_user_language
from packstation.ui.screens.admin.common import (
    GridModel,
    problem_report,
    read_only_table,
    shortcut,
)
from packstation.ui.widgets.base import Screen


def _whole(value: int | None) -> str:
    """A limit in the unit the service form takes it (mm, g): one unit system everywhere."""
    return "" if value is None else f"{value:,}"


class RatesPage(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.services: list[ServiceSpec] = []
        self.service = QComboBox(objectName="rate_service")
        self.limits_model = GridModel()
        self.limits = read_only_table("limits", self.limits_model, 28)
        self.matrix_model = GridModel()
        self.matrix = read_only_table("matrix", self.matrix_model, 28)
        self.matrix.setMinimumHeight(180)  # the default row and a few prefectures stay in view
        for grid in (self.limits, self.matrix):  # equal columns: a price grid, not a list
            grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(objectName="hint", wordWrap=True)
        self.encoding = QComboBox(objectName="encoding")
        self.encoding.addItem("", "utf-8")
        self.encoding.addItem("", "cp932")
        self.export_button = QPushButton(objectName="export_rates")
        self.import_button = QPushButton(objectName="import_rates")
        self.report = QPlainTextEdit(objectName="rate_report", readOnly=True)
        self.report.setMaximumHeight(150)
        self.report.hide()  # shown once an export or import has something to say
        self.service_label = QLabel()
        self._layout()
        self.service.currentIndexChanged.connect(lambda _i: self._show(self.current))
        self.export_button.clicked.connect(self._choose_export)
        self.import_button.clicked.connect(self._choose_import)
        shortcut("Ctrl+E", self, self._choose_export)
        shortcut("Ctrl+O", self, self._choose_import)
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.service_label)
        top.addWidget(self.service, 1)
        top.addWidget(self.encoding)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.limits)
        col.addWidget(self.legend)
        col.addWidget(self.matrix, 1)
        col.addWidget(self.report)

    def retranslate(self) -> None:
        self.service_label.setText(self.tr("Service"))
        self.encoding.setItemText(0, self.tr("UTF-8"))
        self.encoding.setItemText(1, self.tr("Shift_JIS (cp932)"))
        self.export_button.setText(self.tr("Export CSV… (Ctrl+E)"))
        self.import_button.setText(self.tr("Import CSV… (Ctrl+O)"))
        self.legend.setText(self.tr("Rates in yen by destination. (Grey) = no price of its own: "
                                    "the default row's price applies.") + "\n" + self.tr(
            "A rate CSV has a header row of size classes and one row per prefecture or region "
            "(関東, 南東北…). A refused file changes nothing; its problems are listed here by "
            "row and column."))
        self._show(self.current)

    @property
    def current(self) -> ServiceSpec | None:
        i = self.service.currentIndex()
        return self.services[i] if 0 <= i < len(self.services) else None

    # -- loading ----------------------------------------------------------------------------
    def load(self, select: str = "") -> None:
        admin, user = self.ctx.require_services().admin, self.ctx.session
        keep = select or (self.current.code if self.current else "")
        self.ctx.tasks.db.submit(lambda: admin.list_services(user),
                                 lambda got: self._loaded(got, keep), self._failed)

    def _loaded(self, services: list[ServiceSpec], keep: str) -> None:
        self.service.blockSignals(True)
        self.services = services
        self.service.clear()
        for s in services:
            self.service.addItem(f"{s.name} ({s.code})", s.code)
        codes = [s.code for s in services]
        self.service.setCurrentIndex(codes.index(keep) if keep in codes else 0)
        self.service.blockSignals(False)
        self._show(self.current)

    def select_service(self, code: str) -> bool:
        i = self.service.findData(code)
        if i >= 0:
            self.service.setCurrentIndex(i)
        return i >= 0

    def _show(self, service: ServiceSpec | None) -> None:
        if service is None:
            self.limits_model.set_grid([], [], [])
            self.matrix_model.set_grid([], [], [])
            return
        names = [c.name for c in service.classes]
        limits = [(self.tr("Sum of sides ≤ mm"),
                   [_whole(c.max_sum_mm) for c in service.classes]),
                  (self.tr("Longest side ≤ mm"),
                   [_whole(c.max_side_mm) for c in service.classes]),
                  (self.tr("Thickness ≤ mm"),
                   [_whole(c.max_thickness_mm) for c in service.classes]),
                  (self.tr("Weight ≤ g"), [_whole(c.max_weight_g) for c in service.classes])]
        limits = [(label, cells) for label, cells in limits if any(cells)]  # only real limits
        self.limits_model.set_grid([label for label, _ in limits], names,
                                   [cells for _, cells in limits])
        height = self.limits.verticalHeader().length() + self.limits.horizontalHeader().height()
        self.limits.setFixedHeight(height + 2 * self.limits.frameWidth() + 2)
        self._show_matrix(service, names)

    def _show_matrix(self, service: ServiceSpec, names: list[str]) -> None:
        rows = rate_csv.matrix(service)
        default = rows[0].prices
        cells, grey = [], set()
        for r, row in enumerate(rows):
            line = []
            for c, own in enumerate(row.prices):
                if own is None:
                    line.append("" if default[c] is None else f"(¥{default[c]:,})")
                    grey.add((r, c))
                else:
                    line.append(f"¥{own:,}")
            cells.append(line)
        labels = [self.tr("Default (all)")] + [r.label for r in rows[1:]]
        self.matrix_model.set_grid(labels, names, cells, grey)

    # -- CSV --------------------------------------------------------------------------------
    def _choose_export(self) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export rates CSV"),
                                              f"rates-{self.current.code}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.current is None:
            return
        admin, user, code = self.ctx.require_services().admin, self.ctx.session, self.current.code
        encoding, shown = str(self.encoding.currentData()), self.encoding.currentText()

        def work() -> int:
            return path.write_bytes(admin.export_rates(user, code, encoding))
        self.ctx.tasks.db.submit(work, lambda _n: self._say(
            self.tr("Exported the rates of %1 to %2 (%3).").replace("%1", code)
            .replace("%2", str(path)).replace("%3", shown)), self._failed)

    def _choose_import(self) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import rates CSV"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        if self.current is None:
            return
        admin, user, code = self.ctx.require_services().admin, self.ctx.session, self.current.code
        self._say(self.tr("Checking every row…"))
        self.ctx.tasks.db.submit(
            lambda: admin.import_rates(user, code, path.read_bytes(), path.name),
            self._imported, self._failed)

    def _imported(self, report: rate_csv.RateImportReport) -> None:
        self._say(
            self.tr("Rates of %1 replaced from %2 rows (%3): %4 prices, %5 changed.")
            .replace("%1", report.service_code).replace("%2", str(report.rows))
            .replace("%3", report.encoding).replace("%4", str(report.prices))
            .replace("%5", str(report.changed)))
        self.load(report.service_code)

    def _failed(self, error: BaseException) -> None:
        source = error.source if isinstance(error, BadInput) else ""
        source = in_user_language(source) if isinstance(source, Msg) else source
        head = self.tr("Nothing was changed. Fix these %1 problem(s) in %2 and import it "
                       "again:").replace("%2", source)
        self._say(problem_report(error, head=head))

    def _say(self, text: str) -> None:
        self.report.setPlainText(text)
        self.report.setVisible(bool(text))
