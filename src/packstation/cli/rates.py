"""`packstation export-rates SERVICE --out FILE.csv [--from YYYY-MM-DD]` and
`packstation import-rates SERVICE FILE.csv`: a service's rate table as the admin screen
exports and imports it (services/admin/rate_csv.py), with its 適用開始日 in the column
"適用開始日". Export writes the table in force today unless --from names another; import stores
the file as the table of its date beside the others (next year's loaded in advance), or
refuses the whole file with one line per problem (exit 2). Both need an admin (--user)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from packstation.cli.auth import add_user_option


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write YYYY-MM-DD") from None


def add_commands(sub: Any) -> dict[str, Any]:
    exp = sub.add_parser("export-rates", help="write a service's rate table as CSV")
    exp.add_argument("service", metavar="SERVICE", help="service code (takkyubin, yupack…)")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    exp.add_argument("--from", dest="effective_from", type=_day, default=None,
                     metavar="YYYY-MM-DD", help="the table of this 適用開始日 (default: in force)")
    exp.add_argument("--encoding", default="utf-8", choices=("utf-8", "cp932"))
    add_user_option(exp)
    imp = sub.add_parser("import-rates", help="store a rate table CSV (its 適用開始日 column)")
    imp.add_argument("service", metavar="SERVICE", help="service code (takkyubin, yupack…)")
    imp.add_argument("file", type=Path)
    add_user_option(imp)
    return {"export-rates": _export, "import-rates": _import}


def _export(args: argparse.Namespace) -> int:
    from packstation.cli import auth as cli_auth
    from packstation.cli import services

    app = services(args)
    try:
        runner = cli_auth.who_runs(args, app)
        data = app.admin.export_rates(runner.user, args.service, args.encoding,
                                      args.effective_from)
    finally:
        app.close()
    args.out.write_bytes(data)
    print(f"wrote the rate table of {args.service} to {args.out} ({args.encoding})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from packstation.cli import auth as cli_auth
    from packstation.cli import services

    data = args.file.read_bytes()
    app = services(args)
    try:
        runner = cli_auth.who_runs(args, app)
        report = app.admin.import_rates(runner.user, args.service, data, args.file.name)
        cli_auth.record(app, runner, args.command, service=args.service,
                        effective_from=report.effective_from.isoformat())
    finally:
        app.close()
    print(f"stored the rate table of {report.service_code} from "
          f"{report.effective_from.isoformat()}: {report.rows} rows ({report.encoding}), "
          f"{report.prices} prices, {report.changed} changed")
    return 0
