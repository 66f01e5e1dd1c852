"""`packstation import-orders` as a cron job runs it: exit codes and one stderr line per
problem naming the row and the column, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

EXE = Path(sys.executable).parent / "packstation"  # the console script of this venv

HEADER = "注文番号,商品コード,数量,お届け先氏名,郵便番号,都道府県,住所1,時間帯\r\n"


ADMIN = ("--user", "admin")  # the demo admin (PIN 9999 from PACKSTATION_PIN)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], check=False, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PACKSTATION_PIN": "9999"})


def test_bad_file_exits_2_with_one_line_per_problem_then_good_file_imports(
        tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run("--db", db, "demo-data", "--orders", "0").returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_bytes((HEADER
                     + "R-1,MUG-WHT,=1+1,山田 太郎,100-0001,東京都,千代田区1-1,\r\n"
                     + "R-2,NO-SUCH,1,鈴木 花子,530-0001,大阪府,北区1,10-12\r\n").encode("cp932"))
    out = run("--db", db, "import-orders", str(bad), *ADMIN)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 3, out.stderr
    for line, (row, column) in zip(lines, [(2, "数量"), (3, "商品コード"), (3, "時間帯")],
                                   strict=True):
        assert line.startswith(str(bad)) and f"row {row}" in line
        assert f"column '{column}'" in line
    assert not any(re.search("山田|鈴木|100-0001", line) for line in lines)
    listed = run("--db", db, "orders", "--json")
    assert json.loads(listed.stdout) == []  # nothing was written

    good = tmp_path / "good.csv"
    good.write_bytes((HEADER
                      + "R-1,MUG-WHT,2,山田 太郎,100-0001,東京都,千代田区1-1,\r\n"
                      + "R-2,PEN-BLK,24,鈴木 花子,530-0001,大阪府,北区1,14-16\r\n"
                      + "R-1,MUG-BLK,1,,,,,\r\n").encode("cp932"))
    ok = run("--db", db, "import-orders", str(good), *ADMIN)
    assert ok.returncode == 0, ok.stderr
    assert "imported 3 rows" in ok.stdout and "cp932" in ok.stdout and "2 added" in ok.stdout
    orders = {o["order_no"]: o for o in json.loads(run("--db", db, "orders", "--json").stdout)}
    assert orders["R-1"]["lines"] == [{"sku": "MUG-WHT", "qty": 2}, {"sku": "MUG-BLK", "qty": 1}]
    assert orders["R-2"]["prefecture"] == "大阪府"
