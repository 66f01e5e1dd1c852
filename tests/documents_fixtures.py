"""A fixed order, shop and catalog for document tests, and the poppler/zbar checks that read
PDFs back (the tests never trust the writer: they render, decode and extract)."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from packstation.domain.documents import Shop
from packstation.domain.model import CoolType, Order, OrderLine, OrderStatus, Product, ShipTo

TRACKING = "123456789013"  # Yamato: 12345678901 mod 7 = 3
REGISTRATION = "T1180301018771"
RECIPIENT = "髙橋 美咲"
PRICES = (2480, 2980, 1480)


def order(**changes: object) -> Order:
    base = Order(
        order_no="R-2001", channel="楽天市場", status=OrderStatus.PACKED,
        lines=[OrderLine(1, "TEE-RED-M", 2, unit_price_yen=2480, tax_rate_pct=10),
               OrderLine(2, "RICE-5KG", 1, unit_price_yen=2980, tax_rate_pct=8),
               OrderLine(3, "GYOZA-FRZ", 3, unit_price_yen=1480)],  # rate from the product
        ship_to=ShipTo(RECIPIENT, "060-0001", 1, "札幌市中央区北一条西1-1-1",
                       "コーポ緑が丘 305号室", "011-000-0000"),
        ordered_at=datetime(2026, 11, 22, 16, 30, tzinfo=UTC),  # 23 Nov in Japan
        delivery_date=date(2026, 11, 25), time_slot="14-16", cod_yen=0,
        cool=CoolType.FROZEN, tracking_no=TRACKING)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def products() -> dict[str, Product]:
    return {"TEE-RED-M": Product("TEE-RED-M", "Tシャツ 赤 M"),
            "RICE-5KG": Product("RICE-5KG", "コシヒカリ 5kg", tax_rate_pct=8),
            "GYOZA-FRZ": Product("GYOZA-FRZ", "冷凍ぎょうざ 30個", tax_rate_pct=8)}


def shop(registration_no: str = REGISTRATION, logo: str = "") -> Shop:
    return Shop("パックステーション商店", "135-0061", "東京都江東区豊洲1-2-3 物流センター4F",
                "03-1234-5678", logo, registration_no)


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        cols = line.split()
        # name type [type…] encoding emb sub uni object ID: emb is the 5th from the end
        rows.append((cols[0], cols[-5] == "yes"))
    return rows


def pdf_images(pdf: Path) -> list[int]:
    """The page of every image in the PDF (pdfimages -list), in order."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                         check=True)
    return [int(line.split()[0]) for line in out.stdout.splitlines()[2:] if line.strip()]


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True)
    return out.stdout


def render_png(pdf: Path, dpi: int, gray: bool = False) -> list[Path]:
    prefix = pdf.with_suffix("")
    args = ["pdftoppm", "-r", str(dpi), "-png", *(["-gray"] if gray else []), str(pdf),
            str(prefix)]
    subprocess.run(args, check=True, capture_output=True)
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def decode(png: Path) -> list[str]:
    """Every barcode zbarimg reads in the image, as 'SYMBOLOGY:data'."""
    out = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True,
                         check=False)
    return [line for line in out.stdout.splitlines() if re.match(r"^[A-Za-z0-9-]+:", line)]
