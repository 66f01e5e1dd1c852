"""A throwaway PostgreSQL cluster for the test run.

Runs initdb into a temporary directory, starts the server on a free random port on 127.0.0.1
(socket file in the same directory, so it never touches a system cluster) and removes all of it
on stop(). initdb and postgres refuse to run as root, so as root every server command runs as
the `postgres` system user (which the Debian package `postgresql` creates).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import psycopg
from psycopg import sql

INSTALL_HINT = (
    "install the Debian package postgresql (`make test` installs it via scripts/setup.sh)"
)
SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")
DEBIAN_GLOB = "/usr/lib/postgresql/*/bin"
RUN_AS = "postgres"
COMMAND_TIMEOUT_S = 120
# Database names are interpolated into URLs, so keep them to plain identifiers.
DB_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class PostgresUnavailable(RuntimeError):
    """PostgreSQL could not be found or started; the message says what to do."""


def find_bindir() -> Path:
    """The newest Debian server bin directory, else the one holding pg_ctl on PATH."""
    candidates = [Path(p) for p in sorted(Path("/").glob(DEBIAN_GLOB.lstrip("/")))]
    complete = [d for d in candidates if all((d / t).is_file() for t in SERVER_TOOLS)]
    if complete:
        return max(complete, key=_version_key)
    on_path = shutil.which("pg_ctl")
    if on_path:
        bindir = Path(on_path).resolve().parent
        if all((bindir / t).is_file() for t in SERVER_TOOLS):
            return bindir
    raise PostgresUnavailable(
        f"PostgreSQL server programs ({', '.join(SERVER_TOOLS)}) not found in {DEBIAN_GLOB} "
        f"or on PATH: {INSTALL_HINT}."
    )


def _version_key(bindir: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,); "9.6" -> (9, 6). Numeric, so 16 beats 9.6.
    return tuple(int(part) for part in re.findall(r"\d+", bindir.parent.name))


def free_port() -> int:
    """A port the kernel just handed out as free (ephemeral range, so high and random)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayCluster:
    """One temporary PostgreSQL server; superuser `postgres`, trust authentication.

    Use start() / stop() or `with ThrowawayCluster() as cluster:`. stop_server() and
    start_server() stop and restart the same server (same data, same port) within a test.
    """

    def __init__(self, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_bindir()
        self.as_root = os.geteuid() == 0
        self.port = 0
        self.base_dir: Path | None = None
        self.running = False

    # ----------------------------------------------------------------- public API
    @property
    def admin_url(self) -> str:
        return self.url_for("postgres")

    @property
    def data_dir(self) -> Path:
        return self._base() / "data"

    @property
    def log_file(self) -> Path:
        return self._base() / "server.log"

    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL of a database in this cluster."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> ThrowawayCluster:
        """initdb a fresh cluster and start it; cleans up after itself if that fails."""
        if self.base_dir is not None:
            raise RuntimeError("cluster already started")
        self.base_dir = self._make_base_dir()
        atexit.register(self.stop)  # backstop if the test session dies before its teardown
        try:
            self._initdb()
            self._start_on_free_port()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server at once (nothing here is worth a clean shutdown) and delete it all."""
        atexit.unregister(self.stop)
        if self.base_dir is None:
            return
        try:
            if self.running:
                self.stop_server(mode="immediate")
        finally:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = None

    def stop_server(self, mode: str = "fast") -> None:
        """Stop the server but keep its data; "immediate" simulates a crash instead."""
        self._pg_ctl("stop", "-m", mode, "-w")
        self.running = False

    def start_server(self) -> None:
        """(Re)start the server on the same port, so URLs handed out earlier stay valid."""
        options = (
            f"-p {self.port} -k {shlex.quote(str(self._base()))}"
            " -c listen_addresses=127.0.0.1 -c fsync=off"
        )
        self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.log_file), "-o", options)
        self.running = True

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        self._execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(_checked(name))))
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, closing any connections a test forgot to close."""
        statement = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        self._execute(statement.format(sql.Identifier(_checked(name))))

    def __enter__(self) -> ThrowawayCluster:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ----------------------------------------------------------------- internals
    def _base(self) -> Path:
        if self.base_dir is None:
            raise RuntimeError("cluster not started")
        return self.base_dir

    def _make_base_dir(self) -> Path:
        base = Path(tempfile.mkdtemp(prefix="packstation-pg-"))
        if self.as_root:
            try:
                shutil.chown(base, user=RUN_AS, group=None)
            except LookupError as exc:
                shutil.rmtree(base, ignore_errors=True)
                raise PostgresUnavailable(
                    f"running as root, so initdb must run as the '{RUN_AS}' user, which does "
                    f"not exist: {INSTALL_HINT}."
                ) from exc
        return base

    def _initdb(self) -> None:
        # C.UTF-8 sorts like C but knows UTF-8 character classes; plain C if it is missing.
        failure: PostgresUnavailable | None = None
        for locale in ("C.UTF-8", "C"):
            try:
                self._run(["initdb", "-D", str(self.data_dir), "-A", "trust", "-U", "postgres",
                           "-E", "UTF8", f"--locale={locale}", "--no-sync"])
                return
            except PostgresUnavailable as exc:
                failure = exc
                shutil.rmtree(self.data_dir, ignore_errors=True)
        assert failure is not None
        raise failure

    def _start_on_free_port(self, attempts: int = 3) -> None:
        # Another process may grab the port between free_port() and the bind: try a new one.
        for attempt in range(1, attempts + 1):
            self.port = free_port()
            try:
                self.start_server()
                return
            except PostgresUnavailable:
                if attempt == attempts or "already in use" not in self._log_tail():
                    raise

    def _pg_ctl(self, *args: str) -> None:
        self._run(["pg_ctl", "-D", str(self.data_dir), *args])

    def _run(self, argv: Sequence[str]) -> None:
        command = [str(self.bindir / argv[0]), *argv[1:]]
        if self.as_root:
            command = self._as_postgres(command)
        # PG* variables of the caller (PGPORT, PGHOST, ...) must not steer this cluster.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        try:
            done = subprocess.run(command, cwd=self._base(), env=env, capture_output=True,
                                  text=True, timeout=COMMAND_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PostgresUnavailable(f"{argv[0]} could not run: {exc}") from exc
        if done.returncode != 0:
            raise PostgresUnavailable(
                f"{shlex.join(argv)} failed (exit {done.returncode}):\n"
                f"{done.stdout}{done.stderr}{self._log_tail()}"
            )

    @staticmethod
    def _as_postgres(command: list[str]) -> list[str]:
        if shutil.which("runuser"):
            return ["runuser", "-u", RUN_AS, "--", *command]
        return ["su", RUN_AS, "-s", "/bin/sh", "-c", shlex.join(command)]

    def _log_tail(self, lines: int = 20) -> str:
        with contextlib.suppress(OSError):
            tail = self.log_file.read_text(errors="replace").splitlines()[-lines:]
            return "server log:\n" + "\n".join(tail) if tail else ""
        return ""

    def _execute(self, statement: sql.Composed) -> None:
        # CREATE/DROP DATABASE cannot run inside a transaction, hence autocommit.
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                             dbname="postgres", autocommit=True, connect_timeout=10) as conn:
            conn.execute(statement)


def _checked(name: str) -> str:
    if not DB_NAME.fullmatch(name):
        raise ValueError(f"database name {name!r} must match {DB_NAME.pattern}")
    return name
