"""Bar patterns of the linear barcodes the documents print: Code 128 (order numbers) and
NW-7 / Codabar (Japanese carriers' tracking numbers). Pure: widths in modules, bar first.

Drawing the bars ourselves keeps every bar on whole modules (so on whole printer dots) and
spares the renderer reportlab's barcode package (a slow import for the first label).
Tables: ISO/IEC 15417 (Code 128), ANSI/AIM BC3-1995 (Codabar).
"""

from __future__ import annotations

# Code 128 symbol values 0…105 as six element widths (bar, space, bar, space, bar, space);
# 106 = stop (seven elements, the last a 2-module bar).
_CODE128 = (
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
)
START_B, START_C, STOP = 104, 105, 106
QUIET_MODULES = 10

# Codabar: 7 elements a character, n = narrow, w = wide (bar, space, bar, … bar).
_CODABAR = {
    "0": "nnnnnww", "1": "nnnnwwn", "2": "nnnwnnw", "3": "wwnnnnn", "4": "nnwnnwn",
    "5": "wnnnnwn", "6": "nwnnnnw", "7": "nwnnwnn", "8": "nwwnnnn", "9": "wnnwnnn",
    "-": "nnnwwnn", "$": "nnwwnnn", ":": "wnnnwnw", "/": "wnwnnnw", ".": "wnwnwnn",
    "+": "nnwnwnw", "A": "nnwwnwn", "B": "nwnwnnw", "C": "nnnwnww", "D": "nnnwwwn",
}
_GUARDS = "ABCD"


def code128(data: str) -> list[int]:
    """Element widths of `data` in Code 128: code set C for an all-digit even-length text
    (half as wide), else code set B (printable ASCII). Check symbol and stop included."""
    if not data:
        raise ValueError("nothing to encode")
    if data.isascii() and data.isdigit() and len(data) % 2 == 0:
        values = [START_C, *(int(data[i:i + 2]) for i in range(0, len(data), 2))]
    else:
        bad = [ch for ch in data if not 32 <= ord(ch) <= 126]
        if bad:
            raise ValueError(f"Code 128 (set B) cannot hold {bad[0]!r}")
        values = [START_B, *(ord(ch) - 32 for ch in data)]
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return [int(w) for v in (*values, check, STOP) for w in _CODE128[v]]


def codabar(data: str, ratio: int = 3) -> list[int]:
    """Element widths of `data` in NW-7, start and stop letters included ('A1234A'); one
    narrow space between characters."""
    if len(data) < 3 or data[0] not in _GUARDS or data[-1] not in _GUARDS:
        raise ValueError("NW-7 data must start and end with A, B, C or D")
    inner = data[1:-1]
    bad = [ch for ch in inner if ch not in _CODABAR or ch in _GUARDS]
    if bad:
        raise ValueError(f"NW-7 cannot hold {bad[0]!r}")
    widths: list[int] = []
    for n, ch in enumerate(data):
        if n:
            widths.append(1)
        widths += [ratio if e == "w" else 1 for e in _CODABAR[ch]]
    return widths


def bars(widths: list[int]) -> list[tuple[int, int]]:
    """(offset, width) of each bar, in modules: elements alternate bar, space, bar…"""
    out, x = [], 0
    for i, w in enumerate(widths):
        if i % 2 == 0:
            out.append((x, w))
        x += w
    return out
