"""docs/screenshots/network-offline-ja.png: a networked station packing on while its server is
stopped (a throwaway PostgreSQL cluster started here); network-admin-refused-ja.png: the admin
told, at that station, that the catalogue is changed on the central database;
network-batch-refused-ja.png: a batch made on the central database, refused at the bench because
another station packs one of its orders. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_network.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "scripts")]

from screenshots import OUT, demo_db, open_window, settle, wait_until  # noqa: E402


def main() -> int:
    from tests.integration.networked import seed_server, unit_codes
    from tests.pgcluster import ThrowawayCluster

    from packstation.config import Config

    with ThrowawayCluster() as cluster:
        server_url = cluster.create_database("central")
        seed_server(server_url, stations=("station-1", "station-2"))
        app, ctx, window = open_window(Config(demo_db(), "station-1", server_url=server_url))
        window.app.sync.interval = 0.3  # type: ignore[union-attr]
        window.login.who.setText("sato")
        window.login.who.returnPressed.emit()
        window.login.pin.setText("1111")
        window.login.pin.returnPressed.emit()
        wait_until(app, lambda: window.stack.currentWidget() is window.work)
        packer = window.packer
        packer.on_scanned("R-1003", False)
        wait_until(app, lambda: packer.order_no == "R-1003")
        cluster.stop_server()
        wait_until(app, lambda: window.sync_status.state == "offline")
        codes = unit_codes(window.app.uow.engine)  # type: ignore[union-attr]
        line = packer.model.rows[0]
        packer.on_scanned(codes[line.sku][0], False)
        wait_until(app, lambda: ctx.tasks.db.pending == 0 and packer.banner.state == "ok")
        wait_until(app, lambda: window.sync_status.state == "offline"
                   and "未送信 0 件" not in window.sync_status.text())
        app.processEvents()
        window.grab().save(str(OUT / "network-offline-ja.png"))
        cluster.start_server()
        _admin_refused(app, window)
        _batch_refused(app, window, server_url)
        ctx.tasks.shutdown()
        window.app.close()  # type: ignore[union-attr]
    print("wrote", OUT / "network-offline-ja.png", OUT / "network-admin-refused-ja.png",
          OUT / "network-batch-refused-ja.png")
    return 0


def _log_in_again(app: object, w: Any, who: str, pin: str) -> None:
    """Lock the station and log `who` in at it."""
    w.lock()
    w.login.who.setText(who)
    w.login.pin.setText(pin)
    w.login.submit()
    wait_until(app, lambda: w.stack.currentWidget() is w.work)  # type: ignore[arg-type]


def _admin_refused(app: object, window: object) -> None:
    w: Any = window
    _log_in_again(app, w, "admin", "9999")
    w.open_admin()
    page = w.admin.boxes
    wait_until(app, lambda: len(page.model.rows) > 0)  # type: ignore[arg-type]
    page.table.selectRow(2)
    page.cost.setValue(page.cost.value() + 10)
    page.save()
    wait_until(app, lambda: "管理用PC" in page.message.text())  # type: ignore[arg-type]
    settle(app)  # type: ignore[arg-type]
    w.grab().save(str(OUT / "network-admin-refused-ja.png"))


def _batch_refused(app: object, window: object, server_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    from packstation.adapters.central.claims import SqlClaimStore
    from packstation.adapters.db.engine import make_engine
    from packstation.bootstrap import build
    from packstation.config import Config

    central = build(Config(server_url, "admin-pc"), migrate=False)
    record = central.services.picking.create_batch(None, max_orders=6)
    central.close()
    SqlClaimStore(make_engine(server_url)).claim_order(
        record.slots[4], "station-2", datetime.now(UTC), timedelta(minutes=5))
    w: Any = window
    _log_in_again(app, w, "sato", "1111")
    w.tabs.setCurrentWidget(w.packer)
    w.packer.on_scanned(record.batch_no, False)
    wait_until(app, lambda: w._sorting is not None  # type: ignore[arg-type]
               and w.sorting.banner.state == "error")
    settle(app)  # type: ignore[arg-type]
    w.grab().save(str(OUT / "network-batch-refused-ja.png"))


if __name__ == "__main__":
    sys.exit(main())
