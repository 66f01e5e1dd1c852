"""Scales behind the services' Scale port: MT-SICS over a serial line, USB HID POS scales."""

from __future__ import annotations

from packstation.domain.weighing import ScaleError
from packstation.services.weighing.ports import Scale


def open_scale(kind: str, port: str, baud: int = 9600, timeout_s: float = 5.0) -> Scale:
    """The configured scale. Nothing is opened here: each read opens, asks and closes, so an
    unplugged and re-plugged scale works again without a restart."""
    if kind == "mtsics":
        from packstation.adapters.scales.mtsics import MtSicsScale

        if not port:
            raise ScaleError("not_configured", "no serial port is set for the scale")
        return MtSicsScale(port, baud, timeout_s)
    if kind == "hid":
        from packstation.adapters.scales.hid import HidrawScale

        return HidrawScale(port, timeout_s)
    raise ScaleError("not_configured", "no scale is configured at this station")
