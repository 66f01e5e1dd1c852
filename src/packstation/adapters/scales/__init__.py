"""Scales behind the services' Scale port: MT-SICS over a serial line, USB HID POS scales."""

from __future__ import annotations

import sys

from packstation.domain import platforms
from packstation.domain.weighing import ScaleError
from packstation.services.weighing.ports import Scale


def open_scale(kind: str, port: str, baud: int = 9600, timeout_s: float = 5.0) -> Scale:
    """The configured scale. Nothing is opened here: each read opens, asks and closes, so an
    unplugged and re-plugged scale works again without a restart."""
    if kind == "mtsics":
        from packstation.adapters.scales.mtsics import MtSicsScale

        if not port:
            raise ScaleError("not_configured", "scale.no_port")
        return MtSicsScale(port, baud, timeout_s)
    if kind == "hid":
        reason = platforms.hid_unsupported_reason(sys.platform)
        if reason is not None:  # Windows, macOS: no hidraw
            raise ScaleError("unsupported", reason.code, **reason.params)
        from packstation.adapters.scales.hid import HidrawScale

        return HidrawScale(port, timeout_s)
    raise ScaleError("not_configured", "scale.not_configured")
