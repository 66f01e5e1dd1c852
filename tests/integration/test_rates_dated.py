"""Issue 17 end to end on the demo shop: dated rate tables imported ahead and exported with
their date, the proposal priced with the table in force on the ship date (the shop calendar
skips 祝日), orders refused when the postal code is not in their prefecture, 離島 relay fees
by postal code."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from packstation.adapters.postal import PosutoDirectory
from packstation.bootstrap import App
from packstation.domain.errors import BadInput
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services.dto import SessionUser
from packstation.services.proposal import proposals as proposal
from tests.integration.test_rate_csv import _prices, _user


class _Clock:
    def __init__(self, when: datetime) -> None:
        self.when = when

    def now(self) -> datetime:
        return self.when


def _jst_morning(day: date) -> _Clock:
    return _Clock(datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC))  # 10:00 in Japan


@pytest.fixture
def admin(demo_app: App) -> SessionUser:
    return _user(demo_app, "admin")


def _flat_table(app: App, code: str, yen: int, day: str) -> bytes:
    names = list(_prices(app, code))
    return (f"都道府県,{','.join(names)},適用開始日\r\n"
            f"全国(既定),{','.join([str(yen)] * len(names))},{day}\r\n").encode()


def _order(app: App, order_no: str, sku: str, postal: str, pref: int) -> None:
    with app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.OPEN, [OrderLine(1, sku, 1)],
                                   ship_to=ShipTo("テスト 太郎", postal, pref, "1-1"))])
        uow.commit()


def test_next_years_table_is_loaded_ahead_and_each_exports_with_its_date(
        demo_app: App, admin: SessionUser) -> None:
    rates = demo_app.services.admin
    current = rates.export_rates(admin, "takkyubin", "utf-8")
    report = rates.import_rates(admin, "takkyubin",
                                _flat_table(demo_app, "takkyubin", 100, "2099-04-01"), "n.csv")
    assert report.effective_from == date(2099, 4, 1) and report.changed == report.prices
    with demo_app.uow() as uow:
        service = uow.catalog.service("takkyubin")
    assert service is not None
    assert [t.effective_from for t in service.rate_tables] == [date(2000, 1, 1),
                                                               date(2099, 4, 1)]
    # the table in force is untouched and exports as before; the new one with its own date
    assert rates.export_rates(admin, "takkyubin", "utf-8") == current
    ahead = rates.export_rates(admin, "takkyubin", "utf-8", date(2099, 4, 1)).decode("utf-8-sig")
    assert ahead.split("\r\n")[1].endswith(",100,2099-04-01")
    # the exported file imports back as the same table: nothing changes
    again = rates.import_rates(admin, "takkyubin", ahead.encode("utf-8"), "again.csv")
    assert again.changed == 0 and again.effective_from == date(2099, 4, 1)


def test_a_bad_date_changes_nothing(demo_app: App, admin: SessionUser) -> None:
    before = _prices(demo_app, "yupacket")
    bad = "都道府県,1cm,2cm,3cm,適用開始日\r\n全国(既定),1,2,3,2027-02-30\r\n".encode()
    with pytest.raises(BadInput) as e:
        demo_app.services.admin.import_rates(admin, "yupacket", bad, "bad.csv")
    assert [(p.row, p.column, p.problem.code) for p in e.value.problems] == [
        (2, "適用開始日", "rates.not_a_date")]
    assert _prices(demo_app, "yupacket") == before
    with demo_app.uow() as uow:
        assert len(uow.catalog.service("yupacket").rate_tables) == 1  # type: ignore[union-attr]


def test_the_proposal_uses_the_table_in_force_on_the_ship_date(
        demo_app: App, admin: SessionUser) -> None:
    demo_app.services.admin.import_rates(
        admin, "takkyubin", _flat_table(demo_app, "takkyubin", 100, "2027-04-01"), "2027.csv")
    _order(demo_app, "D-1", "MUG-WHT", "100-0001", 13)
    postal = PosutoDirectory()

    def best(day: date) -> proposal.OptionView:
        view = proposal.suggest(demo_app.uow, "D-1",
                                shipping=proposal.Shipping(_jst_morning(day), postal))
        assert view.best is not None
        return view.best

    before = best(date(2027, 3, 31))  # Wednesday: ships that day, old table
    after = best(date(2027, 4, 1))
    assert before.shipping_yen > 100
    assert after.services == ("takkyubin",) and after.shipping_yen == 100


def test_a_holiday_ships_the_next_open_day_with_that_days_table(
        demo_app: App, admin: SessionUser) -> None:
    demo_app.services.admin.import_rates(
        admin, "takkyubin", _flat_table(demo_app, "takkyubin", 100, "2026-11-24"), "nov.csv")
    _order(demo_app, "D-2", "MUG-WHT", "100-0001", 13)
    holiday = proposal.Shipping(_jst_morning(date(2026, 11, 23)), PosutoDirectory())  # 勤労感謝の日
    view = proposal.suggest(demo_app.uow, "D-2", shipping=holiday)
    assert view.best is not None and view.best.shipping_yen == 100  # ships 11-24
    with demo_app.uow() as uow:  # a shop that ships on 祝日 too
        uow.settings.put("shop_closed_days", "日")
        uow.commit()
    view = proposal.suggest(demo_app.uow, "D-2", shipping=holiday)
    assert view.best is not None and view.best.shipping_yen > 100  # ships 11-23, old table


def test_island_postal_codes_pay_the_relay_fee(demo_app: App) -> None:
    _order(demo_app, "D-3", "RICE-5KG", "900-0001", 47)  # 那覇市 (沖縄本島)
    _order(demo_app, "D-4", "RICE-5KG", "907-0004", 47)  # 石垣市 (八重山)
    shipping = proposal.Shipping(_jst_morning(date(2026, 12, 3)), PosutoDirectory())

    def price(order_no: str, service: str) -> int:
        options = proposal.every_option(demo_app.uow, order_no, shipping)
        return min(o.shipping_yen for o in [options.best, *options.alternatives]
                   if o is not None and o.services == (service,) and o.boxes == ("B80",))

    # 佐川 charges 中継料 to the islands (the demo's 1,200 yen for 沖縄県); ゆうパック does not
    assert price("D-4", "hikyaku") == price("D-3", "hikyaku") + 1200
    assert price("D-4", "yupack") == price("D-3", "yupack")


ORDERS = ("order_no,sku,qty,ship_name,postal_code,prefecture,address1\r\n"
          "T-1,MUG-WHT,1,山田 太郎,100-0001,東京都,千代田区千代田1-1\r\n"
          "T-2,MUG-WHT,1,山田 花子,100-0001,大阪府,中央区1-1\r\n"
          "T-3,MUG-WHT,1,山田 次郎,000-0000,東京都,どこか1-1\r\n")


def test_import_refuses_a_postal_code_outside_its_prefecture(demo_app: App) -> None:
    imports = demo_app.services.imports
    with pytest.raises(BadInput) as e:
        imports.import_file("orders", ORDERS.encode("utf-8"), source="orders.csv")
    found = [(p.row, p.column, p.problem.code, p.fix.code if p.fix else "")
             for p in e.value.problems]
    assert found == [(3, "postal_code", "postal.other_prefecture", "postal.other_prefecture_fix"),
                     (4, "postal_code", "postal.unknown_code", "postal.unknown_code_fix")]
    assert e.value.problems[0].problem.params == {"found": "東京都", "prefecture": "大阪府"}
    assert "100-0001" not in str(e.value.problems[0].fix)  # the code itself is not echoed
    with demo_app.uow() as uow:
        assert uow.orders.get("T-1") is None  # all or nothing
    good = ORDERS.split("\r\n")[:2]
    report = imports.import_file("orders", ("\r\n".join(good) + "\r\n").encode(), source="g.csv")
    assert report.added == 1


def test_tables_stored_before_dates_existed_apply_since_ever(demo_db: str) -> None:
    """Migration 0014 on a shop with prices (back to 0013, then up): every price is kept, in
    force since 2000-01-01."""
    from sqlalchemy import text

    from packstation.adapters.db.engine import downgrade, make_engine, migrate

    engine = make_engine(demo_db)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM rates")).scalar()
    downgrade(engine, "0013")
    with engine.begin() as conn:  # an old station's table, plain prices
        assert "effective_from" not in [c["name"] for c in
                                        conn.dialect.get_columns(conn, "rates")]
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*), min(effective_from), max(effective_from) "
                                 "FROM rates")).one()
    assert rows[0] == before and str(rows[1]) == str(rows[2]) == "2000-01-01"
    engine.dispose()


def test_a_phone_order_is_checked_against_the_postal_data_too(demo_app: App) -> None:
    from packstation.services.imports.order_entry import EnteredOrder

    lead = _user(demo_app, "suzuki")
    typed = EnteredOrder("TEL-1", "電話", "山田 花子", "100-0001", "大阪府", "中央区1-1",
                         lines=(("MUG-WHT", "1"),))
    with pytest.raises(BadInput) as e:
        demo_app.services.imports.enter_order(lead, typed)
    assert [(p.column, p.problem.code) for p in e.value.problems] == [
        ("postal_code", "postal.other_prefecture")]
    assert demo_app.services.imports.place_of("〒100-0001") == ("東京都", "千代田区千代田")
    assert demo_app.services.imports.place_of("000-0000") == ("", "")
