"""The admin's catalog: boxes, carriers, services (as the form types them) and products'
measurements. Saved in one transaction with an audit record, or refused with every problem
named by row and column and nothing changed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from packstation.bootstrap import App
from packstation.domain.catalog import BoxSpec, CarrierSpec
from packstation.domain.errors import BadInput, InputProblem, PermissionDenied
from packstation.services.admin import catalog as ca
from packstation.services.admin import products as product_admin
from packstation.services.admin.catalog_forms import ServiceForm, save_service_form, time_slots
from packstation.services.dto import SessionUser
from packstation.services.proposal import proposals as proposal
from tests.integration.test_proposal import _order
from tests.integration.test_rate_csv import _prices, _user


@pytest.fixture
def admin(demo_app: App) -> SessionUser:
    return _user(demo_app, "admin")


def _audits(app: App, action: str) -> list[dict[str, object]]:
    with app.uow() as uow:
        return uow.audit.recent(action)


def _columns(problems: list[InputProblem]) -> set[tuple[int | None, str | None]]:
    return {(p.row, p.column) for p in problems}


# -- boxes -------------------------------------------------------------------------------------

def test_a_new_box_is_offered_and_an_update_is_audited(demo_app: App, admin: SessionUser) -> None:
    box = BoxSpec("B70", "70サイズ箱", (300, 220, 150), (310, 230, 160), 260, 75)
    assert ca.save_box(demo_app.uow, admin, box) is True
    assert ca.save_box(demo_app.uow, admin, replace(box, cost_yen=80, active=False)) is False
    stored = {b.code: b for b in ca.list_boxes(demo_app.uow, admin)}
    assert stored["B70"].cost_yen == 80 and not stored["B70"].active
    saved = _audits(demo_app, "box_saved")
    assert saved[0]["detail"] == {"created": False,
                                  "changes": {"cost_yen": [75, 80], "active": [True, False]}}


def test_a_bad_box_lists_every_problem_and_changes_nothing(demo_app: App,
                                                           admin: SessionUser) -> None:
    before = ca.list_boxes(demo_app.uow, admin)
    bad = BoxSpec("B60", "=HYPERLINK(1)", (300, 200, 120), (280, 200, 110), -5, 0,
                  max_weight_g=0)
    with pytest.raises(BadInput) as caught:
        ca.save_box(demo_app.uow, admin, bad)
    assert _columns(caught.value.problems) == {(None, "name"), (None, "inner_mm"),
                                               (None, "tare_g"), (None, "max_weight_g")}
    assert "larger than the outside" in str(caught.value)
    assert ca.list_boxes(demo_app.uow, admin) == before
    assert _audits(demo_app, "box_saved") == []


def test_only_an_admin_changes_the_catalog(demo_app: App) -> None:
    packer = _user(demo_app, "sato")
    with pytest.raises(PermissionDenied):
        ca.save_box(demo_app.uow, packer, BoxSpec("X", "x", (1, 1, 1), (2, 2, 2), 1, 1))
    with pytest.raises(PermissionDenied):
        product_admin.list_products(demo_app.uow, _user(demo_app, "suzuki"))


# -- carriers ----------------------------------------------------------------------------------

def test_carriers_are_added_and_renamed(demo_app: App, admin: SessionUser) -> None:
    assert ca.save_carrier(demo_app.uow, admin, CarrierSpec("seino", "西濃運輸")) is True
    assert ca.save_carrier(demo_app.uow, admin, CarrierSpec("seino", "西濃運輸(カンガルー便)")) \
        is False
    names = {c.code: c.name for c in ca.list_carriers(demo_app.uow, admin)}
    assert names["seino"] == "西濃運輸(カンガルー便)" and names["yamato"] == "ヤマト運輸"
    with pytest.raises(BadInput) as caught:
        ca.save_carrier(demo_app.uow, admin, CarrierSpec(" ", "@name"))
    assert _columns(caught.value.problems) == {(None, "code"), (None, "name")}


# -- services, as the form types them ----------------------------------------------------------

def _form(app: App, admin: SessionUser, code: str, **changes: object) -> ServiceForm:
    s = next(x for x in ca.list_services(app.uow, admin) if x.code == code)
    cells = [[c.name, *("" if v is None else str(v) for v in (
        c.max_sum_mm, c.max_side_mm, c.max_thickness_mm, c.max_weight_g))] for c in s.classes]
    extra = [[x.kind, x.key, "" if x.up_to is None else str(x.up_to), str(x.price_yen)]
             for x in s.surcharges]
    flags = {k: getattr(s, k) for k in ("thin", "envelope_only", "cool_allowed", "cod_allowed",
                                        "date_allowed", "active")}
    form = ServiceForm(s.carrier_code, s.code, s.name, cells, extra, ", ".join(s.time_slots),
                       flags)
    return replace(form, **changes)  # type: ignore[arg-type]


def test_the_form_as_shown_saves_unchanged(demo_app: App, admin: SessionUser) -> None:
    before = [s for s in ca.list_services(demo_app.uow, admin) if s.code == "takkyubin"]
    assert save_service_form(demo_app.uow, admin, _form(demo_app, admin, "takkyubin")) is False
    after = [s for s in ca.list_services(demo_app.uow, admin) if s.code == "takkyubin"]
    assert after == before


def test_a_new_class_limit_keeps_the_prices_of_its_name(demo_app: App,
                                                        admin: SessionUser) -> None:
    form = _form(demo_app, admin, "takkyubin")
    classes = [list(r) for r in form.classes]
    classes[0][4] = "3000"  # 60 size up to 3 kg
    classes.append(["220", "2200", "1700", "", "30000"])
    prices = _prices(demo_app, "takkyubin")
    save_service_form(demo_app.uow, admin, replace(form, classes=classes,
                                                   time_slots="午前中、14〜16 16-18"))
    service = next(s for s in ca.list_services(demo_app.uow, admin) if s.code == "takkyubin")
    assert service.classes[0].max_weight_g == 3000
    assert service.classes[0].prices == prices["60"]
    assert service.classes[-1].name == "220" and service.classes[-1].prices == {}
    assert service.time_slots == ("午前中", "14-16", "16-18")
    assert _audits(demo_app, "service_saved")[0]["target"] == "takkyubin"


def test_bad_cells_of_the_form_are_named_by_row_and_column(demo_app: App,
                                                           admin: SessionUser) -> None:
    form = _form(demo_app, admin, "takkyubin")
    classes = [list(r) for r in form.classes]
    classes[1][1] = "80cm"  # row 2: not millimetres
    classes[2][0] = "60"  # row 3: the same name as row 1
    classes[3][4] = "-1"  # row 4
    surcharges = [list(r) for r in form.surcharges]
    surcharges[0][1] = "999"  # row 1: a cool surcharge for a class that does not exist
    surcharges[8][3] = "abc"  # row 9: COD fee not yen
    surcharges.append(["relay", "東京市", "", "800"])  # last row: not a prefecture
    before = ca.list_services(demo_app.uow, admin)
    with pytest.raises(BadInput) as caught:
        save_service_form(demo_app.uow, admin, replace(form, classes=classes,
                                                       surcharges=surcharges))
    last = len(surcharges)
    assert _columns(caught.value.problems) == {
        (2, "classes.max_sum_mm"), (3, "classes.name"), (4, "classes.max_weight_g"),
        (1, "surcharges"), (9, "surcharges.price_yen"), (last, "surcharges.key"),
        (3, "surcharges"), (7, "surcharges")}  # the cool fees of class 100, renamed 60 above
    assert ca.list_services(demo_app.uow, admin) == before
    assert _audits(demo_app, "service_saved") == []


def test_ticked_options_need_their_fees(demo_app: App, admin: SessionUser) -> None:
    form = _form(demo_app, admin, "yupacket",
                 flags={"thin": True, "cool_allowed": True, "cod_allowed": True})
    with pytest.raises(BadInput) as caught:
        save_service_form(demo_app.uow, admin, form)
    assert _columns(caught.value.problems) == {(None, "cool_allowed"), (None, "cod_allowed")}


def test_a_service_without_classes_or_carrier_is_refused(demo_app: App,
                                                         admin: SessionUser) -> None:
    form = ServiceForm("", "newsvc", "新サービス", [["", "", "", "", ""]])
    with pytest.raises(BadInput) as caught:
        save_service_form(demo_app.uow, admin, form)
    assert _columns(caught.value.problems) == {(None, "carrier_code"), (None, "classes")}
    with pytest.raises(BadInput) as caught:
        save_service_form(demo_app.uow, admin, replace(form, carrier_code="nobody",
                                                       classes=[["x", "600"]]))
    assert "no carrier 'nobody'" in str(caught.value)


def test_time_slots_are_read_as_shops_write_them() -> None:
    assert time_slots("午前中, 14～16、１６-１８ 18ー20") == ("午前中", "14-16", "16-18", "18-20")
    assert time_slots("  ") == ()


# -- products' measurements --------------------------------------------------------------------

def test_products_missing_measurements_are_listed_and_filled_in(demo_app: App,
                                                                admin: SessionUser) -> None:
    missing = product_admin.list_products(demo_app.uow, admin, only_missing=True)
    assert [p.sku for p in missing] == ["NEW-SAMPLE"] and missing[0].missing
    everything = product_admin.list_products(demo_app.uow, admin)
    assert len(everything) > 40 and sum(p.missing for p in everything) == 1
    _order(demo_app, "M-1", [("NEW-SAMPLE", 1)], 13)
    assert proposal.suggest(demo_app.uow, "M-1").missing_measurements == ("NEW-SAMPLE",)
    row = product_admin.save_measurements(
        demo_app.uow, admin, "NEW-SAMPLE",
        product_admin.Measurements(200, 150, 20, 150, fragile=True))
    assert not row.missing and row.dims_mm == (200, 150, 20) and row.fragile
    assert product_admin.list_products(demo_app.uow, admin, only_missing=True) == []
    view = proposal.suggest(demo_app.uow, "M-1")
    assert view.best is not None and not view.missing_measurements
    with demo_app.uow() as uow:
        product = uow.products.get("NEW-SAMPLE")
    assert product is not None and [c.code for c in product.codes], "barcodes kept"
    detail = _audits(demo_app, "product_measured")[0]["detail"]
    assert detail["weight_g"] == [None, 150]


def test_half_filled_measurements_change_nothing(demo_app: App, admin: SessionUser) -> None:
    with pytest.raises(BadInput) as caught:
        product_admin.save_measurements(demo_app.uow, admin, "NEW-SAMPLE",
                                        product_admin.Measurements(200, 0, None, 20_000_000))
    assert _columns(caught.value.problems) == {(None, "width_mm"), (None, "height_mm"),
                                               (None, "weight_g")}
    assert [p.sku for p in product_admin.list_products(demo_app.uow, admin, True)] \
        == ["NEW-SAMPLE"]


def test_a_time_slot_taken_off_a_service_takes_it_off_the_proposal(demo_app: App,
                                                                  admin: SessionUser) -> None:
    _order(demo_app, "S-1", [("MUG-WHT", 2)], 13, time_slot="19-21")

    def offered() -> set[str]:
        view = proposal.suggest(demo_app.uow, "S-1")
        return {s for o in (view.best, *view.alternatives) if o for s in o.services}

    assert "takkyubin" in offered()
    form = _form(demo_app, admin, "takkyubin")
    save_service_form(demo_app.uow, admin, replace(form, time_slots="午前中, 14-16, 16-18"))
    assert "takkyubin" not in offered()


def test_a_slot_the_services_carrier_does_not_deliver_is_refused(demo_app: App,
                                                                 admin: SessionUser) -> None:
    """Issue 17: ヤマト has no 12-14 (nor 18-21): a slot without the carrier's code is named."""
    form = _form(demo_app, admin, "takkyubin")
    with pytest.raises(BadInput) as refused:
        save_service_form(demo_app.uow, admin, replace(form, time_slots="午前中, 12-14, 18-21"))
    (problem,) = refused.value.problems
    assert (problem.column, problem.problem.code) == ("time_slots", "catalog.slot_not_carriers")
    assert problem.problem.params["slots"] == ["12-14", "18-21"]
    sagawa = _form(demo_app, admin, "hikyaku")
    save_service_form(demo_app.uow, admin, replace(sagawa, time_slots="12時～14時, 18-21"))
    service = next(s for s in ca.list_services(demo_app.uow, admin) if s.code == "hikyaku")
    assert service.time_slots == ("12-14", "18-21")
