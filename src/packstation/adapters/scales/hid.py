"""USB HID POS scales (usage page 0x8D: Dymo, Stamps.com, most postal scales), read from
Linux ``/dev/hidraw*`` without any driver package.

The scale sends a report many times a second::

    [report id 3] status  unit  exponent(signed)  weight LSB  weight MSB

status: 1 fault, 2 stable at zero, 3 in motion, 4 stable, 5 under zero, 6 over weight,
7 needs calibration, 8 needs re-zeroing. unit: 1 mg, 2 g, 3 kg, 4 ct, 6 grains, 8 t,
10 troy oz, 11 oz, 12 lb. weight × 10^exponent is the weight in that unit.
"""

from __future__ import annotations

import os
import select
import time
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from packstation.domain.weighing import ScaleError, ScaleReading, to_grams

REPORT_ID = 3
USAGE_PAGE_SCALES = b"\x05\x8d"  # "Usage Page (Scales)" at the head of the report descriptor
_UNITS = {1: "mg", 2: "g", 3: "kg", 4: "ct", 6: "gr", 8: "t", 10: "ozt", 11: "oz", 12: "lb"}
_FAULTS = {1: ("error", "scale.fault"),
           5: ("underload", "scale.underload"),
           6: ("overload", "scale.overload"),
           7: ("error", "scale.needs_calibration"),
           8: ("error", "scale.needs_zero")}


def parse_report(report: bytes) -> ScaleReading:
    """One input report as a reading (stable or moving), or a ScaleError."""
    data = report[1:] if len(report) >= 6 and report[0] == REPORT_ID else report
    if len(data) < 5:
        raise ScaleError("error", "scale.unreadable_report", report=report.hex())
    status, unit, exponent, lsb, msb = data[:5]
    if status in _FAULTS:
        kind, code = _FAULTS[status]
        raise ScaleError(kind, code)
    if status not in (2, 3, 4):
        raise ScaleError("error", "scale.unreadable_status", status=status)
    if status == 2:
        return ScaleReading(0, stable=True)
    raw = Decimal(lsb | msb << 8).scaleb(exponent - 256 if exponent > 127 else exponent)
    if unit not in _UNITS:
        raise ScaleError("unit", "scale.unreadable_unit", unit=unit)
    return ScaleReading(to_grams(raw, _UNITS[unit]), stable=status == 4)


def first_stable(reports: Iterable[bytes]) -> ScaleReading:
    """The first stable reading of a report stream. Moving readings are passed over; a fault
    stops at once (it will not clear by itself)."""
    moving = False
    for report in reports:
        reading = parse_report(report)
        if reading.stable:
            return reading
        moving = True
    if moving:
        raise ScaleError("unstable", "scale.unstable")
    raise ScaleError("no_answer", "scale.no_weight")


def find_scales(sys_class: Path = Path("/sys/class/hidraw")) -> list[str]:
    """The /dev/hidraw* devices whose report descriptor says "Usage Page (Scales)"."""
    found = []
    for entry in sorted(sys_class.glob("hidraw*")):
        try:
            descriptor = (entry / "device" / "report_descriptor").read_bytes()
        except OSError:
            continue
        if USAGE_PAGE_SCALES in descriptor[:8]:
            found.append(f"/dev/{entry.name}")
    return found


class HidrawScale:
    """Reads reports from a hidraw device (or any readable stream of 6-byte reports)."""

    def __init__(self, path: str = "", timeout_s: float = 3.0) -> None:
        self.path, self.timeout_s = path, timeout_s

    def read(self) -> ScaleReading:
        path = self.path or next(iter(find_scales()), "")
        if not path:
            raise ScaleError("missing", "scale.no_usb_scale")
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except PermissionError:
            raise ScaleError("permission", "scale.permission", port=path) from None
        except OSError:
            raise ScaleError("missing", "scale.missing", port=path) from None
        try:
            return first_stable(self._reports(fd, path))
        finally:
            os.close(fd)

    def _reports(self, fd: int, path: str) -> Iterable[bytes]:
        deadline = time.monotonic() + self.timeout_s
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                break
            try:
                report = os.read(fd, 64)
            except BlockingIOError:
                continue
            except OSError:
                raise ScaleError("missing", "scale.unplugged", port=path) from None
            if not report:  # end of stream: the device went away
                break
            yield from _split(report)


def _split(data: bytes) -> list[bytes]:
    """hidraw gives one report per read; a pipe (tests, replays) may give several at once."""
    size = 6
    if len(data) > size and len(data) % size == 0 and data[0] == REPORT_ID:
        return [data[i:i + size] for i in range(0, len(data), size)]
    return [data]
