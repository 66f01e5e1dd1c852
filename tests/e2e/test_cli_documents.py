"""`packstation label` and `packstation slip` as a cron job or a support engineer runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.documents_fixtures import decode, pdf_fonts, pdf_text, render_png
from tests.e2e.test_cli import run


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "shop.db"
    shutil.copy(demo_template, target)
    return f"sqlite:///{target}"


def _name_of(db: str, order_no: str) -> str:
    from packstation.bootstrap import build
    from packstation.config import Config

    app = build(Config(db, "t"))
    with app.uow() as uow:
        order = uow.orders.get(order_no)
    app.close()
    assert order is not None and order.ship_to is not None
    return order.ship_to.name


def test_label_pdf_scans_and_names_the_recipient(db: str, tmp_path: Path) -> None:
    out = tmp_path / "R-1001.pdf"
    done = run("--db", db, "label", "R-1001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "R-1001" in done.stdout and done.stderr == ""
    assert all(embedded for _, embedded in pdf_fonts(out))
    (png,) = render_png(out, 203)
    assert decode(png) == ["CODE-128:R-1001"]
    assert f"{_name_of(db, 'R-1001')} 様" in pdf_text(out)


def test_label_zpl_at_300_dpi(db: str, tmp_path: Path) -> None:
    out = tmp_path / "R-1002.zpl"
    done = run("--db", db, "label", "R-1002", "--out", str(out), "--format", "zpl",
               "--dpi", "300")
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"^XA") and b"^PW1200" in data and b"^FDR-1002^FS" in data


def test_slip_and_gift_slip(db: str, tmp_path: Path) -> None:
    slip, gift = tmp_path / "slip.pdf", tmp_path / "gift.pdf"
    assert run("--db", db, "slip", "R-1001", "--out", str(slip)).returncode == 0
    assert run("--db", db, "slip", "R-1001", "--out", str(gift), "--gift").returncode == 0
    assert "¥" in pdf_text(slip) and "登録番号 T1180301018771" in pdf_text(slip)
    assert "¥" not in pdf_text(gift) and "納品書" in pdf_text(gift)
    (png,) = render_png(gift, 203)
    assert decode(png) == ["CODE-128:R-1001"], "the slip's order barcode for the box check"


def test_unknown_order_is_one_line_and_exit_2(db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    for command in ("label", "slip"):
        done = run("--db", db, command, "R-9999", "--out", str(out))
        assert done.returncode == 2
        assert done.stderr.strip().splitlines() == [
            "order 'R-9999' not found (check the number with `packstation orders`)"]
        assert "Traceback" not in done.stderr and not out.exists()


def test_missing_output_folder_is_bad_input(db: str, tmp_path: Path) -> None:
    done = run("--db", db, "label", "R-1001", "--out", str(tmp_path / "no" / "x.pdf"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "does not exist" in done.stderr


def test_unknown_format_is_refused_by_the_parser(db: str, tmp_path: Path) -> None:
    done = run("--db", db, "label", "R-1001", "--out", str(tmp_path / "x"), "--format", "png")
    assert done.returncode == 2 and "invalid choice: 'png'" in done.stderr


def test_shop_not_set_up_says_which_settings(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    done = run("--db", db, "label", "R-1001", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "not found" in done.stderr  # no orders at all
    csv = tmp_path / "o.csv"
    csv.write_text("order_no,sku,qty,ship_name,postal_code,prefecture,address1\n", "utf-8")
    products = tmp_path / "p.csv"
    products.write_text("sku,name_ja\nA-1,テスト商品\n", "utf-8")
    assert run("--db", db, "import-products", str(products)).returncode == 0
    csv.write_text("order_no,sku,qty,ship_name,postal_code,prefecture,address1\n"
                   "X-1,A-1,1,山田 花子,100-0001,東京都,千代田区1-1\n", "utf-8")
    assert run("--db", db, "import-orders", str(csv)).returncode == 0
    done = run("--db", db, "label", "X-1", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert done.stderr.startswith("packstation: The shop's shop_name, shop_address not set")
    assert len(done.stderr.strip().splitlines()) == 1


def test_bench_sheet_pdf_carries_every_confirmation_barcode(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    done = run("bench-sheet", "--out", str(out))
    assert done.returncode == 0, done.stderr
    (png,) = render_png(out, 200)
    assert sorted(decode(png)) == ["CODE-128:ACK-COOL", "CODE-128:ACK-ENCL", "CODE-128:ACK-GIFT"]


def test_picklist_writes_one_page_per_order_with_its_barcode(db: str, tmp_path: Path) -> None:
    out = tmp_path / "pick.pdf"
    done = run("--db", db, "picklist", "R-1036", "R-1001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "2 orders" in done.stdout
    assert [decode(png) for png in render_png(out, 200)] == [["CODE-128:R-1036"],
                                                            ["CODE-128:R-1001"]]


def test_picklist_names_the_unknown_order_and_writes_nothing(db: str, tmp_path: Path) -> None:
    out = tmp_path / "pick.pdf"
    done = run("--db", db, "picklist", "R-1001", "R-9999", "--out", str(out))
    assert done.returncode == 2
    assert "R-9999" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_batch_create_needs_a_lead_and_writes_the_total_list(db: str, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    refused = run("--db", db, "batch", "create", "--out", str(out))
    assert refused.returncode == 2 and "--user" in refused.stderr and not out.exists()
    done = run("--db", db, "batch", "create", "--user", "suzuki", "--max-orders", "5",
               "--filter", "single", "--out", str(out), "--json",
               env={"PACKSTATION_PIN": "2222"})
    assert done.returncode == 0, done.stderr
    batch = json.loads(done.stdout)
    assert batch["batch_no"] == "B-0001" and [s["slot"] for s in batch["slots"]] == [1, 2, 3,
                                                                                      4, 5]
    assert all(decode(png) == ["CODE-128:B-0001"] for png in render_png(out, 200))
    shown = run("--db", db, "batch", "show", "B-0001", "--json")
    assert json.loads(shown.stdout) == batch


def test_batch_create_names_every_bad_option_and_makes_no_batch(db: str, tmp_path: Path) -> None:
    done = run("--db", db, "batch", "create", "--user", "suzuki", "--max-orders", "0",
               "--filter", "colour=red", "--out", str(tmp_path / "b.pdf"),
               env={"PACKSTATION_PIN": "2222"})
    assert done.returncode == 2
    assert "--max-orders" in done.stderr and "colour=red" in done.stderr
    missing = run("--db", db, "batch", "show", "B-0001")
    assert missing.returncode != 0 and "B-0001" in missing.stderr


def test_picklist_pictures_flag_puts_a_picture_on_each_line(db: str, tmp_path: Path) -> None:
    from tests.documents_fixtures import pdf_images

    out = tmp_path / "pick.pdf"
    done = run("--db", db, "picklist", "R-1001", "--pictures", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert len(pdf_images(out)) >= 1
    assert run("--db", db, "picklist", "R-1001", "--no-pictures", "--out",
               str(out)).returncode == 0
    assert pdf_images(out) == []
