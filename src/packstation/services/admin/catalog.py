"""What the admin edits in the catalog: boxes, services with their size classes and surcharges,
and the list of products that still lack dimensions or weight.

Admin only (PermissionDenied for anyone else); every change leaves an audit record. A form is
checked whole before anything is written: BadInput lists every problem with the field name as
its column (and, for a size class, its position in the service's list as its row). Rate tables
(prices) are edited as CSV: services/rate_csv.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace

from packstation.domain import prefectures
from packstation.domain.catalog import BoxSpec, CarrierSpec, ServiceSpec, SizeClassSpec
from packstation.domain.errors import BadInput, InputProblem, PermissionDenied
from packstation.domain.messages import Msg
from packstation.domain.model import Role
from packstation.domain.time_slots import CARRIER_SLOTS
from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

MAX_MM = 10_000  # 10 m: anything longer is a millimetre typo
MAX_G = 1_000_000
MAX_YEN = 99_999_999
SURCHARGE_KINDS = ("cool_chilled", "cool_frozen", "cod", "cod_flat", "relay")
_FORMULA_START = ("=", "+", "-", "@")  # a name that a spreadsheet would run as a formula
_LIMITS = (("max_sum_mm", MAX_MM), ("max_side_mm", MAX_MM), ("max_thickness_mm", MAX_MM),
           ("max_weight_g", MAX_G))
_Adder = Callable[[str, Msg, Msg], None]  # add(column, problem, fix)


@dataclass(frozen=True)
class MissingMeasurements:
    """A product the cartonizer cannot size: thin services need its real thickness."""

    sku: str
    name_ja: str
    name_en: str
    dims_missing: bool
    weight_missing: bool


def require_admin(actor: SessionUser | None) -> SessionUser:
    if actor is None or not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("auth.admin_only_catalogue")
    return actor


# --- reading --------------------------------------------------------------------------------


def list_boxes(uow_factory: UnitOfWorkFactory, actor: SessionUser | None) -> list[BoxSpec]:
    """Every box, retired (inactive) ones too, cheapest first."""
    require_admin(actor)
    with uow_factory() as uow:
        return uow.catalog.boxes(active_only=False)


def list_carriers(uow_factory: UnitOfWorkFactory,
                  actor: SessionUser | None) -> list[CarrierSpec]:
    require_admin(actor)
    with uow_factory() as uow:
        return uow.catalog.carriers()


def list_services(uow_factory: UnitOfWorkFactory,
                  actor: SessionUser | None) -> list[ServiceSpec]:
    """Every service (inactive too) with its size classes, rate table and surcharges."""
    require_admin(actor)
    with uow_factory() as uow:
        return uow.catalog.services(active_only=False)


def products_missing_measurements(uow_factory: UnitOfWorkFactory,
                                  actor: SessionUser | None) -> list[MissingMeasurements]:
    require_admin(actor)
    with uow_factory() as uow:
        products = uow.products.missing_measurements()
    return [MissingMeasurements(p.sku, p.name_ja, p.name_en, p.dims is None, p.weight_g is None)
            for p in products]


# --- carriers -------------------------------------------------------------------------------


def save_carrier(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
                 carrier: CarrierSpec) -> bool:
    """Add a carrier or rename the one with the same code. True when it was new."""
    user = require_admin(actor)
    refuse_on_networked_station(uow_factory, "carriers")
    carrier = replace(carrier, code=carrier.code.strip(), name=carrier.name.strip())
    problems: list[InputProblem] = []

    def add(column: str, problem: Msg, fix: Msg) -> None:
        problems.append(InputProblem(None, column, problem, fix))

    _check_name(carrier.code, 32, "code", add)
    _check_name(carrier.name, 100, "name", add)
    if problems:
        raise BadInput(problems=problems, source=Msg("catalog.source_carrier",
                                                     code=carrier.code))
    with uow_factory() as uow:
        old = next((c for c in uow.catalog.carriers() if c.code == carrier.code), None)
        uow.catalog.save_carrier(carrier)
        uow.audit.record("carrier_saved", user_id=user.user_id, target=carrier.code,
                         detail={"created": old is None,
                                 "changes": _diff(asdict(old) if old else None, asdict(carrier))})
        uow.commit()
    return old is None


# --- boxes ----------------------------------------------------------------------------------


def save_box(uow_factory: UnitOfWorkFactory, actor: SessionUser | None, box: BoxSpec) -> bool:
    """Add a box or update the one with the same code. True when it was new."""
    user = require_admin(actor)
    refuse_on_networked_station(uow_factory, "boxes")
    box = replace(box, code=box.code.strip(), name=box.name.strip())
    problems = box_problems(box)
    if problems:
        raise BadInput(problems=problems, source=Msg("catalog.source_box", code=box.code))
    with uow_factory() as uow:
        old = uow.catalog.box(box.code)
        uow.catalog.save_box(box)
        uow.audit.record("box_saved", user_id=user.user_id, target=box.code,
                         detail={"created": old is None, "changes": _changes(old, box)})
        uow.commit()
    return old is None


def box_problems(box: BoxSpec) -> list[InputProblem]:
    out: list[InputProblem] = []

    def add(column: str, problem: Msg, fix: Msg) -> None:
        out.append(InputProblem(None, column, problem, fix))

    _check_name(box.code, 32, "code", add)
    _check_name(box.name, 100, "name", add)
    sides_ok = True
    for column, sides in (("inner_mm", box.inner_mm), ("outer_mm", box.outer_mm)):
        if len(sides) != 3 or not all(_whole(s, 1, MAX_MM) for s in sides):
            sides_ok = False
            add(column, Msg("catalog.not_three_sides", sides=_shown(sides)),
                Msg("catalog.three_sides_fix", high=f"{MAX_MM:,}"))
    if sides_ok and any(i > o for i, o in zip(sorted(box.inner_mm), sorted(box.outer_mm),
                                              strict=True)):
        add("inner_mm", Msg("catalog.inside_larger", inner=_shown(box.inner_mm),
                            outer=_shown(box.outer_mm)), Msg("catalog.inside_larger_fix"))
    for column, value, low, high in (("tare_g", box.tare_g, 0, MAX_G),
                                     ("cost_yen", box.cost_yen, 0, MAX_YEN),
                                     ("max_weight_g", box.max_weight_g, 1, MAX_G)):
        if not _whole(value, low, high):
            add(column, Msg("form.out_of_range", value=value),
                Msg("form.whole_range", low=low, high=f"{high:,}"))
    return out


def _shown(sides: Iterable[object]) -> str:
    return " × ".join(str(s) for s in sides)


def _changes(old: BoxSpec | None, new: BoxSpec) -> dict[str, object]:
    return _diff(asdict(old) if old is not None else None, asdict(new))


# --- services -------------------------------------------------------------------------------


def save_service(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
                 service: ServiceSpec) -> bool:
    """Save a service's flags, size classes (limits) and surcharges. True when it was new.

    Prices are the rate CSV's business: a size class given without prices keeps the prices
    stored under its name (a renamed or new class given without prices has none).
    """
    user = require_admin(actor)
    refuse_on_networked_station(uow_factory, "services")
    service = replace(service, code=service.code.strip(), name=service.name.strip(),
                      classes=tuple(replace(c, name=c.name.strip()) for c in service.classes))
    problems = service_problems(service)
    if problems:
        raise BadInput(problems=problems, source=Msg("catalog.source_service",
                                                     code=service.code))
    with uow_factory() as uow:
        if service.carrier_code not in {c.code for c in uow.catalog.carriers()}:
            raise BadInput(problems=[InputProblem(
                None, "carrier_code", Msg("catalog.no_such_carrier", code=service.carrier_code),
                Msg("catalog.choose_a_carrier"))])
        old = uow.catalog.service(service.code)
        service = _keep_prices(service, old)
        uow.catalog.save_service(service)
        uow.audit.record("service_saved", user_id=user.user_id, target=service.code,
                         detail={"created": old is None, "changes": _service_changes(old,
                                                                                     service)})
        uow.commit()
    return old is None


def _keep_prices(service: ServiceSpec, old: ServiceSpec | None) -> ServiceSpec:
    stored = {c.name: c.prices for c in old.classes} if old else {}
    return replace(service, classes=tuple(
        c if c.prices else replace(c, prices=dict(stored.get(c.name, {})))
        for c in service.classes))


def _service_changes(old: ServiceSpec | None, new: ServiceSpec) -> dict[str, object]:
    """The audit's view: flags and class limits; a rate table is summarised, not copied."""
    def view(s: ServiceSpec | None) -> dict[str, object] | None:
        if s is None:
            return None
        flat = {k: v for k, v in asdict(s).items() if k not in ("classes", "surcharges")}
        flat["classes"] = [{**{k: v for k, v in asdict(c).items() if k != "prices"},
                            "prices": len(c.prices)} for c in s.classes]
        flat["surcharges"] = [asdict(x) for x in s.surcharges]
        return flat
    return _diff(view(old), view(new))


