"""The packer's bench on a real SQLite file (issue 14): handling badges, acknowledgements that
block completion, another order's number, the wrong item in hand, repeated refusals."""

from __future__ import annotations

import os
import signal
from datetime import date

import pytest
from sqlalchemy import func, select

from packstation.adapters.db.models import MisPickRow, OrderRow, ScanEventRow
from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import BadInput
from packstation.domain.handling import AckKind, BadgeKind
from packstation.domain.messages import english
from packstation.domain.model import (
    CoolType,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductCode,
)
from packstation.services import settings as settings_service
from packstation.services.dto import SessionUser
from packstation.services.packing import bench as packing

TEA, MUG, TEE = "4901234567894", "4902345678905", "4903456789016"
ADMIN = SessionUser(1, "admin", "管理者", "admin", "ja")


def _products() -> list[Product]:
    return [Product("TEA-01", "緑茶 100g", "Green tea", codes=[ProductCode(TEA)],
                    image_path="resources/products/TEA-01.png"),
            Product("MUG-WHT", "マグカップ 白", "Mug white", codes=[ProductCode(MUG)],
                    fragile=True, this_side_up=True, image_path="resources/products/MUG.png"),
            Product("TEE-RED-M", "Tシャツ 赤 M", codes=[ProductCode(TEE)],
                    image_path="resources/products/TEE.png")]


def _order(order_no: str, lines: list[tuple[str, int]], **fields: object) -> Order:
    order = Order(order_no, "楽天市場", OrderStatus.OPEN,
                  [OrderLine(i, sku, q) for i, (sku, q) in enumerate(lines, 1)])
    for name, value in fields.items():
        setattr(order, name, value)
    return order


@pytest.fixture
def shop(app: App) -> App:
    with app.uow() as uow:
        uow.products.upsert_many(_products())
        uow.orders.add_many([
            _order("R-1036", [("TEA-01", 2)], cool=CoolType.FROZEN, gift=True, noshi="御祝",
                   time_slot="19-21", delivery_date=date(2026, 12, 5)),
            _order("R-2", [("MUG-WHT", 1), ("TEA-01", 1)], cod_yen=2980, notes="置き配不可"),
            _order("R-3", [("TEE-RED-M", 1)], customer_no="C-1", first_order=True,
                   enclosures=("サンプル",)),
            _order("R-4", [("TEA-01", 1)])])
        uow.commit()
    return app


def _bench(app: App, station: str = "st-1") -> packing.Bench:
    return packing.Bench(app.uow, app.clock, station, user_id=None)


def _scan_all(bench: packing.Bench, order_no: str, code: str, times: int) -> None:
    for _ in range(times):
        assert packing.scan(bench, order_no, code).verdict == "OK"


def _status(app: App, order_no: str) -> str:
    with app.uow() as uow:
        order = uow.orders.get(order_no)
        assert order is not None
        return order.status.value


def _count(app: App, query: object) -> int:
    with app.uow.engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(query).scalar_one())


def test_a_frozen_gift_shows_its_badges_the_moment_it_opens(shop: App) -> None:
    opened = packing.open_order(_bench(shop), "R-1036")
    assert opened.verdict == "OPENED" and opened.handling is not None
    kinds = [b.kind for b in opened.handling.badges]
    assert kinds == [BadgeKind.FROZEN, BadgeKind.GIFT, BadgeKind.NOSHI,
                     BadgeKind.DELIVERY_DATE, BadgeKind.TIME_SLOT]
    assert opened.handling.needed == (AckKind.COOL, AckKind.GIFT)
    assert opened.handling.missing == (AckKind.COOL, AckKind.GIFT)


def test_products_flags_cod_and_notes_are_badges_without_acknowledgement(shop: App) -> None:
    opened = packing.open_order(_bench(shop), "R-2")
    assert opened.handling is not None
    assert [(b.kind, b.value) for b in opened.handling.badges] == [
        (BadgeKind.THIS_SIDE_UP, ""), (BadgeKind.FRAGILE, ""), (BadgeKind.COD, "2980"),
        (BadgeKind.NOTES, "置き配不可")]
    assert opened.handling.needed == ()


