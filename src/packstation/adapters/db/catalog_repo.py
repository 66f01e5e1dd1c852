"""Catalog repository: boxes, carriers, services, size classes, rates, surcharges."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from packstation.adapters.db.models import (
    BoxRow,
    CarrierRow,
    RateRow,
    ServiceRow,
    SizeClassRow,
    SurchargeRow,
)
from packstation.domain.catalog import (
    BoxSpec,
    CarrierSpec,
    ServiceNames,
    ServiceSpec,
    SizeClassSpec,
    SurchargeSpec,
)


def _box(row: BoxRow) -> BoxSpec:
    return BoxSpec(row.code, row.name, (row.inner_l_mm, row.inner_w_mm, row.inner_h_mm),
                   (row.outer_l_mm, row.outer_w_mm, row.outer_h_mm), row.tare_g, row.cost_yen,
                   row.max_weight_g, row.envelope, row.active)


class SqlCatalogRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def boxes(self, active_only: bool = True) -> list[BoxSpec]:
        q = select(BoxRow).order_by(BoxRow.cost_yen, BoxRow.code)
        if active_only:
            q = q.where(BoxRow.active.is_(True))
        return [_box(r) for r in self.s.scalars(q)]

    def box(self, code: str) -> BoxSpec | None:
        row = self.s.scalar(select(BoxRow).where(BoxRow.code == code))
        return _box(row) if row is not None else None

    def save_box(self, box: BoxSpec) -> None:
        row = self.s.scalar(select(BoxRow).where(BoxRow.code == box.code)) or BoxRow(code=box.code)
        row.name = box.name
        row.inner_l_mm, row.inner_w_mm, row.inner_h_mm = box.inner_mm
        row.outer_l_mm, row.outer_w_mm, row.outer_h_mm = box.outer_mm
        row.tare_g, row.cost_yen, row.max_weight_g = box.tare_g, box.cost_yen, box.max_weight_g
        row.envelope, row.active = box.envelope, box.active
        self.s.add(row)
        self.s.flush()

    def carriers(self) -> list[CarrierSpec]:
        return [CarrierSpec(r.code, r.name)
                for r in self.s.scalars(select(CarrierRow).order_by(CarrierRow.id))]

    def save_carrier(self, carrier: CarrierSpec) -> None:
        row = self.s.scalar(select(CarrierRow).where(CarrierRow.code == carrier.code))
        row = row or CarrierRow(code=carrier.code)
        row.name = carrier.name
        self.s.add(row)
        self.s.flush()

    def services(self, active_only: bool = True) -> list[ServiceSpec]:
        q = select(ServiceRow, CarrierRow.code).join(CarrierRow).order_by(ServiceRow.id)
        if active_only:
            q = q.where(ServiceRow.active.is_(True))
        return [self._service(row, carrier) for row, carrier in self.s.execute(q)]

    def service(self, code: str) -> ServiceSpec | None:
        found = self.s.execute(select(ServiceRow, CarrierRow.code).join(CarrierRow)
                               .where(ServiceRow.code == code)).first()
        return self._service(found[0], found[1]) if found is not None else None

    def service_names(self, code: str) -> ServiceNames | None:
        found = self.s.execute(select(CarrierRow.code, CarrierRow.name, ServiceRow.name)
                               .join(CarrierRow).where(ServiceRow.code == code)).first()
        return ServiceNames(*found) if found is not None else None

    def _service(self, row: ServiceRow, carrier_code: str) -> ServiceSpec:
        classes = self.s.scalars(select(SizeClassRow).where(SizeClassRow.service_id == row.id)
                                 .order_by(SizeClassRow.sort))
        surcharges = self.s.scalars(select(SurchargeRow).where(SurchargeRow.service_id == row.id)
                                    .order_by(SurchargeRow.id))
        return ServiceSpec(
            carrier_code, row.code, row.name, tuple(self._class(c) for c in classes),
            thin=row.thin, envelope_only=row.envelope_only, cool_allowed=row.cool_allowed,
            cod_allowed=row.cod_allowed, time_slots=tuple(row.time_slots or ()),
            date_allowed=row.date_allowed,
            surcharges=tuple(SurchargeSpec(s.kind, s.price_yen, s.key, s.up_to)
                             for s in surcharges),
            active=row.active, box_codes=tuple(row.box_codes or ()),
        )

    def _class(self, row: SizeClassRow) -> SizeClassSpec:
        rows = self.s.execute(select(RateRow.prefecture_code, RateRow.price_yen)
                              .where(RateRow.size_class_id == row.id)).all()
        prices = {int(code): int(yen) for code, yen in rows}
        return SizeClassSpec(row.name, row.max_sum_mm, row.max_side_mm, row.max_thickness_mm,
                             row.max_weight_g, prices)

    def save_service(self, service: ServiceSpec) -> None:
        carrier = self.s.scalar(select(CarrierRow).where(CarrierRow.code == service.carrier_code))
        if carrier is None:
            raise KeyError(service.carrier_code)
        row = self.s.scalar(select(ServiceRow).where(ServiceRow.code == service.code))
        row = row or ServiceRow(code=service.code)
        row.carrier_id, row.name, row.thin = carrier.id, service.name, service.thin
        row.envelope_only, row.cool_allowed = service.envelope_only, service.cool_allowed
        row.cod_allowed, row.time_slots = service.cod_allowed, list(service.time_slots)
        row.date_allowed, row.active = service.date_allowed, service.active
        row.box_codes = list(service.box_codes)
        self.s.add(row)
        self.s.flush()
        self._replace_children(row.id, service)

    def _replace_children(self, service_id: int, service: ServiceSpec) -> None:
        old = select(SizeClassRow.id).where(SizeClassRow.service_id == service_id)
        self.s.execute(delete(RateRow).where(RateRow.size_class_id.in_(old)))
        self.s.execute(delete(SizeClassRow).where(SizeClassRow.service_id == service_id))
        self.s.execute(delete(SurchargeRow).where(SurchargeRow.service_id == service_id))
        for sort, c in enumerate(service.classes):
            cls = SizeClassRow(service_id=service_id, name=c.name, sort=sort,
                               max_sum_mm=c.max_sum_mm, max_side_mm=c.max_side_mm,
                               max_thickness_mm=c.max_thickness_mm, max_weight_g=c.max_weight_g)
            self.s.add(cls)
            self.s.flush()
            self.s.add_all(RateRow(size_class_id=cls.id, prefecture_code=p, price_yen=y)
                           for p, y in c.prices.items())
        self.s.add_all(SurchargeRow(service_id=service_id, kind=s.kind, key=s.key, up_to=s.up_to,
                                    price_yen=s.price_yen) for s in service.surcharges)
        self.s.flush()
