"""Messages of the documents (送り状 label, 納品書) and the settings they depend on."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "documents.order_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} is cancelled: no documents are printed for it."),
    "documents.no_address": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} has no customer address (deleted after shipping?)."),
    "documents.shop_not_set": QT_TRANSLATE_NOOP(
        "Messages", "The shop's {settings} not set: an admin sets them in the settings "
        "(labels need the sender, 納品書 the shop name)."),
    "documents.bad_registration_no": QT_TRANSLATE_NOOP(
        "Messages", "The shop's invoice registration number ({setting}) is wrong: {problem}. "
        "An admin corrects it in the settings."),
    "documents.address_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The addresses of order {order_no} do not fit a {size} label even in "
        "small print ({needed_mm} of {height_mm} mm): shorten the address lines."),
    "documents.font_missing": QT_TRANSLATE_NOOP(
        "Messages", "The Japanese font IPAexGothic (ipaexg.ttf) was not found ({where}): "
        "install the Debian package fonts-ipaexfont-gothic (scripts/setup.sh does) or set "
        "{variable} to the .ttf file."),
    "documents.font_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The font file {path} cannot be used ({error}): it must be the TrueType "
        "ipaexg.ttf from fonts-ipaexfont-gothic."),
    "documents.logo_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The shop logo {file} ({setting}) cannot be read ({error}): an admin chooses "
        "a PNG or JPEG file or clears the setting."),
    # --- the invoice registration number (domain/invoice.py) -------------------------------
    "invoice.no_t": QT_TRANSLATE_NOOP(
        "Messages", "registration number {number} must start with T"),
    "invoice.not_13_digits": QT_TRANSLATE_NOOP(
        "Messages", "registration number {number} must be T followed by 13 digits"),
    "invoice.check_digit": QT_TRANSLATE_NOOP(
        "Messages", "registration number {number} fails the 法人番号 check digit (for a "
        "corporation the first digit after T would be {expected})"),
    "invoice.confirm_number": QT_TRANSLATE_NOOP(
        "Messages", "{problem}. A sole proprietor's number has no published check digit: "
        "compare it with the 登録通知書 and save again to confirm it."),
    "invoice.registration_fix": QT_TRANSLATE_NOOP(
        "Messages", "copy it from the 登録通知書: T and 13 digits, e.g. T1234567890123, or "
        "leave it empty"),
    # --- the settings form (services/settings.py) ----------------------------------------
    "settings.source": QT_TRANSLATE_NOOP("Messages", "settings"),
    "settings.unknown": QT_TRANSLATE_NOOP("Messages", "unknown setting"),
    "settings.unknown_fix": QT_TRANSLATE_NOOP("Messages", "use one of the listed settings"),
    "settings.type_bool": QT_TRANSLATE_NOOP("Messages", "expected on or off"),
    "settings.type_int": QT_TRANSLATE_NOOP("Messages", "expected a whole number"),
    "settings.type_text": QT_TRANSLATE_NOOP("Messages", "expected a text"),
    "settings.correct_value": QT_TRANSLATE_NOOP("Messages", "correct the value"),
    "settings.out_of_range": QT_TRANSLATE_NOOP("Messages", "must be {low}–{high}"),
    "settings.in_range_fix": QT_TRANSLATE_NOOP("Messages", "enter a value in range"),
    "settings.no_camera": QT_TRANSLATE_NOOP("Messages", "no camera given"),
    "settings.camera_fix": QT_TRANSLATE_NOOP("Messages", "enter a camera number such as 0"),
    "settings.not_a_choice": QT_TRANSLATE_NOOP("Messages", "must be one of {options}"),
    "settings.choose_listed": QT_TRANSLATE_NOOP("Messages", "choose one of: {options}"),
    "settings.not_a_printer_font": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a printer font name"),
    "settings.printer_font_fix": QT_TRANSLATE_NOOP(
        "Messages", "drive and file as the printer lists it, e.g. E:ANMDJ.TTF, or leave it "
        "empty to print Japanese as bitmaps"),
}
