"""The box + carrier proposal on real demo data: cheapest total, thin services, flags."""

from __future__ import annotations

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import StateError
from packstation.domain.model import Order, OrderLine, OrderStatus, ShipTo
from packstation.services import orders
from packstation.services.proposal import proposals as proposal


def _order(app: App, order_no: str, lines: list[tuple[str, int]], pref: int, **kw) -> None:
    with app.uow() as uow:
        uow.orders.add_many([Order(order_no, "test", OrderStatus.OPEN,
                                   [OrderLine(i, sku, q) for i, (sku, q) in enumerate(lines, 1)],
                                   ship_to=ShipTo("テスト 太郎", "060-0001", pref, "1-1"), **kw)])
        uow.commit()


def test_one_thin_shirt_goes_by_a_thin_service(demo_app: App) -> None:
    _order(demo_app, "P-1", [("TEE-RED-S", 1)], 13)  # 250×200×20 mm, 180 g
    view = proposal.suggest(demo_app.uow, "P-1")
    assert view.best is not None
    assert view.best.services[0] in {"clickpost", "yupacket", "nekopos", "kuroneko_yupacket"}
    assert view.best.total_yen < 400, "a 宅急便 box would cost 1,000 yen and more"
    assert len(view.alternatives) == 2
    assert all(a.difference_yen >= 0 for a in view.alternatives)
    assert view.explanation


def test_frozen_order_never_goes_by_a_thin_service(demo_app: App) -> None:
    from packstation.domain.model import CoolType

    _order(demo_app, "P-2", [("GYOZA-FRZ", 1)], 1, cool=CoolType.FROZEN)
    view = proposal.suggest(demo_app.uow, "P-2")
    assert view.best is not None and view.best.services == ("takkyubin",)
    assert view.best.shipping_yen > 1460, "北海道 price plus the 冷凍 surcharge"


def test_a_slot_only_some_carriers_deliver_keeps_to_them(demo_app: App) -> None:
    """Issue 17: 12-14 is ゆうパック's and 佐川's (not ヤマト's); 18-21 is 佐川's alone."""
    _order(demo_app, "P-12", [("MUG-WHT", 1)], 13, time_slot="12-14")
    view = proposal.every_option(demo_app.uow, "P-12")
    assert view.best is not None and view.refused is None
    offered = {s for o in (view.best, *view.alternatives) for s in o.services}
    assert offered and offered <= {"yupack", "hikyaku"}
    _order(demo_app, "P-13", [("MUG-WHT", 1)], 13, time_slot="18-21")
    view = proposal.every_option(demo_app.uow, "P-13")
    assert view.best is not None
    assert {s for o in (view.best, *view.alternatives) for s in o.services} == {"hikyaku"}


def test_when_no_service_delivers_the_slot_the_proposal_says_why(demo_app: App) -> None:
    import dataclasses

    from packstation.services.admin import catalog as catalog_admin
    from packstation.services.dto import SessionUser

    admin = SessionUser(1, "admin", "管理者", "admin", "ja")
    with demo_app.uow() as uow:
        sagawa = [s for s in uow.catalog.services() if s.carrier_code == "sagawa"]
    for s in sagawa:  # the only carrier with 18-21 stops
        catalog_admin.save_service(demo_app.uow, admin, dataclasses.replace(s, active=False))
    _order(demo_app, "P-14", [("MUG-WHT", 1)], 13, time_slot="18-21")
    view = proposal.suggest(demo_app.uow, "P-14")
    assert view.best is None and view.alternatives == ()
    assert view.refused is not None and view.refused.code == "proposal.no_service_for_slot"
    assert view.refused.params == {"slot": "18-21", "carriers": ["sagawa"]}


def test_missing_dimensions_are_flagged_instead_of_guessed(demo_app: App) -> None:
    _order(demo_app, "P-3", [("NEW-SAMPLE", 1), ("TEE-RED-S", 1)], 13)
    view = proposal.suggest(demo_app.uow, "P-3")
    assert view.best is None and view.missing_measurements == ("NEW-SAMPLE",)


def test_every_demo_order_gets_a_proposal_or_a_flag(demo_app: App) -> None:
    for summary in orders.search(demo_app.uow):
        view = proposal.suggest(demo_app.uow, summary.order_no)
        assert view.best is not None or view.missing_measurements, summary.order_no


