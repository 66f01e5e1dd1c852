"""zbar through pyzbar's ctypes binding, with the scanner settings pyzbar does not expose.

pyzbar.decode scans every row and column of the image (density 1) for every symbology: on a
640×480 frame that is 5–15 ms, most of a live frame's budget. Here the caller chooses the step
between the rows and between the columns scanned (a 1D code held level is read along its rows
only; a barcode is many lines high), only the symbologies a warehouse uses are enabled, and
ITF must be at least 14 digits long (zbar reads a torn ITF-14 as a shorter ITF: a misread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ZbarRead:
    type: str  # pyzbar's symbol name: 'EAN13', 'I25', 'QRCODE' ...
    data: bytes
    box: tuple[int, int, int, int]
    along: str = ""  # a 1D code: 'rows' or 'columns', the scan lines it was read along


def read(gray: Any, rows: int = 1, columns: int | None = None) -> list[ZbarRead]:
    """zbar's reads of a grayscale uint8 image along every ``rows``-th row and every
    ``columns``-th column (default: as rows; 0: none). A 1D code held level is read along
    its rows: the columns may be scanned sparsely or not at all, in half the time."""
    from pyzbar import pyzbar
    from pyzbar.wrapper import ZBarConfig, ZBarSymbol, zbar_image_scanner_set_config

    pixels, width, height = pyzbar._pixel_data(gray)
    wanted = set(_symbols())
    out = []
    with pyzbar._image_scanner() as scanner:
        for symbol in ZBarSymbol:
            zbar_image_scanner_set_config(scanner, symbol, ZBarConfig.CFG_ENABLE,
                                          int(symbol in wanted))
        zbar_image_scanner_set_config(scanner, ZBarSymbol.I25, ZBarConfig.CFG_MIN_LEN, 14)
        # zbar's X density is the step between the columns it scans, Y between the rows
        zbar_image_scanner_set_config(scanner, ZBarSymbol.NONE, ZBarConfig.CFG_X_DENSITY,
                                      rows if columns is None else columns)
        zbar_image_scanner_set_config(scanner, ZBarSymbol.NONE, ZBarConfig.CFG_Y_DENSITY, rows)
        with pyzbar._image() as img:
            pyzbar.zbar_image_set_format(img, pyzbar._FOURCC["L800"])
            pyzbar.zbar_image_set_size(img, width, height)
            pyzbar.zbar_image_set_data(img, pyzbar.cast(pixels, pyzbar.c_void_p), len(pixels),
                                       None)
            if pyzbar.zbar_scan_image(scanner, img) < 0:  # pragma: no cover - format is L800
                return []
            for r in pyzbar._decode_symbols(pyzbar._symbols_for_image(img)):
                rect = r.rect
                along = {"UP": "rows", "DOWN": "rows", "LEFT": "columns", "RIGHT": "columns"}
                out.append(ZbarRead(r.type, r.data, (rect.left, rect.top, max(rect.width, 1),
                                                     max(rect.height, 1)),
                                    along.get(r.orientation or "", "")))
    return out


def _symbols() -> list[Any]:
    from pyzbar.pyzbar import ZBarSymbol

    # No DataBar: zbar's DataBar decoder asserts on stderr on some photos and reads nothing.
    return [ZBarSymbol.EAN13, ZBarSymbol.EAN8, ZBarSymbol.UPCA, ZBarSymbol.UPCE,
            ZBarSymbol.CODE128, ZBarSymbol.I25, ZBarSymbol.CODABAR, ZBarSymbol.CODE39,
            ZBarSymbol.CODE93, ZBarSymbol.QRCODE]
