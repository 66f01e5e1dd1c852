"""The packing feature as the GUI and the CLI see it: its dependencies bound once by the
composition root, each method one user action (one transaction) with only the user's
arguments. The module functions in bench.py / camera.py stay the implementation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from packstation.services import auth
from packstation.services.dto import SessionUser
from packstation.services.packing import bench, camera, sorting
from packstation.services.packing.dto import ScanResult, SortResult
from packstation.services.packing.ports import BarcodeDecoder, EvidenceRecorder, FrameSource
from packstation.services.ports import Clock, PinHasher, UnitOfWorkFactory
from packstation.services.settings import Settings
from packstation.services.sync.loop import ServerLink


@dataclass(frozen=True)
class Packer:
    """Who works at the bench, under which station settings (both as the GUI holds them)."""

    user: SessionUser | None = None
    settings: Settings | None = None

    @property
    def user_id(self) -> int | None:
        return self.user.user_id if self.user else None


@dataclass(frozen=True)
class OverrideRequest:
    """What the lead approves at the bench (bench.OVERRIDE_ACTIONS / bench.REASON_CODES)."""

    action: str
    reason_code: str
    comment: str = ""
    line_no: int | None = None  # qty_change
    new_qty: int | None = None  # qty_change


class Packing:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, hasher: PinHasher, station: str,
                 link: ServerLink | None = None) -> None:
        self._uow, self._clock, self._hasher = uow, clock, hasher
        self._station, self._link = station, link

    def bench(self, packer: Packer) -> bench.Bench:
        cfg = packer.settings
        return bench.Bench(self._uow, self._clock, self._station, packer.user_id,
                           gs_substitute=cfg.gs_substitute if cfg else "",
                           allow_typed=cfg.allow_typed_codes if cfg else False,
                           link=self._link)

    def open_order(self, packer: Packer, raw: str) -> ScanResult:
        return bench.open_order(self.bench(packer), raw)

    def resume(self, packer: Packer) -> ScanResult | None:
        return bench.resume(self.bench(packer))

    def scan(self, packer: Packer, order_no: str | None, raw: str, *, typed: bool = False,
             keyed_count: int | None = None) -> ScanResult:
        return bench.scan(self.bench(packer), order_no, raw, typed=typed,
                          keyed_count=keyed_count)

    def scan_label(self, packer: Packer, order_no: str, raw: str) -> ScanResult:
        return bench.scan_label(self.bench(packer), order_no, raw)

    def undo_last(self, packer: Packer, order_no: str) -> ScanResult:
        return bench.undo_last(self.bench(packer), order_no)

    def complete(self, packer: Packer, order_no: str) -> ScanResult:
        return bench.complete(self.bench(packer), order_no)

    def hold(self, packer: Packer, order_no: str, reason: str) -> ScanResult:
        return bench.hold(self.bench(packer), order_no, reason)

    def hold_and_open(self, packer: Packer, order_no: str, other_raw: str,
                      reason: str) -> ScanResult:
        """Another order's pick list was scanned (OTHER_ORDER): hold this one, open that."""
        return bench.hold_and_open(self.bench(packer), order_no, other_raw, reason)

    def acknowledge(self, packer: Packer, order_no: str | None, code: str, *,
                    typed: bool = False) -> ScanResult:
        """A handling confirmation (ACK-COOL / ACK-GIFT / ACK-ENCL), scanned or keyed."""
        return bench.acknowledge(self.bench(packer), order_no, code, typed=typed)

    # -- sorting a batch (種まき, issue 20) -----------------------------------------------------
    @staticmethod
    def is_batch(raw: str) -> bool:
        """A batch list's barcode (B-0001), not an order's."""
        return sorting.is_batch(raw)

    def open_batch(self, packer: Packer, raw: str) -> SortResult:
        return sorting.open_batch(self.bench(packer), raw)

    def finish_batch(self, packer: Packer, batch_no: str) -> SortResult:
        """End the sort with what came: short orders held or freed (欠品), reported."""
        return sorting.finish_batch(self.bench(packer), batch_no)

    def resume_batch(self, packer: Packer) -> SortResult | None:
        return sorting.resume(self.bench(packer))

    def sort_scan(self, packer: Packer, batch_no: str, raw: str, *,
                  typed: bool = False) -> SortResult:
        return sorting.sort_scan(self.bench(packer), batch_no, raw, typed=typed)

    def override(self, packer: Packer, order_no: str, lead_badge: str, lead_pin: str,
                 request: OverrideRequest) -> ScanResult:
        """The lead's badge and PIN are checked, then what they approved is applied."""
        lead = auth.approve_as_lead(self._uow, self._hasher, self._clock, lead_badge, lead_pin)
        override = bench.Override(request.action, request.reason_code, lead.user_id,
                                  request.comment, request.line_no, request.new_qty)
        return bench.apply_override(self.bench(packer), order_no, override)


@dataclass(frozen=True)
class Camera:
    """The camera scanner: the device, the decoder and the evidence video come from adapters
    (bootstrap binds them); a test passes fakes with dataclasses.replace."""

    uow: UnitOfWorkFactory
    open: Callable[[str], FrameSource]  # device ('0', /dev/video2, a URL) → frames
    decoder: Callable[[], BarcodeDecoder]
    evidence: Callable[[int], EvidenceRecorder]  # keep_days → the recorder

    def order_codes(self, order_no: str) -> tuple[str, ...]:
        return camera.order_codes(self.uow, order_no)
