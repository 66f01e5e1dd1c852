"""Draw the application icon (installers/icons/packstation.png 256 px and packstation.ico):
a cardboard carton with a green check, the packer's 'verified' mark. Pillow only."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "installers" / "icons"


def icon(size: int = 256) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=40 * s, fill=(21, 101, 192))
    # carton: front face, top flaps, tape
    d.polygon([(56 * s, 104 * s), (200 * s, 104 * s), (200 * s, 208 * s), (56 * s, 208 * s)],
              fill=(196, 145, 90))
    d.polygon([(56 * s, 104 * s), (88 * s, 64 * s), (232 * s, 64 * s), (200 * s, 104 * s)],
              fill=(222, 178, 120))
    d.polygon([(200 * s, 104 * s), (232 * s, 64 * s), (232 * s, 168 * s), (200 * s, 208 * s)],
              fill=(160, 112, 64))
    d.rectangle([118 * s, 104 * s, 138 * s, 208 * s], fill=(235, 215, 170))
    # check mark
    d.line([(84 * s, 158 * s), (116 * s, 190 * s), (176 * s, 124 * s)], fill=(46, 160, 67),
           width=int(22 * s), joint="curve")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = icon(256)
    big.save(OUT / "packstation.png", optimize=True)
    big.save(OUT / "packstation.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                             (128, 128), (256, 256)])
    print(f"wrote {OUT / 'packstation.png'} and {OUT / 'packstation.ico'}")


if __name__ == "__main__":
    main()
