"""Messages a user may read, as codes with parameters, rendered by one catalogue.

A service never writes a sentence: it raises an error (or reports a problem) with a *code* and
its parameters, e.g. ``Msg("packing.order_not_open", order_no="R-1001")``. The catalogue maps
each code to an English template (``{order_no}`` placeholders). The CLI renders the English
(:func:`english`); the GUI renders through Qt's translation with the same template as the
source text (``ui/errors.py``), so Japanese lives in the .ts files, edited in Qt Linguist.

Templates are marked with ``QT_TRANSLATE_NOOP("Messages", ...)`` so that pyside6-lupdate finds
them here; the marker is a plain function: the domain does not import Qt.

A parameter may itself be a :class:`Msg` (rendered in the same language), a list or tuple
(joined with ", "), or plain data (an order number, a SKU, a count), shown as it is.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.messages.catalogue import CATALOGUE

Translate = Callable[[str], str]  # English template → the template in the user's language


@dataclass(frozen=True)
class Msg:
    """One message: its code and parameters. Unknown codes fail at once (a typo is a bug)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in CATALOGUE:
            raise KeyError(f"message code {code!r} is not in the catalogue")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", dict(params))

    @property
    def template(self) -> str:
        return CATALOGUE[self.code]

    def __str__(self) -> str:
        return english(self)


def render(msg: Msg, translate: Translate) -> str:
    """The message in the language ``translate`` gives; parameters formatted in the same."""
    values = {name: _value(value, translate) for name, value in msg.params.items()}
    return _Formatter().vformat(translate(msg.template), (), values)


def english(msg: Msg) -> str:
    return render(msg, lambda template: template)


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields a template uses (a translation must use the same ones)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _value(value: Any, translate: Translate) -> str:
    if isinstance(value, Msg):
        return render(value, translate)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_value(v, translate) for v in value)
    return str(value)


class _Formatter(string.Formatter):
    """A missing parameter shows as ``{name}`` instead of failing: a message must never be the
    reason an error cannot be shown."""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)