def test_completion_waits_for_every_acknowledgement_and_names_the_missing(shop: App) -> None:
    bench = _bench(shop)
    packing.open_order(bench, "R-1036")
    _scan_all(bench, "R-1036", TEA, 2)
    refused = packing.complete(bench, "R-1036")
    assert refused.verdict == "ACK_MISSING"
    assert refused.message is not None and refused.message.code == "packing.ack_missing"
    assert "cool packs and cool box, noshi and gift wrapping" in english(refused.message)
    assert _status(shop, "R-1036") == "packing"
    cool = packing.scan(bench, "R-1036", "ACK-COOL")  # the bench sheet, through the scan field
    assert cool.verdict == "ACKNOWLEDGED" and cool.handling is not None
    assert cool.handling.done == (AckKind.COOL,) and cool.handling.missing == (AckKind.GIFT,)
    again = packing.complete(bench, "R-1036")
    assert again.verdict == "ACK_MISSING" and again.message is not None
    assert "cool" not in english(again.message) and "noshi" in english(again.message)
    keyed = packing.acknowledge(bench, "R-1036", AckKind.GIFT.code, typed=True)  # its key
    assert keyed.verdict == "ACKNOWLEDGED"
    assert packing.complete(bench, "R-1036").verdict == "COMPLETED"
    acks = _count(shop, select(func.count()).select_from(ScanEventRow).where(
        ScanEventRow.kind == "ack", ScanEventRow.verdict == "ACKNOWLEDGED"))
    typed = _count(shop, select(func.count()).select_from(ScanEventRow).where(
        ScanEventRow.kind == "ack", ScanEventRow.typed.is_(True)))
    assert (acks, typed) == (2, 1)
    assert _count(shop, select(func.count()).select_from(MisPickRow)) == 0


def test_acknowledgements_survive_a_restart_in_the_resumed_order(shop: App) -> None:
    bench = _bench(shop)
    packing.open_order(bench, "R-1036")
    packing.scan(bench, "R-1036", "ACK-COOL")
    resumed = packing.resume(_bench(shop))
    assert resumed is not None and resumed.handling is not None
    assert resumed.handling.done == (AckKind.COOL,)


def test_a_confirmation_the_order_does_not_ask_for_records_nothing_and_is_no_mispick(
        shop: App) -> None:
    bench = _bench(shop)
    nothing_open = packing.scan(bench, None, "ACK-GIFT")
    assert nothing_open.verdict == "ACK_NOT_NEEDED" and nothing_open.message is not None
    assert nothing_open.message.code == "packing.ack_no_order"
    packing.open_order(bench, "R-4")
    for code in ("ACK-COOL", "ACK-WHAT"):
        result = packing.scan(bench, "R-4", code)
        assert result.verdict == "ACK_NOT_NEEDED" and result.message is not None
        assert result.message.code == "packing.ack_not_needed"
    assert _count(shop, select(func.count()).select_from(MisPickRow)) == 0
    _scan_all(bench, "R-4", TEA, 1)
    assert packing.complete(bench, "R-4").verdict == "COMPLETED"


def test_enclosures_by_admin_rule_and_on_the_order_need_their_acknowledgement(
        shop: App) -> None:
    with shop.uow() as uow:  # as the admin's settings form stores it
        uow.settings.put("enclosure_rules", "first_order: 初回チラシ")
        uow.commit()
    bench = _bench(shop)
    opened = packing.open_order(bench, "R-3")
    assert opened.handling is not None
    assert [b.value for b in opened.handling.badges if b.kind is BadgeKind.ENCLOSURE] == [
        "サンプル", "初回チラシ"]
    _scan_all(bench, "R-3", TEE, 1)
    assert packing.complete(bench, "R-3").verdict == "ACK_MISSING"
    assert packing.scan(bench, "R-3", "ACK-ENCL").verdict == "ACKNOWLEDGED"
    assert packing.complete(bench, "R-3").verdict == "COMPLETED"


def test_a_badly_written_enclosure_rule_is_refused_by_the_settings(shop: App) -> None:
    with pytest.raises(BadInput) as caught:
        settings_service.save(shop.uow, ADMIN, {"enclosure_rules": "weekday: チラシ"})
    assert caught.value.problems[0].column == "enclosure_rules"
    assert settings_service.load(shop.uow).enclosure_rules == ""


