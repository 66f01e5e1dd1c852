"""Carrier CSV rules (domain-facts §5): cp932 with every substitution reported, lengths in
cp932 bytes with every cut reported, addresses run on into the carrier's next line, codes
mapped per layout and an unmapped value reported."""

from __future__ import annotations

import csv
import io
from datetime import date

import jaconv

from packstation.domain.carrier_csv import (
    SUBSTITUTE,
    Column,
    Preset,
    Shipment,
    Widths,
    check_preset,
    cp932_bytes,
    fit,
    render,
    substitute,
)
from packstation.domain.carrier_presets import BUILT_IN

WIDTHS = Widths(full=lambda s: jaconv.h2z(s, kana=True, ascii=True, digit=True),
                half=lambda s: jaconv.z2h(s, kana=False, ascii=True, digit=True))


def ship(**kw: object) -> Shipment:
    base: dict[str, object] = {"order_no": "R-1", "service": "takkyubin",
                               "ship_date": date(2026, 11, 23), "name": "山田 太郎",
                               "postal_code": "100-0014", "prefecture": "東京都",
                               "address1": "千代田区永田町1-7-1"}
    base.update(kw)
    return Shipment(**base)  # type: ignore[arg-type]


def test_cp932_only_characters_keep_even_the_ones_plain_shift_jis_lacks() -> None:
    for text in ("髙橋", "﨑", "①", "～", "ｶﾞ", "㈱"):
        assert substitute(text) == (text, [])


def test_characters_outside_cp932_are_substituted_and_listed() -> None:
    text, swaps = substitute("𠮷田😀〜¥")
    assert text == f"吉田{SUBSTITUTE}～￥"
    assert swaps == [("𠮷", "吉"), ("😀", SUBSTITUTE), ("〜", "～"), ("¥", "￥")]
    line, swaps = substitute("1-1\r\n2F")
    assert line == "1-1  2F" and [s[0] for s in swaps] == ["\r", "\n"]


def test_lengths_are_cp932_bytes_full_width_counting_two() -> None:
    assert cp932_bytes("ｱ1A") == 3 and cp932_bytes("髙①") == 4
    assert fit("あいうえお", 6) == ("あいう", "えお")
    assert fit("あいう", 5) == ("あい", "う")  # never half a character
    assert fit("anything", 0) == ("anything", "")


def _preset(*columns: Column, codes: dict[str, dict[str, str]] | None = None) -> Preset:
    return Preset("b2", "default", columns, codes or {}, {"name": "店"}, True, "%Y/%m/%d",
                  "No", "Track")


def _lines(rendered: bytes) -> list[str]:
    return rendered.decode("cp932").split("\r\n")


def test_address_runs_on_into_next_line_and_each_piece_starts_a_new_line() -> None:
    p = _preset(Column("No", "order_no"), *(Column(f"住所{i}", "address_lines", 16)
                                            for i in (1, 2, 3)))
    out = render(p, [ship(address1="港区1-1", address2="国会ビル3F"),
                     ship(address1="千代田区永田町一丁目七番一号", address2="国会ビル3F")], WIDTHS)
    assert _lines(out.data)[1:3] == ["R-1,東京都港区1-1,国会ビル3F,",  # address2: its own line
                                     "R-1,東京都千代田区永,田町一丁目七番一,号　国会ビル3F"]
    assert out.changes == ()


def test_what_does_not_fit_the_last_line_is_cut_and_reported() -> None:
    p = _preset(Column("No", "order_no"), Column("住所", "address_lines", 20),
                Column("建物", "address_lines", 10))
    out = render(p, [ship(address1="千代田区永田町一丁目七番一号", address2="")], WIDTHS)
    assert _lines(out.data)[1] == "R-1,東京都千代田区永田町,一丁目七番"
    (cut,) = out.changes
    assert (cut.row, cut.order_no, cut.column, cut.kind) == (2, "R-1", "建物", "cut")
    assert (cut.original, cut.written) == ("一号", "一丁目七番")


