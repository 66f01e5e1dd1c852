"""Draw the demo shop's product pictures (resources/products/SKU.png): a coloured silhouette
with the size letter, so look-alike variants differ at a glance on the packer screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parents[1] / "resources" / "products"
COLOURS = {"RED": "#d32f2f", "BLU": "#1976d2", "BLK": "#212121", "WHT": "#f5f5f5",
           "GRY": "#9e9e9e", "NVY": "#1a237e", "BEI": "#d7c4a3", "W": "#f5f5f5", "B": "#212121"}


def colour_of(sku: str) -> str:
    for part in sku.split("-")[1:]:
        if part in COLOURS:
            return COLOURS[part]
    return "#607d8b"


def draw(sku: str, label: str) -> QImage:
    image = QImage(240, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("#37474f"))
    p.setBrush(QColor(colour_of(sku)))
    path = QPainterPath()
    if sku.startswith("TEE"):  # a T-shirt
        outline = [(60, 40), (95, 30), (145, 30), (180, 40), (215, 85), (185, 105), (175, 95),
                   (175, 200), (65, 200), (65, 95), (55, 105), (25, 85)]
        path.addPolygon([QPointF(x, y) for x, y in outline])
    else:
        path.addRoundedRect(QRectF(45, 45, 150, 150), 24, 24)
    p.drawPath(path)
    p.setPen(QColor("black"))
    font = QFont("IPAexGothic", 22, QFont.Weight.Bold)
    p.setFont(font)
    p.drawText(QRectF(0, 200, 240, 40), Qt.AlignmentFlag.AlignCenter, label)
    p.end()
    return image


def main() -> int:
    from packstation.services.demo import shop as demo_shop

    app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for product in demo_shop.products():
        size = product.sku.rsplit("-", 1)[-1]
        label = size if size in {"S", "M", "L", "XL"} else product.sku.split("-")[0]
        draw(product.sku, label).save(str(OUT / f"{product.sku}.png"))
    del app
    print(f"wrote {len(demo_shop.products())} images to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
