"""PIN hashing with argon2id (argon2-cffi) and a secret pepper, and the system clock.

A station's PINs are short (4-12 digits): with the database file alone, argon2 slows an
offline guess but 10,000 guesses still take minutes. So the PIN is first keyed with a secret
*pepper* (HMAC-SHA256) kept outside the database, in the OS keyring (Windows Credential
Manager, macOS Keychain, Secret Service), and argon2 hashes that. A copied database file is
then useless without the pepper. The threat model is in docs/security.md.

Hash strings: ``$pspepper1$<pepper id>$argon2id$...`` for peppered hashes; a plain argon2
string (older versions, networked stations: hashes made on the admin PC) still verifies and
is re-hashed with the pepper at the next successful login where a pepper is used.

Without a usable keyring (a service account, CI, a headless box: the ``fail`` or ``null``
backend), the pepper is kept in a file ``pin-pepper`` (mode 0600) in the app's data folder
(0700), and a warning says so in the log: that still protects a database file copied, mailed
or backed up on its own, not a copy of the whole folder. One pepper per OS user, like the
keyring entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
MARK = "$pspepper1$"
KEYRING_SERVICE = "packstation"
KEYRING_USER = "pin-pepper"
PEPPER_FILE = "pin-pepper"


class PepperStore:
    """The station's pepper: ``<id>:<hex secret>``, in the keyring or (fallback) a file.

    The id travels in each hash, so a hash names the pepper it needs: after a restore on
    another computer the log says which pepper is missing instead of "wrong PIN" alone."""

    def __init__(self, fallback_dir: Path, keyring_backend: Any = None) -> None:
        self.fallback = fallback_dir / PEPPER_FILE
        self._backend = keyring_backend  # None = keyring's default for this OS user
        self._known: dict[str, bytes] = {}
        self._current: str | None = None

    def current(self) -> tuple[str, bytes]:
        """The pepper new hashes use: the keyring's, else the file's, else a new one."""
        if self._current is None:
            found = self._from_keyring() or self._from_file() or self._create()
            self._current = found
        return self._current, self._known[self._current]

    def get(self, pepper_id: str) -> bytes | None:
        if pepper_id not in self._known:
            self._from_keyring()
            self._from_file()
        return self._known.get(pepper_id)

    # -- storage ------------------------------------------------------------------------------
    def _keyring(self) -> Any | None:
        import keyring
        from keyring.backends import fail, null

        if self._backend is None and os.environ.get("PACKSTATION_NO_KEYRING"):
            return None  # as for the server password (adapters/central/server.py)
        backend = self._backend or keyring.get_keyring()
        return None if isinstance(backend, fail.Keyring | null.Keyring) else backend

    def _from_keyring(self) -> str | None:
        from keyring.errors import KeyringError

        backend = self._keyring()
        if backend is None:
            return None
        try:
            return self._remember(backend.get_password(KEYRING_SERVICE, KEYRING_USER))
        except KeyringError as e:  # locked or broken: the file fallback still works
            log.warning("OS keyring not readable (%s); PIN pepper from the file", type(e).__name__)
            return None

    def _from_file(self) -> str | None:
        try:
            return self._remember(self.fallback.read_text(encoding="ascii").strip())
        except FileNotFoundError:
            return None

    def _remember(self, value: str | None) -> str | None:
        if not value or ":" not in value:
            return None
        pepper_id, secret = value.split(":", 1)
        self._known[pepper_id] = bytes.fromhex(secret)
        return pepper_id

    def _create(self) -> str:
        from keyring.errors import KeyringError

        pepper_id, secret = secrets.token_hex(4), secrets.token_bytes(32)
        value = f"{pepper_id}:{secret.hex()}"
        backend = self._keyring()
        if backend is not None:
            try:
                backend.set_password(KEYRING_SERVICE, KEYRING_USER, value)
                log.info("PIN pepper %s created in the OS keyring", pepper_id)
                return self._remember(value) or pepper_id
            except KeyringError as e:
                log.warning("OS keyring not writable (%s)", type(e).__name__)
        from packstation.config import private_dir, private_file

        private_dir(self.fallback.parent)
        private_file(self.fallback).write_text(value + "\n", encoding="ascii")
        log.warning("no usable OS keyring: PIN pepper %s kept in %s (0600); a copy of that "
                    "folder can be attacked offline, a copy of the database alone cannot",
                    pepper_id, self.fallback)
        return self._remember(value) or pepper_id


class Argon2PinHasher:
    def __init__(self, pepper: PepperStore | None = None, *, pepper_new: bool = True) -> None:
        from argon2 import PasswordHasher

        # argon2id with a small memory cost: a PIN on a shared PC must verify in well under a
        # second; the lockout after N failures is what stops guessing at the station, the
        # pepper what stops guessing on a copied database.
        self._ph = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
        self.pepper = pepper
        self.pepper_new = pepper is not None and pepper_new  # False: checks peppered ones only

    def hash(self, pin: str) -> str:
        if self.pepper is None or not self.pepper_new:
            return self._ph.hash(pin)
        pepper_id, secret = self.pepper.current()
        return f"{MARK}{pepper_id}{self._ph.hash(_keyed(secret, pin))}"  # $argon2id$…

    def verify(self, pin_hash: str, pin: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            if not pin_hash.startswith(MARK):
                return self._ph.verify(pin_hash, pin)
            pepper_id, inner = pin_hash.removeprefix(MARK).split("$", 1)
            secret = self.pepper.get(pepper_id) if self.pepper is not None else None
            if secret is None:
                log.error("PIN pepper %s is not on this computer (keyring or %s): no PIN made "
                          "with it can be checked; restore it (docs/security.md)", pepper_id,
                          self.pepper.fallback if self.pepper else PEPPER_FILE)
                return False
            return self._ph.verify("$" + inner, _keyed(secret, pin))
        except (VerificationError, InvalidHashError, ValueError):
            return False

    def needs_rehash(self, pin_hash: str) -> bool:
        """A hash from before the pepper (or made elsewhere) is re-made at the next login."""
        return self.pepper_new and not pin_hash.startswith(MARK)


def _keyed(secret: bytes, pin: str) -> str:
    return hmac.new(secret, pin.encode("utf-8"), hashlib.sha256).hexdigest()


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)
