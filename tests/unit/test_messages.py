"""The message catalogue: codes, parameters and rendering (English and a translation)."""

from __future__ import annotations

import pytest

from packstation.domain.errors import BadInput, InputProblem, NotFound, StateError
from packstation.domain.messages import Msg, english, placeholders, render
from packstation.domain.messages.catalogue import CATALOGUE, _merge


def test_unknown_code_fails_at_once() -> None:
    with pytest.raises(KeyError, match=r"not\.a\.code"):
        Msg("not.a.code")


def test_a_code_defined_twice_is_refused() -> None:
    with pytest.raises(KeyError, match="twice"):
        _merge(({"a": "x"}, {"a": "y"}))


def test_parameters_fill_the_template_and_nest() -> None:
    inner = Msg("problem.where.row", row=7)
    assert english(Msg("error.os", detail=inner)) == "A file or device could not be used: row 7"
    assert english(Msg("error.os", detail=["a", "b"])) == (
        "A file or device could not be used: a, b")


def test_a_missing_parameter_shows_its_name_instead_of_failing() -> None:
    assert english(Msg("error.os")) == "A file or device could not be used: {detail}"


def test_translation_applies_to_nested_messages_too() -> None:
    fake = {"row {row}": "{row}行目", "A file or device could not be used: {detail}":
            "ファイルまたは機器を使えません：{detail}"}
    text = render(Msg("error.os", detail=Msg("problem.where.row", row=3)), lambda t: fake[t])
    assert text == "ファイルまたは機器を使えません：3行目"


def test_every_template_has_well_formed_placeholders() -> None:
    for code, template in CATALOGUE.items():
        assert all(name.isidentifier() for name in placeholders(template)), code


def test_errors_carry_code_and_english() -> None:
    error = NotFound()
    assert error.code == "error.not_found"
    assert str(error) == "Not found. Check the number and scan again."
    assert StateError("error.os", detail="x").msg == Msg("error.os", detail="x")


def test_bad_input_lists_every_problem_where_it_is() -> None:
    error = BadInput(problems=[InputProblem(3, "qty", Msg("error.os", detail="x"))],
                     source="a.csv")
    assert str(error) == "a.csv, row 3, column 'qty': A file or device could not be used: x"
