"""`packstation label ORDER_NO --out FILE [--format pdf|zpl]` and
`packstation slip ORDER_NO --out FILE.pdf [--gift]` (docs/cli.md), and
`packstation bench-sheet --out FILE.pdf` (the confirmation barcodes of the packing bench), and
`packstation picklist ORDER… --out FILE.pdf` (A4 pick lists, lines in shelf order).

Options beyond the contract: label --size 4x6|a6 --dpi 203|300 --kanji-font NAME; slip
--size a4|a5 --no-gift. The file is written whole or not at all (temporary file + rename);
a printer device or FIFO is written into directly.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packstation.domain.errors import BadInput, InputProblem, NotFound
from packstation.domain.messages import Msg

if TYPE_CHECKING:
    from packstation.services.printing.api import Documents

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: Any) -> dict[str, Handler]:
    label = sub.add_parser("label", help="write an order's shipping label (PDF or ZPL)")
    label.add_argument("order_no", metavar="ORDER_NO")
    label.add_argument("--out", type=Path, required=True, metavar="FILE")
    label.add_argument("--format", choices=["pdf", "zpl"], default="pdf")
    label.add_argument("--size", choices=["4x6", "a6"], default=None,
                       help="label stock (default: the admin setting, 4x6)")
    label.add_argument("--dpi", type=int, choices=[203, 300], default=203,
                       help="ZPL printer resolution")
    label.add_argument("--kanji-font", default=None, metavar="NAME",
                       help="ZPL: the printer's Japanese font, e.g. E:ANMDJ.TTF; '' = bitmaps "
                            "(default: the admin setting)")
    slip = sub.add_parser("slip", help="write an order's packing slip (納品書) as PDF")
    slip.add_argument("order_no", metavar="ORDER_NO")
    slip.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    gift = slip.add_mutually_exclusive_group()
    gift.add_argument("--gift", dest="gift", action="store_const", const=True, default=None,
                      help="gift slip: every price hidden (default: as the order says)")
    gift.add_argument("--no-gift", dest="gift", action="store_const", const=False)
    slip.add_argument("--size", choices=["a4", "a5"], default=None,
                      help="paper (default: the admin setting, a4)")
    sheet = sub.add_parser("bench-sheet", help="write the bench sheet: the confirmation "
                           "barcodes (ACK-COOL, ACK-GIFT, ACK-ENCL) as an A4 PDF")
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    picklist = sub.add_parser("picklist", help="write the pick lists of orders (A4 PDF, one "
                              "order per page, lines in shelf order, the order's barcode on top)")
    picklist.add_argument("order_nos", nargs="+", metavar="ORDER")
    picklist.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    picklist.add_argument("--pictures", action=argparse.BooleanOptionalAction, default=None,
                          help="product pictures on the lines (default: the shop's setting)")
    return {"label": _label, "slip": _slip, "bench-sheet": _bench_sheet, "picklist": _picklist}


def _picklist(args: argparse.Namespace) -> int:
    documents, close = _documents(args)
    try:  # which of the orders is unknown: the error names it
        data = _unknown_order_as_bad_input("", lambda: documents.pick_lists(args.order_nos,
                                                                  pictures=args.pictures))
    finally:
        close()
    _write(args.out, data)
    print(f"pick lists: {args.out} ({len(args.order_nos)} orders, {len(data):,} bytes)")
    return 0


def _bench_sheet(args: argparse.Namespace) -> int:
    documents, close = _documents(args)
    try:
        data = documents.bench_sheet()
    finally:
        close()
    _write(args.out, data)
    print(f"bench sheet: {args.out} ({len(data):,} bytes)")
    return 0


def _documents(args: argparse.Namespace) -> tuple[Documents, Callable[[], None]]:
    """(documents, close): on the quick SQLite reader when it can serve (bootstrap)."""
    from packstation.bootstrap import documents
    from packstation.config import Config

    return documents(Config.from_env(args.db))


def _label(args: argparse.Namespace) -> int:
    documents, close = _documents(args)
    try:
        data = _unknown_order_as_bad_input(args.order_no, lambda: documents.label(
            args.order_no, fmt=args.format, size=args.size, dpi=args.dpi,
            kanji_font=args.kanji_font))
    finally:
        close()
    _write(args.out, data)
    print(f"label {args.order_no}: {args.out} ({args.format}, {len(data):,} bytes)")
    return 0


def _slip(args: argparse.Namespace) -> int:
    documents, close = _documents(args)
    try:
        data = _unknown_order_as_bad_input(args.order_no, lambda: documents.slip(
            args.order_no, size=args.size, gift=args.gift))
    finally:
        close()
    _write(args.out, data)
    print(f"slip {args.order_no}: {args.out} ({len(data):,} bytes)")
    return 0


def _unknown_order_as_bad_input(order_no: str, make: Callable[[], bytes]) -> bytes:
    """An unknown order is the caller's input: exit 2 naming it (``order_no``, or the one the
    error names when several were asked for)."""
    try:
        return make()
    except NotFound as e:
        named = str(e.params.get("order_no", "")) or order_no
        raise BadInput(problems=[InputProblem(None, None, Msg("cli.order_not_found",
                                                              order_no=named),
                                              Msg("cli.order_not_found_fix"))]) from e


def _write(path: Path, data: bytes) -> None:
    """Whole file or nothing: a half-written label must never reach a printer. A printer
    device (/dev/usb/lp0) or a FIFO is written into directly (bootstrap.write_file)."""
    from packstation.bootstrap import write_file

    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(problems=[InputProblem(None, None, Msg("cli.no_folder",
                                                              folder=str(folder)),
                                              Msg("cli.no_folder_fix"))], source="--out")
    write_file(str(path), data)
