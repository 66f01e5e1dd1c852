"""Rate tables as CSV: export → import is identical, every bad cell is named by row and column,
and a refused file changes nothing (prices, audit)."""

from __future__ import annotations

from datetime import date

import pytest

from packstation.bootstrap import App
from packstation.domain.catalog import DEFAULT_PREFECTURE
from packstation.domain.errors import BadInput, InputProblem, PermissionDenied
from packstation.domain.prefectures import PREFECTURES
from packstation.services import auth
from packstation.services.admin import rate_csv
from packstation.services.dto import SessionUser
from packstation.services.proposal import proposals as proposal
from tests.integration.test_proposal import _order


def _user(app: App, login: str) -> SessionUser:
    return next(u for u in auth.list_users(app.uow) if u.login == login)


@pytest.fixture
def admin(demo_app: App) -> SessionUser:
    return _user(demo_app, "admin")


def _prices(app: App, code: str) -> dict[str, dict[int, int]]:
    with app.uow() as uow:
        service = uow.catalog.service(code)
    assert service is not None
    return {c.name: dict(c.prices) for c in service.classes}


def _imports(app: App) -> int:
    with app.uow() as uow:
        return len(uow.audit.recent("rates_imported"))


TODAY = date(2026, 12, 3)  # the demo tables are in force since ever

SERVICES = ["takkyubin", "yupack", "yupacket", "clickpost", "hikyaku", "compact"]


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
@pytest.mark.parametrize("code", SERVICES)
def test_export_then_import_is_identical(demo_app: App, admin: SessionUser, code: str,
                                         encoding: str) -> None:
    before = _prices(demo_app, code)
    data = rate_csv.export_rates(demo_app.uow, admin, code, encoding, today=TODAY)
    report = rate_csv.import_rates(demo_app.uow, admin, code, data, f"{code}.csv", today=TODAY)
    assert _prices(demo_app, code) == before
    assert report.changed == 0
    assert report.prices == sum(len(p) for p in before.values())
    assert report.encoding == ("utf-8-sig" if encoding == "utf-8" else "cp932")
    assert rate_csv.export_rates(demo_app.uow, admin, code, encoding, today=TODAY) == data


def test_export_is_laid_out_as_carriers_publish(demo_app: App, admin: SessionUser) -> None:
    data = rate_csv.export_rates(demo_app.uow, admin, "takkyubin", "cp932", today=TODAY)
    lines = data.decode("cp932").split("\r\n")
    assert lines[0] == "都道府県,60,80,100,120,140,160,180,200,適用開始日"
    assert lines[1].startswith("全国(既定),")
    assert {ln.rsplit(",", 1)[1] for ln in lines[1:49]} == {"2000-01-01"}  # since ever
    assert [ln.split(",")[0] for ln in lines[2:49]] == [p.name for p in PREFECTURES]
    assert lines[49:] == [""]  # CRLF after the last row, nothing else
    hokkaido = lines[2].split(",")
    assert int(hokkaido[1]) == _prices(demo_app, "takkyubin")["60"][1]


def test_an_edited_file_replaces_prices_and_hokkaido_rates_apply(demo_app: App,
                                                                 admin: SessionUser) -> None:
    data = rate_csv.export_rates(demo_app.uow, admin, "yupacket", "utf-8", today=TODAY)
    rows = data.decode("utf-8-sig").split("\r\n")
    rows[2] = "北海道,300,400,500"
    report = rate_csv.import_rates(demo_app.uow, admin, "yupacket",
                                   "\r\n".join(rows).encode("cp932"), "edited.csv", today=TODAY)
    assert report.changed == 3 and report.encoding == "cp932"
    prices = _prices(demo_app, "yupacket")
    assert prices["3cm"][1] == 500 and prices["3cm"][DEFAULT_PREFECTURE] == 360
    assert _imports(demo_app) == 1
    _order(demo_app, "R-1", [("TEE-RED-S", 1)], 1)  # a 2.5 cm shirt to 北海道
    _order(demo_app, "R-2", [("TEE-RED-S", 1)], 13)
    hokkaido = proposal.suggest(demo_app.uow, "R-1")
    tokyo = proposal.suggest(demo_app.uow, "R-2")
    assert hokkaido.best is not None and tokyo.best is not None
    assert "yupacket" not in hokkaido.best.services, "ゆうパケット now costs 500 in 北海道"
    assert "yupacket" in {s for a in (tokyo.best, *tokyo.alternatives) for s in a.services}


