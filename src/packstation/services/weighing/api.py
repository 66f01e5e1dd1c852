"""The scale check as the GUI sees it (implementation: weigh.py). The scale itself is an
adapter: bootstrap binds the factory that opens it."""

from __future__ import annotations

from packstation.domain.weighing import ScaleReading, ToleranceRule
from packstation.services import auth
from packstation.services.packing.api import Packer
from packstation.services.ports import Clock, PinHasher, PostalDirectory, UnitOfWorkFactory
from packstation.services.weighing import weigh
from packstation.services.weighing.ports import ScaleFactory
from packstation.services.weighing.weigh import WeighResult, WeightBlock


class Weighing:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, hasher: PinHasher,
                 scales: ScaleFactory, postal: PostalDirectory | None = None) -> None:
        self._uow, self._clock, self._hasher, self._scales = uow, clock, hasher, scales
        self._postal = postal  # 離島: a re-priced parcel pays the island fee as proposed

    def weigher(self, packer: Packer) -> weigh.Weigher:
        cfg = packer.settings
        rule = ToleranceRule(getattr(cfg, "weight_tolerance_pct", 5),
                             getattr(cfg, "weight_tolerance_min_g", 20))
        return weigh.Weigher(self._uow, self._clock, rule, packer.user_id, self._postal)

    def read_scale(self, kind: str, port: str, baud: int) -> ScaleReading:
        """One reading (blocks up to the scale's timeout: call it off the UI thread)."""
        return self._scales(kind, port, baud).read()

    def expectation(self, packer: Packer, order_no: str) -> WeighResult:
        return weigh.expectation(self.weigher(packer), order_no)

    def weigh(self, packer: Packer, order_no: str, reading: ScaleReading) -> WeighResult:
        return weigh.weigh(self.weigher(packer), order_no, reading)

    def override(self, packer: Packer, order_no: str, lead_badge: str, lead_pin: str, *,
                 reason_code: str, comment: str = "") -> WeighResult:
        """The lead's badge and PIN are checked, then the mismatched box may go."""
        lead = auth.approve_as_lead(self._uow, self._hasher, self._clock, lead_badge, lead_pin)
        return weigh.override(self.weigher(packer), order_no, lead.user_id, reason_code,
                              comment)

    def label_refusal(self, order_no: str) -> WeightBlock | None:
        return weigh.label_refusal(self._uow, order_no)
