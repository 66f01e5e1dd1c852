"""Phone and FAX orders typed by a lead (issue 20): the same checks as the orders CSV, every
problem at once naming its field, nothing written on a refusal, and the order joins the queue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from packstation.domain.errors import BadInput, PermissionDenied
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.imports.order_entry import EnteredOrder

LEAD = SessionUser(3, "suzuki", "鈴木 美香", Role.LEAD, "ja")
PACKER = SessionUser(1, "sato", "佐藤 健", Role.PACKER, "ja")
PHONE_ORDER = EnteredOrder(
    order_no="TEL-20261203-001", channel="電話", ship_name="山田 花子",
    postal_code="100-0001", prefecture="東京都", address1="千代田区千代田1-1",
    phone="03-1234-5678", time_slot="午前中", cool="冷凍", gift="1", cod_yen="3000",
    lines=(("GYOZA-FRZ", "2"), ("MUG-WHT", "1")))


@pytest.fixture
def app(demo_app):  # type: ignore[no-untyped-def]
    return demo_app


def test_a_phone_order_joins_the_queue_as_typed(app) -> None:  # type: ignore[no-untyped-def]
    report = app.services.imports.enter_order(LEAD, PHONE_ORDER)
    assert (report.rows, report.added) == (2, 1)
    with app.uow() as uow:
        order = uow.orders.get("TEL-20261203-001")
    assert order.status == "open" and order.channel == "電話"
    assert [(ln.sku, ln.qty) for ln in order.lines] == [("GYOZA-FRZ", 2), ("MUG-WHT", 1)]
    assert (order.cool, order.gift, order.cod_yen, order.time_slot) == ("frozen", True, 3000,
                                                                        "午前中")
    assert order.ship_to.prefecture_code == 13
    number = app.services.imports.next_order_no("電話", date(2026, 12, 3))
    assert number == "TEL-20261203-002", "the next free number"


def test_every_problem_is_named_and_nothing_is_written(app) -> None:  # type: ignore[no-untyped-def]
    bad = replace(PHONE_ORDER, postal_code="12", prefecture="東京県", phone="電話して",
                  lines=(("GYOZA-FRZ", "二"), ("NO-SUCH", "1")))
    with pytest.raises(BadInput) as refused:
        app.services.imports.enter_order(LEAD, bad)
    where = {(p.row, p.column) for p in refused.value.problems}
    assert {(2, "postal_code"), (2, "prefecture"), (2, "phone"), (2, "qty"),
            (3, "sku")} <= where
    with app.uow() as uow:
        assert uow.orders.get("TEL-20261203-001") is None


def test_a_taken_number_and_a_packer_are_refused(app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        app.services.imports.enter_order(PACKER, PHONE_ORDER)
    with pytest.raises(BadInput) as taken:
        app.services.imports.enter_order(LEAD, replace(PHONE_ORDER, order_no="R-1001"))
    assert [p.column for p in taken.value.problems] == ["order_no"]
    with pytest.raises(BadInput) as empty:
        app.services.imports.enter_order(LEAD, replace(PHONE_ORDER, lines=()))
    assert {p.column for p in empty.value.problems} >= {"sku", "qty"}
