"""Station and shop settings the admin edits, with the defaults a new shop starts from."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from packstation.domain.dash import parse_cutoffs, parse_time
from packstation.domain.errors import (
    BadInput,
    CentrallyManaged,
    InputProblem,
    NeedsConfirmation,
    PermissionDenied,
)
from packstation.domain.handling import parse_rules
from packstation.domain.invoice import registration_no_problem, registration_no_warning
from packstation.domain.messages import Msg
from packstation.domain.model import Role
from packstation.domain.shop_calendar import DEFAULT_CLOSED, ShopCalendar
from packstation.domain.shop_calendar import parse as parse_calendar
from packstation.services.dto import SessionUser
from packstation.services.ports import HasSettings, UnitOfWorkFactory
from packstation.services.sync.networked import STATION_SETTINGS


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: int = 10
    login_max_failures: int = 5
    login_lockout_minutes: int = 5
    allow_typed_codes: bool = False
    gs_substitute: str = ""
    sound_volume: int = 80  # percent
    sound_muted: bool = False
    language: str = "ja"
    personal_data_retention_days: int = 30
    # The scale (issue 8): none / mtsics (serial) / hid (USB), and the weight tolerance.
    scale_kind: str = "none"
    scale_port: str = ""  # /dev/ttyUSB0, COM3; for HID /dev/hidraw0 ("" = the first found)
    scale_baud: int = 9600
    weight_tolerance_pct: int = 5
    weight_tolerance_min_g: int = 20
    # The shop on labels (ご依頼主) and packing slips (納品書): issue 6.
    shop_name: str = ""
    shop_postal_code: str = ""
    shop_address: str = ""
    shop_phone: str = ""
    shop_logo_path: str = ""  # PNG/JPEG; a relative path is read from the resources folder
    invoice_registration_no: str = ""  # T + 13 digits: slips become 適格請求書
    prices_include_tax: bool = True  # unit prices on orders are 税込 (総額表示)
    label_size: str = "4x6"  # 4x6 / a6
    slip_size: str = "a4"  # a4 / a5
    zpl_kanji_font: str = ""  # the printer's Japanese font (e.g. E:ANMDJ.TTF); "" = bitmaps
    camera_device: str = "0"  # camera index, /dev/video path or stream URL (camera panel)
    camera_evidence: bool = False  # record an evidence video per order
    camera_evidence_days: int = 14  # days evidence videos are kept
    # What goes in the box besides the items, by rule (domain/handling.py): one rule a line,
    # "condition: item", e.g. "first_order: 初回チラシ". The bench shows each as a badge.
    enclosure_rules: str = ""
    # The shop's calendar (domain/shop_calendar.py): days nothing ships. Ship dates (出荷予定日)
    # and the rate table that prices a parcel follow it; 祝 = Japan's public holidays.
    shop_closed_days: str = DEFAULT_CLOSED
    # The lead's dashboard (issue 19, docs/kpi.md): 当日出荷 cutoff per weekday (Monday first,
    # "" = no shipping), targets drawn on the trends, and the shop's old shipping habit the
    # savings are measured against (service code, size class name, box code; "" = none).
    cutoff_times: str = "14:00,14:00,14:00,14:00,14:00,,"
    target_misship_ppm: int = 100
    target_errors_per_1000: int = 3
    target_same_day_pct: int = 95
    baseline_service: str = ""
    baseline_size: str = ""
    baseline_box: str = ""
    # The daily report written by itself into a folder each day once the time has passed
    # (a running station checks every few minutes; "" = off; cron + `report daily` also work).
    daily_report_folder: str = ""
    daily_report_at: str = "18:00"
    # Batch picking (issue 20): the slots of the sorting rack, the most orders in one batch.
    batch_max_orders: int = 30
    picklist_pictures: bool = False  # product pictures on pick lists (where a product has one)


LIMITS: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 240),
    "login_max_failures": (1, 20),
    "login_lockout_minutes": (1, 1440),
    "sound_volume": (0, 100),
    "personal_data_retention_days": (1, 3650),
    "weight_tolerance_pct": (0, 50),
    "weight_tolerance_min_g": (0, 5000),
    "camera_evidence_days": (1, 365),
    "target_misship_ppm": (0, 1_000_000),
    "target_errors_per_1000": (0, 1000),
    "target_same_day_pct": (0, 100),
    "batch_max_orders": (1, 200),  # domain.batches.MAX_ORDERS
}
_CHOICES: dict[str, tuple[object, ...]] = {
    "language": ("ja", "en"),
    "scale_kind": ("none", "mtsics", "hid"),
    "scale_baud": (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200),
}


def load(uow_factory: UnitOfWorkFactory) -> Settings:
    with uow_factory() as uow:
        return read(uow)


def read(uow: HasSettings) -> Settings:
    """The settings inside a unit of work (or document reads) the caller already holds."""
    stored = uow.settings.get_many(f.name for f in fields(Settings))
    values: dict[str, Any] = {k: v for k, v in stored.items() if v is not None}
    return Settings(**values)


def _station_changes(current: Settings, changes: dict[str, object]) -> dict[str, object]:
    """On a networked station only its own bench settings are stored; changing any other is
    refused, as the next sync would silently put the central value back. A form that sends
    every field is fine as long as the shared ones are unchanged."""
    shared = [name for name, value in changes.items()
              if name not in STATION_SETTINGS and getattr(current, name) != value]
    if shared:
        raise CentrallyManaged("settings.centrally_managed", settings=shared)
    return {name: value for name, value in changes.items() if name in STATION_SETTINGS}


def _validate(name: str, value: object) -> list[InputProblem]:
    default = getattr(Settings(), name, None)
    if default is None and name not in {f.name for f in fields(Settings)}:
        return [InputProblem(None, name, Msg("settings.unknown"), Msg("settings.unknown_fix"))]
    if not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
        kind = {bool: "settings.type_bool", int: "settings.type_int"}.get(type(default),
                                                                         "settings.type_text")
        return [InputProblem(None, name, Msg(kind), Msg("settings.correct_value"))]
    lo_hi = LIMITS.get(name)
    if lo_hi and isinstance(value, int) and not lo_hi[0] <= value <= lo_hi[1]:
        return [InputProblem(None, name, Msg("settings.out_of_range", low=lo_hi[0],
                                             high=lo_hi[1]), Msg("settings.in_range_fix"))]
    if name == "camera_device" and not str(value).strip():
        return [InputProblem(None, name, Msg("settings.no_camera"), Msg("settings.camera_fix"))]
    choices = _CHOICES.get(name) or (("ja", "en") if name == "language" else None)
    if choices and value not in choices:
        listed = [str(c) for c in choices]
        return [InputProblem(None, name, Msg("settings.not_a_choice", options=listed),
                             Msg("settings.choose_listed", options=listed))]
    return _validate_document_setting(name, value)


_DOCUMENT_CHOICES = {"label_size": ("4x6", "a6"), "slip_size": ("a4", "a5")}
_ZPL_FONT = re.compile(r"[REBA]:[A-Za-z0-9_]{1,16}\.(TTF|TTE|FNT)", re.IGNORECASE)


def zpl_font_problems(value: str, where: str = "zpl_kanji_font") -> list[InputProblem]:
    """A ZPL printer font name (drive:file) or "" for bitmaps."""
    if value and not _ZPL_FONT.fullmatch(value):
        return [InputProblem(None, where, Msg("settings.not_a_printer_font", value=value),
                             Msg("settings.printer_font_fix"))]
    return []


def _validate_document_setting(name: str, value: object) -> list[InputProblem]:
    if name in _DOCUMENT_CHOICES and value not in _DOCUMENT_CHOICES[name]:
        listed = list(_DOCUMENT_CHOICES[name])
        return [InputProblem(None, name, Msg("settings.not_a_choice", options=listed),
                             Msg("settings.choose_listed", options=listed))]
    if name == "invoice_registration_no" and isinstance(value, str):
        problem = registration_no_problem(value)
        if problem:
            return [InputProblem(None, name, problem, Msg("invoice.registration_fix"))]
    if name == "zpl_kanji_font" and isinstance(value, str):
        return zpl_font_problems(value, name)
    if name == "shop_closed_days" and isinstance(value, str):
        return [InputProblem(None, name, p, Msg("calendar.fix"))
                for p in parse_calendar(value)[1]]
    if name == "daily_report_at" and isinstance(value, str) and parse_time(value) is None:
        return [InputProblem(None, name, Msg("dash.bad_time", value=value),
                             Msg("dash.bad_time_fix"))]
    if name == "daily_report_folder" and isinstance(value, str) and len(value) > 500:
        return [InputProblem(None, name, Msg("form.too_long", max_len=500),
                             Msg("form.shorten"))]
    if name == "cutoff_times" and isinstance(value, str):
        return [InputProblem(None, name, p, Msg("dash.cutoffs_fix"))
                for p in parse_cutoffs(value)[1]]
    if name == "enclosure_rules" and isinstance(value, str):
        return [InputProblem(p.number, name, p.problem) for p in parse_rules(value)[1]]
    if name.startswith("shop_") and isinstance(value, str) and len(value) > 200:
        return [InputProblem(None, name, Msg("form.too_long", max_len=200),
                             Msg("form.shorten"))]
    return []


def calendar(settings: Settings) -> ShopCalendar:
    """The shop's calendar; a stored line with a wrong token keeps what it understands (and
    one closing every weekday, refused when saved, falls back to the default)."""
    found = parse_calendar(settings.shop_closed_days)[0]
    return found if len(found.closed_weekdays) < 7 else parse_calendar(DEFAULT_CLOSED)[0]


def problems(changes: dict[str, object]) -> list[InputProblem]:
    """Every problem of the changes at once (what save() would refuse), by setting name."""
    return [p for name, value in changes.items() for p in _validate(name, value)]


def save(
    uow_factory: UnitOfWorkFactory, actor: SessionUser, changes: dict[str, object],
    confirmed: frozenset[str] = frozenset(),
) -> Settings:
    """Validate every change first; store all of them or none. A value that only looks wrong
    (a registration number failing the 法人番号 check) needs its name in ``confirmed``."""
    if not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("auth.admin_only_settings")
    found = problems(changes)
    if found:
        raise BadInput(problems=found, source=Msg("settings.source"))
    number = changes.get("invoice_registration_no")
    warning = registration_no_warning(number) if isinstance(number, str) else None
    if warning is not None and "invoice_registration_no" not in confirmed:
        raise NeedsConfirmation("invoice.confirm_number", problem=warning,
                                setting="invoice_registration_no")
    if not changes:
        return load(uow_factory)  # nothing to store, nothing to audit
    with uow_factory() as uow:
        if uow_factory.networked:
            changes = _station_changes(read(uow), changes)
        for name, value in changes.items():
            uow.settings.put(name, value)
        uow.audit.record("settings_changed", user_id=actor.user_id, detail=dict(changes))
        uow.commit()
    return load(uow_factory)
