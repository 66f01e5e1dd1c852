"""PIN hashing with argon2id (argon2-cffi) and the system clock."""

from __future__ import annotations

import datetime as dt


class Argon2PinHasher:
    def __init__(self) -> None:
        from argon2 import PasswordHasher

        # argon2id with a small memory cost: a 4-digit PIN on a shared PC must verify in
        # well under a second; the lockout after N failures is what stops guessing.
        self._ph = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

    def hash(self, pin: str) -> str:
        return self._ph.hash(pin)

    def verify(self, pin_hash: str, pin: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._ph.verify(pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)
