"""Who may change the catalogue, the orders and the shipping state from the command line, what
the audit keeps, and imports that must be refused whole (invisible characters in numbers,
decompression bombs)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.robustness.conftest import ADMIN, LEAD, PINS, fingerprint, one_line, run

NEW_CODE = "4901234567122"  # a valid JAN no demo product has


def _audit(db: Path, action: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return [(r[0], r[1], json.loads(r[2])) for r in conn.execute(
            "SELECT target, user_id, detail FROM audit_log WHERE action = ? ORDER BY id",
            (action,))]


def _user_id(db: Path, login: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()[0])


def _products_csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "products.csv"
    path.write_text("sku,name_ja,jan\n" + rows, encoding="utf-8")
    return path


def _commands(shop: Path, tmp_path: Path) -> dict[str, tuple[str, ...]]:
    products = _products_csv(tmp_path, f"MUG-WHT,マグカップ 白,{NEW_CODE}\n")
    orders = tmp_path / "orders.csv"
    orders.write_text("order_no,sku,qty,ship_name,postal_code,prefecture,address1\n"
                      "N-1,MUG-WHT,1,山田 太郎,100-0001,東京都,千代田区1-1\n", encoding="utf-8")
    tracking = tmp_path / "tracking.csv"
    tracking.write_bytes("お客様管理番号,送り状種類,クール区分,伝票番号\r\nP-1,0,0,123456789013\r\n"
                         .encode("cp932"))
    return {"import-products": ("import-products", str(products)),
            "import-orders": ("import-orders", str(orders)),
            "import-tracking": ("import-tracking", "b2", str(tracking)),
            "export": ("export", "b2", "--out", str(tmp_path / "b2.csv")),
            "demo-data": ("demo-data", "--orders", "1", "--force")}


@pytest.mark.parametrize("command", ["import-products", "import-orders", "import-tracking",
                                     "export", "demo-data"])
def test_without_user_a_state_changing_command_is_refused(command: str, shop: Path,
                                                          tmp_path: Path) -> None:
    before = fingerprint(shop)
    out = run("--db", str(shop), *_commands(shop, tmp_path)[command], pin=PINS["admin"])
    assert out.returncode == 2
    line = one_line(out)
    assert f"'{command}' changes the" in line and "add --user LOGIN" in line
    assert fingerprint(shop) == before
    assert not (tmp_path / "b2.csv").exists()


@pytest.mark.parametrize(("command", "login"), [("import-products", "suzuki"),
                                                ("import-orders", "suzuki"),
                                                ("demo-data", "suzuki"),
                                                ("export", "sato"),
                                                ("import-tracking", "sato")])
def test_a_role_too_low_is_refused(command: str, login: str, shop: Path,
                                   tmp_path: Path) -> None:
    out = run("--db", str(shop), *_commands(shop, tmp_path)[command], "--user", login,
              pin=PINS[login])
    assert out.returncode == 2
    needed = "lead" if command in ("export", "import-tracking") else "admin"
    assert one_line(out) == (f"packstation: {login} may not run '{command}': it needs a "
                             f"{needed}; use the login of a {needed}.")
    assert _audit(shop, "role_refused")[-1][1] == _user_id(shop, login)
    assert _audit(shop, "cli_command") == []


def test_a_wrong_pin_or_no_pin_changes_nothing_but_the_failure_count(shop: Path,
                                                                     tmp_path: Path) -> None:
    args = ("--db", str(shop), *_commands(shop, tmp_path)["import-products"], *ADMIN)
    before = fingerprint(shop)
    no_pin = run(*args)  # no PACKSTATION_PIN and no terminal to ask on
    assert no_pin.returncode == 2
    assert "No PIN for --user admin: set PACKSTATION_PIN" in one_line(no_pin)
    assert fingerprint(shop) == before
    wrong = run(*args, pin="0000")
    assert wrong.returncode == 2
    assert "--user admin: unknown user or wrong PIN" in one_line(wrong)
    assert [a[1] for a in _audit(shop, "login_failed")] == [_user_id(shop, "admin")]
    assert _audit(shop, "import_products") == []


def test_a_barcode_move_is_audited_with_before_and_after(shop: Path, tmp_path: Path) -> None:
    first = _products_csv(tmp_path, f"MUG-WHT,マグカップ 白,{NEW_CODE}\n")
    out = run("--db", str(shop), "import-products", str(first), *ADMIN, pin=PINS["admin"])
    assert out.returncode == 0, out.stderr
    second = _products_csv(tmp_path, "MUG-BLK,マグカップ 黒,4912345000019\n")  # white's old
    out = run("--db", str(shop), "import-products", str(second), *ADMIN, pin=PINS["admin"])
    assert out.returncode == 0, out.stderr
    admin = _user_id(shop, "admin")
    imports = _audit(shop, "import_products")
    assert [(user, detail["codes_changed"]) for _t, user, detail in imports] == [
        (admin, [{"sku": "MUG-WHT", "before": ["4912345000019"], "after": [NEW_CODE]}]),
        (admin, [{"sku": "MUG-BLK", "before": ["4912345000026"], "after": ["4912345000019"]}])]
    runs = _audit(shop, "cli_command")
    assert [(t, u, d["login"]) for t, u, d in runs] == [("import-products", admin, "admin")] * 2
    assert all(d["os_user"] for _t, _u, d in runs)


def test_a_lead_exports_and_the_run_is_recorded(shop: Path, tmp_path: Path) -> None:
    out = run("--db", str(shop), *_commands(shop, tmp_path)["export"], *LEAD,
              pin=PINS["suzuki"])
    assert out.returncode == 0, out.stderr
    lead = _user_id(shop, "suzuki")
    assert _audit(shop, "carrier_export")[-1][1] == lead
    target, user, detail = _audit(shop, "cli_command")[-1]
    assert (target, user, detail["login"], detail["orders"]) == ("export", lead, "suzuki", 2)


def test_a_new_database_without_users_takes_a_first_import(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    products = _products_csv(tmp_path, f"NEW-1,新商品,{NEW_CODE}\n")
    out = run("--db", str(db), "import-products", str(products))
    assert out.returncode == 0, out.stderr
    target, user, detail = _audit(db, "cli_command")[0]
    assert (target, user, detail["login"]) == ("import-products", None, None)
    assert detail["os_user"]


def test_demo_data_refuses_a_database_with_real_orders_unless_forced(shop: Path) -> None:
    before = fingerprint(shop)
    out = run("--db", str(shop), "demo-data", "--orders", "2", *ADMIN, pin=PINS["admin"])
    assert out.returncode == 2
    assert one_line(out).startswith("packstation: This database already holds 2 real (not "
                                    "demo) orders")
    assert fingerprint(shop) == before
    forced = run("--db", str(shop), "demo-data", "--orders", "2", "--force", *ADMIN,
                 pin=PINS["admin"])
    assert forced.returncode == 0, forced.stderr
    assert _audit(shop, "cli_command")[-1][2]["force"] is True


@pytest.mark.parametrize("bad", ["R-\u202e1001", "R-\u200b1001", "R-\u20661001\u2069",
                                 "R-\ufeff1001", "R-1001\x07"])
def test_order_numbers_with_control_or_bidi_characters_are_refused(bad: str, shop: Path,
                                                                   tmp_path: Path) -> None:
    csv = tmp_path / "orders.csv"
    csv.write_text("order_no,sku,qty,ship_name,postal_code,prefecture,address1\n"
                   "N-1,MUG-WHT,1,山田 太郎,100-0001,東京都,千代田区1-1\n"
                   f"{bad},MUG-WHT,1,山田 太郎,100-0001,東京都,千代田区1-1\n", encoding="utf-8")
    before = fingerprint(shop)
    out = run("--db", str(shop), "import-orders", str(csv), *ADMIN, pin=PINS["admin"])
    assert out.returncode == 2
    line = one_line(out)
    assert line.startswith(f"{csv}, row 3, column 'order_no': contains ")
    assert ("character (U+" in line and "type the number again" in line) or \
        "contains a line break or control character" in line  # C0 controls: as before
    assert fingerprint(shop) == before


def test_a_decompression_bomb_is_refused(tmp_path: Path) -> None:
    from PIL import Image

    bomb = tmp_path / "bomb.png"
    Image.new("1", (12_000, 12_000), 1).save(bomb)  # 144 megapixels in a few kB
    assert bomb.stat().st_size < 100_000
    out = run("decode", str(bomb), "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert one_line(out) == (f"{bomb} is too large to decode (144,000,000 pixels, at most "
                             "100,000,000): crop or scale the image down.")
    huge = tmp_path / "huge.png"
    Image.new("1", (30_000, 30_000), 1).save(huge)  # Pillow refuses this one itself
    out = run("decode", str(huge), "--json")
    assert out.returncode == 2 and "is too large to decode" in one_line(out)
