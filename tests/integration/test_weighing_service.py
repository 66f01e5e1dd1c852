"""The weighing service on the demo shop: expected from items + the accepted box, the verdict
stored on the order, the label hook, the lead's override, and the weight class re-chosen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import StateError
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.domain.weighing import ScaleReading, ToleranceRule
from packstation.services.proposal import proposals as proposal
from packstation.services.weighing import weigh as weighing


class FixedClock:
    def now(self) -> datetime:
        return datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


def _order(app: App, order_no: str, lines: list[tuple[str, int]]) -> None:
    with app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.PACKED,
                                   [OrderLine(i, sku, q) for i, (sku, q) in enumerate(lines, 1)],
                                   ship_to=ShipTo("テスト 太郎", "060-0001", 13, "1-1"))])
        uow.commit()


def _accept(app: App, order_no: str, option: int | None = None) -> proposal.OptionView:
    view = proposal.suggest(app.uow, order_no)
    assert view.best is not None
    chosen = view.best if option is None else view.alternatives[option]
    proposal.choose(app.uow, None, order_no, chosen, best=view.best, reason="test")
    return chosen


def _weigher(app: App) -> weighing.Weigher:
    return weighing.Weigher(app.uow, FixedClock(), ToleranceRule(5, 20), user_id=1)


def _set_scale(app: App, kind: str) -> None:
    with app.uow() as uow:
        uow.settings.put("scale_kind", kind)
        uow.commit()


def test_expected_weight_uses_the_accepted_box_tare(demo_app: App) -> None:
    _order(demo_app, "W-1", [("MUG-WHT", 2), ("TOWEL-FACE", 1)])
    chosen = _accept(demo_app, "W-1", option=0)  # not the cheapest: its box counts
    with demo_app.uow() as uow:
        tare = sum(uow.catalog.box(code).tare_g for code in chosen.boxes)
    result = weighing.expectation(_weigher(demo_app), "W-1")
    assert result.box_codes == chosen.boxes
    assert result.expected_g == 2 * 350 + 110 + tare
    assert result.tolerance_g == max(20, -(-5 * result.expected_g // 100))


def test_a_light_box_stops_the_label_until_a_lead_approves(demo_app: App) -> None:
    _set_scale(demo_app, "mtsics")
    _order(demo_app, "W-2", [("MUG-WHT", 3)])
    _accept(demo_app, "W-2")
    assert weighing.before_label(demo_app.uow, "W-2") == "weigh the box first"
    expected = weighing.expectation(_weigher(demo_app), "W-2")
    light = expected.expected_g - 350  # one mug missing
    result = weighing.weigh(_weigher(demo_app), "W-2", ScaleReading(light))
    assert result.verdict == "TOO_LIGHT" and result.stops_label
    block = weighing.label_refusal(demo_app.uow, "W-2")
    assert block is not None and block.kind == "TOO_LIGHT"
    assert weighing.before_label(demo_app.uow, "W-2") == (
        f"too light: expected {expected.expected_g:,} g ± {expected.tolerance_g:,} g / "
        f"measured {light:,} g")
    with pytest.raises(StateError):
        weighing.override(_weigher(demo_app), "W-2", 3, "NOT_A_CODE")
    with pytest.raises(StateError):
        weighing.override(_weigher(demo_app), "W-2", 3, "OTHER", " ")
    approved = weighing.override(_weigher(demo_app), "W-2", 3, "PACKING_MATERIAL", "保冷剤")
    assert approved.verdict == "OVERRIDDEN"
    assert weighing.before_label(demo_app.uow, "W-2") is None
    with demo_app.uow() as uow:
        record = uow.weighing.record("W-2")
        (entry,) = uow.audit.recent("override_weight")
    assert record is not None and record.status == "overridden" and record.measured_g == light
    assert entry["detail"]["reason"] == "PACKING_MATERIAL" and entry["target"] == "W-2"
    with demo_app.uow() as uow:
        from sqlalchemy import select

        from packstation.adapters.db.models import AuditRow

        approver = uow.session.scalar(select(AuditRow.approved_by)
                                      .where(AuditRow.action == "override_weight"))
    assert approver == 3
    with pytest.raises(StateError):  # nothing left to approve
        weighing.override(_weigher(demo_app), "W-2", 3, "DATA_ERROR")


def test_re_weighing_right_clears_the_stop(demo_app: App) -> None:
    _order(demo_app, "W-3", [("SAKE-720", 1)])
    _accept(demo_app, "W-3")
    expected = weighing.expectation(_weigher(demo_app), "W-3").expected_g
    assert weighing.weigh(_weigher(demo_app), "W-3",
                          ScaleReading(expected + 500)).verdict == "TOO_HEAVY"
    assert weighing.before_label(demo_app.uow, "W-3") is not None
    assert weighing.weigh(_weigher(demo_app), "W-3",
                          ScaleReading(expected + 30)).verdict == "OK"
    assert weighing.before_label(demo_app.uow, "W-3") is None
    with demo_app.uow() as uow:
        record = uow.weighing.record("W-3")
    assert record is not None and record.measured_g == expected + 30
    assert record.weighed_at == FixedClock().now()


def test_without_a_scale_the_label_is_not_held_for_weighing(demo_app: App) -> None:
    _order(demo_app, "W-4", [("MUG-WHT", 1)])
    assert weighing.label_refusal(demo_app.uow, "W-4") is None
    assert weighing.label_refusal(demo_app.uow, "NO-SUCH") is None


def test_a_moving_reading_is_refused(demo_app: App) -> None:
    _order(demo_app, "W-5", [("MUG-WHT", 1)])
    with pytest.raises(StateError):
        weighing.weigh(_weigher(demo_app), "W-5", ScaleReading(400, stable=False))


def test_products_without_a_weight_are_weighed_but_unchecked(demo_app: App) -> None:
    _order(demo_app, "W-6", [("NEW-SAMPLE", 1)])
    result = weighing.weigh(_weigher(demo_app), "W-6", ScaleReading(400))
    assert result.verdict == "UNCHECKED" and result.unweighted == ("NEW-SAMPLE",)
    assert weighing.label_refusal(demo_app.uow, "W-6") is None


def test_measured_weight_over_the_services_limit_re_chooses_the_service(demo_app: App) -> None:
    """A 200 g envelope by クリックポスト (≤ 1 kg) that really weighs 1,010 g (a product with a
    wide tolerance of its own) goes by the next service that takes it, and says so."""
    _order(demo_app, "W-7", [("TEE-RED-S", 1)])
    with demo_app.uow() as uow:
        from sqlalchemy import update

        from packstation.adapters.db.models import ProductRow

        uow.session.execute(update(ProductRow).where(ProductRow.sku == "TEE-RED-S")
                            .values(weight_tolerance_g=900))
        uow.commit()
    chosen = _accept(demo_app, "W-7")
    assert chosen.services == ("clickpost",)
    result = weighing.weigh(_weigher(demo_app), "W-7", ScaleReading(1010))
    assert result.verdict == "OK"
    change = result.class_change
    assert change is not None and change.before == "clickpost" and change.after
    assert not change.after.startswith("clickpost") and change.difference_yen > 0
    with demo_app.uow() as uow:
        inputs = uow.weighing.inputs("W-7")
        record = uow.weighing.record("W-7")
    assert record is not None and record.weight_class == change.after
    assert inputs is not None and inputs.service_code == change.after.split()[0]
    from packstation.domain.model import CartonPlan

    with demo_app.uow() as uow:  # the label and the hand-off follow the weighed class
        order = uow.orders.get("W-7")
    service, _, size = change.after.partition(" ")
    assert order is not None and (order.service_code, order.size_class) == (service, size)
    assert order.cartons == (CartonPlan(chosen.boxes[0], service, size),)
    # Weighed again at its planned weight: back to クリックポスト.
    again = weighing.weigh(_weigher(demo_app), "W-7", ScaleReading(210))
    assert again.class_change is None
    with demo_app.uow() as uow:
        record = uow.weighing.record("W-7")
        inputs = uow.weighing.inputs("W-7")
    assert record is not None and record.weight_class == "clickpost"
    assert inputs is not None and inputs.service_code == "clickpost"
    with demo_app.uow() as uow:
        order = uow.orders.get("W-7")
    assert order is not None and (order.size_class, order.cartons) == (
        "", (CartonPlan(chosen.boxes[0], "clickpost", ""),))


def test_a_short_shipped_box_expects_only_the_scanned_units(demo_app: App) -> None:
    _order(demo_app, "W-8", [("MUG-WHT", 3), ("TOWEL-FACE", 2)])
    full = weighing.expectation(_weigher(demo_app), "W-8").expected_g
    with demo_app.uow() as uow:
        uow.packing.add_units("W-8", 1, 2)  # one mug short (the lead approved a short ship)
        uow.packing.add_units("W-8", 2, 2)
        uow.commit()
    assert weighing.expectation(_weigher(demo_app), "W-8").expected_g == full - 350


def test_a_re_priced_island_parcel_pays_the_relay_fee_as_proposed(demo_app: App) -> None:
    """石垣 (a 離島 of 沖縄) by 飛脚宅配便: weighed into the next class, the price before and
    after includes 佐川's 中継料, as the proposal priced it (it once left the fee out)."""
    from packstation.domain.model import CartonPlan

    with demo_app.uow() as uow:
        uow.orders.add_many([Order("W-ISL", "test", OrderStatus.PACKED,
                                   [OrderLine(1, "MUG-WHT", 1)],
                                   ship_to=ShipTo("テスト 花子", "907-0004", 47, "石垣市登野城1"))])
        uow.commit()
    box = _accept(demo_app, "W-ISL").boxes[0]
    with demo_app.uow() as uow:
        uow.orders.set_shipping("W-ISL", "hikyaku", "60", (CartonPlan(box, "hikyaku", "60"),))
        uow.commit()
    island = weighing.Weigher(demo_app.uow, FixedClock(), ToleranceRule(5, 20), 1,
                              demo_app.postal)
    with_fee = weighing.weigh(island, "W-ISL", ScaleReading(4000)).class_change
    assert with_fee is not None and with_fee.after.startswith("hikyaku")
    weighing.weigh(island, "W-ISL", ScaleReading(400))  # back to 60
    without = weighing.weigh(_weigher(demo_app), "W-ISL", ScaleReading(4000)).class_change
    assert without is not None and without.after == with_fee.after
    assert with_fee.before_yen - without.before_yen == 1200  # the demo's 中継料 to 沖縄
    assert with_fee.after_yen - without.after_yen == 1200
