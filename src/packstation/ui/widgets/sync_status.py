"""Networked mode, at a glance: online or not, how many events wait to be sent, and how long
ago the last successful sync was. A stalled sync turns red; a lost order is named.

Reads the sync thread's snapshot on its own timer (one reference read: never waits on the
thread, never on the network).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from packstation.services.sync.api import Sync

# It sits beside the tabs: with a lead's or admin's four tabs, about this much is left on a
# 1366-pixel bench screen. A longer text is cut with "…"; the whole of it is the tooltip.
MAX_WIDTH = 640

_STYLE = {
    "online": "background: #e8f5e9; color: #1b5e20;",
    "offline": "background: #fff3e0; color: #8a4b00;",
    "stalled": "background: #c62828; color: white;",
}


class SyncIndicator(QLabel):
    def __init__(self) -> None:
        super().__init__(objectName="sync_status")
        self.sync: Sync | None = None  # set by attach()
        self.state = ""
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.refresh)
        self.setMaximumWidth(MAX_WIDTH)
        self.hide()

    def attach(self, sync: Sync) -> None:
        self.sync = sync
        self.show()
        self.timer.start()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # at once in the new language, not at the next tick

    def refresh(self) -> None:
        sync = self.sync
        if sync is None:
            return
        s = sync.snapshot
        age = self._age(s.last_ok, sync.now())
        backlog = self.tr("unsent: %1").replace("%1", f"{s.backlog:,}")
        if s.stalled:
            self.state = "stalled"
            head = self.tr("⚠ Sync stalled: call the lead")
        elif not s.online:
            self.state = "offline"
            head = self.tr("● Offline: packing goes on")
        else:
            self.state = "online"
            head = self.tr("● Server connected")
        parts = [head, backlog, self.tr("last sync: %1").replace("%1", age)]
        if sync.lost:
            parts.append(self.tr("moved to another station: %1")
                         .replace("%1", ", ".join(sync.lost)))
        self.setStyleSheet(f"{_STYLE[self.state]} font-size: 16px; font-weight: bold; "
                           "padding: 4px 10px; border-radius: 4px;")
        self.ensurePolished()  # the style sheet's font, for measuring the text below
        full = " · ".join(parts)
        self.setToolTip(full)
        self.setText(self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                                   MAX_WIDTH - 40))  # less padding, frame

    def _age(self, last_ok: datetime | None, now: datetime) -> str:
        if last_ok is None:
            return self.tr("never")
        seconds = max(0, int((now - last_ok).total_seconds()))
        if seconds < 60:
            return self.tr("%1 s ago").replace("%1", str(seconds))
        if seconds < 3600:
            return self.tr("%1 min ago").replace("%1", str(seconds // 60))
        return self.tr("%1 h ago").replace("%1", str(seconds // 3600))
