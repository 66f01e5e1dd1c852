"""Render the demo shop's documents into docs/screenshots/ as PNG (pdftoppm), through the CLI
exactly as an admin would: label-4x6.png (203 dpi, as the thermal printer prints it),
label-4x6-carton-2of2.png (the second carton of an order packed in two), slip-a4.png and
slip-gift-a4.png (100 dpi).

Run: python scripts/document_screenshots.py   (needs poppler-utils)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def _showcase_order(db: str) -> None:
    """One order with everything a label can show: service and class, date and slot, cool,
    COD, a Yamato tracking number, and both tax rates on its slip."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.model import (
        CartonPlan,
        CoolType,
        Order,
        OrderLine,
        OrderStatus,
        ShipTo,
    )

    app = build(Config(db, "screenshots"))
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date()
    with app.uow() as uow:
        uow.orders.add_many([Order(
            "R-2001", "楽天市場", OrderStatus.PACKED,
            [OrderLine(1, "CHEESE-CHL", 1, unit_price_yen=2800, tax_rate_pct=8),
             OrderLine(2, "TOWEL-FACE", 2, unit_price_yen=1100, tax_rate_pct=10),
             OrderLine(3, "RICE-5KG", 1, unit_price_yen=2980, tax_rate_pct=8)],
            ship_to=ShipTo("髙橋 美咲", "060-0001", 1, "札幌市中央区北一条西1-1-1",
                           "コーポ緑が丘 305号室", "011-000-0000"),
            ordered_at=datetime.now(UTC), delivery_date=tomorrow, time_slot="14-16",
            cod_yen=7980, cool=CoolType.CHILLED, tracking_no="123456789013",
            service_code="takkyubin", size_class="80")])
        uow.orders.add_many([Order(  # two cartons: 個口 1/2 and 2/2
            "R-2002", "Amazon", OrderStatus.PACKED,
            [OrderLine(1, "RICE-5KG", 2, unit_price_yen=2980, tax_rate_pct=8),
             OrderLine(2, "TOWEL-FACE", 6, unit_price_yen=1100, tax_rate_pct=10)],
            ship_to=ShipTo("山田 花子", "150-0001", 13, "渋谷区神宮前1-2-3", "", "03-0000-0000"),
            ordered_at=datetime.now(UTC), tracking_no="123456789024",
            service_code="takkyubin,yupack", size_class="60,80",
            cartons=(CartonPlan("B80", "takkyubin", "60"), CartonPlan("B60", "yupack", "80")))])
        uow.commit()
    app.close()


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "packstation", *args], check=True)


def _png(pdf: Path, dpi: int, name: str, page: int = 1) -> None:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(OUT / name)], check=True)
    print(f"wrote {OUT / name}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/shop.db"
        _cli("--db", db, "demo-data", "--orders", "5")
        _showcase_order(db)
        work = Path(tmp)
        _cli("--db", db, "label", "R-2001", "--out", str(work / "label.pdf"))
        _cli("--db", db, "label", "R-2002", "--out", str(work / "cartons.pdf"))
        _cli("--db", db, "slip", "R-2001", "--out", str(work / "slip.pdf"))
        _cli("--db", db, "slip", "R-2001", "--out", str(work / "gift.pdf"), "--gift")
        _png(work / "label.pdf", 203, "label-4x6")
        _png(work / "cartons.pdf", 203, "label-4x6-carton-2of2", page=2)
        _png(work / "slip.pdf", 100, "slip-a4")
        _png(work / "gift.pdf", 100, "slip-gift-a4")


if __name__ == "__main__":
    main()
