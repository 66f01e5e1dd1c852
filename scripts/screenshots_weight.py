"""docs/screenshots/weight-ja.png: the packer screen stopping a box that is too light.

The real app on demo data, a simulated MT-SICS scale on a pseudo-terminal (tests/scale_sim.py)
read through pyserial like a USB-serial scale. Run under a real X server::

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots_weight.py
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.scale_sim

from scripts.screenshots import OUT, wait_until  # noqa: E402
from tests.scale_sim import SimulatedScale  # noqa: E402


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from packstation.config import Config
    from packstation.ui.app import start_services
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    OUT.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{tempfile.mkdtemp()}/demo.db"
    scale = SimulatedScale("0.0")
    _seed(db, scale.port)

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(BASE_CSS)
    ctx = UiContext(tasks=Tasks(print), language=Language(), show_error=print)
    ctx.language.switch("ja")
    window = MainWindow(ctx)
    window.show()
    start_services(ctx, window, Config(db, "station-1"))
    wait_until(app, lambda: bool(window.login.user_buttons.buttons()))
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(app, lambda: len(window.orders.model.rows) > 0)
    wait_until(app, lambda: ctx.tasks.db.pending == 0)
    ctx.settings = replace(ctx.settings, scale_kind="mtsics", scale_port=scale.port)
    window.packer.settings_changed()
    _light_box(app, window, scale)
    window.grab().save(str(OUT / "weight-ja.png"))
    print("wrote", OUT / "weight-ja.png")
    ctx.tasks.shutdown()
    scale.close()
    return 0


def _seed(db: str, port: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services import demo

    seeded = build(Config(db, "station-1"))
    demo.seed(seeded.uow, seeded.hasher)
    with seeded.uow() as uow:
        uow.settings.put("scale_kind", "mtsics")
        uow.settings.put("scale_port", port)
        uow.commit()
    seeded.close()


def _light_box(app: object, window: object, scale: SimulatedScale) -> None:
    """Pack a demo order, accept its box (F4), leave one unit out, weigh it (F5)."""
    from packstation.services import demo_shop, orders, weighing

    ctx, packer = window.ctx, window.packer  # type: ignore[attr-defined]
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    uow = ctx.app.uow
    order_no, lines = next(
        (s.order_no, orders.detail(uow, s.order_no).lines) for s in orders.search(uow)
        if len(orders.detail(uow, s.order_no).lines) >= 2 and not any(
            ln.sku.startswith(("PEN", "EARBUD")) or ln.missing_measurements
            for ln in orders.detail(uow, s.order_no).lines))
    done: list[object] = []
    packer.result_shown.connect(done.append)

    def scan(code: str) -> None:
        count = len(done)
        packer.on_scanned(code, False)
        wait_until(app, lambda: len(done) > count)

    scan(order_no)
    wait_until(app, lambda: ctx.tasks.work.pending == 0)
    packer.accept_proposal()  # F4: the box whose tare counts
    wait_until(app, lambda: ctx.tasks.db.pending == 0)
    for ln in lines:
        for _ in range(ln.qty):
            scan(codes[ln.sku])
    wait_until(app, lambda: packer.stage == "completed")
    wait_until(app, lambda: packer.weigh.expected.text() != "")
    expected = weighing.expectation(packer.weigh.weigher(), order_no)
    weights = {p.sku: p.weight_g or 0 for p in demo_shop.products()}
    light = expected.expected_g - weights[lines[-1].sku] + 3  # one unit left out of the box
    scale.set(f"{light}.0")
    weighed: list[object] = []
    packer.weigh.weighed.connect(weighed.append)
    packer.weigh.weigh()  # F5
    wait_until(app, lambda: bool(weighed))
    app.processEvents()  # type: ignore[attr-defined]
    print("expected", expected.expected_g, "g, measured", light, "g")


if __name__ == "__main__":
    sys.exit(main())
