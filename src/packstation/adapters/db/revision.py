"""Where the migrations live and which one is newest: no SQLAlchemy or Alembic import, so the
quick reader (quick_reads.py) can check a file's schema in a fresh process."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def known_revisions() -> set[str]:
    """Every revision this version knows, read from the file names (NNNN_….py)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def head_revision() -> str:
    """The newest revision."""
    return max(known_revisions())
