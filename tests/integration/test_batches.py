"""Batches on a real database (issue 20): a batch holds its orders back from the next batch,
lead work only, and its total pick list decodes to the batch number with every unit listed."""

from __future__ import annotations

import pytest

from packstation.domain.errors import NotFound, PermissionDenied, StateError
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from tests.documents_fixtures import decode, pdf_fonts, pdf_text, render_png

LEAD = SessionUser(3, "suzuki", "鈴木 美香", Role.LEAD, "ja")
PACKER = SessionUser(1, "sato", "佐藤 健", Role.PACKER, "ja")


@pytest.fixture
def app(demo_app):  # type: ignore[no-untyped-def]
    return demo_app


def test_a_batch_takes_open_orders_once_and_numbers_its_slots(app) -> None:  # type: ignore[no-untyped-def]
    first = app.services.picking.create_batch(LEAD, max_orders=10)
    second = app.services.picking.create_batch(LEAD, max_orders=10)
    assert (first.batch_no, second.batch_no) == ("B-0001", "B-0002")
    assert list(first.slots) == list(range(1, 11))
    assert not set(first.slots.values()) & set(second.slots.values())
    assert app.services.picking.batch("B-0001").slots == first.slots
    with app.uow() as uow:  # the audit names who grouped the orders
        rows = uow.audit.recent("batch_created")
    assert {(r["target"], r["user_id"]) for r in rows} == {("B-0001", 3), ("B-0002", 3)}


def test_nothing_left_to_batch_and_packers_are_refused(app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        app.services.picking.create_batch(PACKER)
    with pytest.raises(StateError) as nothing:
        app.services.picking.create_batch(LEAD, filters=["channel=どこにもない店"])
    assert nothing.value.code == "batch.nothing_to_batch"
    with pytest.raises(NotFound):
        app.services.picking.batch("B-0999")


def test_a_carrier_batch_holds_only_orders_its_proposal_sends_by_that_carrier(app) -> None:  # type: ignore[no-untyped-def]
    from packstation.domain.errors import BadInput
    from packstation.services.proposal import proposals

    record = app.services.picking.create_batch(LEAD, max_orders=5, filters=["carrier=佐川急便"])
    assert record.rule == "carrier=佐川急便" and record.slots
    with app.uow() as uow:
        by_service = {s.code: s.carrier_code for s in uow.catalog.services(active_only=False)}
    for order_no in record.slots.values():
        best = proposals.suggest(app.uow, order_no).best
        assert best is not None and by_service[best.services[0]] == "sagawa", order_no
    with pytest.raises(BadInput) as unknown:
        app.services.picking.create_batch(LEAD, filters=["carrier=fedex", "bogus"])
    texts = [str(p.problem) for p in unknown.value.problems]
    assert len(texts) == 2 and any("fedex" in t for t in texts), texts


def test_the_total_pick_list_decodes_to_the_batch_and_lists_every_unit(app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    record = app.services.picking.create_batch(LEAD, max_orders=20)
    pdf = tmp_path / "batch.pdf"
    pdf.write_bytes(app.services.picking.batch_pick_list_pdf(record.batch_no))
    pages = render_png(pdf, 200)
    assert all(decode(png) == [f"CODE-128:{record.batch_no}"] for png in pages)
    assert all(embedded for _, embedded in pdf_fonts(pdf))
    with app.uow() as uow:
        orders = [uow.orders.get(n) for n in record.slots.values()]
    units = sum(ln.qty for o in orders for ln in o.lines)
    text = pdf_text(pdf)
    assert f"受注 {len(orders)} 件" in text and f"{units} 点" in text
    assert all(ln.sku in text for o in orders for ln in o.lines)


def test_a_networked_station_leaves_making_batches_to_the_central_database(app) -> None:  # type: ignore[no-untyped-def]
    """Batches are made where the orders are kept (the admin PC on the central database);
    a station claims one whole when its barcode is scanned (test_central_batches.py)."""
    from dataclasses import dataclass

    from packstation.services.picking import batches

    @dataclass
    class Station:  # the station's unit-of-work factory, as a networked station has it
        networked: bool = True

        def __call__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("nothing may be read or written")

    with pytest.raises(StateError) as refused:
        batches.create(Station(), app.clock, LEAD, 10, [])
    assert refused.value.code == "error.centrally_managed"
