"""Customer addresses are never in logs: a database error, which the GUI and the CLI log as
an unexpected error, must not carry the statement's values (make_engine: hide_parameters)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from packstation.adapters.db.engine import make_engine
from packstation.adapters.db.models import OrderRow, ShipToRow

NAME, STREET, PHONE = "山田 花子", "千代田区千代田1-1 秘密マンション101", "090-1234-5678"


def _refused_insert(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            order_id = conn.scalar(select(OrderRow.id).limit(1))
            row = {"order_id": order_id, "name": NAME, "postal_code": "1000001",
                   "prefecture_code": 13, "address1": STREET, "phone": PHONE}
            with pytest.raises(IntegrityError) as refused:  # the order has an address already
                conn.execute(insert(ShipToRow).values(**row))
        return f"{refused.value}\n{refused.getrepr()}"
    finally:
        engine.dispose()


def test_sqlite_errors_carry_no_address(demo_db: str) -> None:
    text = _refused_insert(demo_db)
    assert "ship_to" in text, "it is the error we meant"
    assert NAME not in text and STREET not in text and PHONE not in text


@pytest.mark.postgres
def test_postgresql_errors_carry_no_address(pg_url: str) -> None:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services import demo

    app = build(Config(pg_url, "t"))
    demo.seed(app.uow, app.hasher, 2)
    app.close()
    text = _refused_insert(pg_url)
    assert "ship_to" in text
    assert NAME not in text and STREET not in text and PHONE not in text
