"""`packstation export CARRIER --out FILE.csv` and `packstation import-tracking CARRIER FILE.csv`
(reference: docs/cli.md). CARRIER is b2, ehiden or yuprint.

Every substitution, cut and unmapped code of an export goes to stderr, one line per order and
field. Cut text itself is not printed (stderr of a cron job ends up in logs, and addresses must
not): the line says how much was cut; the export dialog shows the text on screen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from packstation.cli.auth import add_user_option
from packstation.domain.carrier_presets import DEFAULT_ACCOUNT

_CARRIER_HELP = "b2 (ヤマト B2クラウド), ehiden (佐川 e飛伝), yuprint (日本郵便 ゆうプリR)"


def add_commands(sub: Any) -> dict[str, Any]:
    exp = sub.add_parser("export", help="write the carrier software's CSV for packed orders")
    exp.add_argument("carrier", metavar="CARRIER", help=_CARRIER_HELP)
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    exp.add_argument("--account", default=DEFAULT_ACCOUNT, help="carrier account (layout)")
    exp.add_argument("--check", action="store_true",
                     help="report only: write no file and mark no order exported")
    add_user_option(exp)
    imp = sub.add_parser("import-tracking", help="read tracking numbers back by order number")
    imp.add_argument("carrier", metavar="CARRIER", help=_CARRIER_HELP)
    imp.add_argument("file", type=Path)
    imp.add_argument("--account", default=DEFAULT_ACCOUNT, help="carrier account (layout)")
    add_user_option(imp)
    chk = sub.add_parser("check-carrier-file",
                         help="check a carrier CSV against the account's layout, column by "
                              "column (a sample from the carrier software, or an export)")
    chk.add_argument("carrier", metavar="CARRIER", help=_CARRIER_HELP)
    chk.add_argument("file", type=Path)
    chk.add_argument("--account", default=DEFAULT_ACCOUNT, help="carrier account (layout)")
    return {"export": _export, "import-tracking": _import_tracking,
            "check-carrier-file": _check_file}


def _check_file(args: argparse.Namespace) -> int:
    """Reads the layout only: nothing is changed, no sign-in needed."""
    from packstation.cli import services
    from packstation.services.carrier.export import carrier_key

    carrier = carrier_key(args.carrier)
    data = args.file.read_bytes()
    app = services(args)
    try:
        rows = app.carrier.check_file(carrier, data, source=str(args.file),
                                      account=args.account)
    finally:
        app.close()
    print(f"{args.file}: {rows} row(s) fit the {carrier} layout '{args.account}'")
    return 0


def change_line(change: Any) -> str:
    where = f"order {change.order_no}, row {change.row}, column '{change.column}'"
    if change.kind == "substituted":
        return (f"{where}: '{change.original}' (U+{ord(change.original[0]):04X}) is not in "
                f"cp932, written as '{change.written}'")
    if change.kind == "cut":
        return (f"{where}: {len(change.original)} character(s) cut to fit the carrier's "
                f"length (kept {len(change.written)}); shorten it in the order or continue "
                f"it by hand in the carrier software")
    if change.kind == "neutralised":  # the value itself may be an address: not repeated
        return (f"{where}: begins with '{change.original[:1]}', which a spreadsheet would run "
                "as a formula; written with a leading ' so that it stays text")
    return (f"{where}: '{change.original}' has no code in this layout, left empty; add it "
            f"to the carrier layout")


def _export(args: argparse.Namespace) -> int:
    """The file is written before the orders are marked (services/carrier/export.py): a
    failed write marks nothing and leaves no partial file. A printer device or FIFO as --out
    is written into, never replaced (bootstrap.file_writer)."""
    from packstation.cli import auth as cli_auth
    from packstation.cli import services
    from packstation.services.carrier import export as carrier_export

    carrier = carrier_export.carrier_key(args.carrier)
    out: Path = args.out
    app = services(args)
    try:
        runner = None if args.check else cli_auth.who_runs(args, app)
        write = None if args.check else app.carrier.file_writer(str(out))
        result = app.carrier.export(carrier, account=args.account, write=write,
                                    actor_id=runner.user_id if runner else None)
        if result.written and runner is not None:
            cli_auth.record(app, runner, args.command, carrier=carrier, orders=result.rows)
    finally:
        app.close()
    for change in result.changes:
        print(change_line(change), file=sys.stderr)
    if result.unassigned:
        print(f"{result.unassigned} packed order(s) have no carrier service chosen and were "
              f"not exported (choose the service at the packing station, or let this layout "
              f"take them)", file=sys.stderr)
    _summary(result, out, args.check)
    return 0


def _summary(result: Any, out: Path, check: bool) -> None:
    if not result.rows:
        if not check and _remove_old(out):
            from packstation.domain.messages import Msg, english

            print(english(Msg("export.old_file_removed", carrier=result.carrier, path=out)))
        else:
            print(f"nothing to export for {result.carrier}: no packed order waiting for it")
    elif check:
        print(f"check only: {result.rows} order(s) would be exported for {result.carrier} "
              f"with {len(result.changes)} change(s); no file written, nothing marked")
    else:
        print(f"exported {result.rows} order(s) for {result.carrier} to {out} (the account's "
              f"encoding, CRLF), {len(result.changes)} change(s) reported")


def _remove_old(out: Path) -> bool:
    """An old export at --out would look like today's (and be uploaded twice): removed. A
    device or FIFO is left alone; so is anything that is not a regular file."""
    if out.is_symlink() or not out.is_file():
        return False
    out.unlink()
    return True


def _import_tracking(args: argparse.Namespace) -> int:
    from packstation.cli import auth as cli_auth
    from packstation.cli import services
    from packstation.services.carrier.export import carrier_key

    carrier = carrier_key(args.carrier)
    data = args.file.read_bytes()
    app = services(args)
    try:
        runner = cli_auth.who_runs(args, app)
        report = app.carrier.import_tracking(carrier, data, source=str(args.file),
                                             account=args.account, actor_id=runner.user_id)
        cli_auth.record(app, runner, args.command, carrier=carrier, shipped=report.shipped)
    finally:
        app.close()
    print(f"tracking numbers for {report.carrier}: {report.shipped} order(s) shipped, "
          f"{report.already} already shipped with the same number ({report.rows} rows)")
    return 0
