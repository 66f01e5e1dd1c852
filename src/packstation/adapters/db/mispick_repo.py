"""Mis-pick repository: the lead's review of refused scans (filters, look-alike pairs, counts).

Refused scans are near-misses, a few per packer per hour at most: the filters run on the
indexed columns (created_at, user_id, verdict) and the rest is read in one pass.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, func, literal, or_, select, update
from sqlalchemy.orm import Session, aliased

from packstation.adapters.db.models import MisPickRow, OrderRow, StationRow, UserRow
from packstation.domain.lookalike import lookalike_of, split_skus
from packstation.domain.verdicts import Verdict
from packstation.services.review.dto import (
    LookalikePair,
    MisPickFilter,
    MisPickView,
    PackerHourCount,
)

_Packer = aliased(UserRow, name="packer")
_Reviewer = aliased(UserRow, name="reviewer")


def _conditions(f: MisPickFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.since is not None:
        where.append(MisPickRow.created_at >= f.since)
    if f.until is not None:
        where.append(MisPickRow.created_at < f.until)
    if f.user_id is not None:
        where.append(MisPickRow.user_id == f.user_id)
    if f.verdict:
        where.append(MisPickRow.verdict == f.verdict)
    if f.reviewed is not None:
        where.append(MisPickRow.reviewed_at.is_not(None) if f.reviewed
                     else MisPickRow.reviewed_at.is_(None))
    sku = f.sku.strip().upper()
    if sku:
        # A SKU (or its beginning) that was scanned, or any SKU of the expected comma list.
        # autoescape: "_" and "%" are ordinary characters in SKUs, not wildcards.
        expected = literal(",") + func.upper(MisPickRow.expected_skus)
        where.append(or_(func.upper(MisPickRow.scanned_sku).startswith(sku, autoescape=True),
                         expected.contains("," + sku, autoescape=True)))
    return where


class SqlMisPickRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def search(self, f: MisPickFilter) -> list[MisPickView]:
        q = (
            select(MisPickRow, StationRow.name, _Packer.display_name, OrderRow.order_no,
                   _Reviewer.display_name)
            .join(StationRow, StationRow.id == MisPickRow.station_id)
            .outerjoin(_Packer, _Packer.id == MisPickRow.user_id)
            .outerjoin(OrderRow, OrderRow.id == MisPickRow.order_id)
            .outerjoin(_Reviewer, _Reviewer.id == MisPickRow.reviewed_by)
            .where(*_conditions(f))
            .order_by(MisPickRow.created_at.desc(), MisPickRow.id.desc()))
        if f.limit is not None:
            q = q.limit(f.limit)
        return [MisPickView(m.id, m.created_at, station, m.user_id, packer or "", order_no or "",
                            m.expected_skus, m.scanned_code, m.scanned_sku, Verdict(m.verdict),
                            m.resolution, reviewer or "", m.reviewed_at, m.review_comment)
                for m, station, packer, order_no, reviewer in self.s.execute(q)]

    def lookalike_pairs(self, f: MisPickFilter, top: int = 10) -> list[LookalikePair]:
        if f.verdict and f.verdict != Verdict.WRONG_ITEM.value:
            return []
        q = (select(MisPickRow.expected_skus, MisPickRow.scanned_sku, func.count())
             .where(*_conditions(f), MisPickRow.verdict == Verdict.WRONG_ITEM.value,
                    MisPickRow.scanned_sku != "", MisPickRow.expected_skus != "")
             .group_by(MisPickRow.expected_skus, MisPickRow.scanned_sku))
        pairs: Counter[tuple[str, str]] = Counter()
        for expected, scanned, n in self.s.execute(q):
            meant = lookalike_of(scanned, split_skus(expected))
            if meant is not None:
                pairs[(meant, scanned)] += int(n)
        ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
        return [LookalikePair(exp, got, n) for (exp, got), n in ranked[:top]]

    def counts_by_packer_hour(self, f: MisPickFilter,
                              utc_offset_hours: int = 9) -> list[PackerHourCount]:
        hour = self._local_hour(utc_offset_hours)
        q = (select(MisPickRow.user_id, _Packer.display_name, hour, func.count())
             .outerjoin(_Packer, _Packer.id == MisPickRow.user_id)
             .where(*_conditions(f))
             .group_by(MisPickRow.user_id, _Packer.display_name, hour))
        rows = [PackerHourCount(uid, name or "", int(h), int(n))
                for uid, name, h, n in self.s.execute(q)]
        return sorted(rows, key=lambda r: (r.packer, r.user_id or 0, r.hour))

    def _local_hour(self, offset: int) -> ColumnElement[Any]:
        """Hour of the day at the offset, computed by the database (both dialects)."""
        bind = self.s.get_bind()
        if bind.dialect.name == "postgresql":
            local = func.timezone("UTC", MisPickRow.created_at) + dt.timedelta(hours=offset)
            return cast(func.extract("hour", local), Integer)
        # SQLite keeps the UTC time as text; strftime shifts it by the offset.
        return cast(func.strftime("%H", MisPickRow.created_at, f"{offset:+d} hours"), Integer)

    def mark_reviewed(self, ids: Sequence[int], reviewer_id: int, comment: str,
                      at: dt.datetime) -> int:
        result = self.s.execute(
            update(MisPickRow).where(MisPickRow.id.in_(list(ids)))
            .values(reviewed_by=reviewer_id, reviewed_at=at, review_comment=comment))
        return int(result.rowcount)  # type: ignore[attr-defined]