def test_region_rows_give_their_price_to_each_prefecture(demo_app: App,
                                                         admin: SessionUser) -> None:
    text = ("地域,60サイズ,80サイズ,100サイズ,120サイズ,140サイズ,160サイズ,170サイズ\r\n"
            "関東,810,1100,1390,1700,2000,2300,2600\r\n"
            "全国,1000,1300,1600,1900,2200,2500,2800\r\n"
            "沖縄,1500,2000,2500,3000,3500,4000,4500\r\n"
            "東京都,800,,,,,,\r\n")
    rate_csv.import_rates(demo_app.uow, admin, "yupack", text.encode("utf-8"), "regions.csv",
                          today=TODAY)
    prices = _prices(demo_app, "yupack")
    assert prices["60"][13] == 800  # its own row wins
    assert prices["80"][13] == 1100  # empty own cell: the region's price
    assert prices["60"][14] == 810  # 神奈川県 from 関東
    assert prices["60"][19] == 810  # 山梨県 is in 関東 for the carriers
    assert prices["170"][47] == 4500
    assert 27 not in prices["60"] and prices["60"][DEFAULT_PREFECTURE] == 1000  # 大阪: default


def _refused(app: App, admin: SessionUser, code: str, text: str,
             encoding: str = "utf-8") -> list[InputProblem]:
    before = _prices(app, code)
    with pytest.raises(BadInput) as caught:
        rate_csv.import_rates(app.uow, admin, code, text.encode(encoding), "bad.csv", today=TODAY)
    assert _prices(app, code) == before, "a refused file changes nothing"
    assert _imports(app) == 0
    assert "bad.csv" in str(caught.value)
    return caught.value.problems


def _places(problems: list[InputProblem]) -> set[tuple[int | None, str | None]]:
    return {(p.row, p.column) for p in problems}


YUPACKET_HEAD = "都道府県,1cm,2cm,3cm\r\n全国(既定),250,310,360\r\n"


def test_every_kind_of_bad_cell_is_named_by_row_and_column(demo_app: App,
                                                           admin: SessionUser) -> None:
    text = (YUPACKET_HEAD
            + "北海道,abc,310,360\r\n"        # row 3: not a number
            + "青森県,-250,310,360\r\n"       # row 4: minus
            + "岩手県,250,=B2+10,360\r\n"     # row 5: a formula
            + "宮城県,250,310,36.5\r\n"       # row 6: not whole yen
            + "秋田県,250,310,999999999\r\n"  # row 7: too large
            + "東京市,250,310,360\r\n"        # row 8: not a prefecture
            + "北海道,250,310,360\r\n"        # row 9: twice
            + "福岡県,250,310,360,99\r\n"     # row 10: a cell beyond the header
            + ",250,310,360\r\n")             # row 11: no prefecture
    problems = _refused(demo_app, admin, "yupacket", text)
    assert _places(problems) == {(3, "1cm"), (4, "1cm"), (5, "2cm"), (6, "3cm"), (7, "3cm"),
                                 (8, "都道府県"), (9, "都道府県"), (10, None), (11, "都道府県")}
    by_row = {p.row: p for p in problems}
    assert "formula" in str(by_row[5].fix)
    assert "東京市" in str(by_row[8].problem) and "row 3" in str(by_row[9].problem)
    assert all(p.fix is not None for p in problems), "each problem says how to fix it"


def test_unknown_missing_and_doubled_columns(demo_app: App, admin: SessionUser) -> None:
    problems = _refused(demo_app, admin, "yupacket",
                        "都道府県,1cm,厚さ1cm,4cm\r\n全国(既定),250,250,999\r\n")
    assert _places(problems) == {(1, "厚さ1cm"), (1, "4cm"), (1, None)}
    texts = " | ".join(str(p.problem) for p in problems)
    assert "2cm" in texts and "3cm" in texts and "both size class 1cm" in texts


def test_first_column_must_be_the_destination(demo_app: App, admin: SessionUser) -> None:
    problems = _refused(demo_app, admin, "clickpost", "サイズ,clickpost\r\n全国,185\r\n")
    assert (1, "サイズ") in _places(problems)


def test_a_gap_is_reported_where_the_price_belongs(demo_app: App, admin: SessionUser) -> None:
    rows = ["都道府県,1cm,2cm,3cm"] + [f"{p.name},250,310,360" for p in PREFECTURES
                                        if p.code not in (1, 47)]
    rows.append("北海道,250,,360")  # row 47: empty and no default row
    problems = _refused(demo_app, admin, "yupacket", "\r\n".join(rows))
    assert (47, "2cm") in _places(problems)
    assert any(p.row is None and "沖縄県" in str(p.problem) for p in problems), "no row at all"


