"""Carrier hand-off through the real services and SQLite: the exact bytes each carrier gets,
every change reported, which orders go out (once), and the tracking re-import that refuses a
whole file for one bad row."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest

from packstation.bootstrap import App
from packstation.domain.carrier_csv import Column
from packstation.domain.errors import BadInput, PermissionDenied
from packstation.domain.model import CoolType, OrderStatus
from packstation.services import orders
from packstation.services.carrier import export as carrier_export
from packstation.services.carrier import tracking as carrier_tracking
from packstation.services.demo import seed as demo
from packstation.services.dto import SessionUser
from tests.carrier_data import FixedClock, add_packed, order, yamato_number

ADMIN = SessionUser(4, "admin", "管理者", "admin", "ja")
PACKER = SessionUser(1, "sato", "佐藤", "packer", "ja")
B2_HEADER = ("お客様管理番号,送り状種類,クール区分,伝票番号,出荷予定日,お届け予定日,配達時間帯,"
             "お届け先コード,お届け先電話番号,お届け先電話番号枝番,お届け先郵便番号,お届け先住所,"
             "お届け先アパートマンション名,お届け先会社・部門１,お届け先会社・部門２,お届け先名,"
             "お届け先名(ｶﾅ),敬称,ご依頼主コード,ご依頼主電話番号,ご依頼主電話番号枝番,"
             "ご依頼主郵便番号,ご依頼主住所,ご依頼主アパートマンション,ご依頼主名,ご依頼主名(ｶﾅ),"
             "品名コード１,品名１,品名コード２,品名２,荷扱い１,荷扱い２,記事,ｺﾚｸﾄ代金引換額（税込),"
             "内消費税額等,止置き,営業所コード,発行枚数,個数口表示フラグ,請求先顧客コード,"
             "請求先分類コード,運賃管理番号\r\n")
SENDER_B2 = ("03-1234-5678,,135-0061,東京都江東区豊洲3-3-3,豊洲センタービル 5F,"
             "パックステーション デモ店")


@pytest.fixture
def shop(app: App) -> Iterator[App]:
    demo.seed(app.uow, app.hasher, 0)  # products, carriers, services; no orders
    yield app


def _g1() -> object:
    return order("G-1", name="髙橋 𠮷子", pref=1, address1="札幌市中央区北一条西1-1",
                 address2="コーポ﨑①", cod=2400, qty=2, cool=CoolType.FROZEN, slot="午前中",
                 day=date(2026, 11, 25))


def _export(app: App, carrier: str, **kw: object) -> carrier_export.CarrierExport:
    return carrier_export.export(app.uow, FixedClock(), carrier, **kw)  # type: ignore[arg-type]


def test_b2_golden_bytes_cp932_crlf_header_codes_and_the_substitution(shop: App) -> None:
    add_packed(shop, [_g1()])  # type: ignore[list-item]
    result = _export(shop, "b2")
    # 出荷予定日 2026/11/24: NOW is 2026-11-23, 勤労感謝の日, and the shop ships on open days.
    row = ("G-1,2,1,,2026/11/24,2026/11/25,0812,,03-0000-0000,,100-0014,"
           "北海道札幌市中央区北一条西1-1,コーポ﨑①,,,髙橋 吉子,,様,," + SENDER_B2
           + ",,,マグカップ 白,,,,,,2400,218,,,,,0312345678,,01\r\n")
    assert result.data == (B2_HEADER + row).encode("cp932")
    assert "髙".encode("cp932") in result.data and "①".encode("cp932") in result.data
    # 送り状種類 2 = コレクト (COD), クール区分 1 = 冷凍, 0812 = 午前中; tax inside 2400 = 218
    (change,) = result.changes
    assert (change.row, change.order_no, change.column, change.kind) == (
        2, "G-1", "お届け先名", "substituted")
    assert (change.original, change.written) == ("𠮷", "吉")


def test_ehiden_full_width_lines_of_16_and_sagawa_codes(shop: App) -> None:
    add_packed(shop, [_g1()], service="hikyaku")  # type: ignore[list-item]
    result = _export(shop, "ehiden")
    header, row, end = result.data.decode("cp932").split("\r\n")
    assert end == "" and header.startswith("お届け先コード取得区分,お届け先コード,")
    cells = row.split(",")
    assert cells[4:7] == ["北海道札幌市中央区北一条西１－１", "コーポ﨑①", ""]  # 16 全角 a line
    assert cells[7] == "髙橋\u3000吉子" and cells[9] == "G-1"
    assert cells[41:47] == ["1", "000", "003", "20261125", "01", ""]  # 個数, 飛脚, 冷凍, 午前中
    assert cells[47:49] == ["2400", "218"] and cells[57] == "1" and cells[60] == "20261124"
    assert len(cells) == 74


def test_yuprint_has_no_header_and_japan_post_codes(shop: App) -> None:
    add_packed(shop, [_g1()], service="yupack")  # type: ignore[list-item]
    data = _export(shop, "yuprint").data.decode("cp932")
    assert data.count("\r\n") == 1 and data.startswith("G-1,20261124,,,,0,2,2,")
    assert ",20261125,51," in data and data.endswith(",2400,218,マグカップ 白\r\n")


def test_round_trip_keeps_cp932_characters_and_reports_emoji_and_over_long_address(
        shop: App) -> None:
    long = ("中央区日本橋一丁目二番三号日本橋サンプルビルディング"
            "東館北側通用口を入って右手奥の守衛室")
    add_packed(shop, [order("R-1", name="﨑山 ①子", address1="千代田区1-1～2😀",
                            address2="髙島屋マンション"),
                      order("R-2", address1=long, address2="管理人室気付")])
    result = _export(shop, "b2")
    text = result.data.decode("cp932")
    assert "千代田区1-1～2〓" in text and "﨑山 ①子" in text and "髙島屋マンション" in text
    kinds = {(c.order_no, c.column, c.kind, c.original) for c in result.changes}
    assert ("R-1", "お届け先住所", "substituted", "😀") in kinds
    cut = [c for c in result.changes if c.kind == "cut"]
    assert [(c.order_no, c.column) for c in cut] == [("R-2", "お届け先アパートマンション名")]
    # every character of the long address is either written or reported as cut
    written = text.split("\r\n")[2].split(",")[11:13]
    assert "".join(written).replace("　", "") + cut[0].original.replace("　", "") == (
        "東京都" + long + "管理人室気付")


def test_check_marks_nothing_export_marks_once_and_a_failed_write_marks_nothing(
        shop: App) -> None:
    add_packed(shop, [order("R-1"), order("R-2")])
    assert _export(shop, "b2").rows == 2  # a check: nothing marked
    def broken(_data: bytes) -> None:
        raise OSError("disk full")
    with pytest.raises(OSError):
        _export(shop, "b2", write=broken)
    files: list[bytes] = []
    done = _export(shop, "b2", write=files.append)
    assert done.written and done.order_nos == ("R-1", "R-2") and files == [done.data]
    again = _export(shop, "b2", write=files.append)
    assert again.rows == 0 and not again.written and len(files) == 1


def test_only_this_carriers_orders_and_unassigned_ones_counted(shop: App) -> None:
    add_packed(shop, [order("Y-1")], service="takkyubin")
    add_packed(shop, [order("S-1")], service="hikyaku")
    add_packed(shop, [order("N-1")], service=None)
    add_packed(shop, [order("O-1", status=OrderStatus.OPEN)])
    b2 = _export(shop, "b2")
    assert b2.order_nos == ("Y-1",) and b2.unassigned == 1
    assert _export(shop, "ehiden").order_nos == ("S-1",)
    preset = dataclasses.replace(carrier_export.get_preset(shop.uow, "b2"), take_unassigned=True,
                                 codes={**carrier_export.get_preset(shop.uow, "b2").codes,
                                        "service": {"": "0", "takkyubin": "0"}})
    carrier_export.save_preset(shop.uow, ADMIN, preset)
    assert _export(shop, "b2").order_nos == ("N-1", "Y-1")


def test_layout_changes_are_admin_only_checked_and_used(shop: App) -> None:
    preset = carrier_export.get_preset(shop.uow, "b2")
    with pytest.raises(PermissionDenied):
        carrier_export.save_preset(shop.uow, PACKER, preset)
    bad = dataclasses.replace(preset, columns=(Column("A", "nonsense"),),
                              tracking_number_column="")
    with pytest.raises(BadInput) as refused:
        carrier_export.save_preset(shop.uow, ADMIN, bad)
    assert {str(p.column) for p in refused.value.problems} == {"A", "tracking number column"}
    mine = dataclasses.replace(preset, account="東京倉庫", columns=(
        Column("管理番号", "order_no"), Column("時間", "time_slot")),
        codes={"time_slot": {"午前中": "AM"}})
    carrier_export.save_preset(shop.uow, ADMIN, mine)
    assert carrier_export.accounts(shop.uow, "b2") == ["default", "東京倉庫"]
    add_packed(shop, [order("R-1", slot="午前中")])
    data = _export(shop, "b2", account="東京倉庫").data
    assert data == "管理番号,時間\r\nR-1,AM\r\n".encode("cp932")


# --- tracking re-import ------------------------------------------------------------------------

def _issued(rows: list[tuple[str, str]]) -> bytes:
    lines = ["お客様管理番号,送り状種類,クール区分,伝票番号"]
    lines += [f"{no},0,0,{tracking}" for no, tracking in rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def _statuses(app: App) -> dict[str, str]:
    return {o.order_no: o.status for o in orders.search(app.uow)}


def test_tracking_import_refuses_the_whole_file_naming_each_bad_row(shop: App) -> None:
    add_packed(shop, [order("R-1"), order("R-2"), order("R-3")])
    _export(shop, "b2", write=lambda _d: None)
    good1, good2 = yamato_number(12345678901), yamato_number(22345678901)
    bad_digit = good2[:-1] + str((int(good2[-1]) + 1) % 7)
    data = _issued([("R-1", good1), ("R-2", bad_digit), ("R-9", yamato_number(3)),
                    ("R-1", yamato_number(4)), ("R-3", good1)])
    with pytest.raises(BadInput) as refused:
        carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2", data, source="b2.csv")
    found = [(p.row, p.column, str(p.problem).split(" ")[0]) for p in refused.value.problems]
    assert found == [(3, "伝票番号", "tracking"),  # check digit
                     (4, "お客様管理番号", "no"),  # unmatched order
                     (5, "お客様管理番号", "order"),  # R-1 twice
                     (6, "伝票番号", "tracking")]  # good1 twice
    assert all(p.fix is not None for p in refused.value.problems)
    assert set(_statuses(shop).values()) == {"packed"}  # nothing changed


def test_tracking_import_ships_orders_and_a_second_run_changes_nothing(shop: App) -> None:
    add_packed(shop, [order("R-1"), order("R-2")])
    _export(shop, "b2", write=lambda _d: None)
    n1, n2 = yamato_number(12345678901), yamato_number(22345678901)
    data = _issued([("R-1", f"a{n1[:4]}-{n1[4:8]}-{n1[8:]}a"), ("R-2", n2)])  # NW-7 as scanned
    report = carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2", data)
    assert (report.rows, report.shipped, report.already) == (2, 2, 0)
    assert _statuses(shop) == {"R-1": "shipped", "R-2": "shipped"}
    assert orders.detail(shop.uow, "R-1").tracking_no == n1
    again = carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2", data)
    assert (again.shipped, again.already) == (0, 2)


def test_tracking_for_an_unpacked_or_other_carriers_order_is_refused(shop: App) -> None:
    add_packed(shop, [order("O-1", status=OrderStatus.OPEN), order("S-1")], service="hikyaku")
    _export(shop, "ehiden", write=lambda _d: None)
    data = _issued([("O-1", yamato_number(5)), ("S-1", yamato_number(6))])
    with pytest.raises(BadInput) as refused:
        carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2", data)
    problems = [str(p.problem) for p in refused.value.problems]
    assert "order O-1 is open, not packed" in problems
    assert "order S-1 was exported for ehiden, not b2" in problems


def test_tracking_file_without_the_columns_or_not_text_is_refused(shop: App) -> None:
    with pytest.raises(BadInput) as refused:
        carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2", b"a,b\r\n1,2\r\n")
    assert [p.column for p in refused.value.problems] == ["お客様管理番号", "伝票番号"]
    with pytest.raises(BadInput):
        carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2", b"\xff\xfe\x00\x81")
    with pytest.raises(BadInput) as unknown:
        carrier_tracking.import_tracking(shop.uow, FixedClock(), "fedex", b"")
    assert unknown.value.problems[0].column == "CARRIER"


def test_an_order_number_the_carrier_field_cannot_hold_refuses_the_export(shop: App) -> None:
    add_packed(shop, [order("RAKUTEN-20261123-0001")], service="hikyaku")
    with pytest.raises(BadInput) as refused:  # e飛伝 お客様管理番号: 16 half-width
        _export(shop, "ehiden", write=lambda _d: None)
    (problem,) = refused.value.problems
    assert (problem.row, problem.column) == (2, "お客様管理番号") and "cut" in str(problem.problem)
    assert orders.search(shop.uow)[0].status == "packed"


def test_round_trip_the_exported_file_comes_back_with_numbers_and_ships(shop: App) -> None:
    """B2クラウド's issued data keeps the import layout and fills in 伝票番号."""
    import csv
    import io

    add_packed(shop, [order("R-1", name="髙橋 ①子", address1="千代田区1-1～2😀"),
                      order("R-2", name="﨑山 太郎")])
    exported = _export(shop, "b2", write=lambda _d: None).data.decode("cp932")
    table = list(csv.reader(io.StringIO(exported, newline="")))
    column = table[0].index("伝票番号")
    for n, row in enumerate(table[1:], start=1):
        row[column] = yamato_number(500 + n)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(table)
    report = carrier_tracking.import_tracking(shop.uow, FixedClock(), "b2",
                                              out.getvalue().encode("cp932"))
    assert report.shipped == 2 and set(_statuses(shop).values()) == {"shipped"}


