"""Every problem the admin's imports and forms, and the carrier hand-off, report reads in
Japanese on the screen: the real problems of bad files and forms, rendered by the screens'
own report (problem_report, problems_text), have no English left but the data they quote."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from packstation.domain.carrier_csv import Column, check_preset
from packstation.domain.catalog import BoxSpec
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg
from packstation.services.admin import catalog as catalog_admin
from packstation.services.admin import catalog_forms, rate_csv
from packstation.services.admin import products as product_admin
from packstation.services.carrier import export as carrier_export
from packstation.services.carrier import tracking as carrier_tracking
from packstation.services.demo import catalog as demo_catalog
from packstation.services.imports import csv_rows
from tests.gui.japanese import data_of, english_left

YUPACKET = next(s for s in demo_catalog.services() if s.code == "yupacket")
BAD_RATE_FILES = [
    "都道府県,1cm,2cm,3cm\r\n全国(既定),250,310,360\r\n北海道,abc,-1,=B2\r\n東京市,1,2,3\r\n"
    "北海道,1,2,3\r\n福岡県,1,2,3,4\r\n,1,2,3\r\n",
    "都道府県,1cm,厚さ1cm,4cm,\r\n全国,1,2,3,9\r\n",
    "サイズ,1cm,2cm,3cm\r\n北海道,1,,3\r\n",
]


def _rate_problems() -> list[InputProblem]:
    out = []
    for text in BAD_RATE_FILES:
        with pytest.raises(BadInput) as caught:
            rate_csv.read_prices(csv_rows.read_table(text.encode()), YUPACKET.classes)
        out += caught.value.problems
    for data in (b"", b"a,b\r\n\x81\xff\r\n"):
        with pytest.raises(BadInput) as caught:
            csv_rows.read_table(data)
        out += caught.value.problems
    return out


def _form_problems() -> list[InputProblem]:
    out = catalog_admin.box_problems(BoxSpec("=x", "", (300, 0, 1), (10, 10, 10), -1, 0, 0))
    out += catalog_admin.box_problems(BoxSpec("B", "n" * 101, (30, 20, 10), (20, 20, 10), 1, 1))
    form = catalog_forms.ServiceForm(
        "", "s", "s", [["60", "600cm", "", "", "-5"], ["60", "", "", "", ""], ["", "", "", "",
                                                                              "abc"]],
        [["cool_chilled", "999", "", "100"], ["cod", "", "", "abc"], ["relay", "東京市", "", "1"],
         ["nope", "", "", "1"], ["cod", "", "", "5"], ["cod", "", "", "5"]],
        "午前中, 午前中", {"cool_allowed": True, "cod_allowed": True})
    service, problems = catalog_forms.read_service_form(form)
    out += problems + catalog_admin.service_problems(service)
    out += catalog_admin.service_problems(catalog_forms.read_service_form(
        catalog_forms.ServiceForm("c", "s", "s", []))[0])
    out += product_admin.measurement_problems(product_admin.Measurements(0, None, -1, 10**9))
    return out


def _carrier_problems() -> list[InputProblem]:
    preset = carrier_export.BUILT_IN["b2"]()
    bad = dataclasses.replace(preset, columns=(
        Column("No", "order_no"), Column("No", "nonsense"), Column("😀", "", -1, "wide"),
        Column("", "order_no")), tracking_order_column="", tracking_number_column="")
    out = check_preset(bad) + check_preset(dataclasses.replace(preset, columns=()))
    with pytest.raises(BadInput) as caught:
        carrier_tracking.decode(b"\x81\xff\xfe")
    return out + caught.value.problems


@pytest.mark.parametrize("collect", [_rate_problems, _form_problems, _carrier_problems])
def test_every_problem_reads_in_japanese(qapp, collect: Callable[[], list[InputProblem]]) -> None:
    from packstation.ui.errors import problems_text
    from packstation.ui.i18n import Language
    from packstation.ui.screens.admin.common import problem_report

    problems = collect()
    assert len(problems) >= 8
    data = data_of([p.problem for p in problems] + [p.fix for p in problems])
    data += [p.column for p in problems if isinstance(p.column, str)]  # a header or field key
    error = BadInput(problems, source=Msg("csv.layout_source", name="受注"))
    language = Language()
    assert language.switch("ja")
    try:
        for text in (problem_report(error), problems_text(error)):
            assert text.count("\n") >= len(problems) - 1
            assert english_left(text, data) == [], text
    finally:
        language.switch("en")