def test_another_orders_number_is_an_offer_not_a_mispick(shop: App) -> None:
    bench = _bench(shop)
    packing.open_order(bench, "R-2")
    other = packing.scan(bench, "R-2", "R-4")
    assert (other.verdict, other.other_order_no, other.order_no) == ("OTHER_ORDER", "R-4", "R-2")
    same = packing.scan(bench, "R-2", "R-2")
    assert same.verdict == "SAME_ORDER"
    unknown = packing.scan(bench, "R-2", "R-9999")  # no order, no product: a real refusal
    assert unknown.verdict == "UNKNOWN_CODE"
    mispicks = _count(shop, select(func.count()).select_from(MisPickRow))
    assert mispicks == 1
    switched = packing.hold_and_open(bench, "R-2", "R-4", "別の注文を先に")
    assert switched.verdict == "OPENED" and switched.order_no == "R-4"
    assert (_status(shop, "R-2"), _status(shop, "R-4")) == ("on_hold", "packing")
    with shop.uow.engine.connect() as conn:  # type: ignore[attr-defined]
        reason = conn.execute(select(OrderRow.hold_reason).where(OrderRow.order_no == "R-2"))
        assert reason.scalar_one() == "別の注文を先に"


def test_a_wrong_item_shows_the_product_in_hand_beside_the_expected_line(shop: App) -> None:
    bench = _bench(shop)
    packing.open_order(bench, "R-2")
    wrong = packing.scan(bench, "R-2", TEE)
    assert wrong.verdict == "WRONG_ITEM"
    assert wrong.scanned is not None and wrong.expected is not None
    assert (wrong.scanned.sku, wrong.scanned.name_ja, wrong.scanned.image_path) == (
        "TEE-RED-M", "Tシャツ 赤 M", "resources/products/TEE.png")
    # The look-alike it was likely taken for: TEA-01 shares "TE" with TEE-RED-M.
    assert (wrong.expected.sku, wrong.expected.name_ja) == ("TEA-01", "緑茶 100g")
    _scan_all(bench, "R-2", TEA, 1)
    later = packing.scan(bench, "R-2", TEE)  # TEA-01 is done: the line still open
    assert later.expected is not None and later.expected.sku == "MUG-WHT"


def test_a_repeated_identical_refusal_counts_up_and_anything_else_resets_it(
        shop: App) -> None:
    bench = _bench(shop)
    packing.open_order(bench, "R-2")
    assert [packing.scan(bench, "R-2", TEE).repeat for _ in range(3)] == [1, 2, 3]
    assert packing.scan(bench, "R-2", "0000000000000").repeat == 1  # another refusal
    assert packing.scan(bench, "R-2", TEE).repeat == 1
    ok = packing.scan(bench, "R-2", MUG)
    assert (ok.verdict, ok.repeat) == ("OK", 0)
    assert packing.scan(bench, "R-2", TEE).repeat == 1
    assert packing.scan(_bench(shop, "st-2"), None, TEE).repeat == 1  # per station


def test_an_acknowledgement_survives_kill_9_right_after_it_was_confirmed(
        shop: App, tmp_path: object) -> None:
    """The child confirms the cool pack, tells the parent, and is killed with SIGKILL: the
    confirmation must be there for completion in a fresh process."""
    url = str(shop.uow.engine.url)  # type: ignore[attr-defined]
    bench = _bench(shop)
    packing.open_order(bench, "R-1036")
    _scan_all(bench, "R-1036", TEA, 2)
    packing.acknowledge(bench, "R-1036", AckKind.GIFT.code, typed=True)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: its own engine, as a second process of the station would have
        try:
            os.close(read_fd)
            child = build(Config(url, "st-1"), migrate=False)
            result = packing.scan(_bench(child), "R-1036", "ACK-COOL")
            os.write(write_fd, result.verdict.encode())
            while True:
                signal.pause()
        finally:
            os._exit(1)
    os.close(write_fd)
    told = os.read(read_fd, 64)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read_fd)
    assert told == b"ACKNOWLEDGED"
    fresh = build(Config(url, "st-1"), migrate=False)
    try:
        assert packing.complete(_bench(fresh), "R-1036").verdict == "COMPLETED"
    finally:
        fresh.close()
