"""What may stay in Latin letters in a Japanese message: the data it quotes, and the words a
user types or installs as they are (file formats, codes, commands, cell values)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from packstation.domain.messages import Msg

# Each is typed, installed or printed exactly so; translating it would make it wrong.
KEPT = (
    "fonts-ipaexfont-gothic", "scripts/setup.sh", "packstation server add-station",
    "packstation orders", "IPAexGothic", "ipaexg.ttf", "TrueType", "Debian", "PostgreSQL",
    "E:ANMDJ.TTF", "Shift_JIS", "Shift+F5", "Ctrl+P", "UTF-8", "utf-8", "cp932", "cups-client",
    "lpstat", "CUPS", "raw", "TCP", "ZPL", "PDF", "pdf", "zpl", "USB", "udev", "LAN", "URL",
    "PNG", "JPEG", "WebP", "JSON", "CSV", "SKU", "JAN", "EAN", "UPC", "ITF", "GS1", "JIS",
    "YYYY-MM-DD", "HH:MM", "YYMMDD", "yes/no", "none/chilled/frozen", "none", "chilled",
    "frozen", "true", "false", "full", "half", "orders", "products", "case_units", "items",
    "Tokyo", ".ttf",
    # command-line words, typed as they are
    "--user", "--db", "--force", "demo-data", "PACKSTATION_PIN", "LOGIN", "packstation",
    "sqlite:///path/shop.db", "postgresql://user@host/database", "shop.db", "BOM",
    # operating systems, devices and printer words, as the OS and the printer show them
    "Windows", "win32print", "Linux", "hidraw", "HID", "MT-SICS", "COM", "dpi", "host:port",
    "host", "prints",
    # the enclosure rules' own syntax (settings), typed as it is
    "channel=Rakuten: flyer", "channel", "sku", "first_order",
)


def data_of(values: Iterable[object]) -> list[str]:
    """Every plain value inside messages' parameters (nested messages opened)."""
    out: list[str] = []
    for value in values:
        if isinstance(value, Msg):
            out += data_of(value.params.values())
        elif isinstance(value, list | tuple | set | frozenset):
            out += data_of(value)
        elif value is not None:
            out.append(str(value))
    return out


def english_left(text: str, data: Iterable[str] = ()) -> list[str]:
    """Runs of 3+ Latin letters in ``text`` once the data and the kept words are taken out."""
    for word in sorted({*data, *KEPT}, key=len, reverse=True):
        if word:
            text = text.replace(word, " ")
    return re.findall(r"[A-Za-z]{3,}", text)
