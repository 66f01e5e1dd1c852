"""The admin's settings dialog: saved all-or-nothing, and the packer screen obeys them."""

from __future__ import annotations

from tests.gui.conftest import log_in


def test_admin_allows_typed_codes_and_sets_idle_lock(qtbot, window) -> None:
    from packstation.services import settings as settings_service
    from packstation.ui.screens.settings_dialog import SettingsDialog

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert not window.settings_button.isHidden()
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.typed.setChecked(True)
    dialog.idle.setValue(3)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    stored = settings_service.load(window.app.uow)
    assert stored.allow_typed_codes is True and stored.idle_lock_minutes == 3
    assert window.ctx.require_services().packing.bench(window.ctx.packer()).allow_typed is True


def test_packers_do_not_see_settings(qtbot, window) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    assert window.settings_button.isHidden()
    window.open_settings()  # F11 does nothing for a packer
    assert window.findChildren(type(window.login))  # still the same window, no dialog
    from packstation.ui.screens.settings_dialog import SettingsDialog

    assert not window.findChildren(SettingsDialog)


def test_admin_writes_enclosure_rules_and_a_bad_one_is_named(qtbot, window) -> None:
    """Issue 14: 同梱物 by rule, edited in the settings; a rule that cannot be read is refused
    with its number and nothing is stored."""
    from packstation.services import settings as settings_service
    from packstation.ui.screens.settings_dialog import SettingsDialog

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    before = settings_service.load(window.app.uow).enclosure_rules  # the demo shop's flyer
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.enclosures.text() == before
    dialog.enclosures.setText("first_order: 初回チラシ; weekday: カレンダー")
    dialog.save()
    qtbot.waitUntil(lambda: "weekday" in dialog.message.text(), timeout=10000)
    assert settings_service.load(window.app.uow).enclosure_rules == before
    dialog.enclosures.setText("first_order: 初回チラシ; channel=楽天市場: サンクスカード")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    assert settings_service.load(window.app.uow).enclosure_rules == \
        "first_order: 初回チラシ; channel=楽天市場: サンクスカード"


def test_admin_sets_the_shop_calendar_and_a_wrong_day_is_named(qtbot, window) -> None:
    """Issue 17: the days the shop does not ship; a token that is no day is refused by name
    and nothing is stored."""
    from packstation.services import settings as settings_service
    from packstation.ui.screens.settings_dialog import SettingsDialog

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.closed_days.text() == "土,日,祝"
    dialog.closed_days.setText("日,祝,12-31,月よう")
    dialog.save()
    qtbot.waitUntil(lambda: "月よう" in dialog.message.text(), timeout=10000)
    assert settings_service.load(window.app.uow).shop_closed_days == "土,日,祝"
    dialog.closed_days.setText("日,祝,12-31")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    assert settings_service.load(window.app.uow).shop_closed_days == "日,祝,12-31"


def test_a_registration_number_failing_the_check_is_confirmed_by_saving_again(
        qtbot, window) -> None:
    """Issue 17: a sole proprietor's T-number has no published check digit: warned, then kept
    when the admin saves it again unchanged; a wrong format stays refused."""
    from packstation.services import settings as settings_service
    from packstation.ui.screens.settings_dialog import SettingsDialog

    log_in(qtbot, window, who="admin", pin="9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work, timeout=10000)
    window.set_language("ja")
    before = settings_service.load(window.app.uow).invoice_registration_no
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.registration.setText("T118030101877")  # 12 digits: refused
    dialog.save()
    qtbot.waitUntil(lambda: "T" in dialog.message.text() and dialog.message.text() != "",
                    timeout=10000)
    assert settings_service.load(window.app.uow).invoice_registration_no == before
    dialog.registration.setText("T2180301018771")  # fails the 法人番号 check: confirm
    dialog.save()
    qtbot.waitUntil(lambda: "確定" in dialog.message.text(), timeout=10000)  # confirm it
    assert settings_service.load(window.app.uow).invoice_registration_no == before
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()  # the same number again: confirmed
    assert settings_service.load(window.app.uow).invoice_registration_no == "T2180301018771"


def test_the_settings_dialog_keeps_its_buttons_on_a_768_pixel_screen(qtbot, window) -> None:
    from packstation.ui.screens.settings_dialog import SettingsDialog

    window.set_language("ja")
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.sizeHint().height() <= 740, "the form scrolls; Save stays on screen"
    assert dialog.save_button.mapTo(dialog, dialog.save_button.rect().bottomLeft()).y() <= 740
