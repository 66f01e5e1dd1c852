"""Messages of logging in, approvals and who may do what."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "auth.not_recognised": QT_TRANSLATE_NOOP(
        "Messages", "User or PIN not recognised. Scan your badge again and re-enter the PIN."),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong PINs: {name} is locked for {minutes} more minute(s). "
        "Wait, or ask an admin to unlock the account."),
    "auth.pin_format": QT_TRANSLATE_NOOP(
        "Messages", "A PIN is 4 to 12 digits."),
    "auth.lead_must_approve": QT_TRANSLATE_NOOP(
        "Messages", "A shift lead must approve this: the badge scanned is not a lead's."),
    "auth.lead_only_floor": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin manages the floor."),
    "auth.lead_only_misshipments": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin reports mis-shipments."),
    "auth.lead_only_mispicks": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin reviews mis-picks."),
    "auth.lead_only_bench_sheet": QT_TRANSLATE_NOOP(
        "Messages", "Only a shift lead or an admin prints the bench sheet."),
    "auth.admin_only_printers": QT_TRANSLATE_NOOP(
        "Messages", "Only an admin may set up printers."),
    "auth.admin_only_settings": QT_TRANSLATE_NOOP(
        "Messages", "Only an admin may change settings."),
    "auth.admin_only_layouts": QT_TRANSLATE_NOOP(
        "Messages", "Only an admin may save a CSV layout."),
    "auth.admin_only_carrier_layout": QT_TRANSLATE_NOOP(
        "Messages", "Only an admin may change a carrier layout."),
    "auth.admin_only_catalogue": QT_TRANSLATE_NOOP(
        "Messages", "Only an admin may see or change the master data: products, boxes, carriers, "
        "services and rate tables."),
    "settings.centrally_managed": QT_TRANSLATE_NOOP(
        "Messages", "This station works with the central database: the settings {settings} "
        "are kept there (change them on the admin PC). This station takes the changes at its "
        "next sync. Nothing was changed here."),
}
