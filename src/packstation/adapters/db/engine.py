"""Engines for SQLite and PostgreSQL, and the schema migration on first use."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from packstation.adapters.db.revision import MIGRATIONS, head_revision, known_revisions
from packstation.domain.errors import ConfigError


def normalize_url(url: str) -> str:
    """Accept plain postgresql:// URLs (what admins type) and use the psycopg 3 driver."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL + synchronous=FULL: a committed scan survives kill -9 and power loss.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _private_database(path: Path) -> None:
    """The database holds customers' names and addresses: its folder 0700, the file 0600
    before SQLite opens it (an empty file is an empty database). SQLite gives the -wal and
    -shm files the database file's mode; ones an older version left readable are narrowed."""
    from packstation.config import private_dir, private_file

    private_dir(path.parent)
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file == path or file.exists():
            private_file(file)


def server_error_line(error: OperationalError) -> str:
    """Why the database server could not be reached, in one line: the driver's first line
    (no traceback, no connection string)."""
    lines = str(error.orig or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def make_engine(url: str) -> Engine:
    """hide_parameters: a database error never carries the statement's values (names,
    addresses, phone numbers) into an error message, a log or the error log file."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:" and not path.startswith("file:"):
            _private_database(Path(path))
        # In memory (simulate): one connection shared, or each would see its own empty
        # database; nothing on disk that a kill -9 could leave behind.
        pool = {"poolclass": StaticPool} if path in ("", ":memory:") else {}
        engine = create_engine(url, connect_args={"check_same_thread": False},
                               hide_parameters=True, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A server that does not answer must fail fast: the station then works on offline.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5},
                         hide_parameters=True)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (creates it from empty). Safe to run twice."""
    current = _revision(engine)
    if revision == "head" and current == head_revision():
        return  # the common start-up: nothing to do, and Alembic stays unloaded
    if current is not None and current not in known_revisions():
        from packstation.adapters.db.failures import sqlite_path

        # A newer packstation wrote this database: migrating "up" from a revision we don't
        # know cannot work, and would fail deep inside Alembic.
        raise ConfigError("db.newer", path=sqlite_path(engine.url.render_as_string()),
                          revision=current, head=head_revision())
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with _migrating(engine) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with _migrating(engine) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One transaction for the whole migration. On SQLite, with foreign keys off: a batch
    migration rebuilds a table (copy, DROP, rename), and with them on, dropping `orders`
    would cascade-delete every order's lines and address. An explicit BEGIN, as pysqlite
    would run the DDL outside any transaction (a failed migration then left half a schema).
    Rows the migration left pointing at nothing are refused, before commit."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a PRAGMA outside any transaction: pysqlite has not begun one yet
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            before = _dangling(conn)
            conn.commit()
        try:
            with conn.begin():
                if sqlite:
                    conn.exec_driver_sql("BEGIN")
                yield conn
                if sqlite and _dangling(conn) - before:
                    raise RuntimeError("the migration left rows pointing at nothing: "
                                       "nothing was changed")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _dangling(conn: Connection) -> Counter[tuple[str, str]]:
    """(table, parent) of every row whose foreign key points at nothing, counted: an old
    orphan does not block an upgrade, a new one does."""
    return Counter((row[0], row[2]) for row in conn.exec_driver_sql("PRAGMA foreign_key_check"))


def _revision(engine: Engine) -> str | None:
    """The schema revision of the database; None when it has none yet (empty)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(current) if current is not None else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
