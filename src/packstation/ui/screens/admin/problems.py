"""The admin services' problem sentences in the admin's language.

Services say what is wrong in plain English (for logs and the CLI). Each sentence shape they
use is listed here as a template (%1, %2 … for the parts that vary); a problem that matches
one is shown through Qt's translation, its parts kept as given (a part that is itself a known
sentence is translated too). A sentence with no template stays as the service wrote it, so
nothing is ever hidden. tests/unit/test_admin_problems.py checks that every problem the
admin's imports and forms raise is covered.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.messages import Msg
from packstation.ui.errors import in_user_language

TEMPLATES: tuple[object, ...] = (
    # --- rate tables (rate_csv.py) and CSV reading (csv_rows.py) ------------------------
    QT_TRANSLATE_NOOP("Problems", "this row has %1 cells, the header only %2"),
    QT_TRANSLATE_NOOP("Problems", "quote cells that contain a comma"),
    QT_TRANSLATE_NOOP("Problems", "'%1' is not a prefecture"),
    QT_TRANSLATE_NOOP("Problems", "no prefecture"),
    QT_TRANSLATE_NOOP("Problems", "e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; "
                                  "'全国(既定)' or '*' for the default row"),
    QT_TRANSLATE_NOOP("Problems", "%1 is also in row %2"),
    QT_TRANSLATE_NOOP("Problems", "keep one row per prefecture or region"),
    QT_TRANSLATE_NOOP("Problems", "'%1' is not an amount in yen"),
    QT_TRANSLATE_NOOP("Problems", "whole yen from 0 to %1, e.g. 1980 or 1,980"),
    QT_TRANSLATE_NOOP("Problems", "type the amount itself (no formula, no minus sign): %1"),
    QT_TRANSLATE_NOOP("Problems", "no price for %1 here nor in the default row"),
    QT_TRANSLATE_NOOP("Problems", "fill in this cell or the default row's"),
    QT_TRANSLATE_NOOP("Problems", "no row for %1 and no default row (全国(既定))"),
    QT_TRANSLATE_NOOP("Problems", "add a row for %1 or its region (%2), or a row '全国(既定)' "
                                  "with the price for every prefecture without a row"),
    QT_TRANSLATE_NOOP("Problems", "the first column must be the destination prefecture"),
    QT_TRANSLATE_NOOP("Problems", "put the '都道府県' column first, then one column per size "
                                  "class"),
    QT_TRANSLATE_NOOP("Problems", "'%1' is not a size class of this service"),
    QT_TRANSLATE_NOOP("Problems", "name each column after a size class: %1"),
    QT_TRANSLATE_NOOP("Problems", "columns '%1' and '%2' are both size class %3"),
    QT_TRANSLATE_NOOP("Problems", "delete one of them"),
    QT_TRANSLATE_NOOP("Problems", "no column for size class %1"),
    QT_TRANSLATE_NOOP("Problems", "add a column '%1' with its prices"),
    QT_TRANSLATE_NOOP("Problems", "prices in a column without a size class in row 1"),
    QT_TRANSLATE_NOOP("Problems", "write the size class in row 1 or delete the column"),
    QT_TRANSLATE_NOOP("Problems", "byte %1 at byte offset %2 is neither UTF-8 nor cp932 "
                                  "(Shift_JIS)"),
    QT_TRANSLATE_NOOP("Problems", "save the file as 'CSV UTF-8' or as 'CSV (Shift_JIS)' and "
                                  "import it again"),
    QT_TRANSLATE_NOOP("Problems", "the file has no header row"),
    QT_TRANSLATE_NOOP("Problems", "the first row must name the columns"),
    QT_TRANSLATE_NOOP("Problems", "not valid CSV: %1"),
    QT_TRANSLATE_NOOP("Problems", "check the quotes in this row"),
    QT_TRANSLATE_NOOP("Problems", "%1 more problems not listed"),
    QT_TRANSLATE_NOOP("Problems", "fix the ones above and import again to see the rest"),
    QT_TRANSLATE_NOOP("Problems", "'%1' cannot be written in cp932"),
    QT_TRANSLATE_NOOP("Problems", "export as UTF-8"),
    # --- boxes, carriers, services (catalog_admin.py, catalog_forms.py) -------------------
    QT_TRANSLATE_NOOP("Problems", "%1 are not three sizes in millimetres"),
    QT_TRANSLATE_NOOP("Problems", "three whole numbers from 1 to %1"),
    QT_TRANSLATE_NOOP("Problems", "the inside %1 is larger than the outside %2 on some side"),
    QT_TRANSLATE_NOOP("Problems", "the inside fits in the outside: check both, in millimetres"),
    QT_TRANSLATE_NOOP("Problems", "%1 is out of range"),
    QT_TRANSLATE_NOOP("Problems", "a whole number from %1 to %2"),
    QT_TRANSLATE_NOOP("Problems", "no carrier '%1'"),
    QT_TRANSLATE_NOOP("Problems", "choose one of the carriers"),
    QT_TRANSLATE_NOOP("Problems", "no carrier"),
    QT_TRANSLATE_NOOP("Problems", "choose the carrier"),
    QT_TRANSLATE_NOOP("Problems", "a service needs at least one size class"),
    QT_TRANSLATE_NOOP("Problems", "add a size class"),
    QT_TRANSLATE_NOOP("Problems", "a delivery time slot is empty, too long or given twice"),
    QT_TRANSLATE_NOOP("Problems", "list each slot once, e.g. 午前中, 14-16"),
    QT_TRANSLATE_NOOP("Problems", "size class '%1' is also in row %2"),
    QT_TRANSLATE_NOOP("Problems", "give each size class its own name"),
    QT_TRANSLATE_NOOP("Problems", "%1 is not a positive limit"),
    QT_TRANSLATE_NOOP("Problems", "a whole number from 1 to %1, or empty for no limit"),
    QT_TRANSLATE_NOOP("Problems", "%1 prices are not yen for a prefecture"),
    QT_TRANSLATE_NOOP("Problems", "import the rate table as CSV"),
    QT_TRANSLATE_NOOP("Problems", "the same as surcharge %1"),
    QT_TRANSLATE_NOOP("Problems", "unknown kind"),
    QT_TRANSLATE_NOOP("Problems", "use one of: %1"),
    QT_TRANSLATE_NOOP("Problems", "%1 is not a price"),
    QT_TRANSLATE_NOOP("Problems", "whole yen from 0 to %1"),
    QT_TRANSLATE_NOOP("Problems", "'%1' is not a size class"),
    QT_TRANSLATE_NOOP("Problems", "'%1' is not a prefecture code"),
    QT_TRANSLATE_NOOP("Problems", "a JIS code from 1 to 47"),
    QT_TRANSLATE_NOOP("Problems", "no upper amount for the COD band"),
    QT_TRANSLATE_NOOP("Problems", "the largest amount it covers"),
    QT_TRANSLATE_NOOP("Problems", "cool is ticked but no size class has a cool surcharge, so no "
                                  "cool parcel could go by it"),
    QT_TRANSLATE_NOOP("Problems", "add the chilled/frozen surcharge of each class that takes "
                                  "cool parcels, or untick cool"),
    QT_TRANSLATE_NOOP("Problems", "COD is ticked but there is no COD fee band"),
    QT_TRANSLATE_NOOP("Problems", "add the COD fee bands, or untick COD"),
    QT_TRANSLATE_NOOP("Problems", "empty"),
    QT_TRANSLATE_NOOP("Problems", "fill it in"),
    QT_TRANSLATE_NOOP("Problems", "longer than %1 characters"),
    QT_TRANSLATE_NOOP("Problems", "shorten it"),
    QT_TRANSLATE_NOOP("Problems", "'%1' starts with = + - @ or holds a control character"),
    QT_TRANSLATE_NOOP("Problems", "start it with a letter or a digit (spreadsheets run such "
                                  "cells as formulas)"),
    QT_TRANSLATE_NOOP("Problems", "'%1' is not a valid limit"),
    QT_TRANSLATE_NOOP("Problems", "a whole number of millimetres from 1 to %1, or empty for "
                                  "no limit"),
    QT_TRANSLATE_NOOP("Problems", "a whole number of grams from 1 to %1, or empty for no limit"),
    QT_TRANSLATE_NOOP("Problems", "type the number itself, not a formula: %1"),
    QT_TRANSLATE_NOOP("Problems", "e.g. 沖縄県, 北海道 or 47"),
    QT_TRANSLATE_NOOP("Problems", "fill in the amount in yen"),
    # --- products' measurements (product_admin.py) ---------------------------------------
    QT_TRANSLATE_NOOP("Problems", "not filled in"),
    QT_TRANSLATE_NOOP("Problems", "measure it and type the whole number of %1: thin services "
                                  "need the real size"),
    QT_TRANSLATE_NOOP("Problems", "a whole number of %1 from 1 to %2"),
)


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"%\d", "(.+?)", re.escape(template)), re.DOTALL)


# The most specific shape first: "size class '%1' is also in row %2" before "%1 is also …".
_SHAPES = sorted(((_pattern(str(t)), str(t)) for t in TEMPLATES),
                 key=lambda shape: -len(re.sub(r"%\d", "", shape[1])))


# Templates whose %1 is itself a sentence (a fix with a prefix); any other part is data (a
# cell as typed, a name, a number) and is never translated.
_NESTED = frozenset({"type the amount itself (no formula, no minus sign): %1",
                     "type the number itself, not a formula: %1"})


def known(text: str) -> bool:
    """Whether the sentence has a template (and so a translation)."""
    return any(pattern.fullmatch(text) for pattern, _ in _SHAPES)


def translated(text: Msg | str) -> str:
    if isinstance(text, Msg):
        return in_user_language(text)
    """The sentence in the current language, or as given when its shape is not listed."""
    for pattern, template in _SHAPES:
        found = pattern.fullmatch(text)
        if found:
            out = QCoreApplication.translate("Problems", template)
            for i, part in enumerate(found.groups(), start=1):
                out = out.replace(f"%{i}", translated(part) if template in _NESTED else part)
            return out
    return text
