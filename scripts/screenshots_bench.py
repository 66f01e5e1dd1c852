"""docs/screenshots/ for issue 14's bench: a cool + gift order with its badges (R-1036:
冷凍 + ギフト + 19-21), a wrong item with both pictures, and an 8-line order, in Japanese at
1366×768. The real app on demo data. Run under a real X server::

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots_bench.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import (  # noqa: E402
    OUT,
    demo_db,
    open_window,
    scanner,
    settle,
    wait_until,
)

EIGHT = "R-2008"
EIGHT_SKUS = ("TEE-RED-M", "TEE-BLU-M", "MUG-WHT", "MUG-BLK", "CAP-NVY", "TOTE-NAT",
              "SOCKS-GRY", "TEA-GRN")


def main() -> int:
    from packstation.config import Config
    from packstation.services.demo import shop as demo_shop

    db = demo_db()
    skus = _add_eight_line_order(db)
    app, ctx, window = open_window(Config(db, "station-1"), size=(1366, 768))
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(app, lambda: len(window.orders.model.rows) > 0)
    wait_until(app, lambda: ctx.tasks.db.pending == 0)
    packer = window.packer
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    scan = scanner(app, packer)

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(OUT / name))
        print("wrote", OUT / name)

    scan("R-1036")
    wait_until(app, lambda: packer.proposal is not None)
    shot("packer-cool-gift-ja.png")
    scan(codes["TEE-RED-M"])  # not on R-1036 (frozen gyoza): the wrong item, both pictures
    shot("packer-wrong-item-ja.png")
    scan(EIGHT)  # another order's pick list: offered, not counted
    packer.hold()  # F8: R-1036 on hold, R-2008 opens
    wait_until(app, lambda: packer.order_no == EIGHT)
    wait_until(app, lambda: packer.proposal is not None)
    for sku in skus[:3]:
        scan(codes[sku])
    shot("packer-8-lines-ja.png")
    ctx.tasks.shutdown()
    return 0


def _add_eight_line_order(db: str) -> list[str]:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
    from packstation.services.demo import shop as demo_shop

    known = {p.sku for p in demo_shop.products() if not p.missing_measurements
             and not p.serial_tracked and not p.qty_entry_allowed}
    skus = [s for s in EIGHT_SKUS if s in known]
    skus += sorted(known - set(skus))[:8 - len(skus)]
    seeded = build(Config(db, "station-1"))
    with seeded.uow() as uow:
        uow.orders.add_many([Order(EIGHT, "自社EC", OrderStatus.OPEN,
                                   [OrderLine(i, sku, 1 + i % 2) for i, sku in
                                    enumerate(skus, 1)],
                                   ship_to=ShipTo("山田 花子", "530-0001", 27, "北区梅田1-1"))])
        uow.commit()
    seeded.close()
    return skus


if __name__ == "__main__":
    sys.exit(main())
