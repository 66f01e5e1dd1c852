"""Screenshots of the shift lead's review screen (called by scripts/screenshots.py).

A packing day is played through the real packing services first (two packers, 09:00-17:00 in
Japan, look-alike mistakes now and then), so the list, the pairs, the heat table and the KPIs
show what a lead really sees at the end of a shift.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication

JST_OFFSET = timedelta(hours=9)
# (ordered SKU, the look-alike a tired packer grabs instead)
LOOKALIKES = [("TEE-RED-M", "TEE-RED-L"), ("SOCK-NVY-M", "SOCK-BLK-M"), ("CASE-IP15", "CASE-IP16"),
              ("TEE-BLK-S", "TEE-BLK-M"), ("MUG-WHT", "MUG-BLK"), ("CAP-NVY", "CAP-BLK"),
              ("TEE-RED-M", "TEE-RED-L"), ("SOCK-NVY-M", "SOCK-BLK-M")]


class _Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def play_day(app: Any, today_jst: Any) -> None:
    """Two packers pack one shift of orders with a few refused scans, through the services."""
    from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
    from packstation.services.demo import shop as demo_shop
    from packstation.services.packing import bench as packing

    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    rng = random.Random(4)
    start = datetime.combine(today_jst, time(9), UTC) - JST_OFFSET
    with app.uow() as uow:
        ids = {login: uow.users.by_login(login).id for login in ("sato", "nguyen")}
        orders = []
        for n in range(320):
            sku = LOOKALIKES[n % len(LOOKALIKES)][0]
            lines = [OrderLine(1, sku, 1 + n % 2), OrderLine(2, "TOWEL-FACE", 1)]
            orders.append(Order(f"SH-{n + 1:04d}", "楽天市場", OrderStatus.OPEN, lines,
                                ship_to=ShipTo("デモ 太郎", "060-0001", 1, "1-1")))
        uow.orders.add_many(orders)
        uow.commit()
    clock = _Clock(start)
    benches = {who: packing.Bench(app.uow, clock, f"st-{i + 1}", user_id=uid)
               for i, (who, uid) in enumerate(ids.items())}
    for n, order in enumerate(orders):
        who = "sato" if n % 2 == 0 else "nguyen"
        if who == "nguyen" and 12 * 60 <= (n // 2) * 3 + 9 * 60 < 13 * 60:
            continue  # nguyen's lunch break: no scans, no hour worked
        clock.at = start + timedelta(minutes=(n // 2) * 3)
        bench = benches[who]
        packing.open_order(bench, order.order_no)
        _meant, grabbed = LOOKALIKES[n % len(LOOKALIKES)]
        if rng.random() < (0.35 if who == "nguyen" and clock.at.hour >= 7 else 0.15):
            packing.scan(bench, order.order_no, codes[grabbed])  # refused: WRONG_ITEM
        for line in order.lines:
            for _ in range(line.qty):
                packing.scan(bench, order.order_no, codes[line.sku])
        if rng.random() < 0.05:
            packing.scan(bench, order.order_no, codes["TOWEL-FACE"])  # one too many
        packing.complete(bench, order.order_no)


def review_shots(app: QApplication, window: Any, shot: Callable[[str], None],
                 wait_until: Callable[..., None]) -> None:
    from packstation.services.dto import SessionUser
    from packstation.services.review import kpis, mispicks

    services = window.app
    today = mispicks.jst_today(services.clock)
    play_day(services, today)
    with services.uow() as uow:
        lead_id = uow.users.by_login("suzuki").id
    lead = SessionUser(lead_id, "suzuki", "鈴木 美香", "lead", "ja")
    kpis.report_misshipment(services.uow, lead, "SH-0008", "WRONG_ITEM",
                            note="お客様から連絡: 色違いが届いた", clock=services.clock)
    window.login.who.setText("suzuki")
    window.login.pin.setText("2222")
    window.login.submit()
    wait_until(app, lambda: window.stack.currentWidget() is window.work)
    window.set_language("ja")
    review = window.review
    window.show_review()
    wait_until(app, lambda: window.ctx.tasks.db.pending == 0 and bool(review.records.rows))
    review.records_table.selectRow(0)
    review.comment.setText("TEE-RED の M と L を別の棚へ")
    review.mark_reviewed()
    wait_until(app, lambda: window.ctx.tasks.db.pending == 0
               and review.records.rows[0].reviewed_at is not None)
    review.records_table.selectRow(1)
    shot("review-ja.png")
    review.pages.setCurrentIndex(1)  # the KPIs are read now, day by day
    wait_until(app, lambda: window.ctx.tasks.db.pending == 0 and bool(review.kpi.rows))
    shot("review-kpi-ja.png")
    window.set_language("en")
    wait_until(app, lambda: True)
    review.pages.setCurrentIndex(0)
    shot("review-en.png")
    review.pages.setCurrentIndex(1)
    shot("review-kpi-en.png")
