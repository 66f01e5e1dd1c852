"""The command-line surface (reference: docs/cli.md). Same services as the GUI.

Exit 0 on success, 2 on bad input with one line per problem on stderr; never a traceback for
bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packstation import __version__
from packstation.cli.auth import add_user_option
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg

if TYPE_CHECKING:
    from packstation.config import Config
    from packstation.services.app import Services

Handler = Callable[[argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="packstation", description="Packing station for EC shops.")
    p.add_argument("--version", action="version", version=f"packstation {__version__}")
    p.add_argument("--kiosk", action="store_true",
                   help="GUI: full screen, keeping the keyboard focus (a station PC without a "
                   "window manager); also PACKSTATION_KIOSK=1")
    p.add_argument("--db", metavar="URL", help="FILE.db, sqlite:///file.db or postgresql://… "
                   "(default: $PACKSTATION_DB or the standalone file in the user data dir)")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="seed the demo shop")
    demo.add_argument("--orders", type=int, default=50, metavar="N")
    demo.add_argument("--if-empty", action="store_true", help="do nothing if orders exist")
    demo.add_argument("--force", action="store_true",
                      help="add demo orders even to a database that holds real orders")
    add_user_option(demo)
    orders = sub.add_parser("orders", help="list orders")
    orders.add_argument("--status", choices=["open", "packing", "on_hold", "packed", "shipped"])
    orders.add_argument("--json", action="store_true")
    for kind in ("orders", "products"):
        imp = sub.add_parser(f"import-{kind}", help=f"import {kind} from a CSV file")
        imp.add_argument("file", type=Path)
        imp.add_argument("--profile", default="", help="saved column-mapping profile")
        add_user_option(imp)
    cart = sub.add_parser("cartonize", help="choose boxes and carrier service")
    cart.add_argument("input", type=Path)
    sim = sub.add_parser("simulate", help="run a scripted packing scenario")
    sim.add_argument("scenario", type=Path)
    for module in _feature_modules():
        _HANDLERS.update(module.add_commands(sub))
    return p


# Each feature keeps its commands in its own module (packstation/cli_<feature>.py) with
# `add_commands(sub) -> dict[name, handler]`; heavy imports stay inside the handlers so that
# `packstation --version` stays fast.
_FEATURES = ("cli.documents", "cli.carrier", "cli.camera", "cli.central", "cli.users",
             "cli.picking")


def _feature_modules() -> list[Any]:
    import importlib
    import importlib.util

    found = []
    for name in _FEATURES:
        if importlib.util.find_spec(f"packstation.{name}") is not None:
            found.append(importlib.import_module(f"packstation.{name}"))
    return found


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from packstation.config import Config
        from packstation.domain.errors import ConfigError
        from packstation.ui.app import run_gui

        try:  # a --db typo is said here, not as a traceback from the window's start-up
            Config.from_env(args.db)
        except ConfigError as e:
            print(f"packstation: {e.message}", file=sys.stderr)
            return 2
        return run_gui(args.db, _build_services, kiosk=args.kiosk)
    from packstation.cli.errors import run_reported

    # The boundary: bad input, a locked or full database, a read-only folder get exit 2 and
    # one sentence; a bug gets exit 1 and the log file, never a traceback on the terminal.
    return run_reported(_HANDLERS[args.command], args, _log_unexpected)


def _log_unexpected(error: Exception, command: str) -> Path:
    import logging

    from packstation.config import default_data_dir, private_dir
    from packstation.logging_setup import handler_for

    path = private_dir(default_data_dir()) / "packstation-errors.log"
    logger = logging.getLogger("packstation.cli")
    handler = handler_for(path)  # redacting: no customer data in the file
    logger.addHandler(handler)
    logger.error("unexpected error in packstation %s, command %s", __version__, command,
                 exc_info=error)  # the command's name, never its arguments
    logger.removeHandler(handler)
    handler.close()
    return path


def _build_services(config: Config) -> Services:
    """The composition root builds what the GUI gets (imported when it starts, not before)."""
    from packstation.bootstrap import build_services

    return build_services(config)


def services(args: argparse.Namespace) -> Services:
    """The typed services on the database --db names (the feature modules use it too)."""
    from packstation.config import Config

    return _build_services(Config.from_env(args.db))


def _demo_data(args: argparse.Namespace) -> int:
    from packstation.cli import auth as cli_auth

    app = services(args)
    try:
        # --if-empty on a database with orders changes nothing: no --user needed (run-demo.sh)
        runner = None if args.if_empty and app.demo.has_orders() else \
            cli_auth.who_runs(args, app)
        # The demo PINs are public (README): each user chooses their own at the first login;
        # this station prints into a folder, so the first label prints without a printer.
        result = app.demo.seed(args.orders, if_empty=args.if_empty, force=args.force,
                               with_printers=True, pins_to_change=True)
        if runner is not None and not result.skipped:
            cli_auth.record(app, runner, args.command, orders=result.orders, force=args.force)
    finally:
        app.close()
    if result.skipped:
        print("demo data: orders already present, nothing added")
    else:
        print(f"demo data: {result.products} products, {result.orders} orders, "
              f"{result.users} users")
    return 0


def _orders(args: argparse.Namespace) -> int:
    from packstation.domain.model import OrderStatus

    app = services(args)
    status = OrderStatus(args.status) if args.status else None
    try:
        rows = app.orders.list_for_export(status)
    finally:
        app.close()
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
    else:
        for r in rows:
            lines = r["lines"]
            units = sum(int(ln["qty"]) for ln in lines) if isinstance(lines, list) else 0
            print(f"{r['order_no']:<14} {r['status']:<8} {r['prefecture']:<6} {units:>4} units")
    return 0


def _import(kind: str) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        from packstation.cli import auth as cli_auth

        data = args.file.read_bytes()  # a missing file is said before any PIN is asked for
        app = services(args)
        try:
            runner = cli_auth.who_runs(args, app)
            report = app.imports.import_file(kind, data, profile=args.profile,
                                             source=str(args.file), actor=runner.user)
            cli_auth.record(app, runner, args.command, file=args.file.name,
                            added=report.added, updated=report.updated)
        finally:
            app.close()
        print(f"imported {report.rows} rows from {args.file} ({report.encoding}): "
              f"{report.added} added, {report.updated} updated")
        return 0
    return handler


def _cartonize(args: argparse.Namespace) -> int:
    payload = _read_json(args.input)
    from packstation.services.proposal import cartonize_json

    sys.stdout.write(json.dumps(cartonize_json.run(payload), ensure_ascii=False) + "\n")
    return 0


def _simulate(args: argparse.Namespace) -> int:
    """A fresh database each run, in memory: a run killed with kill -9 leaves no file
    behind (a temporary folder did: its addresses stayed in /tmp)."""
    from packstation.config import Config

    scenario = _read_json(args.scenario)
    app = _build_services(Config("sqlite:///:memory:", "simulate"))
    try:
        for line in app.demo.simulate(scenario):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    finally:
        app.close()
    return 0


def _read_json(path: Path) -> dict[str, Any]:
    """UTF-8 with or without a BOM (Windows editors add one). Too deep a nesting is refused,
    not a crash: no input of these commands is more than a few levels deep."""

    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise BadInput(problems=[InputProblem(None, None, Msg("json.not_utf8"),
                                              Msg("json.save_utf8"))], source=str(path)) from e
    except json.JSONDecodeError as e:
        raise BadInput(problems=[InputProblem(e.lineno, None, Msg("cli.not_json", error=e.msg),
                                              Msg("cli.not_json_fix"))],
                       source=str(path)) from e
    except RecursionError as e:
        raise BadInput(problems=[InputProblem(None, None, Msg("json.too_deep"),
                                              Msg("json.fix_structure"))],
                       source=str(path)) from e
    if not isinstance(data, dict):
        raise BadInput(problems=[InputProblem(None, None, Msg("cli.not_json_object"),
                                              Msg("cli.not_json_object_fix"))],
                       source=str(path))
    return data


_HANDLERS: dict[str, Handler] = {
    "demo-data": _demo_data,
    "orders": _orders,
    "import-orders": _import("orders"),
    "import-products": _import("products"),
    "cartonize": _cartonize,
    "simulate": _simulate,
}
