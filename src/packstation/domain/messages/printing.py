"""Messages of printing: printer set-up, the queue, and why a job did not print."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # --- why a job failed (domain.printing.Failure), the sentence the print bar shows -----
    "print.failure.not_configured": QT_TRANSLATE_NOOP(
        "Messages", "No printer is set for this at this station: ask the admin."),
    "print.failure.no_printer": QT_TRANSLATE_NOOP(
        "Messages", "Printer not found: ask the admin to check the printer setup."),
    "print.failure.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The printer does not answer: check that it is on and connected."),
    "print.failure.not_ready": QT_TRANSLATE_NOOP(
        "Messages", "The printer is not ready: check paper, ribbon and cover."),
    "print.failure.wrong_media": QT_TRANSLATE_NOOP(
        "Messages", "Wrong paper in the printer: load the right stock."),
    "print.failure.wrong_format": QT_TRANSLATE_NOOP(
        "Messages", "This printer cannot print this document: ask the admin."),
    "print.failure.send_failed": QT_TRANSLATE_NOOP(
        "Messages", "The printer stopped in the middle: throw away any half-printed sheet, "
        "check the printer."),
    "print.failure.interrupted": QT_TRANSLATE_NOOP(
        "Messages", "Printing was cut off when the app stopped: check the printer before "
        "retrying."),
    "print.failure.held": QT_TRANSLATE_NOOP("Messages", "Label held back:"),
    "print.failure.render_failed": QT_TRANSLATE_NOOP(
        "Messages", "The document could not be made: call the admin."),
    "print.failure.unexpected": QT_TRANSLATE_NOOP(
        "Messages", "Printing failed unexpectedly: call the admin."),
    "print.failed": QT_TRANSLATE_NOOP("Messages", "{reason} ({detail})"),
    "print.failed_held": QT_TRANSLATE_NOOP("Messages", "{reason} {detail}"),
    # --- what the printer or back-end reported (PrintFailed.detail) ------------------------
    "print.detail.held": QT_TRANSLATE_NOOP("Messages", "{reason}"),
    "print.detail.label_needs": QT_TRANSLATE_NOOP(
        "Messages", "{printer} has {media} loaded; a label needs {wanted}"),
    "print.detail.slip_needs": QT_TRANSLATE_NOOP(
        "Messages", "{printer} has {media} loaded; a 納品書 needs {wanted}"),
    "print.detail.picklist_needs": QT_TRANSLATE_NOOP(
        "Messages", "{printer} has {media} loaded; a pick list needs {wanted}"),
    "print.detail.win32_only": QT_TRANSLATE_NOOP(
        "Messages", "raw printing to a Windows printer works on Windows only (win32print); use "
        "CUPS or TCP 9100 here"),
    "print.detail.no_windows_printer": QT_TRANSLATE_NOOP(
        "Messages", "no Windows printer '{printer}': {error}"),
    "print.detail.windows_not_ready": QT_TRANSLATE_NOOP(
        "Messages", "{printer} is not ready: {problems}"),
    "print.detail.spooler_short": QT_TRANSLATE_NOOP(
        "Messages", "the spooler took {written} of {total} bytes"),
    "print.winstatus.paused": QT_TRANSLATE_NOOP("Messages", "paused"),
    "print.winstatus.in_error": QT_TRANSLATE_NOOP("Messages", "in error"),
    "print.winstatus.jammed": QT_TRANSLATE_NOOP("Messages", "jammed"),
    "print.winstatus.out_of_paper": QT_TRANSLATE_NOOP("Messages", "out of paper"),
    "print.winstatus.offline": QT_TRANSLATE_NOOP("Messages", "offline"),
    "print.winstatus.out_of_toner": QT_TRANSLATE_NOOP("Messages", "out of toner"),
    "print.winstatus.door_open": QT_TRANSLATE_NOOP("Messages", "a door is open"),
    "print.winstatus.manual_feed": QT_TRANSLATE_NOOP("Messages", "needs attention (manual feed)"),
    "print.detail.not_writable": QT_TRANSLATE_NOOP("Messages", "{folder} is not writable"),
    "print.detail.unknown_host": QT_TRANSLATE_NOOP("Messages", "unknown host {host}"),
    "print.detail.refused": QT_TRANSLATE_NOOP("Messages", "{where} refused the connection"),
    "print.detail.no_answer": QT_TRANSLATE_NOOP("Messages", "{where} did not answer"),
    "print.detail.os": QT_TRANSLATE_NOOP("Messages", "{where}: {error}"),
    "print.detail.stopped_taking": QT_TRANSLATE_NOOP(
        "Messages", "{where} stopped taking data (paper out or jammed?)"),
    "print.detail.failed_during_job": QT_TRANSLATE_NOOP(
        "Messages", "{where}: {error} during the job"),
    "print.detail.no_cups": QT_TRANSLATE_NOOP(
        "Messages", "CUPS is not installed ({program} is missing): install cups-client"),
    "print.detail.cups_no_answer": QT_TRANSLATE_NOOP("Messages", "CUPS did not answer"),
    "print.detail.no_cups_queue": QT_TRANSLATE_NOOP(
        "Messages", "no CUPS queue {queue}: {said}"),
    "print.detail.cups_disabled": QT_TRANSLATE_NOOP(
        "Messages", "the CUPS queue is disabled: {said}"),
    "print.detail.lp_failed": QT_TRANSLATE_NOOP("Messages", "lp: {said}"),
    "print.detail.not_a_pdf": QT_TRANSLATE_NOOP(
        "Messages", "the document is not a readable PDF"),
    "print.detail.could_not_start": QT_TRANSLATE_NOOP(
        "Messages", "{printer} could not start the job"),
    "print.detail.refused_page": QT_TRANSLATE_NOOP(
        "Messages", "the printer refused the next page"),
    "print.detail.did_not_take": QT_TRANSLATE_NOOP(
        "Messages", "the printer did not take the job"),
    "print.detail.no_system_printer": QT_TRANSLATE_NOOP(
        "Messages", "no system printer '{printer}'"),
    "print.detail.reports_error": QT_TRANSLATE_NOOP(
        "Messages", "{printer} reports an error"),
    "print.detail.no_paper_size": QT_TRANSLATE_NOOP(
        "Messages", "{printer} has no {media} paper size"),
    "print.detail.no_renderer": QT_TRANSLATE_NOOP(
        "Messages", "no document renderer is installed"),
    "print.detail.printer_removed": QT_TRANSLATE_NOOP(
        "Messages", "the printer was removed from the setup"),
    "print.detail.no_backend": QT_TRANSLATE_NOOP(
        "Messages", "the back-end {backend} is not available"),
    "print.detail.wrong_format": QT_TRANSLATE_NOOP(
        "Messages", "{printer} takes {format}, got {mime}"),
    "print.detail.wrong_media": QT_TRANSLATE_NOOP(
        "Messages", "{printer} has {media}, the document is {document}"),
    # --- the admin's printer forms (domain.printing.validate_printer, services/printing) --
    "printing.source_printer": QT_TRANSLATE_NOOP("Messages", "printer"),
    "printing.source_station": QT_TRANSLATE_NOOP("Messages", "station printers"),
    "printing.name_length": QT_TRANSLATE_NOOP(
        "Messages", "a name of 1–64 characters is needed"),
    "printing.name_fix": QT_TRANSLATE_NOOP("Messages", "type a name such as ラベル1"),
    "printing.not_supported": QT_TRANSLATE_NOOP("Messages", "'{value}' is not supported"),
    "printing.choose_one_of": QT_TRANSLATE_NOOP("Messages", "choose one of: {options}"),
    "printing.system_pdf_only": QT_TRANSLATE_NOOP(
        "Messages", "system printers print PDF only"),
    "printing.system_pdf_only_fix": QT_TRANSLATE_NOOP(
        "Messages", "choose pdf, or use a CUPS raw queue or TCP 9100 for ZPL"),
    "printing.zpl_label_only": QT_TRANSLATE_NOOP(
        "Messages", "ZPL printers take label stock only"),
    "printing.address_empty": QT_TRANSLATE_NOOP("Messages", "the address is empty"),
    "printing.address_fix": QT_TRANSLATE_NOOP("Messages", "type the address"),
    "printing.address_fix_system": QT_TRANSLATE_NOOP(
        "Messages", "choose the printer's name as the system lists it"),
    "printing.address_fix_cups": QT_TRANSLATE_NOOP(
        "Messages", "type the CUPS queue name (lpstat -p)"),
    "printing.address_fix_winraw": QT_TRANSLATE_NOOP(
        "Messages", "choose the printer's name as Windows lists it"),
    "printing.address_fix_tcp": QT_TRANSLATE_NOOP(
        "Messages", "type the printer's IP address, e.g. 192.168.1.50:9100"),
    "printing.not_a_cups_queue": QT_TRANSLATE_NOOP(
        "Messages", "'{address}' is not a CUPS queue name"),
    "printing.cups_queue_fix": QT_TRANSLATE_NOOP("Messages", "use letters, digits, _ . - only"),
    "printing.not_a_tcp_address": QT_TRANSLATE_NOOP(
        "Messages", "'{address}' is not a host or host:port (port 1–65535)"),
    "printing.tcp_address_fix": QT_TRANSLATE_NOOP(
        "Messages", "type host or host:port, e.g. 192.168.1.50:9100"),
    "printing.name_taken": QT_TRANSLATE_NOOP("Messages", "'{name}' is already used"),
    "printing.name_taken_fix": QT_TRANSLATE_NOOP("Messages", "choose another name"),
    "printing.no_such_printer": QT_TRANSLATE_NOOP("Messages", "no printer '{name}'"),
    "printing.choose_from_list": QT_TRANSLATE_NOOP(
        "Messages", "choose a printer from the list"),
    "printing.choose_right_stock": QT_TRANSLATE_NOOP(
        "Messages", "choose a printer with the right stock"),
    # --- the queue (services/printing.py) -----------------------------------------------
    "printing.reprint_needs_reason": QT_TRANSLATE_NOOP(
        "Messages", "A reason is needed for a reprint: choose one."),
    "printing.already_printed": QT_TRANSLATE_NOOP(
        "Messages", "Order {order_no} is already printed: a reprint needs a reason (Ctrl+P)."),
    "printing.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "Unknown document kind {kind}: a label or a 納品書 can be printed."),
    "printing.job_not_found": QT_TRANSLATE_NOOP("Messages", "Print job {job} not found."),
    "printing.job_busy_or_done": QT_TRANSLATE_NOOP(
        "Messages", "Print job {job} is being printed or is already finished."),
}
