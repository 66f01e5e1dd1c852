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
from packstation.domain.errors import BadInput, PackstationError

if TYPE_CHECKING:
    from packstation.config import Config
    from packstation.services.app import Services

Handler = Callable[[argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="packstation", description="Packing station for EC shops.")
    p.add_argument("--version", action="version", version=f"packstation {__version__}")
    p.add_argument("--db", metavar="URL", help="sqlite:///file.db or postgresql://… "
                   "(default: $PACKSTATION_DB or the standalone file in the user data dir)")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="seed the demo shop")
    demo.add_argument("--orders", type=int, default=50, metavar="N")
    demo.add_argument("--if-empty", action="store_true", help="do nothing if orders exist")
    orders = sub.add_parser("orders", help="list orders")
    orders.add_argument("--status", choices=["open", "packing", "on_hold", "packed", "shipped"])
    orders.add_argument("--json", action="store_true")
    for kind in ("orders", "products"):
        imp = sub.add_parser(f"import-{kind}", help=f"import {kind} from a CSV file")
        imp.add_argument("file", type=Path)
        imp.add_argument("--profile", default="", help="saved column-mapping profile")
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
_FEATURES = ("cli.documents", "cli.carrier", "cli.camera", "cli.central")


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
        from packstation.ui.app import run_gui

        return run_gui(args.db, _build_services)
    handler: Handler = _HANDLERS[args.command]
    try:
        return handler(args)
    except BadInput as e:
        for problem in e.problems:
            print(problem.render(e.source), file=sys.stderr)
        return 2
    except PackstationError as e:
        print(f"packstation: {e.message}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:
        print(f"packstation: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the boundary: a bug must not show the user a traceback
        log_file = _log_unexpected(e, args.command)
        print(f"packstation: internal error ({type(e).__name__}); details in {log_file}",
              file=sys.stderr)
        return 1


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
    app = services(args)
    try:
        result = app.demo.seed(args.orders, if_empty=args.if_empty)
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
        app = services(args)
        try:
            report = app.imports.import_file(kind, args.file.read_bytes(),
                                             profile=args.profile, source=str(args.file))
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
    from packstation.domain.errors import InputProblem

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise BadInput(problems=[InputProblem(e.lineno, None, f"not valid JSON: {e.msg}",
                                              "fix the JSON syntax")], source=str(path)) from e
    if not isinstance(data, dict):
        raise BadInput(problems=[InputProblem(None, None, "top level must be a JSON object",
                                              "wrap the input in { … }")], source=str(path))
    return data


_HANDLERS: dict[str, Handler] = {
    "demo-data": _demo_data,
    "orders": _orders,
    "import-orders": _import("orders"),
    "import-products": _import("products"),
    "cartonize": _cartonize,
    "simulate": _simulate,
}
