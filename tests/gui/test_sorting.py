"""Sorting a batch at the bench (種まき, issue 20) on the real window, driven like a scanner:
the batch list's barcode opens the sorting screen, each unit gets its slot in large type, a
refusal is red, and Enter sends a full slot's order to packing with every unit already in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_packer import logged_in_packer, order_codes, scan

SERIAL_OR_COUNT = {"EARBUD-W", "EARBUD-B", "PEN-BLK", "PEN-RED", "NEW-SAMPLE"}


def _batch(window) -> tuple[str, dict[int, list[str]]]:  # type: ignore[no-untyped-def]
    """A batch of the demo's single-unit orders: slot → the SKUs its order needs."""
    from packstation.domain.model import Role
    from packstation.services.dto import SessionUser

    services = window.app.services
    lead = SessionUser(3, "suzuki", "鈴木 美香", Role.LEAD, "ja")
    record = services.picking.create_batch(lead, max_orders=4, filters=["single"])
    needs = {}
    with window.app.uow() as uow:
        for slot, order_no in record.slots.items():
            needs[slot] = [ln.sku for ln in uow.orders.get(order_no).lines]
    assert not {s for skus in needs.values() for s in skus} & SERIAL_OR_COUNT
    return record.batch_no, needs


def _sorted(qtbot, sorting, code: str):  # type: ignore[no-untyped-def]
    before = sorting.last
    scan(qtbot, sorting.field, code)
    qtbot.waitUntil(lambda: sorting.last is not before, timeout=10000)
    return sorting.last


def test_the_batch_barcode_opens_sorting_and_each_unit_gets_its_slot(qtbot, window) -> None:
    batch_no, needs = _batch(window)
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    scan(qtbot, packer.field, batch_no)
    qtbot.waitUntil(lambda: window._sorting is not None
                    and window._sorting.batch_no == batch_no, timeout=10000)
    sorting = window.sorting
    assert window.tabs.currentWidget() is sorting
    assert window.tabs.tabText(window.tabs.indexOf(sorting)).startswith("仕分け")
    assert sorting.title.text() == f"バッチ {batch_no}：間口 4 件中 0 件完了"
    first_sku = needs[1][0]
    result = _sorted(qtbot, sorting, codes[first_sku])
    assert result.verdict == "OK" and result.slot == 1 and result.slot_full
    assert sorting.slot_label.text() == "1"
    assert sorting.slot_label.height() >= 120, "the slot number reads from the rack"
    assert "Enter" in sorting.banner.text() and result.order_no in sorting.banner.text()
    assert "#1565c0" in sorting.cells[0].styleSheet(), "the slot just filled stands out"
    assert sorting.title.text() == f"バッチ {batch_no}：間口 4 件中 1 件完了"
    unknown = _sorted(qtbot, sorting, "4900000000000")  # no product has it
    assert unknown.verdict in ("UNKNOWN_CODE", "BAD_CHECK_DIGIT")
    assert sorting.banner.state == "error" and sorting.slot_label.text() == "—"
    again = _sorted(qtbot, sorting, codes[first_sku])
    wanted_again = any(first_sku in skus for slot, skus in needs.items() if slot > 1)
    assert again.verdict == ("OK" if wanted_again else "OVER_QUANTITY")
    assert again.order_no != result.order_no, "a full slot gets nothing more"


def test_enter_packs_the_full_slot_with_every_unit_in(qtbot, window) -> None:
    batch_no, needs = _batch(window)
    packer = logged_in_packer(qtbot, window)
    codes = order_codes(window)
    window.open_batch(batch_no)
    sorting = window.sorting
    qtbot.waitUntil(lambda: sorting.batch_no == batch_no, timeout=10000)
    result = _sorted(qtbot, sorting, codes[needs[1][0]])
    assert result.slot_full
    qtbot.keyClick(sorting.field, Qt.Key.Key_Return)  # the empty field: Enter packs slot 1
    qtbot.waitUntil(lambda: packer.order_no == result.order_no, timeout=10000)
    assert window.tabs.currentWidget() is packer
    assert packer.model.rows and all(r.scanned_qty >= r.qty for r in packer.model.rows)
    assert packer.banner.text() == ("全点そろっています（バッチから仕分け済み）："
                                    "箱を確認して検品完了")


def test_f8_ends_the_batch_and_lists_what_is_missing(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    batch_no, needs = _batch(window)
    logged_in_packer(qtbot, window)
    codes = order_codes(window)
    window.open_batch(batch_no)
    sorting = window.sorting
    qtbot.waitUntil(lambda: sorting.batch_no == batch_no, timeout=10000)
    _sorted(qtbot, sorting, codes[needs[1][0]])
    qtbot.keyClick(sorting.field, Qt.Key.Key_F8)
    qtbot.waitUntil(sorting.short_label.isVisible, timeout=10000)
    assert asked and batch_no in asked[0] and "3" in asked[0]
    assert sorting.banner.state == "error" and "3" in sorting.banner.text()
    text = sorting.short_label.text()
    assert all(f"間口{slot}" in text.replace(" ", "") for slot in (2, 3, 4))
    assert "間口1" not in text.replace(" ", ""), "the full slot is not short"
    assert sorting.batch_no is None
