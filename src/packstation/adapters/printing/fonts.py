"""The Japanese font every document embeds (IPAexGothic), found once and registered once.

IPAexGothic is a TrueType font, so reportlab embeds it (as a subset) in every PDF. The CID
font HeiseiKakuGo-W5 would not be embedded (viewers then show boxes) and CFF .otf fonts such
as Noto Sans CJK cannot be loaded by reportlab at all.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from packstation import resources
from packstation.domain.errors import ConfigError

FONT_NAME = "IPAexGothic"
ENV_VAR = "PACKSTATION_JA_FONT"
CANDIDATES = (
    resources.font_file(),  # shipped in the package (IPA Font License beside it)
    Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/OTF/ipaexg.ttf"),
)


def font_path() -> Path:
    """The IPAexGothic file: $PACKSTATION_JA_FONT, the shipped copy, or Debian's package."""
    override = os.environ.get(ENV_VAR, "")
    candidates = (Path(override),) if override else CANDIDATES
    for path in candidates:
        if path.is_file():
            return path
    where = override or ", ".join(str(p) for p in CANDIDATES)
    raise ConfigError("documents.font_missing", where=where, variable=ENV_VAR)


@cache
def register_pdf_font() -> str:
    """Register IPAexGothic with reportlab (once per process); returns its font name."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    # Flate alone: the ASCII-85 layer on top only makes files bigger and slower (in Python).
    rl_config.useA85 = 0
    path = font_path()
    try:
        font = TTFont(FONT_NAME, str(path))
    except TTFError as e:
        raise ConfigError("documents.font_unusable", path=str(path), error=str(e)) from e
    # Every document embeds its own subset, and reportlab copies the whole 5.5 MB glyph table
    # out of the font file for each one: the tables never change, so copy each once.
    font.face.get_table = cache(font.face.get_table)
    pdfmetrics.registerFont(font)
    return FONT_NAME


@cache
def pil_font(size_px: int) -> object:
    """The same font for bitmaps (ZPL ^GF), at a pixel size."""
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path()), size_px)

