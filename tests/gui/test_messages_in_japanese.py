"""Every message code the services may raise reads in Japanese through the GUI's error path:
no English is left once the sample data is taken out (tests/gui/japanese.py lists the words
that stay as typed: file formats, commands, cell values)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.domain.errors import BadInput, InputProblem, StateError
from packstation.domain.messages import Msg, placeholders
from packstation.domain.messages.catalogue import CATALOGUE
from tests.gui.japanese import data_of, english_left

# Parameters that hold a message (a reason, a status, a fix) get one; the rest plain data.
NESTED = {
    "reason": Msg("print.failure.no_printer"),
    "detail": Msg("print.detail.refused", where="10.0.0.5:9100"),
    "what": Msg("csv.what.quantity"),
    "status": Msg("order.status.packed"),
    "change": Msg("carrier.change.cut"),
    "fix": Msg("form.whole_range", low=1, high="9,999"),
    "problem": Msg("invoice.check_digit", number="T2180301018771", expected=1),
}
NESTED_KIND = {"review.misshipment_exists": Msg("review.misshipment.missing")}


def sample(code: str) -> Msg:
    params: dict[str, object] = {}
    for name in placeholders(CATALOGUE[code]):
        if name == "kind" and code in NESTED_KIND:
            params[name] = NESTED_KIND[code]
        else:
            params[name] = NESTED.get(name, f"R-{len(name)}07")
    return Msg(code, **params)


@pytest.fixture
def japanese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from packstation.ui.i18n import Language

    language = Language()
    assert language.switch("ja"), "the Japanese translation is installed"
    try:
        yield
    finally:
        language.switch("en")


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_each_code_reads_in_japanese(japanese: None, code: str) -> None:
    from packstation.ui.errors import describe
    from packstation.ui.screens.admin.common import problem_report

    msg = sample(code)
    data = data_of(msg.params.values())
    shown = describe(StateError(code, **msg.params))  # as a message box / status line says it
    assert shown.strip() and english_left(shown, data) == [], (code, shown)
    refused = BadInput([InputProblem(2, "数量", msg, Msg("form.fill_in"))], source="注文.csv")
    for text in (describe(refused), problem_report(refused)):  # a form's or an import's report
        assert english_left(text, [*data, "注文.csv"]) == [], (code, text)
