"""`packstation report daily [--date YYYY-MM-DD] --out FILE.pdf [--csv FILE.csv]`: the lead's
daily report (issue 19, docs/kpi.md): an A4 Japanese PDF with the day's measures, charts and
top refusals, and the numbers as CSV (UTF-8 with BOM). The day defaults to today in Japan.
Exit 2 on a bad date or a file that cannot be written (nothing is written then)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: Any) -> dict[str, Handler]:
    report = sub.add_parser("report", help="the lead's reports")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    daily = kinds.add_parser("daily", help="the day's measures as an A4 PDF (and CSV)")
    daily.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                       help="the Japanese day (default: today)")
    daily.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    daily.add_argument("--csv", type=Path, default=None, metavar="FILE.csv")
    return {"report": _report}


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as e:
        raise BadInput(problems=[InputProblem(None, "date", Msg("dash.bad_date", value=text),
                                              Msg("dash.bad_date_fix"))],
                       source="--date") from e


def _report(args: argparse.Namespace) -> int:
    from packstation.cli import services
    from packstation.cli.documents import _write

    day = parse_day(args.date) if args.date is not None else None
    for path in (args.out, args.csv):  # a wrong folder is said before any work is done
        if path is not None:
            _check_folder(path)
    app = services(args)
    try:
        day = day or app.dash.today()
        pdf = app.dash.daily_pdf(None, day)
        data = app.dash.daily_csv(None, day) if args.csv is not None else None
    finally:
        app.close()
    _write(args.out, pdf)
    if data is not None:
        _write(args.csv, data)
    print(f"daily report {day.isoformat()}: {args.out} ({len(pdf):,} bytes)"
          + (f", {args.csv}" if args.csv is not None else ""))
    return 0


def _check_folder(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(problems=[InputProblem(None, None, Msg("cli.no_folder",
                                                              folder=str(folder)),
                                              Msg("cli.no_folder_fix"))], source=str(path))
