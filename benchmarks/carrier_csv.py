"""Carrier hand-off with 10,000 packed orders in a fresh SQLite file: the B2クラウド CSV check
(read, fit, encode; nothing marked), the real export (file written, orders marked) and the
re-import of 10,000 tracking numbers (all checked, all shipped in one transaction).

Issue 6 sets no speed target for the carrier CSV; the figures are printed for the record.

    python benchmarks/carrier_csv.py [--orders N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def _seed(db_url: str, count: int) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.model import OrderStatus
    from packstation.services.demo import seed as demo
    from packstation.services.demo import shop as demo_shop

    app = build(Config(db_url, "bench"))
    demo.seed(app.uow, app.hasher, 0)
    orders = [replace(o, status=OrderStatus.PACKED)
              for o in demo_shop.orders(count, demo_shop.products())]
    with app.uow() as uow:
        uow.orders.add_many(orders)
        for o in orders:
            uow.orders.set_shipping(o.order_no, "takkyubin")
        uow.commit()
    app.close()


def _tracking_csv(order_nos: tuple[str, ...]) -> bytes:
    lines = ["お客様管理番号,送り状種類,クール区分,伝票番号"]
    for n, order_no in enumerate(order_nos, start=1):
        body = f"{400000000000 + n:011d}"[-11:]
        lines.append(f"{order_no},0,0,{body}{int(body) % 7}")
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=10_000)
    args = parser.parse_args()
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.carrier import export as carrier_export
    from packstation.services.carrier import tracking as carrier_tracking

    with tempfile.TemporaryDirectory(prefix="carrier-bench-") as tmp:
        db_url = f"sqlite:///{tmp}/bench.db"
        _seed(db_url, args.orders)
        app = build(Config(db_url, "bench"))
        checks, cpu = [], []
        for _ in range(3):
            started, cpu0 = time.perf_counter(), time.process_time()
            check = carrier_export.export(app.uow, app.clock, "b2")
            checks.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu0)
        out = Path(tmp) / "b2.csv"
        started, cpu0 = time.perf_counter(), time.process_time()
        done = carrier_export.export(app.uow, app.clock, "b2",
                                     write=carrier_export.file_writer(out))
        export_s, export_cpu = time.perf_counter() - started, time.process_time() - cpu0
        data = _tracking_csv(done.order_nos)
        started, cpu0 = time.perf_counter(), time.process_time()
        report = carrier_tracking.import_tracking(app.uow, app.clock, "b2", data)
        import_s, import_cpu = time.perf_counter() - started, time.process_time() - cpu0
        app.close()
    print(f"orders packed: {args.orders}, exported: {done.rows}, changes reported: "
          f"{len(check.changes)}, file: {len(done.data) / 1e6:.1f} MB cp932")
    print("(wall clock; CPU seconds of this process in brackets: the machine is shared)")
    print(f"B2 check (no write)     median of 3: {statistics.median(checks):6.2f} s "
          f"[{statistics.median(cpu):.2f}]")
    print(f"B2 export (write, mark)            : {export_s:6.2f} s [{export_cpu:.2f}]")
    print(f"tracking import ({report.shipped} shipped)  : {import_s:6.2f} s [{import_cpu:.2f}]")
    print("target: none set by issue 6 for the carrier CSV (figures for the record)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
