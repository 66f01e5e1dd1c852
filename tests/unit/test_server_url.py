"""The station's server password comes from the OS keyring, never from a file or the URL."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from packstation.adapters.central.server import KEYRING_SERVICE, resolve_url
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("PACKSTATION_NO_KEYRING", raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_password_is_taken_from_the_keyring(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "station-1@db.example", "s3cret")
    url = resolve_url("postgresql+psycopg://station-1@db.example:5432/ps?sslmode=verify-full")
    assert url == ("postgresql+psycopg://station-1:s3cret@db.example:5432/ps"
                   "?sslmode=verify-full")


def test_url_without_stored_password_is_left_alone(memory_keyring: MemoryKeyring) -> None:
    url = "postgresql+psycopg://station-2@db.example/ps"
    assert resolve_url(url) == url


def test_a_password_in_the_url_wins_and_sqlite_is_untouched(
        memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "st@h", "other")
    assert resolve_url("postgresql+psycopg://st:given@h/ps") == \
        "postgresql+psycopg://st:given@h/ps"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
