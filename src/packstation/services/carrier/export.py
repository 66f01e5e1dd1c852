"""Carrier hand-off, export side: packed orders → the carrier software's CSV (送り状データ).

One call = one transaction: the file is written (by the caller's `write`) before the orders are
marked exported, so a failed write leaves every order as it was. Without `write` it is a check
(dry run): the same file and report, nothing marked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta, timezone
from typing import Any

import jaconv

from packstation.domain import prefectures
from packstation.domain.carrier_csv import (
    ENCODING,
    Column,
    FieldChange,
    Preset,
    Shipment,
    Widths,
    check_preset,
    render,
)
from packstation.domain.carrier_presets import BUILT_IN, CARRIERS, DEFAULT_ACCOUNT
from packstation.domain.errors import BadInput, InputProblem, NotFound, PermissionDenied
from packstation.domain.messages import Msg
from packstation.domain.model import Role
from packstation.services.carrier.ports import PackedOrder
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from packstation.services.sync.networked import refuse_on_networked_station

JST = timezone(timedelta(hours=9), "JST")  # the ship date on the label is a Japanese one
WIDTHS = Widths(
    full=lambda s: str(jaconv.h2z(s, kana=True, ascii=True, digit=True)),
    half=lambda s: str(jaconv.z2h(s, kana=False, ascii=True, digit=True)),
)


@dataclass(frozen=True)
class CarrierExport:
    carrier: str
    account: str
    data: bytes
    rows: int
    order_nos: tuple[str, ...]
    changes: tuple[FieldChange, ...]
    unassigned: int  # packed orders with no service chosen, left out
    written: bool  # False: a check only, nothing marked


def carrier_key(carrier: str) -> str:
    key = carrier.strip().lower()
    if key not in CARRIERS:
        raise BadInput(problems=[InputProblem(None, "CARRIER",
                                              Msg("carrier.unknown", carrier=carrier),
                                              Msg("carrier.unknown_fix",
                                                  options=sorted(CARRIERS)))])
    return key


# --- presets: stored as settings (JSON), the built-in layout until the admin saves one -----

def _key(carrier: str, account: str) -> str:
    return f"carrier.preset.{carrier}.{account}"


def _accounts_key(carrier: str) -> str:
    return f"carrier.accounts.{carrier}"


def load_preset(uow: UnitOfWork, carrier: str, account: str = DEFAULT_ACCOUNT) -> Preset:
    carrier = carrier_key(carrier)
    stored = uow.settings.get(_key(carrier, account))
    if isinstance(stored, dict):
        return preset_from_json(stored)
    if account != DEFAULT_ACCOUNT:
        raise NotFound("carrier.no_account", account=account)
    return BUILT_IN[carrier]()


def get_preset(uow_factory: UnitOfWorkFactory, carrier: str,
               account: str = DEFAULT_ACCOUNT) -> Preset:
    with uow_factory() as uow:
        return load_preset(uow, carrier, account)


def accounts(uow_factory: UnitOfWorkFactory, carrier: str) -> list[str]:
    with uow_factory() as uow:
        stored = uow.settings.get(_accounts_key(carrier_key(carrier)))
        names = [str(n) for n in stored] if isinstance(stored, list) else []
        return [DEFAULT_ACCOUNT, *sorted(n for n in names if n != DEFAULT_ACCOUNT)]


def save_preset(uow_factory: UnitOfWorkFactory, actor: SessionUser | None,
                preset: Preset) -> None:
    """Admin only; refused with every problem if the layout cannot be used."""
    if actor is None or not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("auth.admin_only_carrier_layout")
    refuse_on_networked_station(uow_factory, "carrier layouts")
    carrier = carrier_key(preset.carrier)
    problems = layout_problems(preset)
    if problems:
        raise BadInput(problems=problems, source=layout_source(preset))
    with uow_factory() as uow:
        uow.settings.put(_key(carrier, preset.account), preset_to_json(preset))
        stored = uow.settings.get(_accounts_key(carrier))
        names = {str(n) for n in stored} if isinstance(stored, list) else set()
        uow.settings.put(_accounts_key(carrier), sorted(names | {preset.account}))
        uow.audit.record("carrier_layout_saved", user_id=actor.user_id,
                         target=f"{carrier}/{preset.account}",
                         detail={"columns": len(preset.columns)})
        uow.commit()


def preset_to_json(preset: Preset) -> dict[str, Any]:
    data = asdict(preset)
    data["columns"] = [asdict(c) for c in preset.columns]
    data["codes"] = {g: dict(m) for g, m in preset.codes.items()}
    data["sender"] = dict(preset.sender)
    return data


def preset_from_json(data: Mapping[str, Any]) -> Preset:
    columns = tuple(Column(str(c.get("header", "")), str(c.get("source", "")),
                           int(c.get("max_bytes", 0)), str(c.get("width", "")),
                           str(c.get("const", ""))) for c in data.get("columns", []))
    codes = {str(g): {str(k): str(v) for k, v in m.items()}
             for g, m in dict(data.get("codes", {})).items()}
    return Preset(
        carrier=str(data["carrier"]), account=str(data.get("account", DEFAULT_ACCOUNT)),
        columns=columns, codes=codes,
        sender={str(k): str(v) for k, v in dict(data.get("sender", {})).items()},
        header=bool(data.get("header", True)), date_format=str(data.get("date_format", "%Y/%m/%d")),
        tracking_order_column=str(data.get("tracking_order_column", "")),
        tracking_number_column=str(data.get("tracking_number_column", "")),
        take_unassigned=bool(data.get("take_unassigned", False)),
        encoding=str(data.get("encoding", ENCODING)),
    )


# --- export ----------------------------------------------------------------------------------

def export(uow_factory: UnitOfWorkFactory, clock: Clock, carrier: str, *,
           account: str = DEFAULT_ACCOUNT, write: Callable[[bytes], None] | None = None,
           actor_id: int | None = None,
           progress: Callable[[int], None] | None = None) -> CarrierExport:
    """Packed orders for this carrier that were not handed over yet, as its CSV."""
    refuse_on_networked_station(uow_factory, "carrier exports")  # the whole floor's, centrally
    carrier = carrier_key(carrier)
    with uow_factory() as uow:
        preset = load_preset(uow, carrier, account)
        owner = {s.code: s.carrier_code for s in uow.catalog.services(active_only=False)}
        chosen, unassigned = select_orders(uow.carrier.packed_not_exported(), CARRIERS[carrier],
                                           owner, preset.take_unassigned)
        today = clock.now().astimezone(JST).date()
        rendered = render(preset, [shipment(p, service, today) for p, service in chosen],
                          WIDTHS, progress)
        order_nos = tuple(p.order_no for p, _ in chosen)
        _refuse_broken_keys(preset, rendered.changes)
        written = write is not None and rendered.rows > 0
        if written:
            assert write is not None
            write(rendered.data)  # before the commit: a failed write marks nothing
            uow.carrier.mark_exported(order_nos, carrier, clock.now())
            uow.audit.record("carrier_export", user_id=actor_id, target=carrier,
                             detail={"account": account, "orders": len(order_nos),
                                     "changes": len(rendered.changes)})
            uow.commit()
    return CarrierExport(carrier, account, rendered.data, rendered.rows, order_nos,
                         rendered.changes, unassigned, written)


def _refuse_broken_keys(preset: Preset, changes: Sequence[FieldChange]) -> None:
    """The order number is how the tracking numbers find their orders again: a cut or
    replaced one would ship the labels unmatched, so the whole export is refused."""
    keys = {c.header for c in preset.columns if c.source == "order_no"}
    problems = [InputProblem(c.row, c.column,
                             Msg("carrier.order_no_does_not_fit", order_no=c.order_no,
                                 change=Msg(f"carrier.change.{c.kind}")),
                             Msg("carrier.order_no_does_not_fit_fix"))
                for c in changes if c.column in keys]
    if problems:
        raise BadInput(problems=problems, source=Msg("carrier.export_source",
                                                     carrier=preset.carrier))


def select_orders(packed: Sequence[PackedOrder], carrier_code: str, owner: Mapping[str, str],
                  take_unassigned: bool) -> tuple[list[tuple[PackedOrder, str]], int]:
    """(order, the service it goes with) for this carrier; and how many had no service."""
    chosen: list[tuple[PackedOrder, str]] = []
    unassigned = 0
    for p in packed:
        services = [s for s in p.service_code.split(",") if s]
        if not services:
            unassigned += 1
            if take_unassigned:
                chosen.append((p, ""))
            continue
        mine = [s for s in services if owner.get(s) == carrier_code]
        if mine:
            chosen.append((p, mine[0]))
    return chosen, unassigned


def shipment(p: PackedOrder, service: str, ship_date: date) -> Shipment:
    pref = prefectures.by_code(p.prefecture_code)
    names = [name for name, _qty, _price, _rate in p.items]
    item = names[0] + (" 他" if len(names) > 1 else "") if names else ""
    return Shipment(
        order_no=p.order_no, service=service, ship_date=ship_date, name=p.name,
        postal_code=p.postal_code, prefecture=pref.name if pref else "", address1=p.address1,
        address2=p.address2, phone=p.phone, company=p.company, delivery_date=p.delivery_date,
        time_slot=p.time_slot, cool=p.cool, cod_yen=p.cod_yen,
        cod_tax_yen=cod_tax(p.cod_yen, p.items), item_name=item,
        units=sum(qty for _n, qty, _p, _r in p.items) or 1, cartons=p.cartons)


def cod_tax(cod_yen: int, items: Sequence[tuple[str, int, int, int]]) -> int:
    """Consumption tax inside the amount to collect (内消費税額等), per tax rate: the goods at
    their own rates, anything collected above them (fees) at 10 %; scaled down on a discount."""
    if cod_yen <= 0:
        return 0
    gross = sum(qty * price for _n, qty, price, _r in items)
    by_rate: dict[int, int] = {}
    for _n, qty, price, rate in items:
        by_rate[rate] = by_rate.get(rate, 0) + qty * price
    tax = sum(amount * rate // (100 + rate) for rate, amount in by_rate.items())
    if gross <= 0:
        return cod_yen * 10 // 110
    if cod_yen >= gross:
        return tax + (cod_yen - gross) * 10 // 110
    return tax * cod_yen // gross


def layout_problems(preset: Preset) -> list[InputProblem]:
    """Every reason the admin's layout cannot be saved (save_preset refuses it whole)."""
    problems = check_preset(preset)
    if not preset.account.strip():
        problems.append(InputProblem(None, Msg("carrier.account"), Msg("carrier.no_account_name"),
                                     Msg("carrier.no_account_name_fix")))
    return problems


def layout_source(preset: Preset) -> Msg:
    return Msg("carrier.layout_source", carrier=carrier_key(preset.carrier))
