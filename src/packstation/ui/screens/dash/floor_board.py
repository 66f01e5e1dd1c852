"""The floor board (フロアボード, issue 19): a window for the wall screen in large type, read
again every REFRESH_MS on the DB executor: orders left against today's cutoff, orders packed
this hour and the hour before, who is at which station, open holds and print failures. A read
still running when the timer fires is not doubled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from packstation.domain.dash import JST
from packstation.services.dash.dto import FloorBoard
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.widgets.base import Dialog

REFRESH_MS = 30_000
_STATIONS: list[Column] = [
    (QT_TRANSLATE_NOOP("DashColumns", "Station"), lambda s: s.station),
    (QT_TRANSLATE_NOOP("DashColumns", "Packer"), lambda s: s.packer),
    (QT_TRANSLATE_NOOP("DashColumns", "Order"), lambda s: s.order_no),
]
_CSS = ("QLabel#big { font-size: 64px; font-weight: bold; }"
        "QLabel#caption { font-size: 24px; }"
        "QLabel#alert { font-size: 64px; font-weight: bold; color: #c0392b; }"
        "QTableView { font-size: 24px; }")
_TILES = ("remaining", "due", "this_hour", "last_hour", "packed", "holds", "failures")


class FloorBoardWindow(Dialog):
    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: FloorBoard | None = None
        self._reading = False
        self.resize(1280, 720)
        self.setStyleSheet(_CSS)
        self.captions = {name: QLabel(objectName="caption") for name in _TILES}
        self.values = {name: QLabel("－", objectName="big") for name in _TILES}
        self.clock = QLabel(objectName="caption")
        self.stations = TableModel("DashColumns", _STATIONS)
        self.station_view = QTableView()
        self.station_view.setModel(self.stations)
        self.station_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        grid = QGridLayout()
        for i, name in enumerate(_TILES):
            grid.addWidget(self.captions[name], (i // 4) * 2, i % 4)
            grid.addWidget(self.values[name], (i // 4) * 2 + 1, i % 4)
        col = QVBoxLayout(self)
        col.addWidget(self.clock)
        col.addLayout(grid)
        col.addWidget(self.station_view, 1)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("F11"), self, self._toggle_full_screen)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Floor board"))
        texts = (self.tr("Orders left"), self.tr("Due before the cutoff"),
                 self.tr("Packed this hour"), self.tr("Packed last hour"),
                 self.tr("Packed today"), self.tr("On hold"), self.tr("Print failures"))
        for name, text in zip(_TILES, texts, strict=True):
            self.captions[name].setText(text)
        self.stations.retranslate()
        if self.board is not None:
            self._show(self.board)

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None or self._reading:
            return
        self._reading = True
        self.ctx.tasks.db.submit(services.dash.floor, self._loaded, self._failed)

    def _loaded(self, board: FloorBoard) -> None:
        self._reading = False
        self.board = board
        self._show(board)
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        from packstation.ui.errors import describe

        self._reading = False
        self.clock.setText(describe(error))

    def _show(self, b: FloorBoard) -> None:
        cutoff = self.tr("no cutoff today") if b.cutoff is None else \
            self.tr("cutoff %1").replace("%1", b.cutoff.strftime("%H:%M"))
        self.clock.setText(f"{b.at.astimezone(JST):%H:%M}　{cutoff}")
        for name, value in (("remaining", b.remaining), ("due", b.due_today),
                            ("this_hour", b.this_hour), ("last_hour", b.last_hour),
                            ("packed", b.packed_today), ("holds", b.holds),
                            ("failures", b.print_failures)):
            self.values[name].setText(f"{value:,}")
        for name, value in (("due", b.due_today), ("holds", b.holds),
                            ("failures", b.print_failures)):
            self.values[name].setObjectName("alert" if value else "big")
            self.values[name].setStyleSheet("")  # the object name changed: polish again
        self.stations.set_rows(list(b.stations))

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        super().closeEvent(event)
