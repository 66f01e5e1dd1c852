"""Issue 14: every admin form refuses bad text in a number field with a message instead of
silently dropping characters. For each form, bad text is typed (real key presses) into every
number field; the save must store nothing, name every one of those fields in the message it
shows (with the fix) and leave the text as typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QLineEdit, QTableWidget

from packstation.domain.numbers import NumberRule, read_whole
from tests.gui.conftest import log_in

BAD = ("12a", "abc", "1.5", "12 cm", "x9", "--", "7kg", "q", "3,5", "1e3")


@dataclass
class Field:
    caption: str  # how the message must name it
    type_text: Callable[[str], None]
    text: Callable[[], str]


@dataclass
class Form:
    fields: list[Field]
    save: Callable[[], None]
    message: Callable[[], str]
    stored: Callable[[], object]  # what the database holds for this form


def _line(qtbot, edit: QLineEdit, caption: str) -> Field:
    def type_text(text: str) -> None:
        edit.clear()
        qtbot.keyClicks(edit, text)
    return Field(caption, type_text, edit.text)


def _cell(table: QTableWidget, row: int, col: int, caption: str) -> Field:
    # Editing a cell ends in setText on its item (the delegate's line edit keeps every key)
    return Field(caption, lambda text: table.item(row, col).setText(text),
                 lambda: table.item(row, col).text())


def _admin_page(qtbot, window, name: str):
    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")
    window.open_admin()
    admin = window.admin
    qtbot.waitUntil(lambda: len(admin.boxes.model.rows) > 0, timeout=10000)
    page = getattr(admin, name)
    admin.pages.setCurrentWidget(page)
    return page


def boxes(qtbot, window) -> Form:
    from packstation.services.admin import catalog as catalog_admin

    page = _admin_page(qtbot, window, "boxes")
    page.table.selectRow(0)
    labels = page.labels()
    fields = [_line(qtbot, f, " · ".join(labels[part] for part in key.split(".")))
              for key, f in page.number_fields()]
    return Form(fields, page.save, page.message.text,
                lambda: catalog_admin.list_boxes(window.app.uow, window.ctx.session))


def products(qtbot, window) -> Form:
    from packstation.services.admin import products as product_admin

    page = _admin_page(qtbot, window, "products")
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=10000)
    page.table.selectRow(0)
    labels = page.labels()
    fields = [_line(qtbot, f, labels[key]) for key, f in page.number_fields()]
    return Form(fields, page.save, page.message.text,
                lambda: product_admin.list_products(window.app.uow, window.ctx.session))


def services(qtbot, window) -> Form:
    from packstation.services.admin import catalog as catalog_admin

    page = _admin_page(qtbot, window, "services")
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=10000)
    page.table.selectRow([r[1].code for r in page.model.rows].index("yupacket"))
    labels = page.class_labels()
    fields = [_cell(page.classes, 0, col, f"{page.tr('Size classes')} · row 1 · "
                    f"{labels[name]}")
              for col, name in enumerate(page.classes.fields) if col > 0]
    page.add_surcharge_row = page.surcharges.add_row(("cod", "", "", ""))
    fields += [_cell(page.surcharges, page.add_surcharge_row, col,
                     f"Surcharges · row {page.add_surcharge_row + 1} · "
                     f"{page.surcharge_labels()[name]}")
               for col, name in enumerate(page.surcharges.fields) if name in ("up_to",
                                                                              "price_yen")]
    return Form(fields, page.save, page.message.text,
                lambda: catalog_admin.list_services(window.app.uow, window.ctx.session))


def users(qtbot, window) -> Form:
    page = _admin_page(qtbot, window, "users")
    page.start_new()
    qtbot.keyClicks(page.login, "tanaka")
    page.name.setText("田中 一郎")  # QTest types Latin-1 only
    fields = [_line(qtbot, page.first_pin, page.labels()["pin"])]
    return Form(fields, page.add, page.message.text,
                lambda: [u.login for u in window.app.services.users.list_users(
                    window.ctx.session)])


def _settings_dialog(qtbot, window, dialog_type) -> Form:
    from packstation.services import settings as settings_service

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")
    dialog = dialog_type(window.ctx, window)
    qtbot.addWidget(dialog)
    labels = dialog.field_labels()
    fields = [_line(qtbot, f, labels[key]) for key, f in dialog.number_fields()]
    return Form(fields, dialog.save, dialog.message.text,
                lambda: settings_service.load(window.app.uow))


def station_settings(qtbot, window) -> Form:
    from packstation.ui.screens.settings_dialog import SettingsDialog

    return _settings_dialog(qtbot, window, SettingsDialog)


def scale_settings(qtbot, window) -> Form:
    from packstation.ui.screens.scale_settings import ScaleSettingsDialog

    return _settings_dialog(qtbot, window, ScaleSettingsDialog)


def carrier_layout(qtbot, window) -> Form:
    from packstation.services.carrier import export as carrier_export
    from packstation.ui.screens.carrier.layout_dialog import CarrierLayoutDialog

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("en")
    dialog = CarrierLayoutDialog(window.ctx, "b2", "default", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.columns.rowCount() > 2, timeout=10000)
    caption = dialog.columns.horizontalHeaderItem(2).text()
    fields = [_cell(dialog.columns, row, 2, f"row {row + 1}, column '{caption}'")
              for row in range(3)]
    return Form(fields, dialog._save, dialog.problems.toPlainText,
                lambda: carrier_export.get_preset(window.app.uow, "b2"))


FORMS = [boxes, products, services, users, station_settings, scale_settings, carrier_layout]


@pytest.mark.parametrize("open_form", FORMS, ids=lambda f: f.__name__)
def test_bad_text_in_every_number_field_is_named_and_nothing_is_saved(
        qtbot, window, open_form) -> None:
    form = open_form(qtbot, window)
    before = form.stored()
    typed = [BAD[i % len(BAD)] for i in range(len(form.fields))]
    for field, text in zip(form.fields, typed, strict=True):
        field.type_text(text)
    form.save()
    qtbot.waitUntil(lambda: "\n" in form.message(), timeout=10000)
    qtbot.waitUntil(lambda: window.ctx.tasks.db.pending == 0, timeout=10000)
    message = form.message()
    assert [f.caption for f in form.fields if f.caption not in message] == [], message
    for field, text in zip(form.fields, typed, strict=True):
        assert field.text() == text, f"{field.caption}: the typed text is kept"
        assert f"'{text}'" in message or field.caption == "First PIN", (text, message)
    assert message.count("\n") >= len(form.fields) - 1, "one line per field, all at once"
    qtbot.waitUntil(lambda: window.ctx.tasks.db.pending == 0, timeout=10000)
    assert form.stored() == before, "nothing saved"
    assert not window.errors


def test_a_number_field_reads_what_people_type() -> None:
    rule = NumberRule(0, 10_000, "mm")
    assert read_whole("１２０", rule)[0] == 120  # full-width digits from a Japanese IME
    assert read_whole("1,200", rule)[0] == 1200
    assert read_whole(" 120 mm ", rule)[0] == 120  # the field's own unit may follow
    for bad in ("12 cm", "1.5", "abc", "", "12,00"):
        value, problem, fix = read_whole(bad, rule)
        assert value is None and problem is not None and fix is not None, bad
    value, problem, _fix = read_whole("10001", rule)
    assert value is None and problem is not None and problem.code == "form.out_of_range"
    assert read_whole("", NumberRule(1, 5, "g", empty_is=0))[0] == 0
