"""The translation marker for message templates (pyside6-lupdate reads it by name)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Returns ``text``: only marks it for lupdate. ``context`` is always "Messages"."""
    return text
