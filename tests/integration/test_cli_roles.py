"""services: the check behind --user (auth.authorize), demo-data on real orders, and the
audit of barcode changes made by a product import."""

from __future__ import annotations

import pytest

from packstation.bootstrap import App
from packstation.domain.errors import AuthenticationFailed, PermissionDenied, StateError
from packstation.domain.model import Role
from packstation.services import auth
from packstation.services.demo import seed as demo
from packstation.services.imports import csv_import
from tests.carrier_data import add_packed, order


def _audit(app: App, action: str) -> list[dict[str, object]]:
    with app.uow() as uow:
        return uow.audit.recent(action)


def test_authorize_checks_pin_and_role_and_writes_nothing_on_success(demo_app: App) -> None:
    lead = auth.authorize(demo_app.uow, demo_app.hasher, demo_app.clock, "suzuki", "2222",
                          needed=Role.LEAD)
    assert lead.login == "suzuki"
    assert _audit(demo_app, "login") == []  # the command's own record says who ran it
    with pytest.raises(PermissionDenied):
        auth.authorize(demo_app.uow, demo_app.hasher, demo_app.clock, "suzuki", "2222",
                       needed=Role.ADMIN)
    assert [r["user_id"] for r in _audit(demo_app, "role_refused")] == [lead.user_id]
    with pytest.raises(AuthenticationFailed):
        auth.authorize(demo_app.uow, demo_app.hasher, demo_app.clock, "admin", "0000",
                       needed=Role.ADMIN)
    assert len(_audit(demo_app, "login_failed")) == 1


def test_demo_data_counts_only_real_orders(demo_app: App) -> None:
    demo.seed(demo_app.uow, demo_app.hasher, 3)  # on top of demo orders: fine
    add_packed(demo_app, [order("REAL-1")])
    with pytest.raises(StateError) as refused:
        demo.seed(demo_app.uow, demo_app.hasher, 3)
    assert refused.value.params == {"count": 1}
    assert demo.seed(demo_app.uow, demo_app.hasher, 3, force=True).orders == 3


def test_a_product_import_audits_barcodes_before_and_after(demo_app: App) -> None:
    data = "sku,name_ja,jan\nMUG-WHT,マグカップ 白,4901234567122\nNEW-1,新,\n".encode()
    csv_import.import_file(demo_app.uow, "products", data, source="p.csv")
    detail = _audit(demo_app, "import_products")[0]["detail"]
    assert isinstance(detail, dict)
    assert detail["codes_changed"] == [{"sku": "MUG-WHT", "before": ["4912345000019"],
                                        "after": ["4901234567122"]}]
    assert detail["codes_changed_count"] == 1