def test_codes_are_mapped_and_a_value_without_code_is_reported() -> None:
    codes = {"service": {"takkyubin": "0"}, "service_cod": {"takkyubin": "2"},
             "cool": {"none": "0", "frozen": "1"}, "time_slot": {"午前中": "0812"}}
    p = _preset(Column("No", "order_no"), Column("種別", "service"), Column("クール", "cool"),
                Column("時間帯", "time_slot"), Column("代引", "cod_yen"))
    p = _preset(*p.columns, codes=codes)
    out = render(p, [ship(), ship(order_no="R-2", cod_yen=3000, cool="frozen",
                              time_slot="午前中"), ship(order_no="R-3", time_slot="20-21")],
                 WIDTHS)
    assert _lines(out.data)[1:4] == ["R-1,0,0,,", "R-2,2,1,0812,3000", "R-3,0,0,,"]
    (unmapped,) = out.changes
    assert (unmapped.order_no, unmapped.column, unmapped.kind, unmapped.original) == (
        "R-3", "時間帯", "unmapped", "20-21")


def test_full_width_where_the_carrier_wants_it_then_measured() -> None:
    p = _preset(Column("No", "order_no", 0, "half"), Column("名称", "name", 8, "full"))
    out = render(p, [ship(order_no="Ｒ－１", name="ﾔﾏﾀﾞ Taro")], WIDTHS)
    assert _lines(out.data)[1] == "R-1,ヤマダ\u3000"  # 8 bytes: ヤ マ ダ and the space
    assert [(c.kind, c.original) for c in out.changes] == [("cut", "Ｔａｒｏ")]


def test_file_is_cp932_with_crlf_and_the_header_row() -> None:
    p = _preset(Column("お客様管理番号", "order_no"), Column("お届け先名", "name"))
    data = render(p, [ship(name="髙橋 花子")], WIDTHS).data
    assert data == "お客様管理番号,お届け先名\r\nR-1,髙橋 花子\r\n".encode("cp932")
    assert data.count(b"\r\n") == 2 and b"\n" not in data.replace(b"\r\n", b"")


def test_built_in_layouts_are_valid_and_the_admin_mistakes_are_named() -> None:
    for make in BUILT_IN.values():
        assert check_preset(make()) == []
    bad = _preset(Column("No", "order_no"), Column("No", "nonsense"), Column("😀", "", -1, "wide"))
    found = {(p.row, p.problem.split(" ")[0]) for p in check_preset(bad)}
    assert {(2, "'No'"), (2, "unknown"), (3, "has"), (3, "negative"), (3, "unknown")} <= found


def test_tax_inside_the_cod_amount_is_worked_out_per_rate() -> None:
    from packstation.services.carrier.export import cod_tax

    food, goods = ("チーズケーキ", 1, 2160, 8), ("マグカップ", 1, 1100, 10)
    assert cod_tax(3260, [food, goods]) == 160 + 100  # 8 % of 2000 + 10 % of 1000
    assert cod_tax(3590, [food, goods]) == 160 + 100 + 30  # + a 330 yen fee at 10 %
    assert cod_tax(0, [food]) == 0
    assert cod_tax(1630, [food, goods]) == (160 + 100) * 1630 // 3260  # half off


def test_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_and_reported() -> None:
    p = _preset(Column("No", "order_no"), Column("名称", "name"), Column("会社", "company"),
                Column("住所", "address_lines", 40), Column("建物", "address_lines", 4),
                Column("電話", "phone"), Column("依頼主", "sender.name"))
    p = Preset(p.carrier, p.account, p.columns, {}, {"name": "@店"})
    out = render(p, [ship(name='=HYPERLINK("http://x","a")', company="+81 商事",
                          address2="-1F", phone="03-1234-5678")], WIDTHS)
    row = next(csv.reader(io.StringIO(_lines(out.data)[1])))
    assert row == ["R-1", '\'=HYPERLINK("http://x","a")', "'+81 商事", "東京都千代田区永田町1-7-1",
                   "'-1F", "03-1234-5678", "'@店"]
    assert [(c.column, c.kind, c.original, c.written) for c in out.changes] == [
        ("名称", "neutralised", '=HYPERLINK("http://x","a")', '\'=HYPERLINK("http://x","a")'),
        ("会社", "neutralised", "+81 商事", "'+81 商事"),
        ("建物", "neutralised", "-1F", "'-1F"),
        ("依頼主", "neutralised", "@店", "'@店")]


def test_the_quote_that_neutralises_a_cell_still_fits_the_carrier_length() -> None:
    p = _preset(Column("No", "order_no"), Column("建物", "address_lines", 10),
                Column("建物2", "address_lines", 4))
    out = render(p, [ship(address1="港区", address2="-123")], WIDTHS)
    assert _lines(out.data)[1] == "R-1,東京都港区,'-12"
    assert [(c.kind, c.original) for c in out.changes] == [("neutralised", "-123"),
                                                           ("cut", "3")]
