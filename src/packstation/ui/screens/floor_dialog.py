"""The shift lead's floor view (networked mode, Ctrl+H): which station holds which order and
until when, take a stuck order over to this station or release it, and the sync conflicts the
server kept instead of applying. Everything runs on the work executor: the server may be slow
or away, the window never waits on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta, timezone
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from packstation.services.dto import SessionUser
from packstation.services.sync.api import Sync
from packstation.services.sync.claims import Holding
from packstation.services.sync.loop import ConflictView
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.widgets.base import Dialog

JST = timezone(timedelta(hours=9))

_HOLDERS: list[Column] = [
    (QT_TRANSLATE_NOOP("FloorColumns", "Order"), lambda h: h.order_no),
    (QT_TRANSLATE_NOOP("FloorColumns", "Station"), lambda h: h.station),
    (QT_TRANSLATE_NOOP("FloorColumns", "Lease until"),
     lambda h: f"{h.lease_expires.astimezone(JST):%H:%M:%S}"),
    (QT_TRANSLATE_NOOP("FloorColumns", "Expired"), lambda h: "⚠" if h.expired else ""),
]
_CONFLICTS: list[Column] = [
    (QT_TRANSLATE_NOOP("FloorColumns", "Time"), lambda c: f"{c.at.astimezone(JST):%m/%d %H:%M}"),
    (QT_TRANSLATE_NOOP("FloorColumns", "Station"), lambda c: c.station),
    (QT_TRANSLATE_NOOP("FloorColumns", "Order"), lambda c: c.order_no),
    (QT_TRANSLATE_NOOP("FloorColumns", "Event"), lambda c: c.kind),
    (QT_TRANSLATE_NOOP("FloorColumns", "Reason"), lambda c: c.reason),
]


class FloorDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(1000, 640)
        self.holders = TableModel("FloorColumns", _HOLDERS)
        self.conflicts = TableModel("FloorColumns", _CONFLICTS)
        self.holder_view, self.conflict_view = QTableView(), QTableView()
        for view, model in ((self.holder_view, self.holders),
                            (self.conflict_view, self.conflicts)):
            view.setModel(model)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setStretchLastSection(True)
        self.holders_title, self.conflicts_title = QLabel(), QLabel()
        self.message = QLabel(objectName="hint")
        self.take = QPushButton(objectName="take_over")
        self.release = QPushButton(objectName="release")
        self.resolve = QPushButton(objectName="resolve")
        self.refresh_button = QPushButton(objectName="refresh")
        self._layout()
        for button, slot, key in ((self.take, self.take_over, "F6"),
                                  (self.release, self.release_order, "F8"),
                                  (self.resolve, self.mark_resolved, "F9"),
                                  (self.refresh_button, self.refresh, "F5")):
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, slot)
        self.retranslate()
        self.refresh()

    def _layout(self) -> None:
        col = QVBoxLayout(self)
        col.addWidget(self.holders_title)
        col.addWidget(self.holder_view, 2)
        row = QHBoxLayout()
        for b in (self.take, self.release, self.refresh_button):
            row.addWidget(b)
        col.addLayout(row)
        col.addWidget(self.conflicts_title)
        col.addWidget(self.conflict_view, 1)
        col.addWidget(self.resolve)
        col.addWidget(self.message)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Orders held by stations (Ctrl+H)"))
        self.holders_title.setText(self.tr("Who holds which order"))
        self.conflicts_title.setText(self.tr("Sync conflicts (not applied on the server)"))
        self.take.setText(self.tr("Take over to this station (F6)"))
        self.release.setText(self.tr("Release (F8)"))
        self.resolve.setText(self.tr("Mark checked (F9)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.holders.retranslate()
        self.conflicts.retranslate()

    # -- actions, each on the work executor ----------------------------------------------------
    def _args(self) -> tuple[Sync, SessionUser | None]:
        sync = self.ctx.require_services().sync
        assert sync is not None, "the floor view is for networked stations"
        return sync, self.ctx.session

    def refresh(self) -> None:
        sync, user = self._args()

        def load() -> tuple[list[Holding], list[ConflictView]]:
            return sync.holders(user), sync.conflicts(user)
        self.ctx.tasks.work.submit(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[Holding], list[ConflictView]]) -> None:
        holders, conflicts = result
        self.holders.set_rows(holders)
        self.conflicts.set_rows(conflicts)
        self.message.setText(self.tr("%1 orders held, %2 conflicts to check")
                             .replace("%1", str(len(holders)))
                             .replace("%2", str(len(conflicts))))

    def _selected(self, view: QTableView, model: TableModel) -> Any:
        rows = view.selectionModel().selectedRows()
        return model.rows[rows[0].row()] if rows else None

    def _on_selected(self, view: QTableView, model: TableModel, missing: str,
                     action: Callable[[Sync, SessionUser | None, Any], object]) -> None:
        """Run `action(sync, user, row)` for the selected row, then reload."""
        row = self._selected(view, model)
        if row is None:
            self.message.setText(missing)
            return
        sync, user = self._args()
        self.ctx.tasks.work.submit(lambda: action(sync, user, row),
                                   lambda _result: self.refresh(), self._failed)

    def take_over(self) -> None:
        self._on_selected(self.holder_view, self.holders, self.tr("Choose an order first"),
                          lambda sync, user, h: sync.take_over(user, h.order_no))

    def release_order(self) -> None:
        self._on_selected(self.holder_view, self.holders, self.tr("Choose an order first"),
                          lambda sync, user, h: sync.release(user, h.order_no))

    def mark_resolved(self) -> None:
        self._on_selected(self.conflict_view, self.conflicts, self.tr("Choose a conflict first"),
                          lambda sync, user, c: sync.resolve(user, c.id))

    def _failed(self, error: BaseException) -> None:
        from packstation.ui.errors import describe

        self.message.setText(describe(error))
