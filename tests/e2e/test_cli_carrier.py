"""`packstation export CARRIER --out FILE.csv` and `import-tracking CARRIER FILE.csv` as a cron
job runs them: the file's bytes, the changes on stderr per order and field (no address text),
exit 2 with one line per problem for a bad file, and nothing changed then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from packstation.bootstrap import build
from packstation.config import Config
from tests.carrier_data import add_packed, order, yamato_number

EXE = Path(sys.executable).parent / "packstation"


LEAD = ("--user", "suzuki")  # the demo shift lead: export and tracking import need a lead


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], check=False, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PACKSTATION_PIN": "2222"})


def _shop(tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    assert run("--db", db, "demo-data", "--orders", "0").returncode == 0
    app = build(Config(db, "cli-test"))
    add_packed(app, [order("R-1", name="𠮷田 花子"),
                     order("R-2", address1="中央区日本橋一丁目二番三号日本橋サンプルビルディング"
                           "東館北側通用口を入って右手奥の守衛室", address2="管理人室気付")])
    app.close()
    return db


def _statuses(db: str) -> dict[str, str]:
    return {o["order_no"]: o["status"] for o in json.loads(run("--db", db, "orders", "--json")
                                                            .stdout)}


def test_export_writes_cp932_crlf_and_reports_each_change_on_stderr(tmp_path: Path) -> None:
    db = _shop(tmp_path)
    out = tmp_path / "b2.csv"
    check = run("--db", db, "export", "b2", "--out", str(out), "--check")
    assert check.returncode == 0 and not out.exists() and "check only: 2 order(s)" in check.stdout
    done = run("--db", db, "export", "b2", "--out", str(out), *LEAD)
    assert done.returncode == 0, done.stderr
    assert "exported 2 order(s) for b2" in done.stdout
    data = out.read_bytes()
    assert data.startswith("お客様管理番号,送り状種類,".encode("cp932"))
    assert data.count(b"\r\n") == 3 and b"\n" not in data.replace(b"\r\n", b"")
    assert "吉田 花子".encode("cp932") in data
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2, done.stderr
    assert lines[0].startswith("order R-1, row 2, column 'お届け先名': '𠮷' (U+20BB7)")
    assert lines[1].startswith("order R-2, row 3, column 'お届け先アパートマンション名': ")
    assert "cut" in lines[1] and "守衛室" not in done.stderr  # no address text on stderr
    again = run("--db", db, "export", "b2", "--out", str(tmp_path / "again.csv"), *LEAD)
    assert again.returncode == 0 and "nothing to export" in again.stdout
    assert not (tmp_path / "again.csv").exists()


def test_import_tracking_bad_file_exits_2_then_good_file_ships(tmp_path: Path) -> None:
    db = _shop(tmp_path)
    assert run("--db", db, "export", "b2", "--out", str(tmp_path / "b2.csv"),
               *LEAD).returncode == 0
    n1, n2 = yamato_number(12345678901), yamato_number(22345678901)
    head = "お客様管理番号,送り状種類,クール区分,伝票番号\r\n"
    bad = tmp_path / "bad.csv"
    bad.write_bytes((head + f"R-1,0,0,{n1[:-1]}9\r\nR-7,0,0,{n2}\r\n").encode("cp932"))
    out = run("--db", db, "import-tracking", "b2", str(bad), *LEAD)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2, out.stderr
    assert lines[0].startswith(f"{bad}, row 2, column '伝票番号': ")
    assert lines[1].startswith(f"{bad}, row 3, column 'お客様管理番号': no order 'R-7'")
    assert _statuses(db) == {"R-1": "packed", "R-2": "packed"}
    good = tmp_path / "good.csv"
    good.write_bytes((head + f"R-1,0,0,{n1}\r\nR-2,0,0,{n2}\r\n").encode("cp932"))
    ok = run("--db", db, "import-tracking", "b2", str(good), *LEAD)
    assert ok.returncode == 0, ok.stderr
    assert "2 order(s) shipped" in ok.stdout
    assert _statuses(db) == {"R-1": "shipped", "R-2": "shipped"}


def test_unknown_carrier_and_missing_file_exit_2_in_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    out = run("--db", db, "export", "fedex", "--out", str(tmp_path / "x.csv"))
    assert out.returncode == 2 and out.stderr.strip().count("\n") == 0
    assert "unknown carrier 'fedex'" in out.stderr
    assert "use one of: b2, ehiden, yuprint" in out.stderr
    missing = run("--db", db, "import-tracking", "b2", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_check_carrier_file_names_the_rows_and_columns_that_do_not_fit(tmp_path: Path) -> None:
    """Issue 17: a file checked against the account's layout column by column."""
    db = _shop(tmp_path)
    out = tmp_path / "b2.csv"
    assert run("--db", db, "export", "b2", "--out", str(out), *LEAD).returncode == 0
    fits = run("--db", db, "check-carrier-file", "b2", str(out))
    assert fits.returncode == 0, fits.stderr
    assert "2 row(s) fit the b2 layout 'default'" in fits.stdout
    text = out.read_bytes().decode("cp932").splitlines()
    text[2] = text[2].rsplit(",", 1)[0]  # the second order loses its last column
    bad = tmp_path / "bad.csv"
    bad.write_bytes("\r\n".join(text).encode("cp932") + b"\r\n")
    refused = run("--db", db, "check-carrier-file", "b2", str(bad))
    assert refused.returncode == 2
    assert "row 3" in refused.stderr and "41 columns where the layout has 42" in refused.stderr
