"""Networked mode on the command line (docs/networked.md):

    packstation server init --url URL              create or migrate the central schema
    packstation server add-station --url URL NAME  register a station and its database role
    packstation server holders --url URL [--json]  who holds which order (the lead's view)
    packstation server release --url URL ORDER_NO  free a stuck order
    packstation server take-over --url URL ORDER_NO --station NAME
    packstation claim --server URL --station NAME --json
    packstation sync --server URL                  push this station's outbox (--db) now

`server init` and `claim` are exactly as ../shared/docs/cli-contract.md says; the others are
the admin's and lead's tools around them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from packstation.bootstrap import CentralServer

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: Any) -> dict[str, Handler]:
    server = sub.add_parser("server", help="central PostgreSQL server (networked mode)")
    actions = server.add_subparsers(dest="server_command", required=True)
    init = actions.add_parser("init", help="create or migrate the central schema")
    init.add_argument("--url", required=True)
    add = actions.add_parser("add-station", help="register a station and its database role")
    add.add_argument("--url", required=True)
    add.add_argument("name")
    holders = actions.add_parser("holders", help="who holds which order")
    holders.add_argument("--url", required=True)
    holders.add_argument("--json", action="store_true")
    release = actions.add_parser("release", help="free a stuck order")
    release.add_argument("--url", required=True)
    release.add_argument("order_no")
    take = actions.add_parser("take-over", help="hand a stuck order to a station")
    take.add_argument("--url", required=True)
    take.add_argument("order_no")
    take.add_argument("--station", required=True)
    claim = sub.add_parser("claim", help="lease the next open order to a station")
    claim.add_argument("--server", required=True, metavar="URL")
    claim.add_argument("--station", required=True, metavar="NAME")
    claim.add_argument("--json", action="store_true")
    sync = sub.add_parser("sync", help="push this station's outbox to the server now")
    sync.add_argument("--server", required=True, metavar="URL")
    sync.add_argument("--station", default="", metavar="NAME")
    return {"server": _reported(_server), "claim": _reported(_claim), "sync": _reported(_sync)}


def _reported(handler: Handler) -> Handler:
    """A server that can't be reached is bad input (a URL, a network): one clear line."""
    def run(args: argparse.Namespace) -> int:
        from packstation.bootstrap import unreachable_reason
        from packstation.domain.errors import PackstationError

        try:
            return handler(args)
        except Exception as e:
            first = unreachable_reason(e)
            if first is None:
                raise
            raise PackstationError(f"cannot reach the server ({first}); check the URL, the "
                                   "network and that PostgreSQL is running") from e
    return run


def _server(args: argparse.Namespace) -> int:
    from packstation.bootstrap import CentralServer

    server = CentralServer(args.url)
    if args.server_command == "init":
        revision = server.init()
        print(f"central schema at revision {revision}")
    elif args.server_command == "add-station":
        password = server.add_station(args.name)
        print(f"station {args.name} registered")
        if password:
            print(f"database role {args.name!r}, password (shown once): {password}")
    elif args.server_command == "holders":
        return _holders(server, args.json)
    elif args.server_command == "release":
        print("released" if server.claims().force_release(args.order_no)
              else f"{args.order_no}: not held by any station")
    else:
        return _take_over(server, args.order_no, args.station)
    return 0


def _holders(server: CentralServer, as_json: bool) -> int:
    from packstation.bootstrap import system_clock

    rows = server.claims().holders(system_clock().now())
    if as_json:
        print(json.dumps([{"order_no": h.order_no, "station": h.station, "claim": h.claim,
                           "lease_expires": h.lease_expires.isoformat(),
                           "expired": h.expired} for h in rows], ensure_ascii=False))
        return 0
    for h in rows:
        print(f"{h.order_no:<14} {h.station:<16} claim {h.claim:<6} "
              f"{'EXPIRED' if h.expired else 'until'} {h.lease_expires:%Y-%m-%d %H:%M:%S}Z")
    return 0


def _take_over(server: CentralServer, order_no: str, station: str) -> int:
    from packstation.bootstrap import system_clock
    from packstation.services.sync import claims

    claim = claims.take_over(server.claims(), system_clock(), order_no, station)
    if claim is None:
        print(f"packstation: {order_no}: no such open order", file=sys.stderr)
        return 2
    print(json.dumps(claim.as_json()))
    return 0


def _claim(args: argparse.Namespace) -> int:
    from packstation.bootstrap import CentralServer, system_clock
    from packstation.services.sync import claims

    claim = claims.claim_next(CentralServer(args.server).claims(), system_clock(), args.station)
    out: dict[str, object] = claim.as_json() if claim else {"order_no": None}
    if args.json:
        sys.stdout.write(json.dumps(out) + "\n")
    else:
        print(f"{claim.order_no} (claim {claim.claim}, lease until {claim.lease_expires:%H:%M:%S}"
              "Z)" if claim else "no open order left")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from packstation.bootstrap import CentralServer
    from packstation.config import Config
    from packstation.services.sync import loop as sync

    try:
        sent = CentralServer(args.server).push(Config.from_env(args.db), args.station)
    except sync.ServerUnavailable as e:
        print(f"packstation: server unavailable, events kept for later: {e}", file=sys.stderr)
        return 3
    print(f"pushed {sent} events")
    return 0
