"""Screenshots of the box/carrier proposal on the packer screen and of the admin screens.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_admin.py

Real window, real services, demo data (as scripts/screenshots.py). Writes
docs/screenshots/proposal-ja.png, admin-boxes-ja.png, admin-services-ja.png,
admin-rates-ja.png, admin-rates-error-ja.png and admin-products-ja.png.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, demo_db, open_window, wait_until


def main() -> int:
    from packstation.config import Config

    tmp = Path(tempfile.mkdtemp())  # the rate CSV written and read back by _admin
    app, ctx, window = open_window(Config(demo_db(), "station-1"))

    def idle() -> bool:
        return ctx.tasks.db.pending == 0 and ctx.tasks.work.pending == 0

    def shot(name: str) -> None:
        wait_until(app, idle)
        app.processEvents()
        window.grab().save(str(OUT / name))
        print("wrote", OUT / name)

    window.login.who.setText("admin")
    window.login.pin.setText("9999")
    window.login.submit()
    wait_until(app, lambda: window.stack.currentWidget() is window.work)
    wait_until(app, lambda: len(window.orders.model.rows) > 0)
    _proposal(app, window, shot)
    _admin(app, window, shot, tmp)
    ctx.tasks.shutdown()
    return 0


def _admin(app: QApplication, window: Any, shot: Callable[[str], None], tmp: Path) -> None:
    admin = window.admin
    window.open_admin()
    wait_until(app, lambda: len(admin.boxes.model.rows) > 0)
    admin.boxes.table.selectRow(3)
    shot("admin-boxes-ja.png")
    admin.pages.setCurrentWidget(admin.services)
    wait_until(app, lambda: len(admin.services.model.rows) > 0)
    shot("admin-services-ja.png")
    admin.pages.setCurrentWidget(admin.rates)
    wait_until(app, lambda: len(admin.rates.services) > 0)
    admin.rates.select_service("takkyubin")
    shot("admin-rates-ja.png")
    bad = tmp / "運賃_宅急便.csv"
    bad.write_bytes(("都道府県,60サイズ,80サイズ,100サイズ,120サイズ,140サイズ,160サイズ,180サイズ,"
                     "200サイズ\r\n全国,1200,1500,1800,2100,2400,2700,3400,4400\r\n"
                     "北海道,1500,1,800,2200,2500,2800,3100,3900,4900\r\n"
                     "東京,=B2,1350,1650,1950,2250,2550,3250,4250\r\n"
                     "沖縄,-1300,,,,,,,\r\n").encode("cp932"))
    admin.rates.import_from(bad)
    wait_until(app, lambda: "Checking" not in admin.rates.report.toPlainText()
               and "確認" not in admin.rates.report.toPlainText())
    shot("admin-rates-error-ja.png")
    admin.pages.setCurrentWidget(admin.products)
    wait_until(app, lambda: len(admin.products.model.rows) > 0)
    shot("admin-products-ja.png")


def _proposal(app: QApplication, window: object, shot: object) -> None:
    """Open a one-line order of a thin item: the proposal shows a thin service and two others."""
    from packstation.services import orders

    packer = window.packer  # type: ignore[attr-defined]
    uow = window.app.uow  # type: ignore[attr-defined]
    order_no = next(s.order_no for s in orders.search(uow) if any(
        ln.sku.startswith("TEE") for ln in orders.detail(uow, s.order_no).lines)
        and len(orders.detail(uow, s.order_no).lines) == 2)
    window.tabs.setCurrentWidget(packer)  # type: ignore[attr-defined]
    packer.on_scanned(order_no, False)
    wait_until(app, lambda: packer.proposal is not None)
    shot("proposal-ja.png")  # type: ignore[operator]


if __name__ == "__main__":
    sys.exit(main())
