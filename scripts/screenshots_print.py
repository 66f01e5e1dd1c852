"""Screenshots of printing: the packer's failure bar (printer off) and the admin's printer
setup, from the real window on demo data. Run: bash scripts/screenshots.sh is the general
one; this one: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_print.py
"""

from __future__ import annotations

import socket
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, wait_until


class DemoDocuments:
    """A stand-in ZPL label until the documents feature's renderer is wired in."""

    def render(self, order_no: str, kind: str, target: object) -> object:
        from packstation.services.printing.ports import PrintData

        return PrintData(f"^XA^FO40,40^FD{kind} {order_no}^FS^XZ".encode(),
                         "application/x-zpl" if kind == "label" else "application/pdf")


def _closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = int(probe.getsockname()[1])
    probe.close()  # nothing listens there: the printer is "off"
    return port


def _seed(db: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.printing import PrinterSpec
    from packstation.services.demo import seed as demo
    from packstation.services.dto import SessionUser
    from packstation.services.printing import desk as printing
    from packstation.services.printing.ports import StationPrinting

    seeded = build(Config(db, "station-1"))
    demo.seed(seeded.uow, seeded.hasher)
    admin = SessionUser(4, "admin", "管理者", "admin", "ja")
    printing.save_printer(seeded.uow, admin, PrinterSpec(
        "ラベル1 (Zebra ZD421)", "tcp", f"127.0.0.1:{_closed_port()}", "4x6", 203, "zpl"))
    printing.save_printer(seeded.uow, admin, PrinterSpec(
        "事務所A4レーザー", "cups", "office_a4", "A4", 300, "pdf"))
    printing.save_printer(seeded.uow, admin, PrinterSpec(
        "予備ラベル (A6)", "system", "Brother_QL", "A6", 300, "pdf", active=False))
    printing.save_station_printing(seeded.uow, admin, StationPrinting(
        "station-1", "ラベル1 (Zebra ZD421)", "事務所A4レーザー", auto_print=True))
    seeded.close()


def main() -> int:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services import orders
    from packstation.services.demo import shop as demo_shop
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    db = f"sqlite:///{tempfile.mkdtemp()}/demo.db"
    _seed(db)
    qapp = QApplication(sys.argv[:1])
    qapp.setStyleSheet(BASE_CSS)
    ctx = UiContext(tasks=Tasks(print), language=Language(), show_error=print)
    ctx.language.switch("ja")
    window = MainWindow(ctx)
    window.show()
    app = build(Config(db, "station-1"), documents=DemoDocuments())  # type: ignore[arg-type]
    window.app = app
    window.services_ready(app.services)
    wait_until(qapp, lambda: bool(window.login.user_buttons.buttons()))
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(qapp, lambda: window.stack.currentWidget() is window.work)
    wait_until(qapp, lambda: ctx.tasks.db.pending == 0)

    packer = window.packer
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    order_no, lines = next(
        (s.order_no, d.lines) for s in orders.search(app.uow)
        if (d := orders.detail(app.uow, s.order_no)).lines and not any(
            ln.sku.startswith(("PEN", "EARBUD")) or ln.missing_measurements for ln in d.lines))
    done: list[object] = []
    packer.result_shown.connect(done.append)
    for code in [order_no] + [codes[ln.sku] for ln in lines for _ in range(ln.qty)]:
        count = len(done)
        packer.on_scanned(code, False)
        wait_until(qapp, lambda c=count: len(done) > c)
    wait_until(qapp, lambda: len(packer.print_panel.failed_jobs()) >= 1)
    wait_until(qapp, lambda: ctx.tasks.db.pending == 0)
    qapp.processEvents()
    window.grab().save(str(OUT / "print-failed-ja.png"))
    print("wrote", OUT / "print-failed-ja.png")

    _admin_shot(qapp, window)
    ctx.tasks.shutdown()
    app.close()
    return 0


def _admin_shot(qapp: QApplication, window: object) -> None:
    from packstation.ui.screens.printing.printers_dialog import PrintersDialog

    window.lock()  # type: ignore[attr-defined]
    window.login.who.setText("admin")  # type: ignore[attr-defined]
    window.login.pin.setText("9999")  # type: ignore[attr-defined]
    window.login.submit()  # type: ignore[attr-defined]
    wait_until(qapp, lambda: window.stack.currentWidget() is window.work)  # type: ignore[attr-defined]
    dialog = PrintersDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.show()
    wait_until(qapp, lambda: dialog.list.count() == 3)
    dialog.list.setCurrentRow(1)
    qapp.processEvents()
    dialog.grab().save(str(OUT / "printers-ja.png"))
    print("wrote", OUT / "printers-ja.png")


if __name__ == "__main__":
    sys.exit(main())
