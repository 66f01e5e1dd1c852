"""A locked, full, damaged, read-only or newer database, and a --db that is not a URL: exit 2
and one sentence naming the cause and the fix; the database as it was."""

from __future__ import annotations

import resource
import shutil
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.robustness.conftest import ADMIN, PINS, fingerprint, one_line, run

_ORDERS = "order_no,sku,qty,ship_name,postal_code,prefecture,address1\n"


def _orders_csv(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "orders.csv"
    rows = [f"N-{n},MUG-WHT,1,山田 太郎,100-0001,東京都,千代田区千代田1-{n} {'長い住所' * 20}"
            for n in range(count)]
    path.write_text(_ORDERS + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_locked_database_is_retried_visibly_then_exit_2(shop: Path, tmp_path: Path) -> None:
    csv = _orders_csv(tmp_path, 3)
    before = fingerprint(shop)
    with closing(sqlite3.connect(shop, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        out = run("--db", str(shop), "import-orders", str(csv), *ADMIN, pin=PINS["admin"],
                  env={"PACKSTATION_LOCK_RETRIES": "1"})
        other.execute("ROLLBACK")
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert lines == [
        "packstation: The database is locked by another program; retrying… (1/1)",
        f"packstation: The database {shop} stayed locked by another program: close that "
        "program or wait until it has finished, then run the command again; nothing was "
        "changed."]
    assert fingerprint(shop) == before


def _full_disk() -> None:
    """In the child: files cannot grow past 1 MB, so the import's writes fail (EFBIG)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))


def test_a_full_disk_during_an_import_changes_nothing(shop: Path, tmp_path: Path) -> None:
    csv = _orders_csv(tmp_path, 4000)  # several MB of orders: more than the disk takes
    before = fingerprint(shop)
    out = run("--db", str(shop), "import-orders", str(csv), *ADMIN, pin=PINS["admin"],
              preexec_fn=_full_disk)
    assert out.returncode == 2
    line = one_line(out)
    assert str(shop) in line and "disk is full" in line and "free some space" in line
    assert fingerprint(shop) == before


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "shop.db"
    junk.write_bytes(b"PK\x03\x04 this is a zip file, not SQLite" * 100)
    out = run("--db", str(junk), "orders", "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert one_line(out) == (f"packstation: {junk} is not a packstation database or is "
                             "damaged: check the --db path, or restore the database from a "
                             "backup.")
    assert junk.read_bytes().startswith(b"PK\x03\x04")


def test_a_damaged_database(shop: Path) -> None:
    data = bytearray(shop.read_bytes())
    data[100:4096 * 4] = b"\xff" * (4096 * 4 - 100)  # the schema pages overwritten
    shop.write_bytes(bytes(data))
    out = run("--db", str(shop), "orders", "--json")
    assert out.returncode == 2
    assert "is not a packstation database or is damaged" in one_line(out)


def test_a_read_only_database(shop: Path, tmp_path: Path) -> None:
    csv = _orders_csv(tmp_path, 2)
    before = fingerprint(shop)
    url = f"sqlite:///file:{shop}?mode=ro&uri=true"  # as a read-only mount gives it
    out = run("--db", url, "import-orders", str(csv), *ADMIN, pin=PINS["admin"])
    assert out.returncode == 2
    line = one_line(out)
    assert "cannot be written" in line or "cannot be opened" in line, line
    assert fingerprint(shop) == before


def test_a_database_from_a_newer_version(shop: Path) -> None:
    with closing(sqlite3.connect(shop)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
        conn.commit()
    before = fingerprint(shop)
    for args in (("orders", "--json"), ("label", "R-1001", "--out", "/dev/null")):
        out = run("--db", str(shop), *args)
        assert out.returncode == 2
        assert one_line(out) == (
            f"packstation: The database {shop} was made by a newer packstation (schema "
            "revision 0999, this one knows up to 0009): install the newer packstation, or "
            "use another --db.").replace("0009", _head())
    assert fingerprint(shop) == before


def _head() -> str:
    from packstation.adapters.db.revision import head_revision

    return head_revision()


def test_db_as_a_plain_path_is_a_sqlite_file(shop: Path, tmp_path: Path) -> None:
    shutil.copy(shop, tmp_path / "copy.db")
    out = run("--db", "copy.db", "orders", "--status", "packed", "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert '"order_no": "P-1"' in out.stdout


def test_db_that_is_no_url_and_no_path(tmp_path: Path) -> None:
    for value in ("mysql://shop@localhost/shop", "sqlite:/shop.db", "postgresql:/host/db"):
        out = run("--db", value, "orders", cwd=tmp_path)
        assert out.returncode == 2
        assert one_line(out) == (f"packstation: --db '{value}' is not a database this "
                                 "program can use: write a file path (shop.db), "
                                 "sqlite:///path/shop.db or postgresql://user@host/database.")
    gui = run("--db", "mysql://shop@localhost/shop", cwd=tmp_path)  # the GUI's start-up too
    assert gui.returncode == 2 and "--db 'mysql://" in one_line(gui)
    assert list(tmp_path.iterdir()) == []  # no file named after the typo
