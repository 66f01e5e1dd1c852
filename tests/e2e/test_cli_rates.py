"""`packstation export-rates` / `import-rates` (issue 17): the rate table keeps its
適用開始日 through the command line; next year's table is stored beside the one in force; a
bad date refuses the whole file with its row and column (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXE = Path(sys.executable).parent / "packstation"
ADMIN = ("--user", "admin")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], check=False, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PACKSTATION_PIN": "9999"})


def test_rate_tables_go_out_and_in_with_their_date(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run("--db", db, "demo-data", "--orders", "0").returncode == 0
    now = tmp_path / "now.csv"
    done = run("--db", db, "export-rates", "yupacket", "--out", str(now), *ADMIN)
    assert done.returncode == 0, done.stderr
    lines = now.read_text(encoding="utf-8-sig").split("\n")
    assert lines[0].strip() == "都道府県,1cm,2cm,3cm,適用開始日"
    assert lines[1].strip() == "全国(既定),250,310,360,2000-01-01"
    ahead = tmp_path / "2099.csv"
    ahead.write_text("都道府県,1cm,2cm,3cm,適用開始日\n全国,270,330,380,2099-04-01\n",
                     encoding="utf-8")
    stored = run("--db", db, "import-rates", "yupacket", str(ahead), *ADMIN)
    assert stored.returncode == 0, stored.stderr
    assert "from 2099-04-01" in stored.stdout
    back = tmp_path / "back.csv"
    assert run("--db", db, "export-rates", "yupacket", "--out", str(back), "--from",
               "2099-04-01", *ADMIN).returncode == 0
    assert back.read_text(encoding="utf-8-sig").split("\n")[1].strip() == \
        "全国(既定),270,330,380,2099-04-01"
    again = tmp_path / "again.csv"  # the table in force is still the old one
    assert run("--db", db, "export-rates", "yupacket", "--out", str(again), *ADMIN) \
        .returncode == 0
    assert again.read_bytes() == now.read_bytes()


def test_a_bad_date_is_refused_with_row_and_column(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run("--db", db, "demo-data", "--orders", "0").returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("都道府県,1cm,2cm,3cm,適用開始日\n全国,270,330,380,2099-04-31\n",
                   encoding="utf-8")
    refused = run("--db", db, "import-rates", "yupacket", str(bad), *ADMIN)
    assert refused.returncode == 2
    assert "row 2" in refused.stderr and "適用開始日" in refused.stderr
    assert "YYYY-MM-DD" in refused.stderr
    nobody = run("--db", db, "import-rates", "yupacket", str(bad))
    assert nobody.returncode == 2 and "--user" in nobody.stderr
