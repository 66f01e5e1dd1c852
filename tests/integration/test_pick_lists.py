"""Pick lists rendered for real (issue 20): read back with poppler and zbar, the order's
barcode opens the order at the bench, the lines are in shelf order, long orders go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.domain.errors import BadInput, NotFound, StateError
from packstation.domain.model import Order, OrderLine, OrderStatus
from tests.documents_fixtures import decode, pdf_fonts, pdf_images, pdf_text, render_png


@pytest.fixture
def app(demo_app):  # type: ignore[no-untyped-def]
    return demo_app


def _write(app, tmp_path: Path, *order_nos: str) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "pick.pdf"
    path.write_bytes(app.services.printing.documents.pick_lists(list(order_nos)))
    return path


def test_each_orders_barcode_decodes_and_the_lines_follow_the_shelves(app, tmp_path) -> None:
    pdf = _write(app, tmp_path, "R-1036", "R-1001")
    pages = render_png(pdf, 200)
    assert [decode(png) for png in pages] == [["CODE-128:R-1036"], ["CODE-128:R-1001"]]
    assert all(embedded for _, embedded in pdf_fonts(pdf))
    text = pdf_text(pdf)
    assert "ピッキングリスト" in text and "冷凍ぎょうざ 30個" in text and "冷凍" in text
    with app.uow() as uow:
        order = uow.orders.get("R-1001")
        products = uow.products.get_many(ln.sku for ln in order.lines)
    shelves = sorted({products[ln.sku].location for ln in order.lines})
    assert all(shelves), "demo products are shelved"
    assert all(s in text for s in shelves)


def test_a_long_order_runs_over_pages_each_with_the_barcode(app, tmp_path) -> None:
    with app.uow() as uow:
        skus = [p.sku for p in uow.products.list_all()][:30]
        uow.orders.add_many([Order("R-LONG", "test", OrderStatus.OPEN,
                                   [OrderLine(i, sku, 1) for i, sku in enumerate(skus, 1)])])
        uow.commit()
    pages = render_png(_write(app, tmp_path, "R-LONG"), 150)
    assert len(pages) >= 2
    assert all(decode(png) == ["CODE-128:R-LONG"] for png in pages)
    text = pdf_text(tmp_path / "pick.pdf")
    assert f"1/{len(pages)}" in text and f"{len(pages)}/{len(pages)}" in text
    assert all(sku in text for sku in skus), "no line lost between pages"


def test_unknown_and_cancelled_orders_are_refused_not_skipped(app, tmp_path) -> None:
    with pytest.raises(NotFound):
        app.services.printing.documents.pick_lists(["R-1001", "R-NOPE"])
    with app.uow() as uow:
        uow.orders.add_many([Order("R-CXL", "test", OrderStatus.CANCELLED,
                                   [OrderLine(1, "MUG-WHT", 1)])])
        uow.commit()
    with pytest.raises(StateError):
        app.services.printing.documents.pick_lists(["R-CXL"])


def test_a_product_import_sets_shelves_and_refuses_a_bad_one_naming_row_and_column(
        app) -> None:
    good = "sku,name_ja,棚番\nMUG-WHT,マグカップ 白,Ｃ－０３－１\n".encode()
    app.services.imports.import_file("products", good, source="p.csv")
    with app.uow() as uow:
        assert uow.products.get("MUG-WHT").location == "C-03-1"
    bad = ("sku,name_ja,棚番\nMUG-WHT,マグカップ 白,D-1\nMUG-BLK,マグカップ 黒,棚/1\n").encode()
    with pytest.raises(BadInput) as refused:
        app.services.imports.import_file("products", bad, source="p.csv")
    (problem,) = refused.value.problems
    assert (problem.row, problem.column) == (3, "棚番")
    with app.uow() as uow:
        assert uow.products.get("MUG-WHT").location == "C-03-1", "all or nothing"


def test_product_pictures_are_on_the_lines_when_the_shop_asks_for_them(app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from packstation.domain.model import Role
    from packstation.services import settings
    from packstation.services.dto import SessionUser

    plain = _write(app, tmp_path, "R-1001")
    assert pdf_images(plain) == [], "no pictures unless asked"
    admin = SessionUser(4, "admin", "山田 管理者", Role.ADMIN, "ja")
    settings.save(app.uow, admin, {"picklist_pictures": True})
    pdf = _write(app, tmp_path, "R-1001", "R-1036")
    with app.uow() as uow:
        lines = {n: len({ln.sku for ln in uow.orders.get(n).lines}) for n in ("R-1001", "R-1036")}
    assert pdf_images(pdf) == [1] * lines["R-1001"] + [2] * lines["R-1036"], "one per line"
    assert "写真" in pdf_text(pdf)
    pages = render_png(pdf, 200)
    assert [decode(png) for png in pages] == [["CODE-128:R-1001"], ["CODE-128:R-1036"]]
    # The picture column (80-91 mm from the 15 mm margin) of the first page is printed on:
    # the pictures cover far more of it than the frame a missing picture gets.
    image = Image.open(pages[0]).convert("L")
    px = 200 / 25.4
    top = 15 + 48 + 6  # margin, header, column titles
    column = image.crop((int(95 * px), int(top * px), int(106 * px),
                         int((top + 12 * lines["R-1001"]) * px)))
    inked = sum(n for n, level in column.getcolors(maxcolors=1_000_000) or [] if level < 250)
    assert inked > 0.2 * column.width * column.height, inked
    # The CLI's --no-pictures (or the service's argument) overrides the setting.
    off = tmp_path / "off.pdf"
    off.write_bytes(app.services.printing.documents.pick_lists(["R-1001"], pictures=False))
    assert pdf_images(off) == []
