"""Logs never hold customer data (names, addresses, phone numbers).

The engines hide statement values (adapters/db/engine.py), but PostgreSQL repeats the row of
a failed statement in its own error text ("DETAIL: Failing row contains (…)", "Key (…)=(…)").
Every log handler of the app formats through RedactingFormatter, which cuts those lines from
messages and tracebacks alike (chained causes included).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_CUSTOMER_DATA = re.compile(r"^\s*DETAIL:|Failing row contains|^\s*Key \(|^\s*\[parameters:")
REMOVED = "DETAIL: (removed: it may contain customer data)"


def redact(text: str) -> str:
    return "\n".join(REMOVED if _CUSTOMER_DATA.search(line) else line
                     for line in text.splitlines())


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def handler_for(target: Path | TextIO) -> logging.Handler:
    """A UTF-8 file handler (a path) or a stream handler (sys.stderr), redacting."""
    handler: logging.Handler
    if isinstance(target, Path):
        from packstation.config import private_file

        # 0600: a traceback may still name an order number or a login.
        handler = logging.FileHandler(private_file(target), encoding="utf-8")
    else:
        handler = logging.StreamHandler(target)
    handler.setFormatter(RedactingFormatter(FORMAT))
    return handler
