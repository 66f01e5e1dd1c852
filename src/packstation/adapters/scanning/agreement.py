"""When a decoder's text is accepted: the rules that keep a wrong text out.

- 2D codes (QR, DataMatrix) carry Reed-Solomon error correction: one decoder's read is
  enough. zxing-cpp's text is preferred. zbar guesses the character set of bytes without an
  ECI: it reads Shift_JIS half-width kana as Big5 hanzi ('ﾃﾞｻﾞｲﾝ' → '蹬靼翌'), so a zbar text
  is taken only when it is ASCII, or Japanese that is no such reading (``zbar_text_ok``).
- Every other symbology (1D codes, and any zxing-cpp names that we do not know) has at most a
  check digit: a text is accepted when two independent reads agree (one vote per decoder
  and view: the two decoders, or one decoder on two preprocessed versions of the image) and
  no other text was read at the same place as often; three votes for the short symbols
  (EAN-8, UPC-E), whose 7 or 8 digits a torn EAN-13 can give. A wrong text is worse than
  none.
- ITF is taken only as ITF-14 with a right GS1 check digit: a torn ITF-14 reads as a shorter,
  valid-looking ITF, in both decoders.
- zbar drops the high bit of Code 128's extended (FNC4) characters: its 7-bit text supports
  the zxing-cpp text it came from.
- Votes are counted by place (``group``: overlapping boxes). A 1D read also joins a place up
  to SAME_TEXT_MARGIN px off that holds its own text: zbar marks a read by the ends of the
  scan lines that decoded it, a point when one line did, which may lie half a code's height
  from the line zxing-cpp marks. A different text at that distance keeps its own place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from packstation.domain.camera import Decoded

Box = tuple[int, int, int, int]
CORRECTED = frozenset({"QRCODE", "DATAMATRIX", "AZTEC", "PDF417"})  # Reed-Solomon inside
SHORT = frozenset({"EAN8", "UPCE"})
# px: a 1D read joins a place that has its text this far off: zbar marks a read by the ends of
# the scan lines that decoded it (a point, when one line did), perhaps half a code's height
# from the line zxing-cpp marks
SAME_TEXT_MARGIN = 96


@dataclass(frozen=True)
class Read:
    # 'zxing' / 'zbar' + the view: 'zxing:sharp'. One vote per name up to the '+': a crop of
    # a view, enlarged ('zxing:sharp+up'), shows the decoder the same pixels again.
    decoder: str
    symbology: str
    text: str
    box: Box
    aim: str = ""
    along: str = ""  # zbar's 1D reads: 'rows' or 'columns', the lines it read the code along


@dataclass
class Group:
    """Reads of one place in the image (overlapping boxes)."""

    box: Box
    reads: list[Read] = field(default_factory=list)


def overlap(a: Box, b: Box, margin: int = 6) -> bool:
    """The boxes touch, or nearly: a 1D read's box is a line or two through the bars, and two
    reads of one code may be a few lines apart."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    m = margin
    return ax <= bx + bw + m and bx <= ax + aw + m and ay <= by + bh + m and by <= ay + ah + m


def _union(a: Box, b: Box) -> Box:
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (x0, y0, x1 - x0, y1 - y0)


def group(reads: Iterable[Read]) -> list[Group]:
    """Reads gathered by place; two QR codes side by side stay two places (a 2D read joins
    only reads of the same text, so neighbouring symbols never merge)."""
    groups: list[Group] = []
    for read in reads:
        if not plausible(read):
            continue
        hits = [g for g in groups if _same_kind(g, read) and (
            overlap(g.box, read.box) or (read.symbology not in CORRECTED and overlap(
                g.box, read.box, SAME_TEXT_MARGIN) and any(r.text == read.text for r in g.reads)))]
        merged = Group(read.box, [read])
        for g in hits:
            groups.remove(g)
            merged.box = _union(merged.box, g.box)
            merged.reads += g.reads
        groups.append(merged)
    return groups


def _same_kind(g: Group, read: Read) -> bool:
    if read.symbology not in CORRECTED:
        return all(r.symbology not in CORRECTED for r in g.reads)
    return any(r.text == read.text for r in g.reads)


def plausible(read: Read) -> bool:
    """Texts no warehouse code has are not reads at all (not even rivals)."""
    if read.symbology == "ITF":
        return len(read.text) == 14 and read.text.isdigit() and gs1_check_ok(read.text)
    return bool(read.text)


def gs1_check_ok(digits: str) -> bool:
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return -total % 10 == check


def _seven_bit(text: str) -> str:
    return "".join(chr(ord(ch) & 0x7F) for ch in text)


def support(g: Group, text: str) -> set[str]:
    """The independent reads that agree with ``text`` (zbar's 7-bit Code 128 included)."""
    agree = set()
    for r in g.reads:
        if r.text == text or (r.decoder.startswith("zbar") and not text.isascii()
                              and r.text == _seven_bit(text) and r.symbology == "CODE128"):
            agree.add(r.decoder.split("+")[0])
    return agree


def accept(groups: list[Group]) -> list[Decoded]:
    return [d for d in (best(g) for g in groups) if d is not None]


def undecided(groups: list[Group]) -> list[Group]:
    """Places where something was read but nothing may be reported yet."""
    return [g for g in groups if best(g) is None]


def best(g: Group) -> Decoded | None:
    zx_first = sorted(g.reads, key=lambda r: not r.decoder.startswith("zxing"))
    usable = [r for r in zx_first if r.symbology not in CORRECTED
              or r.decoder.startswith("zxing") or zbar_text_ok(r.text)]
    if not usable:
        return None  # zbar's guess of a 2D code's charset: not trusted
    texts = list(dict.fromkeys(r.text for r in usable))
    scored = sorted(((len(support(g, t)), i, t) for i, t in enumerate(texts)),
                    key=lambda s: (-s[0], s[1]))
    count, _, text = scored[0]
    read = next(r for r in usable if r.text == text)
    if read.symbology in CORRECTED:
        return Decoded(read.symbology, text, g.box, read.aim)
    rival = scored[1][0] if len(scored) > 1 else 0
    if count < (3 if read.symbology in SHORT else 2) or rival >= count:
        return None
    return Decoded(read.symbology, text, g.box, read.aim)


def zbar_text_ok(text: str) -> bool:
    """ASCII, or Japanese that is not zbar's Big5 (or other legacy) reading of Shift_JIS
    half-width kana."""
    if text.isascii():
        return True
    if not all(ch.isascii() or _japanese(ch) for ch in text):
        return False  # a Latin-1 or other guess
    return not any(_kana_bytes(text, guess) for guess in ("big5", "euc_jp"))


def _kana_bytes(text: str, guess: str) -> bool:
    """``text`` is what Shift_JIS half-width kana (and ASCII) look like read as ``guess``."""
    try:
        as_sjis = text.encode(guess).decode("cp932")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return all(ch.isascii() or "\uff61" <= ch <= "\uff9f" for ch in as_sjis)


def _japanese(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
