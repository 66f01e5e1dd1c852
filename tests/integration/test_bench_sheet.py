"""The bench sheet PDF rendered for real and read back with poppler and zbar: every
acknowledgement's barcode decodes at an office printer's 200 dpi, its text is Japanese."""

from __future__ import annotations

from pathlib import Path

from packstation.adapters.printing.renderer import ReportlabZplRenderer
from packstation.domain.handling import AckKind, parse_ack
from packstation.services.printing import documents
from tests.documents_fixtures import decode, pdf_fonts, pdf_text, render_png


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "bench-sheet.pdf"
    path.write_bytes(documents.bench_sheet(ReportlabZplRenderer()))
    return path


def test_every_confirmation_barcode_decodes_to_its_acknowledgement(tmp_path: Path) -> None:
    (png,) = render_png(_sheet(tmp_path), 200)
    found = decode(png)
    assert sorted(found) == sorted(f"CODE-128:{k.code}" for k in AckKind)
    assert {parse_ack(text.split(":", 1)[1]) for text in found} == set(AckKind)


def test_the_sheet_says_in_japanese_what_each_code_confirms_and_its_key(
        tmp_path: Path) -> None:
    pdf = _sheet(tmp_path)
    assert all(embedded for _, embedded in pdf_fonts(pdf))
    text = pdf_text(pdf)
    for expected in ("保冷剤・クール箱を入れた", "のし・包装・メッセージカードをした",
                     "同梱物を入れた", "Ctrl+1", "Ctrl+2", "Ctrl+3", "ACK-COOL", "梱包台シート"):
        assert expected in text, expected
