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
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

MAX_MM = 10_000  # 10 m: anything longer is a millimetre typo
MAX_G = 1_000_000
MAX_YEN = 99_999_999
SURCHARGE_KINDS = ("cool_chilled", "cool_frozen", "cod", "relay")
_FORMULA_START = ("=", "+", "-", "@")  # a name that a spreadsheet would run as a formula
_LIMITS = (("max_sum_mm", MAX_MM), ("max_side_mm", MAX_MM), ("max_thickness_mm", MAX_MM),
           ("max_weight_g", MAX_G))
_Adder = Callable[[str, str, str], None]  # add(column, problem, fix)


@dataclass(frozen=True)
class MissingMeasurements:
    """A product the cartonizer cannot size: thin services need its real thickness."""

    sku: str
    name_ja: str
    name_en: str
    dims_missing: bool
    weight_missing: bool


def require_admin(actor: SessionUser | None, what: str) -> SessionUser:
    if actor is None or not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied(f"only an admin may {what}")
    return actor


# --- reading --------------------------------------------------------------------------------


def list_boxes(uow_factory: UnitOfWorkFactory, actor: SessionUser | None) -> list[BoxSpec]:
    """Every box, retired (inactive) ones too, cheapest first."""
    require_admin(actor, "see the box list")
    with uow_factory() as uow:
        return uow.catalog.boxes(active_only=False)


def list_carriers(uow_factory: UnitOfWorkFactory,
                  actor: SessionUser | None) -> list[CarrierSpec]:
    require_admin(actor, "see the carriers")
    with uow_factory() as uow:
        return uow.catalog.carriers()


def list_services(uow_factory: UnitOfWorkFactory,
                  actor: SessionUser | None) -> list[ServiceSpec]:
    """Every service (inactive too) with its size classes, rate table and surcharges."""
    require_admin(actor, "see the services")
    with uow_factory() as uow:
        return uow.catalog.services(active_only=False)


def products_missing_measurements(uow_factory: UnitOfWorkFactory,
                                  actor: SessionUser | None) -> list[MissingMeasurements]:
    require_admin(actor, "see the product list")
    with uow_factory() as uow:
        products = uow.products.missing_measurements()
    return [MissingMeasurements(p.sku, p.name_ja, p.name_en, p.dims is None, p.weight_g is None)
            for p in products]


# --- carriers -------------------------------------------------------------------------------


def save_carrier(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
                 carrier: CarrierSpec) -> bool:
    """Add a carrier or rename the one with the same code. True when it was new."""
    user = require_admin(actor, "change carriers")
    refuse_on_networked_station(uow_factory, "carriers")
    carrier = replace(carrier, code=carrier.code.strip(), name=carrier.name.strip())
    problems: list[InputProblem] = []

    def add(column: str, problem: str, fix: str) -> None:
        problems.append(InputProblem(None, column, problem, fix))

    _check_name(carrier.code, 32, "code", add)
    _check_name(carrier.name, 100, "name", add)
    if problems:
        raise BadInput(problems=problems, source=f"carrier {carrier.code}".strip())
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
    user = require_admin(actor, "change boxes")
    refuse_on_networked_station(uow_factory, "boxes")
    box = replace(box, code=box.code.strip(), name=box.name.strip())
    problems = box_problems(box)
    if problems:
        raise BadInput(problems=problems, source=f"box {box.code}".strip())
    with uow_factory() as uow:
        old = uow.catalog.box(box.code)
        uow.catalog.save_box(box)
        uow.audit.record("box_saved", user_id=user.user_id, target=box.code,
                         detail={"created": old is None, "changes": _changes(old, box)})
        uow.commit()
    return old is None


