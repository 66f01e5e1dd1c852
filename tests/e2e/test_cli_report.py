"""`packstation report daily` as the lead's morning cron job runs it: an A4 Japanese PDF with
the embedded font, the charts drawn, the day's figures readable back, and the CSV."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from packstation.bootstrap import build
from packstation.config import Config
from tests.documents_fixtures import pdf_fonts, pdf_text, render_png
from tests.e2e.test_cli import run
from tests.integration.test_kpis import _shift

MONDAY = "2025-03-03"


@pytest.fixture(scope="module")
def packed_db(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo shop after test_kpis' Monday shift: 5 orders, 7 units, one WRONG_ITEM."""
    target = tmp_path_factory.mktemp("report") / "shop.db"
    shutil.copy(demo_template, target)
    url = f"sqlite:///{target}"
    app = build(Config(url, "t"))
    _shift(app)
    app.close()
    return url


@pytest.fixture(scope="module")
def report(packed_db: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("out")
    pdf, numbers = folder / "daily.pdf", folder / "daily.csv"
    done = run("--db", packed_db, "report", "daily", "--date", MONDAY, "--out", str(pdf),
               "--csv", str(numbers))
    assert done.returncode == 0, done.stderr
    assert MONDAY in done.stdout and done.stderr == ""
    return pdf, numbers


def test_pdf_embeds_its_japanese_font_and_says_the_figures(report) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = report
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    assert any("IPAexGothic" in name for name, _ in fonts)
    text = pdf_text(pdf)
    assert "日次レポート" in text and "2025年03月03日（月）" in text
    assert "出荷件数" in text and "5件" in text and "7点" in text
    assert "人時生産性" in text and "1.7件/人時" in text  # 5 orders / 3 person-hours
    assert "当日出荷率" in text and "誤出荷率" in text
    assert "商品違い" in text and "142.9" in text  # 1 refusal per 7 units, per 1,000
    assert "TEE-RED-M → TEE-RED-L" in text  # the top look-alike pair
    assert "時間帯別 出荷件数" in text and "作業者別 人時生産性" in text


def test_pdf_is_one_a4_page_with_the_bars_drawn(report) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = report
    (png,) = render_png(pdf, 50)
    image = Image.open(png).convert("RGB")
    assert abs(image.width - 413) <= 2 and abs(image.height - 585) <= 2  # A4 at 50 dpi
    bar = (0x2F, 0x6F, 0xB0)
    blue = sum(n for n, px in image.getcolors(maxcolors=1 << 20) or []
               if all(abs(a - b) < 24 for a, b in zip(px, bar, strict=True)))
    assert blue > 200, "the charts' bars are on the page"


def test_csv_holds_the_numbers(report) -> None:  # type: ignore[no-untyped-def]
    _, numbers = report
    data = numbers.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    rows = {r[0]: r[1] for r in csv.reader(io.StringIO(data.decode("utf-8-sig")))}
    assert rows["出荷件数"] == "5" and rows["出荷点数"] == "7"
    assert rows["09時 出荷件数"] == "2" and rows["検品エラー WRONG_ITEM"] == "142.9"


@pytest.mark.parametrize("date", ["2025-02-30", "yesterday", "2025/03/03"])
def test_a_bad_date_is_exit_2_and_writes_nothing(packed_db: str, tmp_path: Path,
                                                 date: str) -> None:
    out = tmp_path / "x.pdf"
    done = run("--db", packed_db, "report", "daily", "--date", date, "--out", str(out))
    assert done.returncode == 2
    assert "is not a date" in done.stderr and "YYYY-MM-DD" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_an_unwritable_path_is_exit_2(packed_db: str, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for args in (("--out", str(blocker / "x.pdf")),
                 ("--out", str(tmp_path / "x.pdf"), "--csv", str(tmp_path / "no" / "x.csv"))):
        done = run("--db", packed_db, "report", "daily", "--date", MONDAY, *args)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists(), "nothing written when one path is wrong"
