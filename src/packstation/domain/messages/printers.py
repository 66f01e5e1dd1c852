"""Messages of the printer setup form and the station's printer choice (printer.*)."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "printer.name_rule": QT_TRANSLATE_NOOP(
        "Messages", "A name of 1 to 64 characters is needed."),
    "printer.name_fix": QT_TRANSLATE_NOOP("Messages", "Type a name such as ラベル1."),
    "printer.name_taken": QT_TRANSLATE_NOOP("Messages", "{name} is already used."),
    "printer.name_taken_fix": QT_TRANSLATE_NOOP("Messages", "Choose another name."),
    "printer.backend_rule": QT_TRANSLATE_NOOP("Messages", "Unknown connection {backend}."),
    "printer.backend_fix": QT_TRANSLATE_NOOP(
        "Messages", "Choose a system printer, a CUPS raw queue, TCP 9100 or a folder."),
    "printer.media_rule": QT_TRANSLATE_NOOP("Messages", "Unknown paper {media}."),
    "printer.media_fix": QT_TRANSLATE_NOOP("Messages", "Choose 4x6, A6, A4 or A5."),
    "printer.dpi_rule": QT_TRANSLATE_NOOP("Messages", "{dpi} dpi is not supported."),
    "printer.dpi_fix": QT_TRANSLATE_NOOP("Messages", "Choose 203 or 300 dpi."),
    "printer.format_rule": QT_TRANSLATE_NOOP("Messages", "Unknown format {format}."),
    "printer.format_fix": QT_TRANSLATE_NOOP("Messages", "Choose PDF or ZPL."),
    "printer.system_pdf_only": QT_TRANSLATE_NOOP(
        "Messages", "A system printer prints PDF only."),
    "printer.system_pdf_only_fix": QT_TRANSLATE_NOOP(
        "Messages", "Choose PDF, or use a CUPS raw queue or TCP 9100 for ZPL."),
    "printer.zpl_labels_only": QT_TRANSLATE_NOOP(
        "Messages", "A ZPL printer takes label stock only."),
    "printer.zpl_labels_only_fix": QT_TRANSLATE_NOOP("Messages", "Choose 4x6 or A6."),
    "printer.address_empty": QT_TRANSLATE_NOOP("Messages", "The address is empty."),
    "printer.address_fix_system": QT_TRANSLATE_NOOP(
        "Messages", "Choose the printer's name as the system lists it."),
    "printer.address_fix_cups": QT_TRANSLATE_NOOP(
        "Messages", "Type the CUPS queue name (lpstat -p)."),
    "printer.address_fix_tcp": QT_TRANSLATE_NOOP(
        "Messages", "Type host or host:port, e.g. 192.168.1.50:9100."),
    "printer.address_fix_folder": QT_TRANSLATE_NOOP(
        "Messages", "Type a folder, e.g. prints (inside the data folder) or a full path."),
    "printer.address_fix": QT_TRANSLATE_NOOP("Messages", "Type the address."),
    "printer.cups_queue_rule": QT_TRANSLATE_NOOP(
        "Messages", "{address} is not a CUPS queue name."),
    "printer.cups_queue_fix": QT_TRANSLATE_NOOP(
        "Messages", "Use letters, digits and _ . - only."),
    "printer.host_rule": QT_TRANSLATE_NOOP(
        "Messages", "{host} is not a host name or IP address."),
    "printer.port_rule": QT_TRANSLATE_NOOP(
        "Messages", "The port {port} must be a number from 1 to 65535."),
    "printer.not_found": QT_TRANSLATE_NOOP("Messages", "There is no printer {name}."),
    "printer.pick_from_list": QT_TRANSLATE_NOOP("Messages", "Choose a printer from the list."),
    "printer.wrong_stock": QT_TRANSLATE_NOOP(
        "Messages", "{name} has {media} loaded; a {kind} needs {wanted}."),
    "printer.wrong_stock_fix": QT_TRANSLATE_NOOP(
        "Messages", "Choose a printer with the right stock."),
    "printer.kind.label": QT_TRANSLATE_NOOP("Messages", "label"),
    "printer.kind.slip": QT_TRANSLATE_NOOP("Messages", "納品書"),
    "printer.kind.picklist": QT_TRANSLATE_NOOP("Messages", "pick list"),
    "printer.or": QT_TRANSLATE_NOOP("Messages", "{a} or {b}"),
    "printer.not_configured": QT_TRANSLATE_NOOP(
        "Messages", "no {kind} printer at {station}"),
}