def test_undecodable_bytes_and_an_empty_file(demo_app: App, admin: SessionUser) -> None:
    before = _prices(demo_app, "yupacket")
    for data in (YUPACKET_HEAD.encode("utf-8") + b"\x81\xff,1,2,3\r\n", b""):
        with pytest.raises(BadInput) as caught:
            rate_csv.import_rates(demo_app.uow, admin, "yupacket", data, "bad.csv", today=TODAY)
        assert caught.value.problems[0].row is not None
        assert caught.value.problems[0].fix is not None
    assert _prices(demo_app, "yupacket") == before


def test_full_width_digits_and_yen_signs_are_read(demo_app: App, admin: SessionUser) -> None:
    text = "都道府県,1cm,2cm,3cm\r\n全国,２５０,￥310,\"1,360円\"\r\n"
    rate_csv.import_rates(demo_app.uow, admin, "yupacket", text.encode("cp932"), "fw.csv",
                          today=TODAY)
    prices = _prices(demo_app, "yupacket")
    assert [prices[c][DEFAULT_PREFECTURE] for c in ("1cm", "2cm", "3cm")] == [250, 310, 1360]
    assert len(prices["1cm"]) == 1, "every prefecture now takes the default"


def test_only_an_admin_imports_or_exports(demo_app: App) -> None:
    lead = _user(demo_app, "suzuki")
    with pytest.raises(PermissionDenied):
        rate_csv.export_rates(demo_app.uow, lead, "yupacket", today=TODAY)
    with pytest.raises(PermissionDenied):
        rate_csv.import_rates(demo_app.uow, lead, "yupacket", YUPACKET_HEAD.encode(), "x.csv",
                              today=TODAY)


def test_cp932_export_refuses_what_cp932_cannot_write(demo_app: App,
                                                      admin: SessionUser) -> None:
    from packstation.services.admin import catalog as catalog_admin

    service = next(s for s in catalog_admin.list_services(demo_app.uow, admin)
                   if s.code == "clickpost")
    from dataclasses import replace

    renamed = replace(service, classes=(replace(service.classes[0], name="🚚"),))
    with pytest.raises(BadInput) as caught:
        rate_csv.to_csv(renamed, "cp932")
    assert "UTF-8" in str(caught.value.problems[0].fix)
    assert rate_csv.to_csv(renamed, "utf-8").decode("utf-8-sig").startswith("都道府県,🚚")


# --- PostgreSQL (the central database) ------------------------------------------------------


@pytest.mark.postgres
def test_rate_csv_and_catalog_saves_on_postgresql(pg_url: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.admin import catalog as catalog_admin
    from packstation.services.admin.catalog_forms import ServiceForm, save_service_form
    from packstation.services.demo import seed as demo

    app = build(Config(db_url=pg_url, station_name="t"))
    try:
        demo.seed(app.uow, app.hasher, 0)
        admin = _user(app, "admin")
        before = _prices(app, "takkyubin")
        data = rate_csv.export_rates(app.uow, admin, "takkyubin", "cp932", today=TODAY)
        report = rate_csv.import_rates(app.uow, admin, "takkyubin", data, "t.csv", today=TODAY)
        assert report.changed == 0
        assert _prices(app, "takkyubin") == before
        bad = data.decode("cp932").replace("北海道,", "北海道,=1+", 1).encode("cp932")
        with pytest.raises(BadInput) as caught:
            rate_csv.import_rates(app.uow, admin, "takkyubin", bad, "bad.csv", today=TODAY)
        assert (3, "60") in _places(caught.value.problems)
        assert _prices(app, "takkyubin") == before
        classes = [[f"{cm}cm", "600", "340", f"{cm * 10}", "1000"] for cm in (1, 2, 3)]
        form = ServiceForm("japanpost", "yupacket", "ゆうパケット", classes, [], "",
                           {"thin": True, "date_allowed": False, "active": True})
        assert save_service_form(app.uow, admin, form) is False
        stored = next(s for s in catalog_admin.list_services(app.uow, admin)
                      if s.code == "yupacket")
        assert [c.prices[DEFAULT_PREFECTURE] for c in stored.classes] == [250, 310, 360]
    finally:
        app.close()
