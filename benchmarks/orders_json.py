"""`packstation orders --json` on 100,000 orders (2 to 4 lines each) in a SQLite file.

Target (issue 16): at most 3 s for the whole command, start-up included (it took 2 min 20 s
when every order was read with its own query). The orders are written with bulk SQL inserts
(the import path would take minutes to seed this many); the command runs as a child process,
as a user runs it. Exit status 1 on a missed target.

    .venv/bin/python benchmarks/orders_json.py [--orders N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 3.0


def seed(db_url: str, order_count: int) -> int:
    """Demo products, then `order_count` orders with an address and 2-4 lines; returns lines."""
    from sqlalchemy import insert, select

    from packstation.adapters.db.models import OrderLineRow, OrderRow, ProductRow, ShipToRow
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.demo import seed as demo

    app = build(Config(db_url=db_url, station_name="bench"))
    demo.seed(app.uow, app.hasher, 0)
    app.close()
    from packstation.adapters.db.engine import make_engine

    engine = make_engine(db_url)
    now = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    with engine.begin() as conn:
        products = list(conn.scalars(select(ProductRow.id)))
        conn.execute(insert(OrderRow), [
            {"id": n, "order_no": f"B-{n:06d}", "status": "open", "prefecture_code": n % 47 + 1,
             "created_at": now, "updated_at": now} for n in range(1, order_count + 1)])
        conn.execute(insert(ShipToRow), [
            {"order_id": n, "name": "佐藤 太郎", "postal_code": "100-0001",
             "prefecture_code": n % 47 + 1, "address1": "千代田区千代田1-1"}
            for n in range(1, order_count + 1)])
        lines = [{"order_id": n, "line_no": k, "qty": 1 + k % 3,
                  "product_id": products[(n + k) % len(products)]}
                 for n in range(1, order_count + 1) for k in range(1, 2 + n % 3 + 1)]
        conn.execute(insert(OrderLineRow), lines)
    engine.dispose()
    return len(lines)


def _child_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        seeded = time.perf_counter()
        line_count = seed(db_url, args.orders)
        seeded = time.perf_counter() - seeded
        start, cpu = time.perf_counter(), _child_cpu()
        child = subprocess.run([sys.executable, "-m", "packstation", "--db", db_url, "orders",
                                "--json"], capture_output=True, text=True, check=False)
        seconds, cpu = time.perf_counter() - start, _child_cpu() - cpu
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return 1
    rows = json.loads(child.stdout)
    assert len(rows) == args.orders and sum(len(r["lines"]) for r in rows) == line_count
    print(f"orders --json: {len(rows):,} orders / {line_count:,} lines "
          f"(seeded in {seeded:.1f} s)")
    print(f"elapsed {seconds:6.2f} s   target <= {TARGET_SECONDS:.0f} s (whole command; CPU "
          f"{cpu:.2f} s: on a busy machine the elapsed time is longer)")
    ok = seconds <= TARGET_SECONDS
    print("OK" if ok else "MISSED TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
