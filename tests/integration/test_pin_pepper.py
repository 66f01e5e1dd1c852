"""PINs are keyed with a secret pepper kept outside the database (issue 16: 4-digit hashes
were cracked offline from the database file in minutes). docs/security.md."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from keyring.backends import fail

from packstation.adapters.security import MARK, PEPPER_FILE, Argon2PinHasher, PepperStore
from packstation.bootstrap import App
from packstation.domain.errors import AuthenticationFailed, StateError
from packstation.domain.model import Role
from packstation.services import auth
from tests.memory_keyring import MemoryKeyring


def stored_hash(app: App, login: str) -> str:
    with app.uow() as uow:
        user = uow.users.by_login(login)
    assert user is not None
    return user.pin_hash


def test_a_copied_database_alone_cannot_check_a_pin(demo_app: App, tmp_path: Path) -> None:
    pin_hash = stored_hash(demo_app, "sato")
    assert pin_hash.startswith(MARK)
    assert demo_app.hasher.verify(pin_hash, "1111")
    # An attacker with the file: argon2 alone, or another computer's pepper, finds nothing.
    assert not Argon2PinHasher().verify(pin_hash, "1111")
    assert not Argon2PinHasher(PepperStore(tmp_path)).verify(pin_hash, "1111")


def test_an_old_hash_still_logs_in_and_is_made_again_with_the_pepper(app: App) -> None:
    auth.create_user(app.uow, Argon2PinHasher(), login_name="old", display_name="古い",
                     role=Role.PACKER, pin="4321")  # as an older version stored it
    old = stored_hash(app, "old")
    assert old.startswith("$argon2id$")
    with pytest.raises(AuthenticationFailed):
        auth.login(app.uow, app.hasher, app.clock, "old", "9999")
    assert stored_hash(app, "old") == old  # a wrong PIN changes nothing
    auth.login(app.uow, app.hasher, app.clock, "old", "4321")
    new = stored_hash(app, "old")
    assert new.startswith(MARK) and not Argon2PinHasher().verify(new, "4321")
    assert auth.login(app.uow, app.hasher, app.clock, "old", "4321").login == "old"


def test_pins_of_4_to_12_digits(app: App) -> None:
    auth.create_user(app.uow, app.hasher, login_name="long", display_name="長い",
                     role=Role.PACKER, pin="123456789012")
    assert auth.login(app.uow, app.hasher, app.clock, "long", "123456789012").login == "long"
    for bad in ("123", "1234567890123", "12a4", "１２３４"):
        with pytest.raises(StateError, match="A PIN is 4 to 12 digits"):  # domain/users.py
            auth.create_user(app.uow, app.hasher, login_name=f"x{len(bad)}",
                             display_name="x", role=Role.PACKER, pin=bad)


def test_the_pepper_lives_in_the_os_keyring_when_there_is_one(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    pin_hash = Argon2PinHasher(PepperStore(tmp_path, ring)).hash("2468")
    assert list(ring.store) == [("packstation", "pin-pepper")]
    assert not (tmp_path / PEPPER_FILE).exists()
    again = Argon2PinHasher(PepperStore(tmp_path, ring))  # the next start
    assert again.verify(pin_hash, "2468") and not again.verify(pin_hash, "2469")


def test_without_a_keyring_the_pepper_file_is_0600_and_the_log_says_so(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "data"
    with caplog.at_level(logging.WARNING, "packstation.adapters.security"):
        pin_hash = Argon2PinHasher(PepperStore(folder, fail.Keyring())).hash("1357")
    assert stat.S_IMODE(os.stat(folder / PEPPER_FILE).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert "no usable OS keyring" in caplog.text
    assert "1357" not in caplog.text
    assert Argon2PinHasher(PepperStore(folder, fail.Keyring())).verify(pin_hash, "1357")


def test_a_missing_pepper_is_named_in_the_log(tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    pin_hash = Argon2PinHasher(PepperStore(tmp_path / "a", fail.Keyring())).hash("1111")
    with caplog.at_level(logging.ERROR, "packstation.adapters.security"):
        assert not Argon2PinHasher(PepperStore(tmp_path / "b", fail.Keyring())).verify(
            pin_hash, "1111")
    pepper_id = pin_hash.removeprefix(MARK).split("$", 1)[0]
    assert f"PIN pepper {pepper_id} is not on this computer" in caplog.text