def box_problems(box: BoxSpec) -> list[InputProblem]:
    out: list[InputProblem] = []

    def add(column: str, problem: str, fix: str) -> None:
        out.append(InputProblem(None, column, problem, fix))

    _check_name(box.code, 32, "code", add)
    _check_name(box.name, 100, "name", add)
    sides_ok = True
    for column, sides in (("inner_mm", box.inner_mm), ("outer_mm", box.outer_mm)):
        if len(sides) != 3 or not all(_whole(s, 1, MAX_MM) for s in sides):
            sides_ok = False
            add(column, f"{_shown(sides)} are not three sizes in millimetres",
                f"three whole numbers from 1 to {MAX_MM:,}")
    if sides_ok and any(i > o for i, o in zip(sorted(box.inner_mm), sorted(box.outer_mm),
                                              strict=True)):
        add("inner_mm", f"the inside {_shown(box.inner_mm)} is larger than the outside "
            f"{_shown(box.outer_mm)} on some side", "the inside fits in the outside: check "
            "both, in millimetres")
    for column, value, low, high in (("tare_g", box.tare_g, 0, MAX_G),
                                     ("cost_yen", box.cost_yen, 0, MAX_YEN),
                                     ("max_weight_g", box.max_weight_g, 1, MAX_G)):
        if not _whole(value, low, high):
            add(column, f"{value!r} is out of range", f"a whole number from {low} to {high:,}")
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
    user = require_admin(actor, "change services")
    refuse_on_networked_station(uow_factory, "services")
    service = replace(service, code=service.code.strip(), name=service.name.strip(),
                      classes=tuple(replace(c, name=c.name.strip()) for c in service.classes))
    problems = service_problems(service)
    if problems:
        raise BadInput(problems=problems, source=f"service {service.code}".strip())
    with uow_factory() as uow:
        if service.carrier_code not in {c.code for c in uow.catalog.carriers()}:
            raise BadInput(problems=[InputProblem(None, "carrier_code", f"no carrier "
                                                  f"'{service.carrier_code}'",
                                                  "choose one of the carriers")])
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

    def add(column: str, problem: str, fix: str) -> None:
        out.append(InputProblem(None, column, problem, fix))

    _check_name(service.code, 32, "code", add)
    _check_name(service.name, 100, "name", add)
    if not service.carrier_code.strip():
        add("carrier_code", "no carrier", "choose the carrier")
    if not service.classes:
        add("classes", "a service needs at least one size class", "add a size class")
    out.extend(_class_problems(service.classes))
    slots = [s.strip() for s in service.time_slots]
    if any(not s or len(s) > 20 for s in slots) or len(set(slots)) != len(slots):
        add("time_slots", "a delivery time slot is empty, too long or given twice",
            "list each slot once, e.g. 午前中, 14-16")
    out.extend(_surcharge_problems(service))
    return out


def _class_problems(classes: tuple[SizeClassSpec, ...]) -> list[InputProblem]:
    out: list[InputProblem] = []
    seen: dict[str, int] = {}
    for row, c in enumerate(classes, start=1):
        def add(column: str, problem: str, fix: str, row: int = row) -> None:
            out.append(InputProblem(row, f"classes.{column}", problem, fix))

        _check_name(c.name, 32, "name", add)
        key = unicodedata.normalize("NFKC", c.name).strip().casefold()
        if key and key in seen:
            add("name", f"size class '{c.name}' is also in row {seen[key]}",
                "give each size class its own name")
        seen.setdefault(key, row)
        for column, high in _LIMITS:
            value = getattr(c, column)
            if value is not None and not _whole(value, 1, high):
                add(column, f"{value!r} is not a positive limit",
                    f"a whole number from 1 to {high:,}, or empty for no limit")
        bad = [p for p, yen in c.prices.items()
               if not (_whole(p, 0, 47) and _whole(yen, 0, MAX_YEN))]
        if bad:
            add("prices", f"{len(bad)} prices are not yen for a prefecture",
                "import the rate table as CSV")
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
            problem, fix = f"the same as surcharge {same}", "delete one of them"
        elif s.kind not in SURCHARGE_KINDS:
            problem, fix = "unknown kind", f"use one of: {', '.join(SURCHARGE_KINDS)}"
        elif not _whole(s.price_yen, 0, MAX_YEN):
            problem, fix = f"{s.price_yen!r} is not a price", f"whole yen from 0 to {MAX_YEN:,}"
        elif s.kind.startswith("cool") and s.key not in names:
            problem, fix = f"'{s.key}' is not a size class", f"use one of: {', '.join(names)}"
        elif s.kind == "relay" and (not s.key.isdigit() or
                                    prefectures.by_code(int(s.key)) is None):
            problem, fix = f"'{s.key}' is not a prefecture code", "a JIS code from 1 to 47"
        elif s.kind == "cod" and (s.up_to is None or not _whole(s.up_to, 1, MAX_YEN)):
            problem, fix = "no upper amount for the COD band", "the largest amount it covers"
        else:
            continue
        out.append(InputProblem(n, "surcharges", problem, fix))
    kinds = {s.kind for s in service.surcharges}
    if service.cool_allowed and not kinds & {"cool_chilled", "cool_frozen"}:
        out.append(InputProblem(None, "cool_allowed", "cool is ticked but no size class has a "
                                "cool surcharge, so no cool parcel could go by it",
                                "add the chilled/frozen surcharge of each class that takes "
                                "cool parcels, or untick cool"))
    if service.cod_allowed and "cod" not in kinds:
        out.append(InputProblem(None, "cod_allowed", "COD is ticked but there is no COD fee "
                                "band", "add the COD fee bands, or untick COD"))
    return out


# --- shared checks --------------------------------------------------------------------------


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _check_name(value: str, max_len: int, column: str, add: _Adder) -> None:
    text = value.strip()
    if not text:
        add(column, "empty", "fill it in")
    elif len(text) > max_len:
        add(column, f"longer than {max_len} characters", "shorten it")
    elif text.startswith(_FORMULA_START) or any(ord(ch) < 32 for ch in text):
        add(column, f"'{text}' starts with = + - @ or holds a control character",
            "start it with a letter or a digit (spreadsheets run such cells as formulas)")
