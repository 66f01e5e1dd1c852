"""The hand-off services' problems (plain English in InputProblem) in the user's language.

Each known sentence is matched whole and rebuilt from a translatable template; the values in it
(order and tracking numbers, row numbers) are kept. A sentence not in the table is shown as it
is, so nothing is ever hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg
from packstation.domain.model import OrderStatus
from packstation.ui.errors import in_user_language
from packstation.ui.models import status_text

_CONTEXT = "CarrierProblems"
_TABLE: list[tuple[re.Pattern[str], object]] = [(re.compile(rx), text) for rx, text in (
    # problems
    (r"no order number", QT_TRANSLATE_NOOP("CarrierProblems", "no order number")),
    (r"no tracking number", QT_TRANSLATE_NOOP("CarrierProblems", "no tracking number")),
    (r"tracking number '(.*)' fails its check digit",
     QT_TRANSLATE_NOOP("CarrierProblems", "tracking number '%1' fails its check digit")),
    (r"order '(.*)' is also on row (\d+)",
     QT_TRANSLATE_NOOP("CarrierProblems", "order '%1' is also on row %2")),
    (r"tracking number '(.*)' is also on row (\d+) \(order (.*)\)",
     QT_TRANSLATE_NOOP("CarrierProblems", "tracking number '%1' is also on row %2 (order %3)")),
    (r"no order '(.*)'", QT_TRANSLATE_NOOP("CarrierProblems", "no order '%1'")),
    (r"tracking number '(.*)' already belongs to order (.*)",
     QT_TRANSLATE_NOOP("CarrierProblems", "tracking number '%1' already belongs to order %2")),
    (r"order (.*) was shipped with tracking number (.*)",
     QT_TRANSLATE_NOOP("CarrierProblems", "order %1 was shipped with tracking number %2")),
    (r"order (.*) is (\w+), not packed",
     QT_TRANSLATE_NOOP("CarrierProblems", "order %1 is %2, not packed")),
    (r"order (.*) was exported for (\w+), not (\w+)",
     QT_TRANSLATE_NOOP("CarrierProblems", "order %1 was exported for %2, not %3")),
    (r"column not found in the header row",
     QT_TRANSLATE_NOOP("CarrierProblems", "column not found in the header row")),
    (r"the file is neither cp932 \(Shift_JIS\) nor UTF-8 text",
     QT_TRANSLATE_NOOP("CarrierProblems", "the file is neither cp932 (Shift_JIS) nor UTF-8 text")),
    (r"order number '(.*)' does not fit the carrier's field \((\w+)\)",
     QT_TRANSLATE_NOOP("CarrierProblems", "order number '%1' does not fit the carrier's field (%2)")),  # noqa: E501
    # the admin's layout (check_preset, save_preset)
    (r"the layout has no columns", QT_TRANSLATE_NOOP("CarrierProblems", "the layout has no columns")),  # noqa: E501
    (r"empty column name", QT_TRANSLATE_NOOP("CarrierProblems", "empty column name")),
    (r"'(.*)' appears twice", QT_TRANSLATE_NOOP("CarrierProblems", "'%1' appears twice")),
    (r"has characters cp932 cannot hold", QT_TRANSLATE_NOOP("CarrierProblems", "has characters cp932 cannot hold")),  # noqa: E501
    (r"unknown source '(.*)'", QT_TRANSLATE_NOOP("CarrierProblems", "unknown source '%1'")),
    (r"negative length", QT_TRANSLATE_NOOP("CarrierProblems", "negative length")),
    (r"unknown width '(.*)'", QT_TRANSLATE_NOOP("CarrierProblems", "unknown width '%1'")),
    (r"not set", QT_TRANSLATE_NOOP("CarrierProblems", "not set")),
    (r"no account name", QT_TRANSLATE_NOOP("CarrierProblems", "no account name")),
    (r"tracking order column", QT_TRANSLATE_NOOP("CarrierProblems", "tracking order column")),
    (r"tracking number column", QT_TRANSLATE_NOOP("CarrierProblems", "tracking number column")),
    (r"account", QT_TRANSLATE_NOOP("CarrierProblems", "account")),
    (r"header", QT_TRANSLATE_NOOP("CarrierProblems", "header")),
    (r"add columns", QT_TRANSLATE_NOOP("CarrierProblems", "add columns")),
    (r"name the column", QT_TRANSLATE_NOOP("CarrierProblems", "name the column")),
    (r"give each column its own name", QT_TRANSLATE_NOOP("CarrierProblems", "give each column its own name")),  # noqa: E501
    (r"use characters from the carrier's character set", QT_TRANSLATE_NOOP("CarrierProblems", "use characters from the carrier's character set")),  # noqa: E501
    (r"choose one of: (.*)", QT_TRANSLATE_NOOP("CarrierProblems", "choose one of: %1")),
    (r"enter 0 \(no limit\) or the carrier's length in bytes", QT_TRANSLATE_NOOP("CarrierProblems", "enter 0 (no limit) or the carrier's length in bytes")),  # noqa: E501
    (r"choose full, half or leave empty", QT_TRANSLATE_NOOP("CarrierProblems", "choose full, half or leave empty")),  # noqa: E501
    (r"name the column of the carrier's issued-data CSV \(or #n for the n-th column\)", QT_TRANSLATE_NOOP("CarrierProblems", "name the column of the carrier's issued-data CSV (or #n for the n-th column)")),  # noqa: E501
    (r"name the account", QT_TRANSLATE_NOOP("CarrierProblems", "name the account")),
    # what to do
    (r"fill in the order number the export wrote, or delete the row",
     QT_TRANSLATE_NOOP("CarrierProblems", "fill in the order number the export wrote, or delete the row")),  # noqa: E501
    (r"issue the label in the carrier software first, or delete the row",
     QT_TRANSLATE_NOOP("CarrierProblems", "issue the label in the carrier software first, or delete the row")),  # noqa: E501
    (r"correct the number from the printed label",
     QT_TRANSLATE_NOOP("CarrierProblems", "correct the number from the printed label")),
    (r"keep one row per order \(one label per order\)",
     QT_TRANSLATE_NOOP("CarrierProblems", "keep one row per order (one label per order)")),
    (r"each label has its own number: correct the number or the order on one of the rows",
     QT_TRANSLATE_NOOP("CarrierProblems", "each label has its own number: correct the number or the order on one of the rows")),  # noqa: E501
    (r"check the order number; import the order first if it is missing",
     QT_TRANSLATE_NOOP("CarrierProblems", "check the order number; import the order first if it is missing")),  # noqa: E501
    (r"delete the row, or correct the number",
     QT_TRANSLATE_NOOP("CarrierProblems", "delete the row, or correct the number")),
    (r"pack the order before attaching its tracking number",
     QT_TRANSLATE_NOOP("CarrierProblems", "pack the order before attaching its tracking number")),
    (r"import this file as (\w+), or export the order again for (\w+)",
     QT_TRANSLATE_NOOP("CarrierProblems", "import this file as %1, or export the order again for %2")),  # noqa: E501
    (r"export the issued data with this column, or change the column name in the carrier "
     r"layout", QT_TRANSLATE_NOOP("CarrierProblems", "export the issued data with this column, or change the column name in the carrier layout")),  # noqa: E501
    (r"export the issued data from the carrier software again as CSV",
     QT_TRANSLATE_NOOP("CarrierProblems", "export the issued data from the carrier software again as CSV")),  # noqa: E501
    (r"shorten the order number, or raise the column's length in the carrier layout",
     QT_TRANSLATE_NOOP("CarrierProblems", "shorten the order number, or raise the column's length in the carrier layout")),  # noqa: E501
)]
_LINE = QT_TRANSLATE_NOOP("CarrierProblems", "%1, row %2, column '%3': %4 (%5)")
_FILE_LINE = QT_TRANSLATE_NOOP("CarrierProblems", "%1: %2 (%3)")
_FIELD_LINE = QT_TRANSLATE_NOOP("CarrierProblems", "%1, '%2': %3 (%4)")


_STATUSES = {"open", "packing", "on_hold", "packed", "shipped", "cancelled"}


def _t(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def sentence(text: Msg | str) -> str:
    if isinstance(text, Msg):
        return in_user_language(text)
    for pattern, template in _TABLE:
        found = pattern.fullmatch(text)
        if found:
            out = _t(template)
            for n, value in enumerate(found.groups(), start=1):
                shown = status_text(OrderStatus(value)) if value in _STATUSES else value
                out = out.replace(f"%{n}", shown)
            return out
    return text


def line(problem: InputProblem, source: str) -> str:
    column = sentence(problem.column or "")
    what, fix = sentence(problem.problem), sentence(problem.fix)
    if problem.row is None and not column:
        return _t(_FILE_LINE).replace("%1", source).replace("%2", what).replace("%3", fix)
    if problem.row is None:
        return (_t(_FIELD_LINE).replace("%1", source).replace("%2", column)
                .replace("%3", what).replace("%4", fix))
    return (_t(_LINE).replace("%1", source).replace("%2", str(problem.row))
            .replace("%3", column).replace("%4", what).replace("%5", fix))


def describe_problems(error: BadInput) -> str:
    return "\n".join(line(p, error.source) for p in error.problems)
