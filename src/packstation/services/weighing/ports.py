"""Ports of weighing: the scale and what the weighing repository stores."""


from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from packstation.domain.weighing import (
    ScaleReading,
    UnitWeight,
)


class Scale(Protocol):
    def read(self) -> ScaleReading:
        """A stable weight, or ScaleError saying why not (missing, silent, unstable…)."""
        ...


ScaleFactory = Callable[[str, str, int], Scale]  # (kind, port, baud) → scale


# --- what the repository gives and keeps ---------------------------------------------------


@dataclass(frozen=True)
class WeighInputs:
    order_no: str
    status: str
    units: tuple[UnitWeight, ...]  # lines whose product has a registered weight
    unweighted: tuple[str, ...]  # SKUs without a registered weight
    box_codes: tuple[str, ...]  # the accepted proposal's boxes ("" = none accepted)
    service_code: str  # the service(s) on the order now, comma-separated
    planned_service: str = ""  # what the packer chose before any re-choice by weight ("*": none)


@dataclass(frozen=True)
class WeightRecord:
    """What the order keeps of its weighing."""

    status: str = ""  # "" not weighed / ok / mismatch / overridden / unchecked
    measured_g: int | None = None
    expected_g: int | None = None
    tolerance_g: int | None = None
    weighed_at: datetime | None = None
    weight_class: str = ""  # "service class" charged at the measured weight
    planned_service: str = ""  # the service chosen before weighing (kept across re-weighs)


class WeighingRepository(Protocol):
    def inputs(self, order_no: str) -> WeighInputs | None: ...

    def record(self, order_no: str) -> WeightRecord | None: ...

    def save(self, order_no: str, record: WeightRecord) -> None: ...

    def set_boxes(self, order_no: str, box_codes: str) -> None:
        """The boxes of the accepted proposal, comma-separated."""
        ...


# --- results -------------------------------------------------------------------------------
