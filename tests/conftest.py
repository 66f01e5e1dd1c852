"""Fixtures shared by the whole test suite.

PostgreSQL
    pg_cluster  session: one throwaway server (tests/pgcluster.py). Started the first time a test
                asks for it, so runs that never touch PostgreSQL do not pay for initdb; stopped
                and deleted at the end of the session, whatever the outcome.
    pg_url      function: SQLAlchemy URL of a fresh, empty database, dropped after the test.

Without PostgreSQL installed these fixtures FAIL with the install hint; they never skip, so a
run without the database cannot look green.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from tests.pgcluster import PostgresUnavailable, ThrowawayCluster

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session", autouse=True)
def private_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The app's data folder (PIN pepper file, error log) in a temporary folder, and no OS
    keyring: tests never touch the developer's own station data or keyring. Subprocesses
    (the CLI tests) inherit both."""
    import os

    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "PACKSTATION_NO_KEYRING")}
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    os.environ["PACKSTATION_NO_KEYRING"] = "1"
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    cluster = _start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: ThrowawayCluster, request: pytest.FixtureRequest) -> Iterator[str]:
    # Numbered for uniqueness, named after the test so a leftover is easy to trace.
    test_name = re.sub(r"[^a-z0-9_]+", "_", request.node.name.lower())
    name = f"t{next(_database_numbers)}_{test_name}"[:63]
    _ensure_running(pg_cluster)
    url = pg_cluster.create_database(name)
    yield url
    _ensure_running(pg_cluster)
    pg_cluster.drop_database(name)


def _start_cluster() -> ThrowawayCluster:
    try:
        return ThrowawayCluster().start()
    except PostgresUnavailable as exc:
        message = f"cannot start the PostgreSQL test cluster: {exc}"
    # Failed outside the except block, so the report shows the hint once, not a chained trace.
    pytest.fail(message, pytrace=False)


def _ensure_running(cluster: ThrowawayCluster) -> None:
    # A test that stops the server and fails before restarting it must not break the next ones.
    if not cluster.running:
        cluster.start_server()


# --- the application on a temporary SQLite file ---------------------------------------------
# Seeding the demo shop hashes four PINs with argon2 and migrates from empty (~1 s), so it is
# done once per session into a template file that each test copies.

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

from packstation.bootstrap import App, build  # noqa: E402
from packstation.config import Config  # noqa: E402


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from packstation.services.demo import seed as demo

    path = tmp_path_factory.mktemp("template") / "demo.db"
    app = build(Config(f"sqlite:///{path}", "test-station"))
    demo.seed(app.uow, app.hasher, 50)
    app.close()  # disposing the engine checkpoints the WAL into the main file
    return path


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    """An empty, migrated database."""
    built = build(Config(f"sqlite:///{tmp_path / 'empty.db'}", "test-station"))
    yield built
    built.close()


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def demo_app(demo_db: str) -> Iterator[App]:
    """The demo shop: 40+ products, 50 open orders, users sato/1111 nguyen/1112 suzuki/2222
    (lead) admin/9999."""
    built = build(Config(demo_db, "test-station"))
    yield built
    built.close()
