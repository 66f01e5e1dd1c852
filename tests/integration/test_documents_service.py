"""services/documents.py on the demo shop's database: one unit of work reads the order, the
shop settings and the catalog; the real renderer turns them into bytes that are read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import (
    BadInput,
    ConfigError,
    NeedsConfirmation,
    NotFound,
    StateError,
)
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services import settings
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_import
from packstation.services.printing import documents
from packstation.services.proposal import proposals as proposal
from tests.documents_fixtures import TRACKING, decode, pdf_text, render_png

ADMIN = SessionUser(1, "admin", "管理者", "admin", "ja")


def _add(app: App, order_no: str, **kw: object) -> None:
    lines = kw.pop("lines", [OrderLine(1, "TEE-RED-M", 1, unit_price_yen=2480)])
    with app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.PACKED, lines,
                                   ship_to=ShipTo("山田 花子", "100-0001", 13, "千代田区1-1"),
                                   **kw)])
        uow.commit()


def _pdf(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_label_of_a_shipped_yamato_order(demo_app: App, tmp_path: Path) -> None:
    _add(demo_app, "D-1", service_code="takkyubin", size_class="80", tracking_no=TRACKING)
    pdf = _pdf(tmp_path, documents.label(demo_app.uow, demo_app.renderer, "D-1"))
    (png,) = render_png(pdf, 203)
    assert sorted(decode(png)) == ["CODE-128:D-1", f"Codabar:A{TRACKING}A"]
    text = pdf_text(pdf)
    assert "ヤマト運輸 宅急便" in text and "80サイズ" in text and "山田 花子 様" in text
    assert "パックステーション商店" in text, "the demo shop is the sender"


def test_label_shows_the_size_class_the_packer_chose(demo_app: App, tmp_path: Path) -> None:
    _add(demo_app, "D-2", lines=[OrderLine(1, "RICE-5KG", 1, unit_price_yen=2980)])
    view = proposal.suggest(demo_app.uow, "D-2")
    assert view.best is not None and view.best.classes
    proposal.choose(demo_app.uow, None, "D-2", view.best, best=view.best)
    (content,), _ = documents.label_contents(demo_app.uow, "D-2")
    assert content.size_class == view.best.classes[0] != ""
    assert content.service != ""


def test_zpl_uses_the_printer_font_the_admin_set(demo_app: App) -> None:
    _add(demo_app, "D-3")
    bitmap = documents.label(demo_app.uow, demo_app.renderer, "D-3", fmt="zpl", dpi=300)
    assert b"^GFA" in bitmap and b"^PW1200" in bitmap
    settings.save(demo_app.uow, ADMIN, {"zpl_kanji_font": "E:ANMDJ.TTF"})
    font = documents.label(demo_app.uow, demo_app.renderer, "D-3", fmt="zpl")
    assert b"^GFA" not in font and "^FD山田 花子 様^FS".encode() in font
    forced = documents.label(demo_app.uow, demo_app.renderer, "D-3", fmt="zpl", kanji_font="")
    assert b"^GFA" in forced, "the print queue may still ask for bitmaps"


def test_a6_label_when_the_admin_chose_a6(demo_app: App, tmp_path: Path) -> None:
    _add(demo_app, "D-4")
    settings.save(demo_app.uow, ADMIN, {"label_size": "a6"})
    pdf = _pdf(tmp_path, documents.label(demo_app.uow, demo_app.renderer, "D-4"))
    (png,) = render_png(pdf, 203)
    from PIL import Image

    width, height = Image.open(png).size
    assert abs(width - 839) <= 1 and abs(height - 1183) <= 1, "105 × 148 mm at 203 dpi"


def test_slip_follows_the_orders_gift_flag_unless_told(demo_app: App, tmp_path: Path) -> None:
    _add(demo_app, "D-5", gift=True)
    gift = pdf_text(_pdf(tmp_path, documents.slip(demo_app.uow, demo_app.renderer, "D-5")))
    assert "¥" not in gift and "2,480" not in gift and "Tシャツ 赤 M" in gift
    plain = pdf_text(_pdf(tmp_path, documents.slip(demo_app.uow, demo_app.renderer, "D-5",
                                                   gift=False), "plain.pdf"))
    assert "¥2,480" in plain and "登録番号 T1180301018771" in plain


def test_tax_rate_column_of_the_order_csv_reaches_the_slip(demo_app: App) -> None:
    csv = ("order_no,sku,qty,unit_price_yen,税率,ship_name,postal_code,prefecture,address1\n"
           "C-1,TEE-RED-M,1,1100,10%,山田 花子,100-0001,東京都,千代田区1-1\n"
           "C-1,RICE-5KG,1,1080,8,山田 花子,100-0001,東京都,千代田区1-1\n").encode()
    csv_import.import_file(demo_app.uow, "orders", csv, source="orders.csv")
    content, _ = documents.slip_content(demo_app.uow, "C-1", gift=False)
    assert [ln.reduced_rate for ln in content.lines] == [False, True]
    assert [(t.rate_pct, t.total_incl_yen, t.tax_yen) for t in content.rate_totals] == [
        (10, 1100, 100), (8, 1080, 80)]


def test_unknown_order_and_unsupported_options(demo_app: App) -> None:
    with pytest.raises(NotFound):
        documents.label(demo_app.uow, demo_app.renderer, "NOPE-1")
    with pytest.raises(BadInput, match="format"):
        documents.label(demo_app.uow, demo_app.renderer, "R-1001", fmt="png")
    with pytest.raises(BadInput, match="dpi"):
        documents.label(demo_app.uow, demo_app.renderer, "R-1001", fmt="zpl", dpi=600)
    with pytest.raises(BadInput, match="size"):
        documents.slip(demo_app.uow, demo_app.renderer, "R-1001", size="b5")
    with pytest.raises(BadInput, match="not a printer font name"):
        documents.label(demo_app.uow, demo_app.renderer, "R-1001", fmt="zpl",
                        kanji_font="^XZ^XA")


def test_cancelled_order_gets_no_documents(demo_app: App) -> None:
    _add(demo_app, "D-6")
    from sqlalchemy import update

    from packstation.adapters.db.models import OrderRow

    with demo_app.uow() as uow:
        uow.session.execute(update(OrderRow).where(OrderRow.order_no == "D-6")
                            .values(status="cancelled"))
        uow.commit()
    with pytest.raises(StateError, match="cancelled"):
        documents.slip(demo_app.uow, demo_app.renderer, "D-6")


def test_a_shop_without_name_and_address_cannot_print(app: App) -> None:
    _add(app, "E-1", lines=[])
    with pytest.raises(ConfigError, match="shop_name, shop_address"):
        documents.label(app.uow, app.renderer, "E-1")
    with pytest.raises(ConfigError, match="shop_name"):
        documents.slip(app.uow, app.renderer, "E-1")


def test_registration_number_is_validated_when_saved_and_when_used(demo_app: App) -> None:
    with pytest.raises(BadInput) as refused:
        settings.save(demo_app.uow, ADMIN, {"invoice_registration_no": "T218030101877"})
    assert refused.value.problems[0].column == "invoice_registration_no"
    assert "13 digits" in str(refused.value.problems[0].problem)
    with demo_app.uow() as uow:  # a value written around the settings service
        uow.settings.put("invoice_registration_no", "T123")
        uow.commit()
    with pytest.raises(ConfigError, match="invoice_registration_no"):
        documents.slip(demo_app.uow, demo_app.renderer, "R-1001")


def test_a_number_failing_the_corporate_check_is_stored_once_confirmed(demo_app: App) -> None:
    """A sole proprietor's number has no published check digit (issue 17): a warning to
    confirm, then stored, and the slip prints with it."""
    number = "T2180301018771"  # fails the 法人番号 check digit (1 expected)
    with pytest.raises(NeedsConfirmation) as asked:
        settings.save(demo_app.uow, ADMIN, {"invoice_registration_no": number})
    assert asked.value.params["setting"] == "invoice_registration_no"
    assert asked.value.params["problem"].code == "invoice.check_digit"
    assert settings.load(demo_app.uow).invoice_registration_no != number, "nothing stored yet"
    saved = settings.save(demo_app.uow, ADMIN, {"invoice_registration_no": number},
                          confirmed=frozenset({"invoice_registration_no"}))
    assert saved.invoice_registration_no == number
    content, _ = documents.slip_content(demo_app.uow, "R-1001")
    assert content.shop.registration_no == number and content.qualified_invoice


def test_other_document_settings_are_validated(demo_app: App) -> None:
    for change in ({"label_size": "a4"}, {"slip_size": "4x6"}, {"zpl_kanji_font": "ANMDJ"}):
        with pytest.raises(BadInput):
            settings.save(demo_app.uow, ADMIN, change)
    full_width = "Ｔ１１８０３０１０１８７７１"  # as an IME types it
    saved = settings.save(demo_app.uow, ADMIN, {"invoice_registration_no": full_width,
                                                "shop_name": "テスト商店"})
    assert saved.shop_name == "テスト商店"


@pytest.mark.postgres
def test_label_and_slip_from_postgresql(pg_url: str, tmp_path: Path) -> None:
    """The central database of a networked warehouse gives the same documents."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.demo import seed as demo

    app = build(Config(pg_url, "pg-station"))
    try:
        demo.seed(app.uow, app.hasher, 3)
        _add(app, "PG-1", service_code="takkyubin", size_class="60", tracking_no=TRACKING,
             lines=[OrderLine(1, "RICE-5KG", 2, unit_price_yen=2980, tax_rate_pct=8)])
        (png,) = render_png(_pdf(tmp_path, documents.label(app.uow, app.renderer, "PG-1")), 203)
        assert sorted(decode(png)) == ["CODE-128:PG-1", f"Codabar:A{TRACKING}A"]
        slip = pdf_text(_pdf(tmp_path, documents.slip(app.uow, app.renderer, "PG-1"), "s.pdf"))
        assert "8%対象 (税込) ¥5,960" in slip and "消費税 ¥441" in slip
    finally:
        app.close()