def _diff(before: dict[str, object] | None, after: dict[str, object] | None) -> dict[str, object]:
    """Field → [old, new] for what changed (everything for a new record), for the audit."""
    before, after = before or {}, after or {}
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def service_problems(service: ServiceSpec) -> list[InputProblem]:
    out: list[InputProblem] = []

    def add(column: str, problem: Msg, fix: Msg) -> None:
        out.append(InputProblem(None, column, problem, fix))

    _check_name(service.code, 32, "code", add)
    _check_name(service.name, 100, "name", add)
    if not service.carrier_code.strip():
        add("carrier_code", Msg("catalog.no_carrier"), Msg("catalog.choose_the_carrier"))
    if not service.classes:
        add("classes", Msg("catalog.no_class"), Msg("catalog.no_class_fix"))
    out.extend(_class_problems(service.classes))
    slots = [s.strip() for s in service.time_slots]
    if any(not s or len(s) > 20 for s in slots) or len(set(slots)) != len(slots):
        add("time_slots", Msg("catalog.bad_slots"), Msg("catalog.bad_slots_fix"))
    else:  # a slot of the service's carrier: the carrier's layout has a code for it
        own = CARRIER_SLOTS.get(service.carrier_code)
        foreign = [s for s in slots if own is not None and s not in own]
        if own is not None and foreign:
            add("time_slots", Msg("catalog.slot_not_carriers", slots=foreign,
                                  carrier=service.carrier_code),
                Msg("catalog.slot_not_carriers_fix", options=list(own)))
    out.extend(_surcharge_problems(service))
    return out


