"""Why the scale gave no weight (adapters/scales, domain/weighing.ScaleError): what the packer
does about it. {port} is the serial port or hidraw device as set up."""

from __future__ import annotations

from packstation.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "scale.not_configured": QT_TRANSLATE_NOOP(
        "Messages", "No scale is set up at this station (admin: Shift+F5)."),
    "scale.hid_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "USB HID scales are read through Linux hidraw, which {platform} does not "
        "have: connect the scale through its serial (COM) port as an MT-SICS scale."),
    "scale.no_port": QT_TRANSLATE_NOOP(
        "Messages", "No serial port is set for the scale (admin: Shift+F5)."),
    "scale.no_usb_scale": QT_TRANSLATE_NOOP(
        "Messages", "No USB scale is plugged in: plug it in, or choose its device in the scale "
        "settings (admin: Shift+F5)."),
    "scale.missing": QT_TRANSLATE_NOOP(
        "Messages", "The scale is not connected ({port}): plug it in, or set its port (admin: "
        "Shift+F5)."),
    "scale.unplugged": QT_TRANSLATE_NOOP(
        "Messages", "The scale {port} was unplugged: plug it in and weigh again."),
    "scale.stopped_answering": QT_TRANSLATE_NOOP(
        "Messages", "The scale on {port} stopped answering: check its cable."),
    "scale.no_answer": QT_TRANSLATE_NOOP(
        "Messages", "No answer from the scale ({port}): check the cable, that it is on, and "
        "its speed (baud)."),
    "scale.no_weight": QT_TRANSLATE_NOOP(
        "Messages", "The scale sent no weight: check that it is on and weigh again."),
    "scale.permission": QT_TRANSLATE_NOOP(
        "Messages", "This PC may not read the scale ({port}): ask the admin to install the "
        "udev rule for the scale."),
    "scale.unstable": QT_TRANSLATE_NOOP(
        "Messages", "The weight does not settle: keep the box still and press F5 again."),
    "scale.overload": QT_TRANSLATE_NOOP(
        "Messages", "Over the scale's range: use a bigger scale."),
    "scale.underload": QT_TRANSLATE_NOOP(
        "Messages", "The scale reads below zero: empty it, zero it and weigh again."),
    "scale.fault": QT_TRANSLATE_NOOP("Messages", "The scale reports a fault: check the scale."),
    "scale.needs_calibration": QT_TRANSLATE_NOOP(
        "Messages", "The scale needs calibrating: ask the admin."),
    "scale.needs_zero": QT_TRANSLATE_NOOP(
        "Messages", "The scale needs re-zeroing: empty it and press its zero key."),
    "scale.unreadable_report": QT_TRANSLATE_NOOP(
        "Messages", "The scale sent a report this app cannot read ({report})."),
    "scale.unreadable_status": QT_TRANSLATE_NOOP(
        "Messages", "The scale sent a status this app cannot read ({status})."),
    "scale.unreadable_unit": QT_TRANSLATE_NOOP(
        "Messages", "The scale reports a unit this app cannot read ({unit})."),
    "scale.unreadable_weight": QT_TRANSLATE_NOOP(
        "Messages", "The scale reports a weight or unit this app cannot read ({value} {unit})."),
    "scale.unreadable_answer": QT_TRANSLATE_NOOP(
        "Messages", "The scale sent an answer this app cannot read ({answer})."),
    "scale.command_not_understood": QT_TRANSLATE_NOOP(
        "Messages", "The scale did not understand the command ({answer})."),
    "scale.transmission_error": QT_TRANSLATE_NOOP(
        "Messages", "Transmission error on the scale's line ({answer}): check the baud rate "
        "and the cable."),
    "scale.command_refused": QT_TRANSLATE_NOOP(
        "Messages", "The scale cannot run the command ({answer})."),
}