def test_an_order_in_two_cartons_gets_a_label_for_each(demo_app: App, tmp_path: Path) -> None:
    """個口: every carton leaves with its own label, 1/2 and 2/2, each with its own service and
    size; the amount to collect and the tracking number only on the first, so nothing is
    collected twice."""
    from packstation.domain.model import CartonPlan

    _add(demo_app, "M-1", tracking_no=TRACKING, cod_yen=5000, service_code="takkyubin,yupack",
         size_class="60,80", cartons=(CartonPlan("B60", "takkyubin", "60"),
                                      CartonPlan("B80", "yupack", "80")))
    pdf = _pdf(tmp_path, documents.label(demo_app.uow, demo_app.renderer, "M-1"))
    first, second = render_png(pdf, 203)
    assert sorted(decode(first)) == ["CODE-128:M-1", f"Codabar:A{TRACKING}A"]
    assert decode(second) == ["CODE-128:M-1"], "the order number on every carton"
    page1, page2 = pdf_text(pdf).split("\f")[:2]
    assert "個口 1/2" in page1 and "ヤマト運輸 宅急便" in page1 and "60サイズ" in page1
    assert "代金引換 ¥5,000" in page1
    assert "個口 2/2" in page2 and "日本郵便 ゆうパック" in page2 and "80サイズ" in page2
    assert "代金引換" not in page2 and "1個口目の送り状に記載" in page2
    zpl = documents.label(demo_app.uow, demo_app.renderer, "M-1", fmt="zpl").decode()
    assert zpl.count("^XA") == 2 and zpl.count("^FDM-1^FS") == 2


def test_the_accepted_proposal_is_kept_carton_by_carton(demo_app: App) -> None:
    from packstation.domain.model import CartonPlan

    _add(demo_app, "M-2", lines=[OrderLine(1, "RICE-5KG", 1, unit_price_yen=2980)])
    view = proposal.suggest(demo_app.uow, "M-2")
    assert view.best is not None
    two = replace(view.best, boxes=(*view.best.boxes, "B80"),
                  services=(*view.best.services, "yupack"), classes=(*view.best.classes, "80"))
    proposal.choose(demo_app.uow, None, "M-2", two, best=view.best, reason="割れ物を分ける")
    with demo_app.uow() as uow:
        order = uow.orders.get("M-2")
    assert order is not None
    assert order.cartons == tuple(CartonPlan(b, s, c) for b, s, c
                                  in zip(two.boxes, two.services, two.classes, strict=True))
    labels, _ = documents.label_contents(demo_app.uow, "M-2")
    assert [(lb.carton, lb.cartons, lb.service) for lb in labels][-1] == (2, 2, "ゆうパック")
