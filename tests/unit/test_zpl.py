"""ZPL labels read back: ^GF bitmaps decompressed by an independent decoder, field sizes at
203 vs 300 dpi, ^BC / ^BK barcode data, the printer-font (Kanji) variant."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pytest

from packstation.adapters.printing.zpl import compress, render_label_zpl
from packstation.domain.documents import ShippingChoice, build_label
from tests.documents_fixtures import RECIPIENT, TRACKING, order, shop

YAMATO = ShippingChoice("yamato", "ヤマト運輸", "宅急便", "60")


@dataclass(frozen=True)
class Graphic:
    x: int
    y: int
    total: int
    row: int
    bits: bytes

    @property
    def height(self) -> int:
        return self.total // self.row


def decompress(data: str, total: int, row: int) -> bytes:
    """ZPL II ASCII compression, decoded from the manual's rules (not from our encoder)."""
    width = 2 * row
    rows: list[str] = []
    current = ""
    count = 0
    for ch in data:
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("G") + 1
        elif "g" <= ch <= "z":
            count += 20 * (ord(ch) - ord("g") + 1)
        elif ch == ":":
            rows.append(rows[-1])
        elif ch in ",!":
            rows.append(current + ("0" if ch == "," else "F") * (width - len(current)))
            current = ""
        else:
            current += ch * (count or 1)
            count = 0
            if len(current) == width:
                rows.append(current)
                current = ""
        assert len(current) < width
    assert current == "", "a row was left unfinished"
    out = bytes.fromhex("".join(rows))
    assert len(out) == total, f"decoded {len(out)} bytes, ^GF said {total}"
    return out


def graphics(zpl: str) -> list[Graphic]:
    found = []
    for m in re.finditer(r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([^\^]*)\^FS", zpl):
        x, y, total, total2, row = (int(g) for g in m.groups()[:5])
        assert total == total2
        found.append(Graphic(x, y, total, row, decompress(m.group(6), total, row)))
    return found


def zpl(dpi: int, kanji_font: str = "", **changes: object) -> str:
    content = build_label(order(**changes), shop(), YAMATO)
    return render_label_zpl(content, "4x6", dpi, kanji_font).decode("utf-8")


@pytest.mark.parametrize("data", [bytes(30), b"\xff" * 30, bytes(range(256)) * 2,
                                  b"\x00\x01" * 100 + b"\x80" * 50 + bytes(50)])
def test_compression_round_trips(data: bytes) -> None:
    for row in (10, 30, 50):
        if len(data) % row == 0:
            assert decompress(compress(data, row), len(data), row) == data


@pytest.mark.parametrize(("dpi", "width", "length"), [(203, 812, 1218), (300, 1200, 1800)])
def test_label_size_in_dots(dpi: int, width: int, length: int) -> None:
    text = zpl(dpi)
    assert text.startswith("^XA") and text.rstrip().endswith("^XZ")
    assert f"^PW{width}" in text and f"^LL{length}" in text


def test_japanese_text_goes_as_bitmaps_that_scale_with_the_resolution() -> None:
    low, high = graphics(zpl(203)), graphics(zpl(300))
    assert len(low) == len(high) >= 15, "every text line is a bitmap"
    assert "^A@" not in zpl(203)
    for a, b in zip(low, high, strict=True):
        assert any(a.bits) and any(b.bits), "each bitmap has black dots"
        assert 1.3 < b.height / a.height < 1.65, (a.height, b.height)  # 300/203 = 1.48
        assert 1.3 < b.row / a.row < 1.65 or a.row < 8
        assert 1.3 < b.y / max(a.y, 1) < 1.65


@pytest.mark.parametrize(("dpi", "width", "length"), [(203, 812, 1218), (300, 1200, 1800)])
@pytest.mark.parametrize("address2", [
    "コーポ緑が丘 305号室", "グランドメゾン緑が丘ステーションフロントタワー北棟 3005号室" * 2])
def test_bitmaps_stay_on_the_label_and_never_overlap(dpi: int, width: int, length: int,
                                                     address2: str) -> None:
    ship_to = replace(order().ship_to, address2=address2)
    boxes = [(g.x, g.y, g.x + g.row * 8, g.y + g.height)
             for g in graphics(zpl(dpi, ship_to=ship_to))]
    for x0, y0, x1, y1 in boxes:
        assert x0 >= 0 and x1 <= width + 8 and y0 >= 0 and y1 <= length
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
            assert not overlap, (a, b)


def test_order_number_as_code128_and_tracking_as_nw7() -> None:
    text = zpl(203)
    assert re.findall(r"\^BCN,\d+,N,N,N,N\^FH\^FD([^\^]*)\^FS", text) == ["R-2001"]
    assert re.findall(r"\^BKN,N,\d+,N,N,A,A\^FD([^\^]*)\^FS", text) == [TRACKING]
    modules = {int(m) for m in re.findall(r"\^BY(\d+),", text)}
    assert modules == {3}, "0.375 mm bars = 3 dots at 203 dpi"
    assert {int(m) for m in re.findall(r"\^BY(\d+),", zpl(300))} == {4}


def test_field_data_is_escaped() -> None:
    text = zpl(203, order_no="R_1^2>3")
    assert "^FH^FDR_5F1_5E2><3^FS" in text, "_ ^ escaped by ^FH, '>' doubled for ^BC"


def test_without_tracking_number_there_is_no_nw7() -> None:
    assert "^BK" not in zpl(203, tracking_no="")


def test_printer_kanji_font_gets_utf8_text_instead_of_bitmaps() -> None:
    text = zpl(203, kanji_font="E:ANMDJ.TTF")
    assert "^GF" not in text and "^CI28" in text
    assert f"^A@N,64,64,E:ANMDJ.TTF^FH^FD{RECIPIENT} 様^FS" in text
    assert "^FR" in text, "the cool mark is printed reversed"