@pytest.mark.postgres
def test_export_and_tracking_import_on_postgresql(pg_url: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config

    app = build(Config(db_url=pg_url, station_name="t"))
    try:
        demo.seed(app.uow, app.hasher, 0)
        add_packed(app, [order("R-1", name="髙橋 花子"), order("R-2", cod=1200)])
        done = _export(app, "b2", write=lambda _d: None)
        assert done.order_nos == ("R-1", "R-2") and "髙橋 花子".encode("cp932") in done.data
        assert _export(app, "b2").rows == 0  # marked exported
        data = _issued([("R-1", yamato_number(71)), ("R-2", yamato_number(72))])
        report = carrier_tracking.import_tracking(app.uow, FixedClock(), "b2", data)
        assert report.shipped == 2 and set(_statuses(app).values()) == {"shipped"}
        with pytest.raises(BadInput):  # the same numbers on the wrong orders
            carrier_tracking.import_tracking(app.uow, FixedClock(), "b2", _issued(
                [("R-2", yamato_number(71))]))
    finally:
        app.close()


def test_the_carton_count_can_go_into_the_carriers_parcel_column(shop: App) -> None:
    """個口: an account's layout may map the `cartons` source (parcels of the accepted
    proposal; 1 without a plan) to its carrier's count column, e.g. e飛伝 出荷個数."""
    from packstation.domain.model import CartonPlan

    preset = carrier_export.get_preset(shop.uow, "ehiden")
    counted = dataclasses.replace(preset, account="個口", columns=(
        Column("お客様管理番号", "order_no"), Column("出荷個数", "cartons", 3)))
    carrier_export.save_preset(shop.uow, ADMIN, counted)
    two = dataclasses.replace(order("C-2"), cartons=(CartonPlan("B80", "hikyaku", "80"),
                                                     CartonPlan("B60", "hikyaku", "60")))
    add_packed(shop, [two, order("C-1")], service="hikyaku")
    data = _export(shop, "ehiden", account="個口").data
    assert data == "お客様管理番号,出荷個数\r\nC-1,1\r\nC-2,2\r\n".encode("cp932")
