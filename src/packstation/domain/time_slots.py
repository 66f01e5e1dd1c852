"""Delivery time slots (配達時間帯): which carrier delivers which, and each carrier's code.

An order keeps the slot as the customer asked for it ("18-21" stays 18-21, never rounded to a
neighbour); the services that cannot deliver it are left out of the proposal. Sources and dates
of every slot and code: docs/carrier-handoff.md ("Time slots").
"""

from __future__ import annotations

import re
import unicodedata

MORNING = "午前中"

# The slots each carrier's home-delivery service offers (2026).
CARRIER_SLOTS: dict[str, tuple[str, ...]] = {
    "yamato": (MORNING, "14-16", "16-18", "18-20", "19-21"),
    "japanpost": (MORNING, "12-14", "14-16", "16-18", "18-20", "19-21"),
    "sagawa": (MORNING, "12-14", "14-16", "16-18", "18-20", "18-21", "19-21"),
}

# Every slot some carrier delivers, in the order of the day ("" = none asked for).
ALL_SLOTS: tuple[str, ...] = ("", MORNING, "12-14", "14-16", "16-18", "18-20", "18-21", "19-21")

# The code each carrier's label software takes (the `time_slot` codes of the built-in layouts).
B2_CODES = {MORNING: "0812", "14-16": "1416", "16-18": "1618", "18-20": "1820",
            "19-21": "1921"}
EHIDEN_CODES = {MORNING: "01", "12-14": "12", "14-16": "14", "16-18": "16", "18-20": "18",
                "18-21": "04", "19-21": "19"}
YUPRINT_CODES = {"": "00", MORNING: "51", "12-14": "52", "14-16": "53", "16-18": "54",
                 "18-20": "55", "19-21": "57"}

# Other ways shops and malls write the morning slot, and "none asked for".
_WORDS = {"午前": MORNING, "am": MORNING, "8-12": MORNING, "指定なし": "", "なし": "",
          "希望なし": "", "指定しない": "", "-": ""}
_DASH = re.compile(r"[~〜～\-−ー‐–—]")
_RANGE = re.compile(r"(\d{1,2})-(\d{1,2})")


def _carrier_spellings() -> dict[str, str]:
    """The carriers' own codes never clash: B2 four digits, e飛伝 0x/1x, ゆうプリR 5x."""
    found: dict[str, str] = {}
    for table in (B2_CODES, EHIDEN_CODES, YUPRINT_CODES):
        for slot, code in table.items():
            found[code] = slot
    return found


_CODES = _carrier_spellings()


def parse_slot(raw: str) -> str | None:
    """The slot a cell means ("" = none asked for), or None when it is not a slot.

    Takes the words (午前中, 14時～16時, 14時頃～16時頃, 14:00-16:00, 18-21) and the codes of
    B2クラウド (1416), e飛伝 (04 = 18-21) and ゆうプリR (52 = 12-14)."""
    text = unicodedata.normalize("NFKC", raw).strip().casefold()
    if text in _CODES:
        return _CODES[text]
    key = _DASH.sub("-", text)
    for noise in ("時頃", "頃", "時", ":00", " ", "(", ")"):
        key = key.replace(noise, "")
    if key in _WORDS:
        return _WORDS[key]
    if key == MORNING or key.startswith(MORNING):  # 午前中(8時～12時)
        return MORNING
    match = _RANGE.fullmatch(key)
    if match is None:
        return None
    start, end = (int(g) for g in match.groups())
    slot = f"{start}-{end}"
    if slot == "8-12":
        return MORNING
    return slot if slot in ALL_SLOTS else None


def carriers_for(slot: str) -> tuple[str, ...]:
    """The carriers that deliver in this slot (every one when none is asked for)."""
    return tuple(c for c, slots in CARRIER_SLOTS.items() if not slot or slot in slots)