def _class_problems(classes: tuple[SizeClassSpec, ...]) -> list[InputProblem]:
    out: list[InputProblem] = []
    seen: dict[str, int] = {}
    for row, c in enumerate(classes, start=1):
        def add(column: str, problem: Msg, fix: Msg, row: int = row) -> None:
            out.append(InputProblem(row, f"classes.{column}", problem, fix))

        _check_name(c.name, 32, "name", add)
        key = unicodedata.normalize("NFKC", c.name).strip().casefold()
        if key and key in seen:
            add("name", Msg("catalog.class_twice", name=c.name, row=seen[key]),
                Msg("catalog.class_twice_fix"))
        seen.setdefault(key, row)
        for column, high in _LIMITS:
            value = getattr(c, column)
            if value is not None and not _whole(value, 1, high):
                add(column, Msg("catalog.not_a_limit", value=value),
                    Msg("catalog.limit_fix", high=f"{high:,}"))
        bad = [p for p, yen in c.prices.items()
               if not (_whole(p, 0, 47) and _whole(yen, 0, MAX_YEN))]
        if bad:
            add("prices", Msg("catalog.bad_prices", count=len(bad)),
                Msg("catalog.bad_prices_fix"))
    return out


def _surcharge_problems(service: ServiceSpec) -> list[InputProblem]:
    """Each surcharge row on its own (row = its place in the list), then the service's flags
    against them: a ticked option without its fees would silently refuse those orders."""
    names = {c.name for c in service.classes}
    out: list[InputProblem] = []
    seen: dict[tuple[str, str, int | None], int] = {}
    for n, s in enumerate(service.surcharges, start=1):
        same = seen.setdefault((s.kind, s.key, s.up_to), n)
        if same != n:
            problem, fix = Msg("catalog.same_surcharge", row=same), Msg("form.delete_one")
        elif s.kind not in SURCHARGE_KINDS:
            problem = Msg("catalog.unknown_surcharge_kind", kind=s.kind)
            fix = Msg("form.use_one_of", options=list(SURCHARGE_KINDS))
        elif not _whole(s.price_yen, 0, MAX_YEN):
            problem = Msg("catalog.not_a_price", value=s.price_yen)
            fix = Msg("catalog.price_fix", high=f"{MAX_YEN:,}")
        elif s.kind.startswith("cool") and s.key not in names:
            problem = Msg("catalog.not_a_class", value=s.key)
            fix = Msg("form.use_one_of", options=sorted(names))
        elif s.kind == "relay" and (not s.key.isdigit() or
                                    prefectures.by_code(int(s.key)) is None):
            problem = Msg("catalog.not_a_prefecture_code", value=s.key)
            fix = Msg("catalog.prefecture_code_fix")
        elif s.kind == "cod" and (s.up_to is None or not _whole(s.up_to, 1, MAX_YEN)):
            problem, fix = Msg("catalog.no_cod_upper"), Msg("catalog.no_cod_upper_fix")
        else:
            continue
        out.append(InputProblem(n, "surcharges", problem, fix))
    kinds = {s.kind for s in service.surcharges}
    if service.cool_allowed and not kinds & {"cool_chilled", "cool_frozen"}:
        out.append(InputProblem(None, "cool_allowed", Msg("catalog.cool_without_surcharge"),
                                Msg("catalog.cool_without_surcharge_fix")))
    if service.cod_allowed and "cod" not in kinds:
        out.append(InputProblem(None, "cod_allowed", Msg("catalog.cod_without_fee"),
                                Msg("catalog.cod_without_fee_fix")))
    return out


# --- shared checks --------------------------------------------------------------------------


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _check_name(value: str, max_len: int, column: str, add: _Adder) -> None:
    text = value.strip()
    if not text:
        add(column, Msg("form.empty"), Msg("form.fill_in"))
    elif len(text) > max_len:
        add(column, Msg("form.too_long", max_len=max_len), Msg("form.shorten"))
    elif text.startswith(_FORMULA_START) or any(ord(ch) < 32 for ch in text):
        add(column, Msg("form.formula_like", value=text), Msg("form.formula_like_fix"))
