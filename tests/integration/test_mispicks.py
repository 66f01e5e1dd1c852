"""The lead's mis-pick review on real refused scans: filters, look-alike pairs, counts per
packer and hour, review with permission and audit, CSV export (cp932/UTF-8, neutralised)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import BadInput, NotFound, PermissionDenied
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services.demo import seed as demo
from packstation.services.demo import shop as demo_shop
from packstation.services.dto import SessionUser
from packstation.services.packing import bench as packing
from packstation.services.review import mispicks
from packstation.services.review.dto import CsvSubstitution, MisPickFilter

CODES = {p.sku: p.codes[0].code for p in demo_shop.products()}
FORMULA_SCAN = "=cmd|' /C calc'!A0"
EVERYTHING = MisPickFilter()


class StepClock:
    """The time the next scan happens at, set by the test."""

    def __init__(self) -> None:
        self.at = datetime(2025, 3, 3, 0, 30, tzinfo=UTC)

    def now(self) -> datetime:
        return self.at


@dataclass
class Shop:
    app: App
    clock: StepClock
    users: dict[str, int]

    def who(self, login: str, role: str) -> SessionUser:
        return SessionUser(self.users[login], login, login, role, "ja")


def _add_order(app: App, order_no: str, lines: list[tuple[str, int]]) -> None:
    with app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.OPEN,
                                   [OrderLine(i, sku, q) for i, (sku, q) in enumerate(lines, 1)],
                                   ship_to=ShipTo("テスト 太郎", "060-0001", 1, "1-1"))])
        uow.commit()


def _refusals(app: App) -> Shop:
    """sato at st-1 on 3 March 09:30 JST: two look-alike tees, a formula-like barcode, one too
    many; nguyen at st-2 at 00:10 JST on 4 March (still 3 March in UTC): the wrong phone case."""
    _add_order(app, "MP-1", [("TEE-RED-M", 1), ("MUG-WHT", 1)])
    _add_order(app, "MP-2", [("CASE-IP15", 2)])
    with app.uow() as uow:
        users = {login: uow.users.by_login(login).id  # type: ignore[union-attr]
                 for login in ("sato", "nguyen", "suzuki", "admin")}
    clock = StepClock()
    sato = packing.Bench(app.uow, clock, "st-1", user_id=users["sato"])
    packing.open_order(sato, "MP-1")
    verdicts = []
    for minute, code in ((31, CODES["TEE-RED-L"]), (32, CODES["TEE-RED-L"]), (33, FORMULA_SCAN),
                         (34, CODES["TEE-RED-M"]), (35, CODES["TEE-RED-M"])):
        clock.at = clock.at.replace(minute=minute)
        verdicts.append(packing.scan(sato, "MP-1", code).verdict)
    assert verdicts == ["WRONG_ITEM", "WRONG_ITEM", "UNKNOWN_CODE", "OK", "OVER_QUANTITY"]
    clock.at = datetime(2025, 3, 3, 15, 10, tzinfo=UTC)
    nguyen = packing.Bench(app.uow, clock, "st-2", user_id=users["nguyen"])
    packing.open_order(nguyen, "MP-2")
    assert packing.scan(nguyen, "MP-2", CODES["CASE-IP16"]).verdict == "WRONG_ITEM"
    return Shop(app, clock, users)


@pytest.fixture
def shop(demo_app: App) -> Shop:
    return _refusals(demo_app)


def _search(shop: Shop, **kw: object) -> list[str]:
    """(verdict, scanned SKU or code) of the selected records, newest first."""
    views = mispicks.search(shop.app.uow, MisPickFilter(**kw))  # type: ignore[arg-type]
    return [f"{v.verdict}:{v.scanned_sku or v.scanned_code}" for v in views]


# --- records and filters -------------------------------------------------------------------

def test_every_refused_scan_is_a_record_with_time_station_packer_order_and_expected(
        shop: Shop) -> None:
    views = mispicks.search(shop.app.uow, EVERYTHING)
    assert [v.verdict for v in views] == ["WRONG_ITEM", "OVER_QUANTITY", "UNKNOWN_CODE",
                                          "WRONG_ITEM", "WRONG_ITEM"], "newest first, OK absent"
    first_tee = views[-1]
    assert first_tee.at == datetime(2025, 3, 3, 0, 31, tzinfo=UTC)
    assert (first_tee.station, first_tee.packer, first_tee.order_no) == ("st-1", "佐藤 健", "MP-1")
    assert first_tee.expected_skus == "TEE-RED-M,MUG-WHT"
    assert (first_tee.scanned_code, first_tee.scanned_sku) == (CODES["TEE-RED-L"], "TEE-RED-L")
    assert first_tee.resolution and first_tee.reviewed_at is None and first_tee.reviewed_by == ""
    assert views[1].expected_skus == "MUG-WHT", "the tee was already complete: only the mug left"
    assert views[2].scanned_code == FORMULA_SCAN and views[2].scanned_sku == ""
    assert views[0].packer.startswith("グエン") and views[0].station == "st-2"


def test_filters_by_packer_verdict_date_and_limit(shop: Shop) -> None:
    assert _search(shop, user_id=shop.users["nguyen"]) == ["WRONG_ITEM:CASE-IP16"]
    assert _search(shop, verdict="OVER_QUANTITY") == ["OVER_QUANTITY:TEE-RED-M"]
    assert _search(shop, limit=2) == ["WRONG_ITEM:CASE-IP16", "OVER_QUANTITY:TEE-RED-M"]
    march_3 = mispicks.day_range(date(2025, 3, 3), date(2025, 3, 3))
    assert march_3 == (datetime(2025, 3, 2, 15, tzinfo=UTC), datetime(2025, 3, 3, 15, tzinfo=UTC))
    on_the_3rd = _search(shop, since=march_3[0], until=march_3[1])
    assert len(on_the_3rd) == 4 and "WRONG_ITEM:CASE-IP16" not in on_the_3rd, \
        "00:10 JST on the 4th belongs to the 4th, though it is still the 3rd in UTC"
    march_4 = mispicks.day_range(date(2025, 3, 4), date(2025, 3, 4))
    assert _search(shop, since=march_4[0], until=march_4[1]) == ["WRONG_ITEM:CASE-IP16"]


def test_sku_filter_matches_the_scanned_or_an_expected_sku_or_their_beginning(
        shop: Shop) -> None:
    assert _search(shop, sku="CASE-IP16") == ["WRONG_ITEM:CASE-IP16"]
    assert _search(shop, sku="case-ip15") == ["WRONG_ITEM:CASE-IP16"], "expected, any case"
    assert len(_search(shop, sku="MUG-WHT")) == 4, "expected on every MP-1 refusal"
    assert _search(shop, sku="TEE-RED-L") == ["WRONG_ITEM:TEE-RED-L"] * 2
    assert len(_search(shop, sku="TEE-RED")) == 4, "a beginning finds the family"
    assert _search(shop, sku="TEE_RED") == [] and _search(shop, sku="%") == [], \
        "LIKE wildcards are ordinary characters"


# --- look-alike pairs and counts -------------------------------------------------------------

def test_top_lookalike_pairs_pair_the_scan_with_the_expected_sku_it_resembles(
        shop: Shop) -> None:
    pairs = mispicks.lookalike_pairs(shop.app.uow, EVERYTHING)
    assert [(p.expected_sku, p.scanned_sku, p.count) for p in pairs] == [
        ("TEE-RED-M", "TEE-RED-L", 2), ("CASE-IP15", "CASE-IP16", 1)]
    assert mispicks.lookalike_pairs(shop.app.uow, EVERYTHING, top=1)[0].count == 2
    by_nguyen = mispicks.lookalike_pairs(shop.app.uow, MisPickFilter(user_id=shop.users["nguyen"]))
    assert [(p.expected_sku, p.scanned_sku) for p in by_nguyen] == [("CASE-IP15", "CASE-IP16")]
    assert mispicks.lookalike_pairs(shop.app.uow, MisPickFilter(verdict="OVER_QUANTITY")) == []


def test_counts_per_packer_and_hour_of_the_japanese_day(shop: Shop) -> None:
    counts = mispicks.counts_by_packer_hour(shop.app.uow, EVERYTHING)
    got = {(c.user_id, c.hour): c.count for c in counts}
    assert got == {(shop.users["sato"], 9): 4, (shop.users["nguyen"], 0): 1}
    assert {c.packer for c in counts} == {"佐藤 健", "グエン ヴァン アン"}
    only_wrong = mispicks.counts_by_packer_hour(shop.app.uow, MisPickFilter(verdict="WRONG_ITEM"))
    assert {(c.hour, c.count) for c in only_wrong} == {(9, 2), (0, 1)}


# --- review ----------------------------------------------------------------------------------

def test_only_a_lead_or_admin_marks_reviewed_and_it_is_audited(shop: Shop) -> None:
    uow = shop.app.uow
    ids = [v.id for v in mispicks.search(uow, MisPickFilter(verdict="WRONG_ITEM"))]
    with pytest.raises(PermissionDenied):
        mispicks.mark_reviewed(uow, shop.who("sato", "packer"), ids, "ok", shop.clock)
    assert _search(shop, reviewed=True) == []
    shop.clock.at = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    lead = shop.who("suzuki", "lead")
    assert mispicks.mark_reviewed(uow, lead, ids[:2], " 棚のラベルを色分け ", shop.clock) == 2
    reviewed = mispicks.search(uow, MisPickFilter(reviewed=True))
    assert sorted(v.id for v in reviewed) == sorted(ids[:2])
    assert {(v.reviewed_by, v.review_comment, v.reviewed_at) for v in reviewed} == {
        ("鈴木 美香", "棚のラベルを色分け", shop.clock.at)}
    assert len(_search(shop, reviewed=False)) == 3
    with uow() as tx:
        audit = tx.audit.recent("mispicks_reviewed")
    assert len(audit) == 1 and audit[0]["user_id"] == shop.users["suzuki"]
    assert audit[0]["detail"] == {"ids": sorted(ids[:2]), "comment": "棚のラベルを色分け"}
    admin = shop.who("admin", "admin")
    assert mispicks.mark_reviewed(uow, admin, ids[2:], "", shop.clock) == 1


def test_review_of_a_missing_record_or_of_nothing_changes_nothing(shop: Shop) -> None:
    uow, lead = shop.app.uow, shop.who("suzuki", "lead")
    some = mispicks.search(uow, EVERYTHING)[0].id
    with pytest.raises(NotFound):
        mispicks.mark_reviewed(uow, lead, [some, 999_999], "x", shop.clock)
    with pytest.raises(BadInput):
        mispicks.mark_reviewed(uow, lead, [], "x", shop.clock)
    with pytest.raises(BadInput):
        mispicks.mark_reviewed(uow, lead, [some], "長" * 501, shop.clock)
    assert _search(shop, reviewed=True) == []
    with uow() as tx:
        assert tx.audit.recent("mispicks_reviewed") == []


# --- CSV export ------------------------------------------------------------------------------

def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_cp932_export_crlf_jst_neutralised_and_every_substitution_reported(shop: Shop) -> None:
    uow, lead = shop.app.uow, shop.who("suzuki", "lead")
    newest = mispicks.search(uow, EVERYTHING)[0].id
    mispicks.mark_reviewed(uow, lead, [newest], "=HYPERLINK(\"x\") 𠮷田さん ¥0", shop.clock)
    export = mispicks.export_csv(uow, EVERYTHING, "cp932")
    text = export.data.decode("cp932")  # strict: it really is cp932
    assert export.rows == 5 and text.count("\r\n") == 6 and "\n" not in text.replace("\r\n", "")
    rows = _rows(text)
    assert rows[0][:3] == ["No./ID", "日時/Time (JST)", "梱包台/Station"]
    assert rows[0][8] == "理由/Reason"
    by_time = {r[1]: r for r in rows[1:]}
    formula_row = by_time["2025-03-03 09:33:00"]
    assert formula_row[6] == "'" + FORMULA_SCAN, "a cell starting with = is written as text"
    assert formula_row[8] == "未登録バーコード (UNKNOWN_CODE)"
    assert by_time["2025-03-04 00:10:00"][8] == "商品違い (WRONG_ITEM)"
    assert rows[1][12] == "'=HYPERLINK(\"x\") ?田さん ￥0"
    assert export.substitutions == (
        CsvSubstitution(2, "確認コメント/Review comment", "𠮷", "?"),
        CsvSubstitution(2, "確認コメント/Review comment", "¥", "￥"))


def test_utf8_export_keeps_every_character_and_opens_in_excel(shop: Shop) -> None:
    uow, lead = shop.app.uow, shop.who("suzuki", "lead")
    newest = mispicks.search(uow, EVERYTHING)[0].id
    mispicks.mark_reviewed(uow, lead, [newest], "-1 𠮷田さん", shop.clock)
    export = mispicks.export_csv(uow, MisPickFilter(limit=1), "utf-8")
    assert export.data.startswith(b"\xef\xbb\xbf"), "BOM: Excel reads it as UTF-8"
    rows = _rows(export.data.decode("utf-8-sig"))
    assert export.rows == 5 == len(rows) - 1, "the export ignores the screen's row limit"
    assert rows[1][12] == "'-1 𠮷田さん" and export.substitutions == ()
    with pytest.raises(BadInput):
        mispicks.export_csv(uow, EVERYTHING, "latin-1")  # type: ignore[arg-type]


# --- PostgreSQL (the central database) ------------------------------------------------------

@pytest.mark.postgres
def test_pairs_counts_and_filters_on_postgresql(pg_url: str) -> None:
    app = build(Config(db_url=pg_url, station_name="t"))
    try:
        demo.seed(app.uow, app.hasher, 0)
        shop = _refusals(app)
        counts = mispicks.counts_by_packer_hour(app.uow, EVERYTHING)
        assert {(c.user_id, c.hour): c.count for c in counts} == {
            (shop.users["sato"], 9): 4, (shop.users["nguyen"], 0): 1}
        assert [(p.expected_sku, p.scanned_sku, p.count)
                for p in mispicks.lookalike_pairs(app.uow, EVERYTHING)] == [
            ("TEE-RED-M", "TEE-RED-L", 2), ("CASE-IP15", "CASE-IP16", 1)]
        assert _search(shop, sku="case-ip15") == ["WRONG_ITEM:CASE-IP16"]
        assert _search(shop, sku="TEE_RED") == []
        since, until = mispicks.day_range(date(2025, 3, 4), date(2025, 3, 4))
        assert _search(shop, since=since, until=until) == ["WRONG_ITEM:CASE-IP16"]
    finally:
        app.close()
