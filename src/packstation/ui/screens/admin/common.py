"""What the admin pages share: read-only tables, editable cell tables that show a refused
cell in red, the "nothing was changed" report and the save shortcut (number fields:
widgets/number_field.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg
from packstation.ui.errors import describe, in_user_language
from packstation.ui.widgets.base import Screen
from packstation.ui.widgets.number_field import with_rules

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
GREY = QColor("#78909c")
BAD = QColor("#ffcdd2")


def tr(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def shortcut(key: str, page: QWidget, slot: Callable[[], Any]) -> QShortcut:
    """A key that works while the page (or anything in it) has the focus; the hidden pages of
    the admin screen then never compete for it."""
    sc = QShortcut(QKeySequence(key), page, slot)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return sc


def scrolled(layout: QLayout, width: int | None = None) -> QScrollArea:
    """A form that scrolls rather than making the whole window taller than a 768-pixel
    screen (the main window's tabs are as tall as their tallest page)."""
    inner = QWidget()
    inner.setLayout(layout)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if width is not None:
        area.setFixedWidth(width)
    return area


def list_beside_panel(page: QWidget, table: QWidget, panel: QLayout, width: int = 480) -> None:
    """An admin page's shape: the list on the left, taking the room; its forms on the right,
    scrolling rather than growing past a 768-pixel screen."""
    row = QHBoxLayout(page)
    row.addWidget(table, 1)
    row.addWidget(scrolled(panel, width))


def form_with_buttons(form: QLayout, new_button: QPushButton, save_button: QPushButton,
                      message: QLabel) -> QVBoxLayout:
    """A record's form, its New … Save buttons under it and the message line below them."""
    buttons = QHBoxLayout()
    buttons.addWidget(new_button)
    buttons.addStretch()
    buttons.addWidget(save_button)
    panel = QVBoxLayout()
    panel.addLayout(form)
    panel.addLayout(buttons)
    panel.addWidget(message)
    panel.addStretch()
    return panel


def captioned(fields: Sequence[QWidget | QLayout]) -> tuple[QFormLayout, list[QLabel]]:
    """A form of fields with a caption each (texts set in the page's retranslate)."""
    form, labels = QFormLayout(), [QLabel() for _ in fields]
    for label, field in zip(labels, fields, strict=True):
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
    return form, labels


def read_only_table(name: str, model: QAbstractTableModel, row_height: int = 30) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


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
            return GREY
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        return names[section] if 0 <= section < len(names) else None


class CellTable(QTableWidget):
    """An editable table of text cells (size classes, surcharges). Row numbers match the rows
    a refused save names; mark() paints the refused cells."""

    def __init__(self, name: str, fields: Sequence[str]) -> None:
        super().__init__(0, len(fields), objectName=name)
        self.fields = tuple(fields)
        self.verticalHeader().setDefaultSectionSize(32)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 edits
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)

    def event(self, event: QEvent) -> bool:
        """F2 edits the cell here, not 'Packing (F2)' of the main window."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F2 and self.state() != self.State.EditingState:
            event.accept()
            return True
        return super().event(event)

    def set_cells(self, rows: Sequence[Sequence[str]]) -> None:
        self.setRowCount(0)
        for cells in rows:
            self.add_row(cells)

    def add_row(self, cells: Sequence[str] = ()) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for col in range(len(self.fields)):
            self.setItem(row, col, QTableWidgetItem(cells[col] if col < len(cells) else ""))
        return row

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def cells(self) -> list[list[str]]:
        return [[self.text(r, c) for c in range(len(self.fields))]
                for r in range(self.rowCount())]

    def mark(self, problems: Sequence[InputProblem], prefix: str) -> int:
        """Paint the cells (or whole rows) the problems name; returns how many were painted."""
        painted = 0
        for r in range(self.rowCount()):
            for c in range(len(self.fields)):
                item = self.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
        for p in problems:
            column = p.column if isinstance(p.column, str) else ""
            if p.row is None or not 1 <= p.row <= self.rowCount() or \
                    not column.startswith(prefix):
                continue
            field = column[len(prefix) + 1:]
            cols = [self.fields.index(field)] if field in self.fields else \
                range(len(self.fields))
            for c in cols:
                item = self.item(p.row - 1, c)
                if item is not None:
                    item.setBackground(BAD)
                    painted += 1
        return painted


def confirm_discard(parent: QWidget, what: str) -> bool:
    """Ask before edits that were not saved are thrown away (never silently)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("AdminPages", "Changes not saved"),
        QCoreApplication.translate("AdminPages", "Discard the changes to %1 that are not "
                                   "saved?").replace("%1", what or "—"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class FormGuard:
    """A list beside a form: picking a row fills the form, unless the admin has changed the
    form since it was filled and does not want those changes dropped."""

    def __init__(self, page: QWidget, table: QTableView, read: Callable[[], object],
                 fill: Callable[[int], None], what: Callable[[], str]) -> None:
        self.page, self.table, self.read, self.fill, self.what = page, table, read, fill, what
        self.shown: object = None
        table.selectionModel().currentRowChanged.connect(self._moved)

    def changed(self) -> bool:
        return self.shown is not None and self.read() != self.shown

    def mark_clean(self) -> None:
        self.shown = self.read()

    def may_discard(self) -> bool:
        return not self.changed() or confirm_discard(self.page, self.what())

    def reloaded(self, row: int) -> None:
        """The list was read again: show `row`, keeping the form if it holds unsaved edits."""
        if self.changed():
            self._select_quietly(row)
        else:
            self.table.selectRow(row)

    def _moved(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self.may_discard():
            self._select_quietly(previous.row())
            return
        self.fill(current.row())
        self.mark_clean()

    def _select_quietly(self, row: int) -> None:
        model = self.table.selectionModel()
        model.blockSignals(True)
        self.table.selectRow(row)
        model.blockSignals(False)


def problem_report(error: BaseException, labels: dict[str, str] | None = None,
                   head: str = "") -> str:
    """'Nothing was changed' and one line per problem, with the screen's own field names."""
    if not isinstance(error, BadInput):
        return describe(error)
    head = head or QCoreApplication.translate(
        "AdminPages", "Nothing was changed. Fix these %n problem(s) and save again:")
    head = head.replace("%n", str(len(error.problems))).replace("%1", str(len(error.problems)))
    lines = [f"• {_where(p, labels or {})}{in_user_language(p.problem)}"
             + (f" → {in_user_language(p.fix)}" if p.fix is not None else "")
             for p in error.problems]
    return "\n".join([head, *lines])


def _where(p: InputProblem, labels: dict[str, str]) -> str:
    column = in_user_language(p.column) if isinstance(p.column, Msg) else p.column or ""
    table, _, field = column.partition(".")
    parts: list[str] = []
    if table in labels and field:
        parts.append(labels[table])
        column = field
    if p.row is not None:
        parts.append(QCoreApplication.translate("AdminPages", "row %1").replace("%1",
                                                                                str(p.row)))
    if column:
        parts.append(labels.get(column, column))
    colon = QCoreApplication.translate("AdminPages", ": ", "after the field a problem is in")
    return " · ".join(parts) + colon if parts else ""


def message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def refuse_unreadable(label: QLabel, unreadable: list[InputProblem],
                      rules: list[InputProblem], labels: dict[str, str]) -> None:
    """A form with fields that hold no number: each named, with the form's other problems
    (its rules checked on the readable values); the caller saves nothing."""
    show_message(label, problem_report(BadInput(with_rules(unreadable, rules)), labels), False)


def show_message(label: QLabel, text: str, ok: bool) -> None:
    label.setStyleSheet(f"color: {'#1b8a2f' if ok else '#c62828'}; font-size: 17px;")
    label.setText(text)
    # On a 768-pixel screen the form scrolls: a refusal below the fold would go unseen.
    area = _scroll_area_of(label)
    if area is not None:
        keeper = label.findChild(_KeepInView) or _KeepInView(label, area)
        keeper.scroll_soon()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


class _KeepInView(QObject):
    """Scrolls a new message into view, and again while the form settles around it: the
    label's new height, and whatever else the save changed, are laid out a few event-loop
    turns after the text is set. Only until the user scrolls, and for a moment at most, so
    the form never pulls away from where the user went; the filters are removed after."""

    SETTLE_MS = 2000

    def __init__(self, label: QLabel, area: QScrollArea) -> None:
        super().__init__(label)
        self.label, self.area = label, area
        self.watched = [w for w in (label, area.widget()) if w is not None]
        self.stop_timer = QTimer(self, singleShot=True, interval=self.SETTLE_MS)
        self.stop_timer.timeout.connect(self._stop)
        area.verticalScrollBar().actionTriggered.connect(self._stop)  # the user scrolled

    def scroll_soon(self) -> None:
        for widget in self.watched:
            widget.installEventFilter(self)  # installing twice keeps one filter
        self.stop_timer.start()
        QTimer.singleShot(0, self, self._scroll)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the label or the form took its new size
            QTimer.singleShot(0, self, self._scroll)
        return False

    def _stop(self) -> None:
        self.stop_timer.stop()
        for widget in self.watched:
            widget.removeEventFilter(self)

    def _scroll(self) -> None:
        if self.stop_timer.isActive():
            self.area.ensureWidgetVisible(self.label, 0, 8)


class CodedRecordsPage(Screen):
    """The skeleton of an admin page listing records with a ``code`` beside their form: reads
    the list on the database worker, keeps the selected record (or the one just saved)
    selected, keeps a "saved" message across the re-read, and reports a refusal under the
    form's own field names. A page gives ``model``, ``table``, ``code``, ``message`` and
    ``save_button`` and says how to list its records and name its fields."""

    code: Any
    message: QLabel
    save_button: QPushButton

    def __init__(self, ctx: Any, model: Any, table_name: str) -> None:
        super().__init__()
        self.ctx, self.model = ctx, model
        self.table = read_only_table(table_name, model)
        self.table.verticalHeader().setVisible(False)

    def list_records(self) -> list[Any]:
        raise NotImplementedError

    def labels(self) -> dict[str, str]:
        raise NotImplementedError

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def load(self, select: str = "") -> None:
        keep = select or self.code.text().strip()
        self.ctx.tasks.db.submit(self.list_records, lambda rows: self._loaded(rows, keep),
                                 self._failed)

    def _loaded(self, rows: list[Any], keep: str) -> None:
        message = self.message.text()
        self.model.set_rows(rows)
        codes = [r.code for r in rows]
        if codes:
            self.select_row(codes.index(keep) if keep in codes else 0)
        self.message.setText(message)  # "saved" stays after the list is read again

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_message(self.message, problem_report(error, self.labels()), False)
