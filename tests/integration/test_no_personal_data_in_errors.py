"""Customer addresses are never in logs. A database error is what the GUI and the CLI log as
an unexpected error: the engines hide the statement's values (make_engine: hide_parameters),
and the log handlers cut PostgreSQL's DETAIL lines, which repeat the failed row
(logging_setup.RedactingFormatter). Checked here through the CLI's real error log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import OrderRow, ShipToRow

NAME, STREET, PHONE = "山田 花子", "千代田区千代田1-1 秘密マンション101", "090-1234-5678"


def _refused(url: str, **row: object) -> DBAPIError:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            order_id = conn.scalar(select(OrderRow.id).limit(1))
            values = {"order_id": order_id, "name": NAME, "postal_code": "1000001",
                      "prefecture_code": 13, "address1": STREET, "phone": PHONE, **row}
            with pytest.raises(IntegrityError) as refused:
                conn.execute(insert(ShipToRow).values(**values))
        return refused.value
    finally:
        engine.dispose()


def _logged(error: BaseException, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from packstation import cli, config

    monkeypatch.setattr(config, "default_data_dir", lambda: tmp_path)
    return cli._log_unexpected(error, "label").read_text(encoding="utf-8")  # type: ignore[arg-type]


def _no_customer_data(text: str) -> None:
    assert "ship_to" in text, "it is the error we meant"
    assert NAME not in text and STREET not in text and PHONE not in text


def test_sqlite_errors_carry_no_address(demo_db: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    error = _refused(demo_db)  # the order has an address already
    _no_customer_data(str(error))
    _no_customer_data(_logged(error, tmp_path, monkeypatch))


@pytest.mark.postgres
def test_postgresql_errors_are_logged_without_the_row(pg_url: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.demo import seed as demo

    app = build(Config(pg_url, "t"))
    demo.seed(app.uow, app.hasher, 2)
    app.close()
    duplicate = _refused(pg_url)
    _no_customer_data(str(duplicate))
    no_name = _refused(pg_url, order_id=None, name=None)  # NOT NULL: the server quotes the row
    assert STREET in str(no_name.orig), "PostgreSQL repeats the row: the log must cut it"
    log = _logged(no_name, tmp_path, monkeypatch)
    _no_customer_data(log)
    assert "removed: it may contain customer data" in log and "Traceback" in log
