"""Print the bench sheet (the confirmation barcodes ACK-COOL, ACK-GIFT, ACK-ENCL that the
handling badges ask for) from the GUI, as `packstation bench-sheet` writes it: on the station's
納品書 printer through its driver (a folder in the demo shop), off the UI thread. The outcome is
said in a box the lead must close: a sheet that did not print is never a quiet line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from packstation.ui.context import UiContext
from packstation.ui.errors import describe

Report = Callable[[str, bool], None]  # (text, printed)


def print_bench_sheet(ctx: UiContext, report: Report) -> bool:
    """Start printing; `report` gets the outcome on the UI thread. False when nobody who may
    print it is logged in (a packer): nothing is started."""
    user = ctx.session
    if user is None or ctx.services is None:
        return False
    printing = ctx.services.printing
    ctx.tasks.work.submit(
        lambda: printing.print_bench_sheet(user),
        lambda name: report(QCoreApplication.translate(
            "BenchSheet", "Bench sheet printed on %1.").replace("%1", str(name)), True),
        lambda error: report(QCoreApplication.translate(
            "BenchSheet", "The bench sheet did not print: %1").replace(
                "%1", describe(error)), False))
    return True


def report_in_box(parent: QWidget | None) -> Report:
    """The outcome in a message box (a failure as a warning)."""
    def show(text: str, printed: bool) -> None:
        icon = QMessageBox.Icon.Information if printed else QMessageBox.Icon.Warning
        box = QMessageBox(icon, QCoreApplication.translate("BenchSheet", "Bench sheet"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("bench_sheet_result")
        box.open()
    return show
