"""Rate CSV without a database: on random rate tables, export → import gives the same prices
in both encodings, and a bad cell anywhere is reported at its own row and column."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.catalog import DEFAULT_PREFECTURE, ServiceSpec, SizeClassSpec
from packstation.domain.errors import BadInput
from packstation.domain.prefectures import PREFECTURES
from packstation.services.admin import rate_csv
from packstation.services.imports import csv_rows as cr

CLASS_NAMES = ["60", "80", "100", "120", "140", "160", "180", "200", "1cm", "2cm", "3cm",
               "compact", "light", "plus", "クール60"]
CODES = [p.code for p in PREFECTURES]
yen = st.integers(0, cr.MAX_YEN)


@st.composite
def price_tables(draw: st.DrawFn) -> dict[int, int]:
    """A class's prices: a default row and some prefectures, or every prefecture."""
    if draw(st.booleans()):
        own = draw(st.lists(st.sampled_from(CODES), unique=True, max_size=47))
        return {DEFAULT_PREFECTURE: draw(yen), **{c: draw(yen) for c in own}}
    return {c: draw(yen) for c in CODES}


@st.composite
def services(draw: st.DrawFn) -> ServiceSpec:
    names = draw(st.lists(st.sampled_from(CLASS_NAMES), unique=True, min_size=1, max_size=8))
    classes = tuple(SizeClassSpec(n, prices=draw(price_tables())) for n in names)
    return ServiceSpec("c", "s", "s", classes)


def _read(service: ServiceSpec, data: bytes) -> dict[str, dict[int, int]]:
    return rate_csv.read_prices(cr.read_table(data, "t.csv"), service.classes, "t.csv")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(services(), st.sampled_from(["utf-8", "cp932"]))
def test_export_then_import_gives_the_same_prices(service: ServiceSpec, encoding: str) -> None:
    data = rate_csv.to_csv(service, encoding)
    assert _read(service, data) == {c.name: c.prices for c in service.classes}


BAD_CELLS = ["abc", "-1", "=A1+1", "12.5", "1e3", "100000000", "¥-5", "１０円引き"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(services(), st.data())
def test_a_bad_cell_is_reported_at_its_row_and_column(service: ServiceSpec,
                                                      data: st.DataObject) -> None:
    lines = rate_csv.to_csv(service, "utf-8").decode("utf-8-sig").split("\r\n")
    row = data.draw(st.integers(2, 49))  # the spreadsheet's row: 2 = default, 3… = 北海道…
    col = data.draw(st.integers(1, len(service.classes)))
    cells = lines[row - 1].split(",")
    cells[col] = data.draw(st.sampled_from(BAD_CELLS))
    lines[row - 1] = ",".join(cells)
    try:
        _read(service, "\r\n".join(lines).encode("utf-8"))
    except BadInput as e:
        places = {(p.row, p.column) for p in e.problems}
    else:
        raise AssertionError("a bad cell was accepted")
    assert (row, service.classes[col - 1].name) in places
    assert all(r == row for r, c in places if c == service.classes[col - 1].name and r), \
        "no other cell of that column blamed"
