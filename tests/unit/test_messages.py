"""The message catalogue: codes, parameters and rendering (English and a translation)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from packstation.domain.errors import BadInput, InputProblem, NotFound, StateError
from packstation.domain.messages import Msg, english, from_json, placeholders, render, to_json
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


JA_TS = (Path(__file__).resolve().parents[2] / "src" / "packstation" / "resources" / "translations"
         / "packstation_ja.ts")


def _japanese_messages() -> dict[str, str]:
    """Source → Japanese of the context "Messages" (finished entries only)."""
    found: dict[str, str] = {}
    for ctx in ET.parse(JA_TS).getroot().iter("context"):
        if ctx.findtext("name") != "Messages":
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and tr.text:
                found[msg.findtext("source") or ""] = tr.text
    return found


def test_every_template_has_japanese_with_the_same_placeholders() -> None:
    japanese = _japanese_messages()
    missing = [code for code, template in CATALOGUE.items() if template not in japanese]
    assert missing == [], "add these to src/packstation/resources/translations/packstation_ja.ts"
    for code, template in CATALOGUE.items():
        assert placeholders(japanese[template]) == placeholders(template), code
        assert japanese[template] != template or not any(
            c.isascii() and c.isalpha() for c in template.replace("{", " ").split("}")[-1]), code


def test_a_stored_message_reads_back_the_same() -> None:
    msg = Msg("print.failed", reason=Msg("print.failure.no_printer"),
              detail=Msg("print.detail.no_cups_queue", queue="zebra", said="unknown"))
    assert from_json(to_json(msg)) == msg
    assert from_json("the printer's own words") is None
    assert from_json('{"code": "no.such.code", "params": {}}') is None


def test_a_stored_message_fits_its_column_and_still_reads_back() -> None:
    said = "lpstat: " + "x" * 500
    stored = to_json(Msg("print.detail.no_cups_queue", queue="zebra", said=said), max_text=60)
    back = from_json(stored)
    assert len(stored) < 300 and back is not None
    assert back.params["queue"] == "zebra" and len(back.params["said"]) == 60
