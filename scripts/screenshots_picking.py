"""docs/screenshots/ for issue 20: a single-order pick list and a batch's total pick list
(rendered with pdftoppm at 100 dpi, as printed), and the sorting screen (種まき) part-way
through a 12-order batch, in Japanese at 1366×768. The real app on demo data. Run under a
real X server::

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots_picking.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import OUT, demo_db, open_window, settle, wait_until  # noqa: E402


def main() -> int:
    from packstation.config import Config
    from packstation.domain.model import Role
    from packstation.services.demo import shop as demo_shop
    from packstation.services.dto import SessionUser

    db = demo_db()
    app, ctx, window = open_window(Config(db, "station-1"), size=(1366, 768))
    services = window.app.services
    _pdf_page(services.printing.documents.pick_lists(["R-1002"]), "picklist-a4.png")
    lead = SessionUser(3, "suzuki", "鈴木 美香", Role.LEAD, "ja")
    batch = services.picking.create_batch(lead, max_orders=12, filters=["single"])
    _pdf_page(services.picking.batch_pick_list_pdf(batch.batch_no), "batch-picklist-a4.png")
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(app, lambda: ctx.tasks.db.pending == 0 and len(window.orders.model.rows) > 0)
    window.packer.on_scanned(batch.batch_no, False)
    wait_until(app, lambda: window._sorting is not None
               and window.sorting.batch_no == batch.batch_no)
    sorting = window.sorting
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    with window.app.uow() as uow:
        needs = [uow.orders.get(n).lines[0].sku for n in list(batch.slots.values())[:5]]
    for sku in needs:
        before = sorting.last
        sorting.on_scanned(codes[sku], False)
        wait_until(app, lambda b=before: sorting.last is not b)
    settle(app)
    window.grab().save(str(OUT / "sorting-ja.png"))
    print("wrote", OUT / "sorting-ja.png")
    _order_entry(app, ctx, window)
    window.orders.refresh()  # the lead's order list: pick lists, phone orders, batches
    wait_until(app, lambda: ctx.tasks.db.pending == 0 and window.orders.batch_button.isVisible())
    settle(app)
    window.grab().save(str(OUT / "orders-lead-ja.png"))
    window.set_language("en")
    settle(app)
    window.grab().save(str(OUT / "orders-lead-en.png"))
    print("wrote", OUT / "orders-lead-ja.png", OUT / "orders-lead-en.png")
    ctx.tasks.shutdown()
    return 0


def _order_entry(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The lead's phone order, half typed, with the problems of a first save."""
    from packstation.ui.screens.order_entry import OrderEntryDialog

    window.lock()  # the lead logs in at the bench (the top bar names her)
    window.login.who.setText("suzuki")
    window.login.pin.setText("2222")
    window.login.submit()
    wait_until(app, lambda: window.stack.currentWidget() is window.work
               and ctx.tasks.db.pending == 0)
    window.tabs.setCurrentWidget(window.orders)
    window.orders.open_order_entry()
    wait_until(app, lambda: bool(window.orders.findChildren(OrderEntryDialog)))
    dialog = window.orders.findChildren(OrderEntryDialog)[-1]
    wait_until(app, lambda: bool(dialog.products) and dialog.fields["order_no"].text() != "")
    for sku, qty in (("GYOZA-FRZ", "2"), ("MUG-WHT", "1")):
        dialog.product.setText(sku)
        dialog.qty.setText(qty)
        dialog.add_line()
    for name, text in (("ship_name", "山田 花子"), ("postal_code", "100-000"),
                       ("prefecture", "東京都"), ("address1", "千代田区千代田1-1"),
                       ("phone", "03-1234"), ("delivery_date", "12月24日")):
        dialog.fields[name].setText(text)
    dialog.cool.setCurrentIndex(2)
    dialog.save()
    wait_until(app, lambda: dialog.message.text() != "")
    settle(app)
    dialog.grab().save(str(OUT / "order-entry-ja.png"))
    print("wrote", OUT / "order-entry-ja.png")
    dialog.close()


def _pdf_page(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "doc.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf),
                        str(OUT / name.removesuffix(".png"))], check=True)
    print("wrote", OUT / name)


if __name__ == "__main__":
    sys.exit(main())
