"""CSV import of orders and products (issue 3) on a temporary database seeded with the demo
products: encodings, Japanese headers, saved layouts, every refusal with its row and column,
all-or-nothing, cancelling, formula cells."""

from __future__ import annotations

import csv
import io
import itertools
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import BadInput, Cancelled, InputProblem, PermissionDenied
from packstation.domain.model import CoolType
from packstation.services.demo import seed as demo
from packstation.services.demo.shop import case_code, jan
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_import

ADMIN = SessionUser(1, "admin", "管理者", "admin", "ja")
PACKER = SessionUser(2, "sato", "佐藤", "packer", "ja")
MUG_JAN = jan(1)  # the demo shop registers JAN n for its n-th product: 1 = MUG-WHT
FORMULA = '=HYPERLINK("http://x")'

ORDER = {"order_no": "T-1", "sku": "MUG-WHT", "qty": "1", "unit_price_yen": "1200",
         "ship_name": "山田 太郎", "postal_code": "100-0001", "prefecture": "東京都",
         "address1": "千代田区千代田1-1", "address2": "", "phone": "03-1234-5678",
         "delivery_date": "", "time_slot": "", "cod_yen": "", "cool": "", "gift": "",
         "notes": "", "channel": "楽天市場", "ordered_at": ""}
JA_HEADERS = {"order_no": "注文番号", "sku": "商品コード", "qty": "数量", "unit_price_yen": "単価",
              "ship_name": "お届け先氏名", "postal_code": "郵便番号", "prefecture": "都道府県",
              "address1": "住所1", "address2": "住所2", "phone": "電話番号",
              "delivery_date": "お届け日", "time_slot": "時間帯", "cod_yen": "代引金額",
              "cool": "クール区分", "gift": "ギフト", "notes": "備考", "channel": "販売チャネル",
              "ordered_at": "注文日時"}
PRODUCT = {"sku": "NEW-1", "name_ja": "新商品", "name_en": "New", "jan": "", "case_code": "",
           "case_units": "", "length_mm": "", "width_mm": "", "height_mm": "", "weight_g": "",
           "fragile": "", "price_yen": "", "tax_rate_pct": ""}


# --- fixtures and helpers -------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Demo products (no orders), seeded once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("csv_import") / "t.db"
    app = build(Config(db_url=f"sqlite:///{path}", station_name="t"))
    demo.seed(app.uow, app.hasher, 0)
    app.close()  # checkpoints the WAL into the file that is copied
    return path


@pytest.fixture
def shop(template: Path, tmp_path: Path) -> Iterator[App]:
    shutil.copy(template, tmp_path / "t.db")
    app = build(Config(db_url=f"sqlite:///{tmp_path}/t.db", station_name="t"))
    yield app
    app.close()


def order(**cells: str) -> dict[str, str]:
    return {**ORDER, **cells}


def product(**cells: str) -> dict[str, str]:
    return {**PRODUCT, **cells}


