"""The admin's service form as typed: text cells for size classes and surcharges, read into
catalog specs with every unreadable cell reported by row (its place in the table) and column.

The screen stays thin: it hands over the strings it shows, and the same rules apply whether the
form, a test or a script fills them in. What a readable form must also satisfy (limits, names,
flags against fees) is catalog_admin.service_problems; both lists are reported together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from packstation.domain import prefectures
from packstation.domain.catalog import ServiceSpec, SizeClassSpec, SurchargeSpec
from packstation.domain.errors import BadInput, InputProblem
from packstation.domain.messages import Msg
from packstation.domain.time_slots import parse_slot
from packstation.services.admin import catalog as ca
from packstation.services.dto import SessionUser
from packstation.services.imports import csv_rows as cr
from packstation.services.ports import UnitOfWorkFactory

CLASS_FIELDS = ("name", "max_sum_mm", "max_side_mm", "max_thickness_mm", "max_weight_g")
SURCHARGE_FIELDS = ("kind", "key", "up_to", "price_yen")
_SLOT_SPLIT = re.compile(r"[,、，;\s]+")
_DASH = re.compile(r"[~〜\-−ー‐–—]")


@dataclass(frozen=True)
class ServiceForm:
    carrier_code: str
    code: str
    name: str
    classes: Sequence[Sequence[str]]  # rows of CLASS_FIELDS as typed
    surcharges: Sequence[Sequence[str]] = ()  # rows of SURCHARGE_FIELDS as typed
    time_slots: str = ""  # "午前中, 14-16, 16-18"
    flags: dict[str, bool] = field(default_factory=dict)  # thin, envelope_only, cool_allowed…
    box_codes: str = ""  # "COMPACT, COMPACT-THIN": the only boxes it takes; "" = any box


_FLAGS = ("thin", "envelope_only", "cool_allowed", "cod_allowed", "date_allowed", "active")


def save_service_form(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
                      form: ServiceForm) -> bool:
    """Read the form and save it (catalog_admin.save_service), or BadInput with every problem
    of both the reading and the rules. True when the service is new."""
    ca.require_admin(actor)
    service, problems = read_service_form(form)
    unreadable = {_place(q) for q in problems}  # a row with an unreadable cell is said once
    problems += [p for p in ca.service_problems(service) if _place(p) not in unreadable]
    if problems:
        raise BadInput(problems=problems, source=Msg("catalog.source_service",
                                                     code=form.code.strip()))
    return ca.save_service(uow_factory, actor, service)


def read_service_form(form: ServiceForm) -> tuple[ServiceSpec, list[InputProblem]]:
    problems: list[InputProblem] = []
    classes = read_classes(form.classes, problems)
    surcharges = read_surcharges(form.surcharges, problems)
    flags = {k: bool(form.flags.get(k, k in ("date_allowed", "active"))) for k in _FLAGS}
    service = ServiceSpec(form.carrier_code.strip(), form.code.strip(), form.name.strip(),
                          classes, surcharges=surcharges, time_slots=time_slots(form.time_slots),
                          thin=flags["thin"], envelope_only=flags["envelope_only"],
                          cool_allowed=flags["cool_allowed"], cod_allowed=flags["cod_allowed"],
                          date_allowed=flags["date_allowed"], active=flags["active"],
                          box_codes=box_codes(form.box_codes))
    return service, problems


def box_codes(text: str) -> tuple[str, ...]:
    """'COMPACT、 COMPACT-THIN' → ('COMPACT', 'COMPACT-THIN'); order kept, each once."""
    parts = (p.strip() for p in re.split(r"[,、，;\s]+", cr.nfkc(text)))
    return tuple(dict.fromkeys(p for p in parts if p))


def time_slots(text: str) -> tuple[str, ...]:
    """'午前中、14〜16 16-18' → ('午前中', '14-16', '16-18'); order kept."""
    parts = (_DASH.sub("-", cr.nfkc(p)) for p in _SLOT_SPLIT.split(cr.nfkc(text).strip()))
    return tuple(parse_slot(p) or p for p in parts if p)  # 14時～16時 → 14-16


def read_classes(rows: Sequence[Sequence[str]],
                 problems: list[InputProblem]) -> tuple[SizeClassSpec, ...]:
    out: list[SizeClassSpec] = []
    for row, cells in enumerate(_filled(rows), start=1):
        values = dict(zip(CLASS_FIELDS, [*cells, *[""] * len(CLASS_FIELDS)], strict=False))
        sum_mm, side_mm, thick_mm, weight_g = (_limit(values[name], row, name, problems)
                                               for name in CLASS_FIELDS[1:])
        out.append(SizeClassSpec(values["name"].strip(), sum_mm, side_mm, thick_mm, weight_g))
    return tuple(out)


def _limit(raw: str, row: int, name: str, problems: list[InputProblem]) -> int | None:
    if not raw.strip():
        return None
    high = ca.MAX_G if name.endswith("_g") else ca.MAX_MM
    try:
        return cr.whole(1, high, "csv.what.limit")(raw)
    except cr.CellError as e:
        fix = "catalog.limit_fix_g" if name.endswith("_g") else "catalog.limit_fix_mm"
        problems.append(InputProblem(row, f"classes.{name}", e.problem,
                                     Msg(fix, high=f"{high:,}")))
        return None


def read_surcharges(rows: Sequence[Sequence[str]],
                    problems: list[InputProblem]) -> tuple[SurchargeSpec, ...]:
    out: list[SurchargeSpec] = []
    for row, cells in enumerate(_filled(rows), start=1):
        kind, key, up_to, price = (*[c.strip() for c in cells], "", "", "", "")[:4]

        def bad(column: str, problem: Msg, fix: Msg | None, row: int = row) -> None:
            problems.append(InputProblem(row, f"surcharges.{column}", problem, fix))

        yen = _yen(price, "price_yen", bad)
        band = _yen(up_to, "up_to", bad) if up_to else None
        if kind == "relay" and key:
            found = prefectures.by_code(int(key)) if key.isdigit() else prefectures.lookup(key)
            if found is None:
                bad("key", Msg("csv.not_a_prefecture", value=cr.echo(key)),
                    Msg("catalog.relay_prefecture_fix"))
            key = str(found.code) if found else key
        out.append(SurchargeSpec(kind, -1 if yen is None else yen, cr.nfkc(key), band))
    return tuple(out)


def _yen(raw: str, column: str, bad: Callable[[str, Msg, Msg | None], None]) -> int | None:
    if not raw:
        bad(column, Msg("form.empty"), Msg("catalog.fill_in_yen"))
        return None
    try:
        return cr.yen(raw)
    except cr.CellError as e:
        bad(column, e.problem, e.fix)
        return None


def _place(p: InputProblem) -> tuple[int | None, str]:
    column = p.column if isinstance(p.column, str) else ""
    return p.row, column.split(".")[0]


def _filled(rows: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The rows up to the last one with anything typed in it: empty rows added at the end by
    mistake are no class; an empty row in between keeps its number and is reported."""
    rows = list(rows)
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    return rows
