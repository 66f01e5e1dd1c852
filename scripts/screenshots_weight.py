"""docs/screenshots/weight-ja.png: the packer screen stopping a box that is too light.

The real app on demo data, a simulated MT-SICS scale on a pseudo-terminal (tests/scale_sim.py)
read through pyserial like a USB-serial scale. Run under a real X server::

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots_weight.py
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.scale_sim

from scripts.screenshots import (  # noqa: E402
    OUT,
    demo_db,
    open_window,
    plain_demo_order,
    scanner,
    wait_until,
)
from tests.scale_sim import SimulatedScale  # noqa: E402


def main() -> int:
    from packstation.config import Config

    db = demo_db()
    scale = SimulatedScale("0.0")
    _set_scale(db, scale.port)
    app, ctx, window = open_window(Config(db, "station-1"))
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


def _set_scale(db: str, port: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config

    seeded = build(Config(db, "station-1"))
    with seeded.uow() as uow:
        uow.settings.put("scale_kind", "mtsics")
        uow.settings.put("scale_port", port)
        uow.commit()
    seeded.close()


def _light_box(app: object, window: object, scale: SimulatedScale) -> None:
    """Pack a demo order, accept its box (F4), leave one unit out, weigh it (F5)."""
    from packstation.services.demo import shop as demo_shop
    from packstation.services.weighing import weigh as weighing

    ctx, packer = window.ctx, window.packer  # type: ignore[attr-defined]
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    order_no, lines = plain_demo_order(window.app.uow)
    scan = scanner(app, packer)

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
