"""Which printer back-ends and scale kinds each OS offers (domain/platforms.py)."""

from __future__ import annotations

import sys

import pytest

from packstation.domain import platforms
from packstation.domain.printing import BACKENDS
from packstation.services.weighing.weigh import SCALE_KINDS


def test_windows_prints_raw_through_the_spooler_and_linux_through_cups() -> None:
    assert platforms.printer_backends("win32") == ("system", "winraw", "tcp")
    assert platforms.printer_backends("linux") == ("system", "cups", "tcp")


@pytest.mark.parametrize("platform", ["win32", "linux", "darwin"])
def test_every_offered_backend_and_scale_kind_is_a_known_one(platform: str) -> None:
    assert set(platforms.printer_backends(platform)) <= set(BACKENDS)
    assert set(platforms.scale_kinds(platform)) <= set(SCALE_KINDS)


def test_hid_scales_are_offered_on_linux_only() -> None:
    assert platforms.scale_kinds("linux") == ("none", "mtsics", "hid")
    assert platforms.scale_kinds("win32") == ("none", "mtsics")
    assert platforms.hid_unsupported_reason("linux") is None
    reason = platforms.hid_unsupported_reason("win32")
    assert reason is not None and "serial (COM) port" in str(reason)


def test_serial_port_examples_use_the_os_names() -> None:
    assert platforms.serial_port_example("win32") == "COM3"
    assert platforms.serial_port_example("linux") == "/dev/ttyUSB0"


def test_a_hid_scale_on_windows_is_a_clear_not_on_this_os_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from packstation.adapters.scales import open_scale
    from packstation.domain.weighing import ScaleError

    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(ScaleError) as refused:
        open_scale("hid", "")
    assert refused.value.kind == "unsupported"
    assert "win32 does not have" in str(refused.value)


def test_the_station_name_defaults_to_the_pc_name_on_any_os(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import platform

    from packstation.config import Config

    monkeypatch.delenv("PACKSTATION_STATION", raising=False)
    monkeypatch.setattr(platform, "node", lambda: "PACK-PC-07")
    assert Config.from_env("sqlite:///x.db").station_name == "PACK-PC-07"
