"""What each operating system offers a station: pure decisions on a `sys.platform` string.

Warehouse PCs in Japan mostly run Windows 10/11, some kiosks run Linux. The printer back-ends,
scale kinds and hints the settings screens offer follow from the OS alone, so they are decided
here and unit-tested for "win32" and "linux" on any machine.
"""

from __future__ import annotations

from packstation.domain.messages import Msg


def is_windows(platform: str) -> bool:
    return platform == "win32" or platform.startswith("cygwin")


def printer_backends(platform: str) -> tuple[str, ...]:
    """Printer back-ends offered on this OS. Qt system printers (PDF) and raw TCP 9100 work
    everywhere; a USB label printer takes raw ZPL through CUPS on Linux/macOS and through the
    Windows spooler (win32print, datatype RAW) on Windows."""
    local_raw = "winraw" if is_windows(platform) else "cups"
    return ("system", local_raw, "tcp")


def scale_kinds(platform: str) -> tuple[str, ...]:
    """Scale kinds offered on this OS. MT-SICS over a serial port works everywhere (COM3 on
    Windows, /dev/ttyUSB0 on Linux); USB HID POS scales are read through Linux hidraw only."""
    return ("none", "mtsics", "hid") if platform.startswith("linux") else ("none", "mtsics")


def hid_unsupported_reason(platform: str) -> Msg | None:
    """Why a HID scale cannot be read on this OS, or None where it can."""
    if platform.startswith("linux"):
        return None
    return Msg("scale.hid_unsupported", platform=platform)


def serial_port_example(platform: str) -> str:
    return "COM3" if is_windows(platform) else "/dev/ttyUSB0"
