"""The CLI's quick SQLite reader (adapters/db/quick_reads.py) against the ORM repositories.

The quick reader exists for speed only: it must read exactly what the unit of work reads, or a
label printed from the command line would differ from the one printed at the bench. These
tests compare both on every demo order and on orders that use every field a document shows.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from packstation.adapters.db.quick_reads import QuickDocumentReads, quick_reads_for
from packstation.bootstrap import App, build
from packstation.config import Config
from packstation.domain.errors import StateError
from packstation.domain.model import (
    CartonPlan,
    CoolType,
    Order,
    OrderLine,
    OrderStatus,
    ShipTo,
)
from packstation.services import settings
from packstation.services.demo import seed as demo
from packstation.services.dto import SessionUser
from packstation.services.printing import documents
from tests.documents_fixtures import TRACKING

TODAY = date(2026, 11, 23)


def _add_orders(app: App) -> None:
    full = Order(
        "Q-1", "楽天市場", OrderStatus.PACKED,
        [OrderLine(1, "TEE-RED-M", 2, 1, unit_price_yen=2480, tax_rate_pct=10),
         OrderLine(2, "RICE-5KG", 1, unit_price_yen=2980)],
        ship_to=ShipTo("髙橋 美咲", "060-0001", 1, "札幌市中央区北一条西1-1-1",
                       "コーポ緑が丘 305号室", "011-000-0000", "株式会社﨑山"),
        ordered_at=datetime(2026, 11, 22, 16, 30, 5, 123456, tzinfo=UTC),
        delivery_date=date(2026, 11, 25), time_slot="14-16", cod_yen=5460,
        cool=CoolType.FROZEN, gift=True, notes="置き配不可", tracking_no=TRACKING,
        service_code="takkyubin,takkyubin", size_class="80,60",
        cartons=(CartonPlan("B80", "takkyubin", "80"), CartonPlan("B60", "takkyubin", "60")))
    no_address = Order("Q-2", "web", OrderStatus.SHIPPED,
                       [OrderLine(1, "TEE-RED-M", 1, unit_price_yen=2480)])
    unknown_service = Order("Q-3", "web", OrderStatus.OPEN,
                            [OrderLine(1, "RICE-5KG", 3, unit_price_yen=2980)],
                            ship_to=ShipTo("山田 花子", "100-0001", 13, "千代田区1-1"),
                            service_code="gone-service", size_class="100")
    with app.uow() as uow:
        uow.orders.add_many([full, no_address, unknown_service])
        uow.commit()


@pytest.fixture
def shop(demo_app: App) -> App:
    _add_orders(demo_app)
    admin = SessionUser(1, "admin", "管理者", "admin", "ja")
    settings.save(demo_app.uow, admin, {"label_size": "a6", "zpl_kanji_font": "E:ANMDJ.TTF"})
    return demo_app


def _order_nos(app: App) -> list[str]:
    with app.uow() as uow:
        return [o.order_no for o in uow.orders.search(limit=10_000)]


def test_same_reads_as_the_unit_of_work_for_every_order(shop: App) -> None:
    quick = quick_reads_for(shop.config.db_url)
    assert quick is not None, "a demo database at the newest schema is served quickly"
    numbers = _order_nos(shop)
    assert {"Q-1", "Q-2", "Q-3"} <= set(numbers) and len(numbers) > 50
    with quick() as fast, shop.uow() as orm:
        for no in [*numbers, "NOPE-1"]:
            assert fast.orders.get(no) == orm.orders.get(no), no
        skus = [p.sku for p in orm.products.list_all()]
        assert fast.products.get_many(skus) == orm.products.get_many(skus)
        assert fast.products.get_many([]) == {}
        keys = [f.name for f in fields(settings.Settings)]
        assert fast.settings.get_many(keys) == orm.settings.get_many(keys)
        assert settings.read(fast) == settings.read(orm)
        for service in [*orm.catalog.services(active_only=False), None]:
            code = service.code if service else "no-such-service"
            assert fast.catalog.service_names(code) == orm.catalog.service_names(code), code


def test_same_label_and_slip_content_as_the_unit_of_work(shop: App) -> None:
    quick = quick_reads_for(shop.config.db_url)
    assert quick is not None
    for no in _order_nos(shop):
        if no == "Q-2":
            continue  # no address: refused both ways (below)
        assert documents.label_contents(quick, no) == documents.label_contents(shop.uow, no)
        assert (documents.slip_content(quick, no, today=TODAY)
                == documents.slip_content(shop.uow, no, today=TODAY))
    (first, second), cfg = documents.label_contents(quick, "Q-1")
    assert (first.size_class, second.size_class, cfg.label_size) == ("80", "60", "a6")
    assert first.service and (first.carton, second.carton, second.cartons) == (1, 2, 2)
    for reads in (quick, shop.uow):
        with pytest.raises(StateError, match="no customer address"):
            documents.label(reads, shop.renderer, "Q-2")


def test_documents_are_byte_for_byte_the_same(shop: App) -> None:
    quick = quick_reads_for(shop.config.db_url)
    assert quick is not None
    for fmt in ("pdf", "zpl"):
        assert (documents.label(quick, shop.renderer, "Q-1", fmt=fmt)
                == documents.label(shop.uow, shop.renderer, "Q-1", fmt=fmt))


def test_only_an_existing_sqlite_file_at_the_newest_schema_is_read_quickly(
        tmp_path: Path, demo_db: str) -> None:
    assert isinstance(quick_reads_for(demo_db), QuickDocumentReads)
    assert quick_reads_for("postgresql://station@central/packstation") is None
    assert quick_reads_for("sqlite:///:memory:") is None
    missing = tmp_path / "nowhere.db"
    assert quick_reads_for(f"sqlite:///{missing}") is None
    assert not missing.exists(), "looking must not create an empty database"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert quick_reads_for(f"sqlite:///{junk}") is None
    older = _older_schema(tmp_path)
    assert quick_reads_for(older) is None, "an older schema goes the ORM way, which migrates"
    assert quick_reads_for(f"{demo_db}?timeout=20") is None, "driver options: the ORM way"


def test_a_percent_encoded_path_is_the_file_sqlalchemy_opens(demo_db: str,
                                                             tmp_path: Path) -> None:
    spaced = tmp_path / "棚 1 #2" / "my shop.db"
    spaced.parent.mkdir()
    spaced.write_bytes(Path(demo_db.removeprefix("sqlite:///")).read_bytes())
    url = f"sqlite:///{str(spaced).replace(' ', '%20').replace('#', '%23')}"
    quick = quick_reads_for(url)
    assert quick is not None and quick.path == spaced
    app = build(Config(url, "t"), migrate=False)  # SQLAlchemy decodes the URL the same way
    try:
        assert documents.label_contents(quick, "R-1001") == documents.label_contents(app.uow,
                                                                                   "R-1001")
    finally:
        app.close()


def _older_schema(tmp_path: Path) -> str:
    """A demo shop one migration behind, as a station that was not yet upgraded."""
    from packstation.adapters.db.engine import downgrade, make_engine

    url = f"sqlite:///{tmp_path / 'older.db'}"
    app = build(Config(url, "t"))
    demo.seed(app.uow, app.hasher, 2)
    app.close()
    engine = make_engine(url)
    downgrade(engine, "0007")
    engine.dispose()
    return url


_CLI = """
import sys
from packstation.cli import run
code = run(["--db", sys.argv[1], sys.argv[2], "R-1001", "--out", sys.argv[3]])
print(code, "sqlalchemy" in sys.modules)
"""


def _cli(db: str, command: str, out: Path) -> str:
    done = subprocess.run([sys.executable, "-c", _CLI, db, command, str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


@pytest.mark.parametrize("command", ["label", "slip"])
def test_the_cli_makes_documents_without_the_orm(demo_db: str, tmp_path: Path,
                                                 command: str) -> None:
    out = tmp_path / f"{command}.pdf"
    assert _cli(demo_db, command, out) == "0 False"
    assert out.read_bytes().startswith(b"%PDF")


def test_the_cli_migrates_an_older_file_first(tmp_path: Path) -> None:
    url = _older_schema(tmp_path)
    out = tmp_path / "label.pdf"
    assert _cli(url, "label", out) == "0 True"
    assert out.read_bytes().startswith(b"%PDF")
    assert quick_reads_for(url) is not None, "migrated to the newest schema"
