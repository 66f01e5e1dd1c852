"""Admin › carriers' services: each service's flags, size classes (limits), surcharges and its
rate matrix (default row + 47 prefectures × size classes, read-only), with the rate table's
CSV export and all-or-nothing import. Part of AdminScreen (admin.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from packstation.domain import prefectures
from packstation.domain.catalog import CarrierSpec, ServiceSpec, SurchargeSpec
from packstation.domain.errors import BadInput
from packstation.services import catalog_admin, rate_csv
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.models import Column, TableModel
from packstation.ui.widgets.base import Screen

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_GREY = QColor("#78909c")

_SURCHARGE_KINDS = {
    "cool_chilled": QT_TRANSLATE_NOOP("SurchargeColumns", "Cool (chilled)"),
    "cool_frozen": QT_TRANSLATE_NOOP("SurchargeColumns", "Cool (frozen)"),
    "cod": QT_TRANSLATE_NOOP("SurchargeColumns", "COD fee"),
    "relay": QT_TRANSLATE_NOOP("SurchargeColumns", "Island relay fee"),
}


def _t(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def _surcharge_kind(s: SurchargeSpec) -> str:
    return _t("SurchargeColumns", _SURCHARGE_KINDS.get(s.kind, s.kind))


def _surcharge_key(s: SurchargeSpec) -> str:
    if s.kind == "cod" and s.up_to is not None:
        return _t("SurchargeColumns", "up to ¥%1").replace("%1", f"{s.up_to:,}")
    if s.kind == "relay" and s.key.isdigit():
        found = prefectures.by_code(int(s.key))
        return found.name if found else s.key
    return s.key


SERVICE_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ServiceColumns", "Carrier"), lambda r: r[0]),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Service"), lambda r: r[1].name),
    (QT_TRANSLATE_NOOP("ServiceColumns", "Code"), lambda r: r[1].code),
]
SURCHARGE_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("SurchargeColumns", "Surcharge"), _surcharge_kind),
    (QT_TRANSLATE_NOOP("SurchargeColumns", "Class / band"), _surcharge_key),
    (QT_TRANSLATE_NOOP("SurchargeColumns", "Price"), lambda s: f"¥{s.price_yen:,}"),
]


class GridModel(QAbstractTableModel):
    """A read-only grid of texts with row and column headers; greyed cells are inherited."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.cells: list[list[str]] = []
        self.grey: set[tuple[int, int]] = set()

    def set_grid(self, rows: list[str], columns: list[str], cells: list[list[str]],
                 grey: set[tuple[int, int]] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.columns, self.cells, self.grey = rows, columns, cells, grey or set()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (index.row(), index.column()) in self.grey:
            return _GREY
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        return names[section] if 0 <= section < len(names) else None


def _table(name: str, model: QAbstractTableModel, row_height: int = 30) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cm(mm: int | None) -> str:
    return "" if mm is None else f"{mm / 10:g}"


def _kg(g: int | None) -> str:
    return "" if g is None else f"{g / 1000:g}"


class ServicesPage(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.service_model = TableModel("ServiceColumns", SERVICE_COLUMNS)
        self.services = _table("services", self.service_model)
        self.services.verticalHeader().setVisible(False)
        self.flags = QLabel(objectName="hint", wordWrap=True)
        self.surcharge_model = TableModel("SurchargeColumns", SURCHARGE_COLUMNS)
        self.surcharges = _table("surcharges", self.surcharge_model, 28)
        self.surcharges.verticalHeader().setVisible(False)
        self.limits_model = GridModel()
        self.limits = _table("limits", self.limits_model, 28)
        self.limits.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix_model = GridModel()
        self.matrix = _table("matrix", self.matrix_model, 28)
        self.legend = QLabel(objectName="hint", wordWrap=True)
        self.encoding = QComboBox(objectName="encoding")
        self.encoding.addItem("", "utf-8-sig")
        self.encoding.addItem("", "cp932")
        self.export_button = QPushButton(objectName="export_rates")
        self.import_button = QPushButton(objectName="import_rates")
        self.report = QPlainTextEdit(objectName="rate_report", readOnly=True)
        self.report.setMaximumHeight(96)
        self.current: ServiceSpec | None = None
        self._layout()
        self.services.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_service(cur.row()))
        self.export_button.clicked.connect(self._choose_export)
        self.import_button.clicked.connect(self._choose_import)
        self.retranslate()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.services, 3)
        left.addWidget(self.flags)
        left.addWidget(self.surcharges, 2)
        right = QVBoxLayout()
        right.addWidget(self.limits)
        right.addWidget(self.legend)
        right.addWidget(self.matrix, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.encoding)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        right.addLayout(buttons)
        right.addWidget(self.report)
        row = QHBoxLayout(self)
        row.addLayout(left, 4)
        row.addLayout(right, 9)

    def retranslate(self) -> None:
        self.encoding.setItemText(0, self.tr("UTF-8 (BOM)"))
        self.encoding.setItemText(1, self.tr("Shift_JIS (cp932)"))
        self.export_button.setText(self.tr("Export rates CSV…"))
        self.import_button.setText(self.tr("Import rates CSV…"))
        self.legend.setText(self.tr("Rates in yen by destination. (Grey) = no price of its own: "
                                    "the default row's price applies."))
        self.report.setPlaceholderText(self.tr(
            "A rate CSV has one row per prefecture and one column per size class. Problems of "
            "a refused file are listed here by row and column."))
        for model in (self.service_model, self.surcharge_model):
            model.retranslate()
        self._show(self.current)

    # -- loading ----------------------------------------------------------------------------
    def load(self, select: str = "") -> None:
        app, user = self.ctx.require_app(), self.ctx.session
        keep = select or (self.current.code if self.current else "")

        def work() -> tuple[list[CarrierSpec], list[ServiceSpec]]:
            return (catalog_admin.list_carriers(app.uow, user),
                    catalog_admin.list_services(app.uow, user))
        self.ctx.tasks.db.submit(work, lambda result: self._loaded(*result, keep),
                                 self._failed)

    def _loaded(self, carriers: list[CarrierSpec], services: list[ServiceSpec],
                keep: str) -> None:
        names = {c.code: c.name for c in carriers}
        self.service_model.set_rows([(names.get(s.carrier_code, s.carrier_code), s)
                                     for s in services])
        codes = [s.code for s in services]
        self.services.selectRow(codes.index(keep) if keep in codes else 0)

    def select_service(self, code: str) -> bool:
        codes = [r[1].code for r in self.service_model.rows]
        if code not in codes:
            return False
        self.services.selectRow(codes.index(code))
        return True

    def _show_service(self, row: int) -> None:
        rows = self.service_model.rows
        self._show(rows[row][1] if 0 <= row < len(rows) else None)

    def _show(self, service: ServiceSpec | None) -> None:
        self.current = service
        if service is None:
            self.limits_model.set_grid([], [], [])
            self.matrix_model.set_grid([], [], [])
            self.surcharge_model.set_rows([])
            self.flags.setText("")
            return
        names = [c.name for c in service.classes]
        self.limits_model.set_grid(
            [self.tr("Sum of sides ≤ cm"), self.tr("Longest side ≤ cm"),
             self.tr("Thickness ≤ cm"), self.tr("Weight ≤ kg")], names,
            [[_cm(c.max_sum_mm) for c in service.classes],
             [_cm(c.max_side_mm) for c in service.classes],
             [_cm(c.max_thickness_mm) for c in service.classes],
             [_kg(c.max_weight_g) for c in service.classes]])
        self._fit_limits()
        self._show_matrix(service, names)
        self.surcharge_model.set_rows(list(service.surcharges))
        self.flags.setText(self._flags_text(service))

    def _fit_limits(self) -> None:
        rows = self.limits.verticalHeader().length() + self.limits.horizontalHeader().height()
        self.limits.setFixedHeight(rows + 2 * self.limits.frameWidth() + 2)

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

    def _flags_text(self, s: ServiceSpec) -> str:
        flags = [(s.thin, self.tr("thin (letterbox)")), (s.envelope_only, self.tr("envelope only")),
                 (s.cool_allowed, self.tr("cool")), (s.cod_allowed, self.tr("COD")),
                 (s.date_allowed, self.tr("delivery date")), (not s.active, self.tr("inactive"))]
        text = " · ".join(label for on, label in flags if on)
        if s.time_slots:
            text += "\n" + self.tr("Time slots: %1").replace("%1", ", ".join(s.time_slots))
        return text

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
        app, user, code = self.ctx.require_app(), self.ctx.session, self.current.code
        encoding = str(self.encoding.currentData())

        def work() -> int:
            return path.write_bytes(rate_csv.export_rates(app.uow, user, code, encoding))
        self.ctx.tasks.db.submit(work, lambda _n: self.report.setPlainText(
            self.tr("Exported the rates of %1 to %2 (%3).").replace("%1", code)
            .replace("%2", path.name).replace("%3", self.encoding.currentText())),
            self._failed)

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
        app, user, code = self.ctx.require_app(), self.ctx.session, self.current.code
        self.report.setPlainText(self.tr("Checking every row…"))
        self.ctx.tasks.db.submit(
            lambda: rate_csv.import_rates(app.uow, user, code, path.read_bytes(), path.name),
            self._imported, self._failed)

    def _imported(self, report: rate_csv.RateImportReport) -> None:
        self.report.setPlainText(
            self.tr("Rates of %1 replaced (%2 rows, %3): %4 prices, %5 changed.")
            .replace("%1", report.service_code).replace("%2", str(report.rows))
            .replace("%3", report.encoding).replace("%4", str(report.prices))
            .replace("%5", str(report.changed)))
        self.load(report.service_code)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, BadInput):
            self.report.setPlainText(
                self.tr("Nothing was changed. Fix these %n problem(s) and try again:", "",
                        len(error.problems)) + "\n" + error.summary())
        else:
            self.report.setPlainText(describe(error))