def to_csv(rows: list[dict[str, str]], headers: dict[str, str] | None = None,
           encoding: str = "utf-8") -> bytes:
    """Rows as a shop's file: the header row names the fields (or their `headers` aliases)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    keys = list(rows[0])
    writer.writerow([(headers or {}).get(k, k) for k in keys])
    writer.writerows([[r[k] for k in keys] for r in rows])
    return out.getvalue().encode(encoding)


def counts(app: App) -> tuple[int, int]:
    with app.uow() as uow:
        return uow.orders.count(), uow.products.count()


def refused(app: App, kind: str, data: bytes, profile: str = "") -> BadInput:
    """Import must fail with BadInput and leave the database as it was."""
    before = counts(app)
    with pytest.raises(BadInput) as caught:
        csv_import.import_file(app.uow, kind, data, profile=profile, source="bad.csv")
    assert counts(app) == before
    assert caught.value.source == "bad.csv"
    return caught.value


def problem_at(err: BadInput, row: int | None, column: str | None) -> InputProblem:
    hits = [p for p in err.problems if p.row == row and p.column == column]
    assert hits, f"no problem at row {row}, column {column}:\n{err.summary()}"
    text = hits[0].render("bad.csv")
    assert column is None or f"column '{column}'" in text
    assert row is None or f"row {row}" in text
    return hits[0]


def import_orders(app: App, data: bytes, **kw: object) -> csv_import.ImportReport:
    return csv_import.import_file(app.uow, "orders", data, source="orders.csv", **kw)  # type: ignore[arg-type]


# --- good files -----------------------------------------------------------------------------


def test_utf8_orders_group_lines_by_order_number_wherever_they_are(shop: App) -> None:
    rows = [order(qty="2", time_slot="14時～16時", cool="冷凍", gift="1", cod_yen="¥3,580",
                  delivery_date="2026/11/25", ordered_at="2026-11-23 09:30",
                  phone="０３-１２３４-５６７８"),
            order(order_no="T-2", sku="PEN-BLK", qty="24", prefecture="Osaka",
                  postal_code="〒530-0001", address2="梅田ビル 5F"),
            order(sku="MUG-BLK", qty="1", ship_name="", address1="", prefecture="")]
    report = import_orders(shop, to_csv(rows))
    assert (report.kind, report.rows, report.added, report.encoding) == \
        ("orders", 3, 2, "utf-8")
    with shop.uow() as uow:
        first, second = uow.orders.get("T-1"), uow.orders.get("T-2")
    assert first is not None and second is not None
    assert [(ln.line_no, ln.sku, ln.qty) for ln in first.lines] == \
        [(1, "MUG-WHT", 2), (2, "MUG-BLK", 1)]
    assert first.lines[0].unit_price_yen == 1200
    assert (first.time_slot, first.cool, first.gift, first.cod_yen) == \
        ("14-16", CoolType.FROZEN, True, 3580)
    assert first.delivery_date == date(2026, 11, 25)
    stamp = first.ordered_at
    assert stamp is not None  # 09:30 Japan time is 00:30 UTC (SQLite hands back naive UTC)
    assert stamp.replace(tzinfo=stamp.tzinfo or UTC) == datetime(2026, 11, 23, 0, 30, tzinfo=UTC)
    assert first.ship_to is not None and first.ship_to.phone == "03-1234-5678"
    assert first.ship_to.prefecture_code == 13 and first.channel == "楽天市場"
    assert second.ship_to is not None
    assert (second.ship_to.postal_code, second.ship_to.prefecture_code) == ("530-0001", 27)
    assert second.ship_to.address2 == "梅田ビル 5F"


def test_each_carriers_slots_and_codes_import_and_the_slot_stays_as_asked(shop: App) -> None:
    """Issue 17: 12-14 (ゆうパック, 佐川) and 18-21 (佐川) were refused when one list served every
    carrier; the carriers' own codes come from their software's exports."""
    cells = {"U-1": "12時～14時", "U-2": "18-21", "U-3": "04", "U-4": "52", "U-5": "1921",
             "U-6": "19時頃～21時頃"}
    charges = {"送料": "", "代引手数料": "", "値引き": "", "値引き税率": ""}
    rows = [{**order(order_no=no, time_slot=cell), **charges} for no, cell in cells.items()]
    rows[0].update({"送料": "880", "代引手数料": "330", "値引き": "500", "値引き税率": "8%"})
    import_orders(shop, to_csv(rows))
    with shop.uow() as uow:
        got = {no: uow.orders.get(no) for no in cells}
    assert {no: o.time_slot for no, o in got.items() if o} == {
        "U-1": "12-14", "U-2": "18-21", "U-3": "18-21", "U-4": "12-14", "U-5": "19-21",
        "U-6": "19-21"}
    first = got["U-1"]
    assert first is not None
    assert (first.shipping_fee_yen, first.cod_fee_yen, first.discount_yen,
            first.discount_rate_pct) == (880, 330, 500, 8)


@pytest.mark.parametrize(("encoding", "reported"), [("utf-8-sig", "utf-8-sig"),
                                                    ("cp932", "cp932"), ("utf-8", "utf-8")])
def test_japanese_headers_in_every_encoding(shop: App, encoding: str, reported: str) -> None:
    # 髙 and ① exist in cp932 but not in plain Shift_JIS: the file must still be read.
    rows = [order(ship_name="髙橋 ①郎", cool="2", time_slot="0812", gift="なし"),
            order(sku="SAKE-720", qty="１", ship_name="")]
    report = import_orders(shop, to_csv(rows, JA_HEADERS, encoding))
    assert (report.encoding, report.added, report.rows) == (reported, 1, 2)
    with shop.uow() as uow:
        got = uow.orders.get("T-1")
    assert got is not None and got.ship_to is not None
    assert got.ship_to.name == "髙橋 ①郎"
    assert (got.cool, got.time_slot, got.gift) == (CoolType.CHILLED, "午前中", False)
    assert [ln.qty for ln in got.lines] == [1, 1]


def test_read_headers_reports_the_encoding(shop: App) -> None:
    data = to_csv([order()], JA_HEADERS, "cp932")
    headers, encoding = csv_import.read_headers(data)
    assert encoding == "cp932" and headers[:3] == ["注文番号", "商品コード", "数量"]
    assert csv_import.read_headers(to_csv([order()], None, "utf-8-sig"))[1] == "utf-8-sig"
    assert set(csv_import.required_fields("orders")) <= set(csv_import.all_fields("orders"))
    assert "jan" in csv_import.all_fields("products")


def test_formula_cells_are_stored_verbatim_never_evaluated(shop: App) -> None:
    rows = [order(notes=FORMULA, channel="@SUM(A1)", address2="-1+1", ship_name="+81 太郎")]
    import_orders(shop, to_csv(rows))
    with shop.uow() as uow:
        got = uow.orders.get("T-1")
    assert got is not None and got.ship_to is not None
    assert (got.notes, got.channel) == (FORMULA, "@SUM(A1)")
    assert (got.ship_to.address2, got.ship_to.name) == ("-1+1", "+81 太郎")
    evil = "=cmd|' /C calc'!A0"
    csv_import.import_file(shop.uow, "products", to_csv([product(name_ja=evil)]))
    with shop.uow() as uow:
        stored = uow.products.get("NEW-1")
    assert stored is not None and stored.name_ja == evil


def test_header_only_file_imports_nothing(shop: App) -> None:
    report = import_orders(shop, b"order_no,sku,qty,ship_name,postal_code,prefecture,address1\n")
    assert (report.rows, report.added) == (0, 0)
    assert counts(shop)[0] == 0


def test_audit_names_the_file_and_counts_but_no_personal_data(shop: App) -> None:
    csv_import.import_file(shop.uow, "orders", to_csv([order(), order(sku="MUG-BLK")]),
                           source="/home/someone/exports/rakuten.csv", actor=ADMIN)
    with shop.uow() as uow:
        records = uow.audit.recent("import_orders")
    assert len(records) == 1
    assert records[0]["target"] == "rakuten.csv" and records[0]["user_id"] == 1
    detail = records[0]["detail"]
    assert isinstance(detail, dict)
    assert (detail["rows"], detail["orders"], detail["lines"]) == (2, 1, 2)
    assert "山田" not in repr(records) and "100-0001" not in repr(records)


# --- products -------------------------------------------------------------------------------


def test_products_with_several_codes_case_code_and_dimensions(shop: App) -> None:
    codes = [jan(900), jan(901), "012345678905"]  # two JAN-13 and a UPC-A
    rows = [product(jan=f"{codes[0]};{codes[1]}|{codes[2]}", case_code=case_code(codes[0]),
                    case_units="12", length_mm="120", width_mm="80", height_mm="30",
                    weight_g="250", fragile="あり", price_yen="￥1,980", tax_rate_pct="8%")]
    headers = {"sku": "商品コード", "name_ja": "商品名", "jan": "JANコード",
               "case_code": "ケースコード", "case_units": "入数", "length_mm": "奥行(mm)",
               "width_mm": "幅", "height_mm": "高さ", "weight_g": "重量(g)",
               "fragile": "割れ物", "price_yen": "販売価格", "tax_rate_pct": "税率"}
    report = csv_import.import_file(shop.uow, "products", to_csv(rows, headers, "cp932"))
    assert (report.kind, report.added, report.updated, report.encoding) == \
        ("products", 1, 0, "cp932")
    with shop.uow() as uow:
        got = uow.products.get("NEW-1")
    assert got is not None
    assert sorted((c.code, c.units) for c in got.codes) == sorted(
        [(c, 1) for c in codes] + [(case_code(codes[0]), 12)])
    assert got.dims is not None and got.dims.as_tuple() == (120, 80, 30)
    assert (got.weight_g, got.fragile, got.price_yen, got.tax_rate_pct) == (250, True, 1980, 8)


def test_updating_a_product_keeps_what_the_file_does_not_give(shop: App) -> None:
    with shop.uow() as uow:
        before = uow.products.get("MUG-WHT")
    assert before is not None
    data = to_csv([{"sku": "MUG-WHT", "name_ja": "マグカップ 白 (新)", "weight_g": "360",
                    "jan": ""}])
    report = csv_import.import_file(shop.uow, "products", data)
    assert (report.added, report.updated) == (0, 1)
    with shop.uow() as uow:
        after = uow.products.get("MUG-WHT")
    assert after is not None
    assert (after.name_ja, after.weight_g) == ("マグカップ 白 (新)", 360)
    assert after.codes == before.codes and after.dims == before.dims
    assert after.price_yen == before.price_yen and after.fragile == before.fragile


# --- refusals: every problem, by row and column, database untouched ------------------------


@pytest.mark.parametrize(("cells", "column", "words"), [
    ({"qty": "0"}, "qty", "not a valid quantity"),
    ({"qty": "10000"}, "qty", "not a valid quantity"),
    ({"qty": "two"}, "qty", "not a valid quantity"),
    ({"qty": "1.5"}, "qty", "not a valid quantity"),
    ({"qty": "-1"}, "qty", "not a valid quantity"),
    ({"qty": "=1+1"}, "qty", "not a formula"),
    ({"qty": ""}, "qty", "empty cell"),
    ({"sku": ""}, "sku", "empty cell"),
    ({"ship_name": ""}, "ship_name", "empty cell"),
    ({"address1": " "}, "address1", "empty cell"),
    ({"prefecture": "東京府"}, "prefecture", "not a prefecture"),
    ({"postal_code": "12-3456"}, "postal_code", "not a postal code"),
    ({"delivery_date": "2026-02-30"}, "delivery_date", "not a date"),
    ({"delivery_date": "next week"}, "delivery_date", "not a date"),
    ({"ordered_at": "yesterday"}, "ordered_at", "not a date and time"),
    ({"time_slot": "10-12"}, "time_slot", "not a delivery time slot"),
    ({"cod_yen": "-100"}, "cod_yen", "not an amount in yen"),
    ({"cod_yen": "12.5"}, "cod_yen", "not an amount in yen"),
    ({"unit_price_yen": "1,20"}, "unit_price_yen", "not an amount in yen"),
    ({"cool": "ice"}, "cool", "not a cool type"),
    ({"gift": "perhaps"}, "gift", "not yes or no"),
    ({"phone": "call me"}, "phone", "not a phone number"),
    ({"order_no": "X" * 65}, "order_no", "longer than 64"),
    ({"ship_name": "山田\n太郎"}, "ship_name", "line break"),
])
def test_bad_order_cell(shop: App, cells: dict[str, str], column: str, words: str) -> None:
    rows = [order(order_no="OK-1"), order(**cells)]
    err = refused(shop, "orders", to_csv(rows))
    assert words in problem_at(err, 3, column).render()  # the problem or its fix
    assert len(err.problems) == 1, err.summary()


def test_personal_data_is_never_quoted_back(shop: App) -> None:
    rows = [order(postal_code="九九九"), order(ship_name="別人 花子"),
            order(order_no="T-2", phone="電話")]
    err = refused(shop, "orders", to_csv(rows))
    problem_at(err, 2, "postal_code")
    problem_at(err, 3, "ship_name")  # disagrees with row 2
    problem_at(err, 4, "phone")
    assert not any(word in err.summary() for word in ("九九九", "別人", "山田", "電話"))


def test_japanese_headers_name_the_column_in_problems(shop: App) -> None:
    err = refused(shop, "orders", to_csv([order(qty="=1+1", prefecture="Atlantis")],
                                         JA_HEADERS, "cp932"))
    problem_at(err, 2, "数量")
    problem_at(err, 2, "都道府県")


def test_unknown_sku(shop: App) -> None:
    err = refused(shop, "orders", to_csv([order(), order(order_no="T-2", sku="NO-SUCH")]))
    assert "unknown SKU 'NO-SUCH'" in str(problem_at(err, 3, "sku").problem)


def test_order_number_already_in_the_database(shop: App) -> None:
    import_orders(shop, to_csv([order()]))
    err = refused(shop, "orders", to_csv([order(order_no="T-9"), order(), order()]))
    assert "already in the database" in str(problem_at(err, 3, "order_no").problem)
    assert len(err.problems) == 1  # reported once, at the order's first row


def test_later_row_of_an_order_disagreeing_on_an_order_field(shop: App) -> None:
    rows = [order(), order(order_no="T-2"), order(sku="MUG-BLK", prefecture="北海道")]
    err = refused(shop, "orders", to_csv(rows))
    text = str(problem_at(err, 4, "prefecture").problem)
    assert "row 2" in text and "T-1" in text and "北海道" in text


def test_missing_required_column_names_the_column(shop: App) -> None:
    rows = [{k: v for k, v in order().items() if k != "qty"}]
    err = refused(shop, "orders", to_csv(rows))
    text = str(problem_at(err, None, "qty").problem)
    # The built-in layout is not named: its internal name 'generic' means nothing to a user.
    assert text == "required column 'qty' is missing"
    assert "数量" in str(problem_at(err, None, "qty").fix)  # the Japanese alias is suggested


def test_two_columns_for_one_field_is_refused(shop: App) -> None:
    data = b"order_no,sku,qty,ship_name,postal_code,prefecture,address1,\xe4\xbd\x8f\xe6\x89\x80\n"
    err = refused(shop, "orders", data + b"T-1,MUG-WHT,1,A,100-0001,13,x,y\n")
    assert "both hold address1" in str(problem_at(err, None, "住所").problem)


def test_row_with_more_cells_than_the_header(shop: App) -> None:
    data = to_csv([order()]) + "T-2,MUG-WHT,1,1200,山田,100-0001,東京都,千代田区1,2,,,,,,,,,,x\r\n"\
        .encode()
    err = refused(shop, "orders", data)
    assert "quote" in str(problem_at(err, 3, None).fix)


def _with_open_quote(rows: list[dict[str, str]], at: int) -> bytes:
    """The rows as a file whose 備考 cell in row `at` (0-based) opens a quote it never closes."""
    lines = to_csv(rows).decode().split("\r\n")
    notes = list(ORDER).index("notes")
    cells = lines[at + 1].split(",")
    cells[notes] = '"置き配希望\r\n2階'  # a multi-line note whose closing quote was lost
    lines[at + 1] = ",".join(cells)
    return "\r\n".join(lines).encode()


def test_an_unclosed_quote_is_refused_at_its_row_not_left_to_swallow_later_orders(
        shop: App) -> None:
    rows = [order(order_no=f"T-{n}") for n in range(1, 5)]
    err = refused(shop, "orders", _with_open_quote(rows, 0))  # T-2..T-4 would be 備考 text
    problem = problem_at(err, 2, None)
    assert "not closed" in problem.render() and "line 2" in problem.render()
    with shop.uow() as uow:
        assert uow.orders.get("T-1") is None


def test_an_unclosed_quote_in_the_last_row_runs_past_the_end_and_is_refused(shop: App) -> None:
    rows = [order(order_no=f"T-{n}") for n in range(1, 4)]
    err = refused(shop, "orders", _with_open_quote(rows, 2))
    assert "not closed" in problem_at(err, 4, None).render()


def test_a_closed_multi_line_note_with_commas_still_imports(shop: App) -> None:
    rows = [order(notes="置き配, 玄関前\n不在時は, 宅配ボックス"), order(order_no="T-2")]
    report = import_orders(shop, to_csv(rows))
    assert report.added == 2
    with shop.uow() as uow:
        first = uow.orders.get("T-1")
    assert first is not None and first.notes == "置き配, 玄関前\n不在時は, 宅配ボックス"


def test_neither_utf8_nor_cp932_names_offset_and_row(shop: App) -> None:
    good = to_csv([order()])
    data = good + b"T-2,MUG-WHT,1,1200,\x81\x20,100-0001,13,x\r\n"
    err = refused(shop, "orders", data)
    problem = problem_at(err, 3, None)
    assert f"byte offset {len(good) + 19}" in str(problem.problem)
    assert "UTF-8" in str(problem.problem) and "cp932" in str(problem.problem)


def test_every_problem_is_collected_and_the_list_is_capped(shop: App) -> None:
    rows = [order(order_no=f"T-{n}", qty="0") for n in range(1500)]
    err = refused(shop, "orders", to_csv(rows))
    assert len(err.problems) == 1001
    assert str(err.problems[-1].problem) == "500 more problems not listed"
    assert [p.row for p in err.problems[:3]] == [2, 3, 4]


def test_several_problems_in_one_file_are_all_reported(shop: App) -> None:
    rows = [order(qty="0"), order(order_no="T-2", prefecture="?"), order(order_no="T-3",
                                                                         sku="NOPE")]
    err = refused(shop, "orders", to_csv(rows))
    assert {(p.row, p.column) for p in err.problems} == \
        {(2, "qty"), (3, "prefecture"), (4, "sku")}


@pytest.mark.parametrize(("cells", "column", "words"), [
    ({"jan": "4912345000010"}, "jan", "wrong check digit"),
    ({"jan": f"{jan(900)};4912345000010"}, "jan", "wrong check digit"),
    ({"jan": "4.91235E+12"}, "jan", "spreadsheet turned into a number"),
    ({"jan": "49123"}, "jan", "not a JAN/EAN/UPC/ITF-14 code"),
    ({"jan": MUG_JAN}, "jan", "already registered to SKU MUG-WHT"),
    ({"jan": "0" + MUG_JAN}, "jan", "already registered to SKU MUG-WHT"),  # GTIN-14 form
    ({"case_code": "14912345000017"}, "case_code", "wrong check digit"),
    ({"case_code": case_code(jan(900))}, "case_units", "number of units in the case"),
    ({"case_units": "6"}, "case_code", "without a case code"),
    ({"tax_rate_pct": "5"}, "tax_rate_pct", "not a tax rate"),
    ({"length_mm": "100", "width_mm": "50"}, "height_mm", "all three sizes"),
    ({"weight_g": "1.5kg"}, "weight_g", "not a valid weight"),
    ({"price_yen": "=A1*2"}, "price_yen", "not an amount in yen"),
    ({"fragile": "maybe"}, "fragile", "not yes or no"),
    ({"name_ja": ""}, "name_ja", "empty cell"),
    ({"sku": ""}, "sku", "empty cell"),
])
def test_bad_product_cell(shop: App, cells: dict[str, str], column: str, words: str) -> None:
    rows = [product(sku="OK-1"), product(**cells)]
    err = refused(shop, "products", to_csv(rows))
    assert words in problem_at(err, 3, column).render()  # the problem or its fix
    assert len(err.problems) == 1, err.summary()


def test_same_sku_or_barcode_twice_in_one_products_file(shop: App) -> None:
    rows = [product(jan=jan(900)), product(), product(sku="NEW-2", jan=jan(900))]
    err = refused(shop, "products", to_csv(rows))
    assert "also in row 2" in str(problem_at(err, 3, "sku").problem)
    assert "also given in row 2" in str(problem_at(err, 4, "jan").problem)


def test_bad_check_digit_of_a_demo_jan(shop: App) -> None:
    wrong = MUG_JAN[:-1] + str((int(MUG_JAN[-1]) + 1) % 10)
    err = refused(shop, "products", to_csv([product(sku="MUG-WHT", name_ja="x", jan=wrong)]))
    assert f"should be {MUG_JAN[-1]}" in str(problem_at(err, 2, "jan").problem)


# --- saved layouts --------------------------------------------------------------------------

CUSTOM = {"order_no": "受注ID", "sku": "品目", "qty": "数", "ship_name": "宛名",
          "postal_code": "〒", "prefecture": "県", "address1": "所在地", "notes": "メモ"}


def test_saved_layout_maps_custom_headers(shop: App) -> None:
    csv_import.save_profile(shop.uow, ADMIN, "orders", "自社OMS", CUSTOM)
    assert csv_import.profile_names(shop.uow, "orders") == ["自社OMS"]
    assert csv_import.profile_names(shop.uow, "products") == []
    rows = [{CUSTOM[k]: v for k, v in order(notes="置き配").items() if k in CUSTOM}]
    data = to_csv(rows)
    report = csv_import.import_file(shop.uow, "orders", data, profile="自社OMS")
    assert report.added == 1
    with shop.uow() as uow:
        got = uow.orders.get("T-1")
    assert got is not None and got.notes == "置き配" and got.lines[0].sku == "MUG-WHT"
    err = refused(shop, "orders", data)  # the generic layout does not know these headers
    problem_at(err, None, "order_no")


def test_saved_layout_file_without_its_column(shop: App) -> None:
    csv_import.save_profile(shop.uow, ADMIN, "orders", "oms", CUSTOM)
    rows = [{CUSTOM[k]: v for k, v in order().items() if k in CUSTOM and k != "qty"}]
    err = refused(shop, "orders", to_csv(rows), profile="oms")
    assert "layout 'oms'" in str(problem_at(err, None, "数").problem)


def test_unknown_layout_name_is_refused(shop: App) -> None:
    err = refused(shop, "orders", to_csv([order()]), profile="nope")
    assert "no saved orders layout named 'nope'" in str(err.problems[0].problem)
    assert "generic" in str(err.problems[0].fix)


def test_only_an_admin_saves_a_layout(shop: App) -> None:
    with pytest.raises(PermissionDenied):
        csv_import.save_profile(shop.uow, PACKER, "orders", "x", CUSTOM)
    assert csv_import.profile_names(shop.uow, "orders") == []


def test_layout_must_map_every_required_field_to_a_named_column(shop: App) -> None:
    mapping = {**CUSTOM, "qty": " ", "bogus": "x"}
    del mapping["sku"]
    with pytest.raises(BadInput) as caught:
        csv_import.save_profile(shop.uow, ADMIN, "orders", "oms", mapping)
    where = {(p.column, str(p.problem)) for p in caught.value.problems}
    assert ("qty", "no column chosen") in where
    assert ("sku", "required field not mapped") in where
    assert ("bogus", "unknown field 'bogus'") in where
    assert csv_import.profile_names(shop.uow, "orders") == []


# --- progress and cancelling ----------------------------------------------------------------


def big_file(orders: int) -> bytes:
    return to_csv([order(order_no=f"T-{n // 2}", sku=("MUG-WHT", "MUG-BLK")[n % 2])
                   for n in range(orders * 2)])


def test_progress_is_reported_at_least_every_500_rows(shop: App) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    import_orders(shop, big_file(700), progress=progress)
    done = [d for d, _ in calls]
    assert {t for _, t in calls} == {2800}  # checking 1,400 rows, then writing them
    assert done[0] == 0 and done[-1] == 2800 and done == sorted(done)
    assert max(b - a for a, b in itertools.pairwise(done)) <= 500
    assert any(1400 < d < 2800 for d in done)  # the writing phase reports too


@pytest.mark.parametrize("stop_at", [0, 500, 2000, 2800])  # checking, writing, last call
def test_cancel_writes_nothing(shop: App, stop_at: int) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < stop_at

    with pytest.raises(Cancelled):
        import_orders(shop, big_file(700), progress=progress)
    assert max(seen) >= stop_at
    assert counts(shop)[0] == 0
    with shop.uow() as uow:
        assert uow.audit.recent("import_orders") == []


# --- PostgreSQL (the central database) ------------------------------------------------------


@pytest.mark.postgres
def test_orders_and_products_on_postgresql(pg_url: str) -> None:
    app = build(Config(db_url=pg_url, station_name="t"))
    try:
        demo.seed(app.uow, app.hasher, 0)
        rows = [order(order_no=f"P-{n // 2}", sku=("MUG-WHT", "SAKE-720")[n % 2],
                      postal_code=f"100-{n // 2:04d}", notes=FORMULA) for n in range(1200)]
        assert import_orders(app, to_csv(rows, JA_HEADERS, "cp932")).added == 600
        with app.uow() as uow:
            got = uow.orders.get("P-417")
        assert got is not None and got.ship_to is not None
        assert got.ship_to.postal_code == "100-0417" and got.notes == FORMULA
        assert [ln.sku for ln in got.lines] == ["MUG-WHT", "SAKE-720"]
        err = refused(app, "orders", to_csv(rows[:2]))
        problem_at(err, 2, "order_no")
        csv_import.import_file(app.uow, "products", to_csv([product(jan=jan(900))]))
        err = refused(app, "products", to_csv([product(sku="NEW-2", jan="0" + jan(900))]))
        assert "already registered to SKU NEW-1" in str(problem_at(err, 2, "jan").problem)
    finally:
        app.close()


def test_products_report_progress_and_cancel_at_the_last_call_writes_nothing(shop: App) -> None:
    rows = [product(sku=f"NEW-{n}", jan=jan(1000 + n)) for n in range(1100)]
    # MUG-WHT re-registers its own JAN next to a new one: no conflict with itself.
    rows.append(product(sku="MUG-WHT", name_ja="マグ", jan=f"{MUG_JAN}|{jan(999)}"))
    calls: list[int] = []

    def stop_at_the_end(done: int, total: int) -> bool:
        calls.append(done)
        return done < total

    before = counts(shop)
    with pytest.raises(Cancelled):
        csv_import.import_file(shop.uow, "products", to_csv(rows), progress=stop_at_the_end)
    assert counts(shop) == before and calls[-1] == 2 * 1101
    assert max(b - a for a, b in itertools.pairwise(calls)) <= 500
    report = csv_import.import_file(shop.uow, "products", to_csv(rows))
    assert (report.added, report.updated) == (1100, 1)
    with shop.uow() as uow:
        mug = uow.products.get("MUG-WHT")
    assert mug is not None and sorted(c.code for c in mug.codes) == sorted([MUG_JAN, jan(999)])


def test_gift_details_enclosures_and_first_orders_by_customer_number(shop: App) -> None:
    """Issue 14's handling columns under Japanese headers; a customer's first order is found
    from the customer number (earlier in the database or in the file) unless 初回 says."""
    headers = {**JA_HEADERS, "noshi": "のし", "wrapping": "ラッピング",
               "message_card": "メッセージカード", "enclosures": "同梱物",
               "customer_no": "顧客番号", "first_order": "初回"}
    extra = {"noshi": "", "wrapping": "", "message_card": "", "enclosures": "",
             "customer_no": "", "first_order": ""}
    def row(**cells: str) -> dict[str, str]:
        return order(**{**extra, **cells})

    import_orders(shop, to_csv([row(order_no="E-0", customer_no="C-9")], headers))
    rows = [row(noshi="御祝", wrapping="あり", message_card="おめでとう",
                enclosures="チラシA、サンプルB; チラシA", customer_no="C-1"),
            row(order_no="T-2", customer_no="C-1"), row(order_no="T-3", customer_no="C-9"),
            row(order_no="T-4", customer_no="C-9", first_order="1"), row(order_no="T-5")]
    import_orders(shop, to_csv(rows, headers))
    with shop.uow() as uow:
        got = {no: uow.orders.get(no) for no in ("E-0", "T-1", "T-2", "T-3", "T-4", "T-5")}
    first = got["T-1"]
    assert first is not None
    assert (first.noshi, first.wrapping, first.message_card) == ("御祝", True, "おめでとう")
    assert first.enclosures == ("チラシA", "サンプルB")
    assert {no: o.first_order for no, o in got.items() if o} == {
        "E-0": True, "T-1": True, "T-2": False, "T-3": False, "T-4": True, "T-5": False}


def test_a_message_card_is_personal_and_never_quoted_in_a_problem(shop: App) -> None:
    err = refused(shop, "orders", to_csv([order(message_card="花子さんへ" * 50)]))
    problem = problem_at(err, 2, "message_card")
    assert "花子" not in problem.render("bad.csv")
