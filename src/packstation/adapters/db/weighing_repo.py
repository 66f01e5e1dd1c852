"""Weighing repository: what the scale check needs of an order, and where its weight is kept
(table order_weights, one row per order, created on first use)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.adapters.db.models import OrderLineRow, OrderRow, OrderWeightRow, ProductRow
from packstation.domain.weighing import UnitWeight
from packstation.services.weighing.ports import WeighInputs, WeightRecord


class SqlWeighingRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def inputs(self, order_no: str) -> WeighInputs | None:
        order = self.s.execute(select(OrderRow.id, OrderRow.status, OrderRow.service_code)
                               .where(OrderRow.order_no == order_no)).one_or_none()
        if order is None:
            return None
        lines = self.s.execute(
            select(ProductRow.sku, OrderLineRow.qty, OrderLineRow.scanned_qty,
                   ProductRow.weight_g, ProductRow.weight_tolerance_g)
            .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
            .where(OrderLineRow.order_id == order.id).order_by(OrderLineRow.line_no)).all()
        # What is in the box: the scanned units (a short-shipped line has fewer); an order
        # packed without scanning (nothing scanned at all) counts its ordered quantities.
        scanned = any(ln.scanned_qty for ln in lines)
        rows = [(ln.sku, min(ln.scanned_qty, ln.qty) if scanned else ln.qty, ln.weight_g,
                 ln.weight_tolerance_g) for ln in lines]
        units = tuple(UnitWeight(sku, qty, weight, tol) for sku, qty, weight, tol in rows
                      if weight is not None and qty > 0)
        unweighted = tuple(sorted({sku for sku, qty, weight, _ in rows
                                   if weight is None and qty > 0}))
        weight = self.s.get(OrderWeightRow, order.id)
        boxes = tuple(c for c in (weight.box_codes if weight else "").split(",") if c)
        planned = (weight.planned_service if weight else "") or order.service_code
        return WeighInputs(order_no, order.status, units, unweighted, boxes, order.service_code,
                           planned)

    def record(self, order_no: str) -> WeightRecord | None:
        order_id = self._order_id(order_no)
        if order_id is None:
            return None
        row = self.s.get(OrderWeightRow, order_id)
        if row is None:
            return WeightRecord()
        return WeightRecord(row.status, row.measured_g, row.expected_g, row.tolerance_g,
                            row.weighed_at, row.weight_class, row.planned_service)

    def save(self, order_no: str, record: WeightRecord) -> None:
        row = self._row(order_no)
        row.status, row.measured_g = record.status, record.measured_g
        row.expected_g, row.tolerance_g = record.expected_g, record.tolerance_g
        row.weighed_at, row.weight_class = record.weighed_at, record.weight_class
        row.planned_service = record.planned_service[:32]

    def set_boxes(self, order_no: str, box_codes: str) -> None:
        self._row(order_no).box_codes = box_codes[:100]

    def _order_id(self, order_no: str) -> int | None:
        return self.s.scalar(select(OrderRow.id).where(OrderRow.order_no == order_no))

    def _row(self, order_no: str) -> OrderWeightRow:
        order_id = self._order_id(order_no)
        if order_id is None:
            from packstation.domain.errors import NotFound

            raise NotFound("no such order", order_no=order_no)
        row = self.s.get(OrderWeightRow, order_id)
        if row is None:
            row = OrderWeightRow(order_id=order_id, box_codes="", status="", weight_class="",
                                 planned_service="")
            self.s.add(row)
        return row
