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
from typing import Any

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
        from sqlalchemy.exc import OperationalError

        from packstation.domain.errors import PackstationError

        try:
            return handler(args)
        except OperationalError as e:
            first = str(e.orig or e).strip().splitlines()[0]
            raise PackstationError(f"cannot reach the server ({first}); check the URL, the "
                                   "network and that PostgreSQL is running") from e
    return run


def _server(args: argparse.Namespace) -> int:
    from packstation.adapters.central import server

    url = server.resolve_url(args.url)
    if args.server_command == "init":
        revision = server.init(url)
        print(f"central schema at revision {revision}")
    elif args.server_command == "add-station":
        password = server.add_station(url, args.name)
        print(f"station {args.name} registered")
        if password:
            print(f"database role {args.name!r}, password (shown once): {password}")
    elif args.server_command == "holders":
        return _holders(url, args.json)
    elif args.server_command == "release":
        print("released" if server.claim_store(url).force_release(args.order_no)
              else f"{args.order_no}: not held by any station")
    else:
        return _take_over(url, args.order_no, args.station)
    return 0


def _holders(url: str, as_json: bool) -> int:
    from packstation.adapters.central import server
    from packstation.adapters.security import SystemClock

    rows = server.claim_store(url).holders(SystemClock().now())
    if as_json:
        print(json.dumps([{"order_no": h.order_no, "station": h.station, "claim": h.claim,
                           "lease_expires": h.lease_expires.isoformat(),
                           "expired": h.expired} for h in rows], ensure_ascii=False))
        return 0
    for h in rows:
        print(f"{h.order_no:<14} {h.station:<16} claim {h.claim:<6} "
              f"{'EXPIRED' if h.expired else 'until'} {h.lease_expires:%Y-%m-%d %H:%M:%S}Z")
    return 0


def _take_over(url: str, order_no: str, station: str) -> int:
    from packstation.adapters.central import server
    from packstation.adapters.security import SystemClock
    from packstation.services.sync import claims

    claim = claims.take_over(server.claim_store(url), SystemClock(), order_no, station)
    if claim is None:
        print(f"packstation: {order_no}: no such open order", file=sys.stderr)
        return 2
    print(json.dumps(claim.as_json()))
    return 0


def _claim(args: argparse.Namespace) -> int:
    from packstation.adapters.central import server
    from packstation.adapters.security import SystemClock
    from packstation.services.sync import claims

    store = server.claim_store(server.resolve_url(args.server))
    claim = claims.claim_next(store, SystemClock(), args.station)
    out: dict[str, object] = claim.as_json() if claim else {"order_no": None}
    if args.json:
        sys.stdout.write(json.dumps(out) + "\n")
    else:
        print(f"{claim.order_no} (claim {claim.claim}, lease until {claim.lease_expires:%H:%M:%S}"
              "Z)" if claim else "no open order left")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from packstation.adapters.central import server
    from packstation.adapters.db.engine import make_engine, migrate
    from packstation.adapters.db.outbox import SqlOutbox
    from packstation.adapters.security import SystemClock
    from packstation.config import Config
    from packstation.services.sync import loop as sync

    config = Config.from_env(args.db)
    engine = make_engine(config.db_url)
    migrate(engine)
    sink = server.event_sink(server.resolve_url(args.server))
    try:
        sent = sync.drain(SqlOutbox(engine), sink, args.station or config.station_name,
                          SystemClock().now())
    except sync.ServerUnavailable as e:
        print(f"packstation: server unavailable, events kept for later: {e}", file=sys.stderr)
        return 3
    print(f"pushed {sent} events")
    return 0
