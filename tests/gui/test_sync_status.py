"""The networked station's sync indicator beside the tabs: whatever it has to say, it keeps to
its width (the bench screen is 1366 pixels), and the whole text stays in its tooltip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from packstation.services.sync.loop import SyncStatus
from packstation.ui.widgets.sync_status import MAX_WIDTH, SyncIndicator

NOW = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize(("status", "lost", "state"), [
    (SyncStatus(3, NOW - timedelta(seconds=5), "", False), [], "online"),
    (SyncStatus(12_345, NOW - timedelta(minutes=7), "timeout", False), [], "offline"),
    (SyncStatus(99_999, None, "refused", True), [f"R-{n}" for n in range(1000, 1030)],
     "stalled"),
])
def test_indicator_keeps_to_its_width(qtbot, status: SyncStatus, lost: list[str],  # type: ignore[no-untyped-def]
                                      state: str, language: str) -> None:
    from packstation.ui.i18n import Language

    Language().switch(language)  # the conftest puts English back afterwards
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.attach(SimpleNamespace(snapshot=status, lost=lost, now=lambda: NOW))
    assert indicator.state == state
    assert indicator.sizeHint().width() <= MAX_WIDTH
    assert f"{status.backlog:,}" in indicator.toolTip()
    assert all(order in indicator.toolTip() for order in lost), "cut on screen, whole here"
    if lost:
        assert indicator.text().endswith("…") and "R-1029" not in indicator.text()
    else:
        assert indicator.text() == indicator.toolTip(), "a short text is shown whole"
