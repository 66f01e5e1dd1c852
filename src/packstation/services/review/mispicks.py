"""The shift lead's mis-pick review: every refused scan, filtered, summarised, reviewed, exported.

Refused scans are near-misses (caught at the station), not mis-shipments: they are counted by
reason, by packer and hour, and by look-alike SKU pair, the top cause (domain-facts §2).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Literal

from packstation.domain.errors import BadInput, InputProblem, NotFound, PermissionDenied
from packstation.domain.model import Role
from packstation.domain.verdicts import Verdict
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWorkFactory
from packstation.services.review.dto import (
    CsvExport,
    CsvSubstitution,
    LookalikePair,
    MisPickFilter,
    MisPickView,
    PackerHourCount,
)

JST = timezone(timedelta(hours=9), "JST")  # the lead's day and hours are Japanese ones
REFUSED_VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict if v.refused)
COMMENT_MAX = 500  # the column's size: longer is refused, never cut silently

# The CSV is read by people and other systems that do not know our codes: the reason in the
# warehouse's words too (domain-facts §2).
VERDICT_JA = {
    "WRONG_ITEM": "商品違い", "UNKNOWN_CODE": "未登録バーコード", "BAD_CHECK_DIGIT": "読取エラー",
    "OVER_QUANTITY": "数量超過", "DUPLICATE_SERIAL": "シリアル重複",
    "SERIAL_REQUIRED": "シリアル未読取", "EXPIRED": "期限切れ", "NO_OPEN_ORDER": "受注未開始",
    "LABEL_MISMATCH": "送り状違い", "TYPING_NOT_ALLOWED": "手入力不可", "SHORT": "数量不足",
}

Encoding = Literal["utf-8", "cp932"]


# --- days and times in Japan -----------------------------------------------------------------

def jst_today(clock: Clock) -> date:
    return clock.now().astimezone(JST).date()


def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """Japanese calendar days first..last (inclusive) as a UTC [since, until) range."""
    since = datetime.combine(first, time(), JST).astimezone(UTC)
    until = datetime.combine(last + timedelta(days=1), time(), JST).astimezone(UTC)
    return since, until


def jst_text(at: datetime | None) -> str:
    return at.astimezone(JST).strftime("%Y-%m-%d %H:%M:%S") if at else ""


# --- queries ---------------------------------------------------------------------------------

def search(uow: UnitOfWorkFactory, filters: MisPickFilter) -> list[MisPickView]:
    with uow() as tx:
        return tx.mispicks.search(filters)


def lookalike_pairs(uow: UnitOfWorkFactory, filters: MisPickFilter,
                    top: int = 10) -> list[LookalikePair]:
    """Expected X, scanned Y: the pairs to separate on the shelf or relabel, most frequent
    first."""
    with uow() as tx:
        return tx.mispicks.lookalike_pairs(filters, top)


def counts_by_packer_hour(uow: UnitOfWorkFactory,
                          filters: MisPickFilter) -> list[PackerHourCount]:
    """Refused scans per packer and hour of the day in Japan (0-23)."""
    with uow() as tx:
        return tx.mispicks.counts_by_packer_hour(filters, utc_offset_hours=9)


# --- review ----------------------------------------------------------------------------------

def mark_reviewed(uow: UnitOfWorkFactory, actor: SessionUser, ids: Sequence[int],
                  comment: str, clock: Clock) -> int:
    """The lead (or an admin) has looked at these records. Logged in the audit trail."""
    if not Role(actor.role).can(Role.LEAD):
        raise PermissionDenied("only a shift lead or an admin reviews mis-picks")
    wanted = sorted(set(ids))
    comment = comment.strip()
    if not wanted:
        raise BadInput([InputProblem(None, "records", "no record chosen", "select rows first")])
    if len(comment) > COMMENT_MAX:
        raise BadInput([InputProblem(None, "comment", f"longer than {COMMENT_MAX} characters",
                                     "shorten the comment")])
    now = clock.now()
    with uow() as tx:
        found = tx.mispicks.mark_reviewed(wanted, actor.user_id, comment, now)
        if found != len(wanted):
            raise NotFound("mis-pick record not found", ids=wanted)  # rolled back
        tx.audit.record("mispicks_reviewed", user_id=actor.user_id, at=now,
                        target=f"{found} mis-pick(s)",
                        detail={"ids": list(wanted), "comment": comment})
        tx.commit()
    return found


# --- CSV export ------------------------------------------------------------------------------

_HEADER = (("No.", "ID"), ("日時", "Time (JST)"), ("梱包台", "Station"), ("作業者", "Packer"),
           ("受注番号", "Order no."), ("期待商品", "Expected SKUs"),
           ("スキャン内容", "Scanned code"), ("スキャン商品", "Scanned SKU"),
           ("理由", "Reason"), ("対応", "Resolution"),
           ("確認者", "Reviewed by"), ("確認日時", "Reviewed at (JST)"),
           ("確認コメント", "Review comment"))
HEADER = tuple(f"{ja}/{en}" for ja, en in _HEADER)

# Characters a spreadsheet would run as a formula (or a DDE command) when they start a cell.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Unicode characters cp932 lacks but has an identical-looking twin for; written as the twin
# (and still reported), so "¥" stays a yen sign rather than becoming "?".
_CP932_TWINS = {"\u00a5": "\uffe5", "\u2014": "\u2015", "\u203e": "\uffe3", "\u00a0": " ",
                "\u2013": "\uff0d"}


def export_csv(uow: UnitOfWorkFactory, filters: MisPickFilter,
               encoding: Encoding) -> CsvExport:
    """Every record the filters select (no row limit) as CSV: CRLF, times in JST, formula-like
    cells neutralised. cp932: characters it cannot hold are replaced and listed."""
    if encoding not in ("utf-8", "cp932"):
        raise BadInput([InputProblem(None, "encoding", f"unknown encoding {encoding!r}",
                                     "choose utf-8 or cp932")])
    views = search(uow, replace(filters, limit=None))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    substitutions: list[CsvSubstitution] = []
    for row_no, view in enumerate(views, start=2):
        cells = [_neutralise(text) for text in _cells(view)]
        if encoding == "cp932":
            cells = [_fit_cp932(text, row_no, HEADER[i], substitutions)
                     for i, text in enumerate(cells)]
        writer.writerow(cells)
    text = buffer.getvalue()
    # UTF-8 with a BOM: without it Excel reads the file as cp932 and shows mojibake.
    data = text.encode("utf-8-sig") if encoding == "utf-8" else text.encode("cp932")
    return CsvExport(data, tuple(substitutions), len(views))


def _cells(v: MisPickView) -> list[str]:
    reason = f"{VERDICT_JA[v.verdict]} ({v.verdict})" if v.verdict in VERDICT_JA else v.verdict
    return [str(v.id), jst_text(v.at), v.station, v.packer, v.order_no, v.expected_skus,
            v.scanned_code, v.scanned_sku, reason, v.resolution, v.reviewed_by,
            jst_text(v.reviewed_at), v.review_comment]


def _neutralise(text: str) -> str:
    """A cell a spreadsheet would evaluate is written as text (a leading single quote)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _fit_cp932(text: str, row: int, column: str, out: list[CsvSubstitution]) -> str:
    try:
        text.encode("cp932")
        return text
    except UnicodeEncodeError:
        pass
    fitted = []
    for ch in text:
        try:
            ch.encode("cp932")
            fitted.append(ch)
        except UnicodeEncodeError:
            twin = _CP932_TWINS.get(ch, "?")
            out.append(CsvSubstitution(row, column, ch, twin))
            fitted.append(twin)
    return "".join(fitted)
