"""`packstation batch create [--max-orders N] [--filter F]… --out FILE.pdf` groups open orders
into a batch (トータルピッキング) and writes its total pick list; `batch print B-0001 --out
FILE.pdf` writes it again; `batch show B-0001 [--json]` lists its slots (issue 20).

Creating a batch changes which orders a station may open on their own, so it is lead work:
--user LOGIN with the PIN from PACKSTATION_PIN (ADR 0004).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from packstation.cli.auth import add_user_option
from packstation.cli.documents import _write


def add_commands(sub: Any) -> dict[str, Any]:
    from packstation.domain.batches import DEFAULT_MAX_ORDERS, FILTERS, MAX_ORDERS

    batch = sub.add_parser("batch", help="batch picking: group orders, print the total list")
    cmd = batch.add_subparsers(dest="batch_command", required=True, metavar="COMMAND")
    create = cmd.add_parser("create", help="group the oldest matching open orders into a "
                            "batch and write its total pick list (A4 PDF)")
    create.add_argument("--max-orders", type=int, default=DEFAULT_MAX_ORDERS, metavar="N",
                        help=f"slots on the sorting rack (1–{MAX_ORDERS}, default "
                             f"{DEFAULT_MAX_ORDERS})")
    create.add_argument("--filter", action="append", default=[], metavar="F",
                        help="only orders that match, repeatable: " + ", ".join(FILTERS))
    create.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    create.add_argument("--json", action="store_true", help="print the batch as JSON")
    add_user_option(create)
    again = cmd.add_parser("print", help="write a batch's total pick list again")
    again.add_argument("batch_no", metavar="BATCH")
    again.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    show = cmd.add_parser("show", help="a batch's status and its orders by slot")
    show.add_argument("batch_no", metavar="BATCH")
    show.add_argument("--json", action="store_true")
    return {"batch": _batch}


def _batch(args: argparse.Namespace) -> int:
    from packstation.cli import services

    app = services(args)
    try:
        return {"create": _create, "print": _print, "show": _show}[args.batch_command](
            app, args)
    finally:
        app.close()


def _create(app: Any, args: argparse.Namespace) -> int:
    from packstation.cli import auth as cli_auth

    folder = args.out.parent if str(args.out.parent) else Path(".")
    _write_check(folder)
    runner = cli_auth.who_runs(args, app)
    record = app.picking.create_batch(runner.user, max_orders=args.max_orders,
                                      filters=args.filter)
    data = app.picking.batch_pick_list_pdf(record.batch_no)
    _write(args.out, data)
    cli_auth.record(app, runner, "batch create", batch=record.batch_no,
                    orders=len(record.slots))
    if args.json:
        print(json.dumps(_as_json(record), ensure_ascii=False))
    else:
        print(f"batch {record.batch_no}: {len(record.slots)} orders, total pick list "
              f"{args.out} ({len(data):,} bytes)")
    return 0


def _write_check(folder: Path) -> None:
    """Refuse an unwritable --out before the batch is made: a batch whose list was never
    printed would hold its orders back from single-order packing."""
    from packstation.domain.errors import BadInput, InputProblem
    from packstation.domain.messages import Msg

    if not folder.is_dir():
        raise BadInput(problems=[InputProblem(None, None, Msg("cli.no_folder",
                                                              folder=str(folder)),
                                              Msg("cli.no_folder_fix"))], source="--out")


def _print(app: Any, args: argparse.Namespace) -> int:
    data = app.picking.batch_pick_list_pdf(args.batch_no)
    _write(args.out, data)
    print(f"batch {args.batch_no}: total pick list {args.out} ({len(data):,} bytes)")
    return 0


def _show(app: Any, args: argparse.Namespace) -> int:
    record = app.picking.batch(args.batch_no)
    if args.json:
        print(json.dumps(_as_json(record), ensure_ascii=False))
        return 0
    print(f"{record.batch_no}  {record.status}  {len(record.slots)} orders")
    for slot, order_no in record.slots.items():
        print(f"{slot:>4}  {order_no}")
    return 0


def _as_json(record: Any) -> dict[str, object]:
    return {"batch_no": record.batch_no, "status": record.status,
            "slots": [{"slot": s, "order_no": n} for s, n in record.slots.items()]}
