"""Draws the demo shop's logo (src/packstation/resources/shop-logo.png) for the 納品書 header.

Run: python scripts/make_shop_logo.py   (needs Pillow and fonts-ipaexfont-gothic)
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
OUT = Path(__file__).resolve().parents[1] / "src" / "packstation" / "resources" / "shop-logo.png"


def main() -> None:
    img = Image.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(img)
    # a carton seen from the front: box, flaps, tape
    draw.rectangle((20, 60, 170, 180), fill=(196, 148, 92), outline=(90, 60, 30), width=6)
    draw.polygon([(20, 60), (60, 20), (210, 20), (170, 60)], fill=(222, 178, 120),
                 outline=(90, 60, 30))
    draw.rectangle((80, 60, 110, 180), fill=(60, 110, 180))
    draw.text((200, 45), "パック", font=ImageFont.truetype(FONT, 64), fill=(30, 30, 30))
    draw.text((200, 115), "ステーション商店", font=ImageFont.truetype(FONT, 48),
              fill=(60, 110, 180))
    img.save(OUT, optimize=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
