"""A carrier file checked against a layout column by column (issue 17: ゆうプリR's built-in
layout must match the import filter the account registered)."""

from __future__ import annotations

from datetime import date

import jaconv

from packstation.domain.carrier_csv import Shipment, Widths, render
from packstation.domain.carrier_file_check import check_file
from packstation.domain.carrier_presets import b2, yuprint

WIDTHS = Widths(full=lambda s: jaconv.h2z(s, kana=True, ascii=True, digit=True),
                half=lambda s: jaconv.z2h(s, kana=False, ascii=True, digit=True))


def _ship(**kw: object) -> Shipment:
    base: dict[str, object] = {"order_no": "R-1", "service": "yupack",
                               "ship_date": date(2026, 12, 3), "name": "山田 太郎",
                               "postal_code": "100-0014", "prefecture": "東京都",
                               "address1": "千代田区永田町1-7-1", "time_slot": "12-14",
                               "delivery_date": date(2026, 12, 5)}
    base.update(kw)
    return Shipment(**base)  # type: ignore[arg-type]


def test_the_exported_yuprint_file_fits_its_built_in_layout() -> None:
    data = render(yuprint(), [_ship(), _ship(order_no="R-2", cod_yen=3000)], WIDTHS).data
    assert check_file(yuprint(), data) == []


def test_a_row_with_a_column_missing_is_named_with_both_counts() -> None:
    data = render(yuprint(), [_ship()], WIDTHS).data.decode("cp932")
    shifted = data.replace("R-1,", "", 1).encode("cp932")  # every column one to the left
    (problem,) = check_file(yuprint(), shifted)
    assert (problem.row, problem.problem.code) == (1, "carrier.file_column_count")
    assert problem.problem.params == {"found": len(yuprint().columns) - 1,
                                      "expected": len(yuprint().columns)}


def test_codes_dates_and_lengths_are_checked_per_column() -> None:
    layout = yuprint()
    cells = render(layout, [_ship()], WIDTHS).data.decode("cp932").rstrip("\r\n").split(",")
    headers = [c.header for c in layout.columns]
    cells[headers.index("配達時間帯区分")] = "56"  # 20-21: not one of the layout's codes
    cells[headers.index("発送予定日")] = "20261340"  # YYYYMMDD, but no 13th month
    cells[headers.index("お客様側管理番号")] = "X" * 51
    data = ",".join(cells).encode("cp932")
    found = {(p.column, p.problem.code) for p in check_file(layout, data)}
    assert found == {("配達時間帯区分", "carrier.file_unknown_code"),
                     ("発送予定日", "carrier.file_not_a_date"),
                     ("お客様側管理番号", "carrier.file_too_long")}


def test_a_header_row_is_compared_name_by_name() -> None:
    data = render(b2(), [_ship(service="takkyubin", time_slot="14-16")], WIDTHS).data
    assert check_file(b2(), data) == []
    renamed = data.decode("cp932").replace("お届け予定日", "配達日", 1).encode("cp932")
    (problem,) = check_file(b2(), renamed)
    assert (problem.row, problem.column, problem.problem.code) == (1, "#6",
                                                                   "carrier.file_header")


def test_a_file_in_another_encoding_is_said_once() -> None:
    data = "R-1,Café\r\n".encode("latin-1")  # é = 0xE9, a cp932 lead byte with no trail
    (problem,) = check_file(yuprint(), data)
    assert problem.problem.code == "carrier.file_not_encoded"
