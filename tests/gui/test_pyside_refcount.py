"""Guard for docs/adr/0001: the Qt binding must not lose references to None in data()."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from packstation.ui.models import TableModel


def test_model_data_returning_none_keeps_nones_refcount(qtbot) -> None:
    model = TableModel("X", [("a", lambda row: row)])
    model.set_rows(list(range(3)))
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(100_000):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None  # through Qt into data()
    assert abs(sys.getrefcount(None) - before) < 100