def test_choosing_a_dearer_option_needs_a_reason_and_is_logged(demo_app: App) -> None:
    _order(demo_app, "P-4", [("TEE-RED-S", 1)], 13)
    view = proposal.suggest(demo_app.uow, "P-4")
    assert view.best is not None
    dearer = view.alternatives[0]
    with pytest.raises(StateError):
        proposal.choose(demo_app.uow, None, "P-4", dearer, best=view.best, reason=" ")
    proposal.choose(demo_app.uow, None, "P-4", dearer, best=view.best, reason="箱の在庫切れ")
    with demo_app.uow() as uow:
        (entry,) = uow.audit.recent("package_override")
    assert entry["detail"]["reason"] == "箱の在庫切れ"
    assert entry["detail"]["difference_yen"] == dearer.difference_yen


def test_time_slot_and_delivery_date_need_a_service_that_offers_them(demo_app: App) -> None:
    from datetime import date

    _order(demo_app, "P-SLOT", [("TEE-RED-S", 1)], 13, time_slot="19-21")
    _order(demo_app, "P-DATE", [("TEE-RED-S", 1)], 13, delivery_date=date(2026, 12, 1))
    _order(demo_app, "P-NONE", [("TEE-RED-S", 1)], 13)
    services = {code: {s for o in (v.best, *v.alternatives) if o for s in o.services}
                for code, v in ((c, proposal.suggest(demo_app.uow, c))
                                for c in ("P-SLOT", "P-DATE", "P-NONE"))}
    thin = {"yupacket", "clickpost", "nekopos", "kuroneko_yupacket", "lp_light", "lp_plus"}
    assert services["P-NONE"] & thin, "without a request the thin services are cheapest"
    assert not services["P-SLOT"] & thin and not services["P-DATE"] & thin
    assert "yupack" not in services["P-SLOT"] or "19-21" in _slots(demo_app, "yupack")
    assert services["P-SLOT"] and services["P-DATE"]


def _slots(app: App, code: str) -> tuple[str, ...]:
    with app.uow() as uow:
        service = uow.catalog.service(code)
    assert service is not None
    return service.time_slots


def test_f7_offers_every_box_that_holds_the_items_and_every_service(demo_app: App) -> None:
    """Not only other carriers for the proposed box: each box big enough, each service that
    takes it (issue 14), cheapest first."""
    _order(demo_app, "P-7", [("MUG-WHT", 1)], 13)
    short = proposal.suggest(demo_app.uow, "P-7")
    every = proposal.every_option(demo_app.uow, "P-7")
    assert every.best == short.best and every.best is not None
    options = (every.best, *every.alternatives)
    boxes = {o.boxes for o in options}
    services = {s for o in options for s in o.services}
    assert len(every.alternatives) > len(short.alternatives)
    assert len(boxes) >= 3, boxes
    assert len(services) >= 3, services
    per_box = {b: {o.services for o in options if o.boxes == b} for b in boxes}
    assert any(len(s) >= 2 for s in per_box.values()), "a box offered with several services"
    totals = [o.total_yen for o in options]
    assert totals == sorted(totals)
    with demo_app.uow() as uow:
        box_codes = {b.code for b in uow.catalog.boxes()}
    assert {b for bs in boxes for b in bs} <= box_codes


def test_a_big_order_says_how_sure_its_proposal_is(demo_app: App) -> None:
    _order(demo_app, "P-9", [("TEE-RED-S", 1)], 13)
    assert proposal.suggest(demo_app.uow, "P-9").note is None  # small: proven, nothing said
    _order(demo_app, "P-10", [("TEE-RED-S", 14)], 13)
    view = proposal.suggest(demo_app.uow, "P-10")
    assert view.best is not None and view.note is not None
    assert view.note.code in {"cartonize.gap", "cartonize.proven"}
    if view.note.code == "cartonize.gap":
        assert 0 < view.note.params["bound_yen"] <= view.best.total_yen
    assert view.explanation.endswith("the cheapest" if view.note.code == "cartonize.proven"
                                     else f"{view.note.params['bound_yen']}円")
