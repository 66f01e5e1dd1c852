"""Station and shop settings the admin edits, with the defaults a new shop starts from."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from packstation.domain.errors import BadInput, InputProblem, PermissionDenied
from packstation.domain.model import Role
from packstation.services.dto import SessionUser
from packstation.services.ports import UnitOfWorkFactory


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
    camera_device: str = "0"  # camera index, /dev/video path or stream URL (camera panel)
    camera_evidence: bool = False  # record an evidence video per order
    camera_evidence_days: int = 14  # days evidence videos are kept


_LIMITS: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 240),
    "login_max_failures": (1, 20),
    "login_lockout_minutes": (1, 1440),
    "sound_volume": (0, 100),
    "personal_data_retention_days": (1, 3650),
    "camera_evidence_days": (1, 365),
}


def load(uow_factory: UnitOfWorkFactory) -> Settings:
    with uow_factory() as uow:
        values: dict[str, Any] = {}
        for f in fields(Settings):
            stored = uow.settings.get(f.name)
            if stored is not None:
                values[f.name] = stored
    return Settings(**values)


def _validate(name: str, value: object) -> list[InputProblem]:
    default = getattr(Settings(), name, None)
    if default is None and name not in {f.name for f in fields(Settings)}:
        return [InputProblem(None, name, "unknown setting", "use one of the listed settings")]
    if not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
        return [InputProblem(None, name, f"expected {type(default).__name__}", "correct the value")]
    lo_hi = _LIMITS.get(name)
    if lo_hi and isinstance(value, int) and not lo_hi[0] <= value <= lo_hi[1]:
        rng = f"must be {lo_hi[0]}–{lo_hi[1]}"
        return [InputProblem(None, name, rng, "enter a value in range")]
    if name == "camera_device" and not str(value).strip():
        return [InputProblem(None, name, "no camera given", "enter a camera number such as 0")]
    if name == "language" and value not in ("ja", "en"):
        return [InputProblem(None, name, "must be ja or en", "choose ja or en")]
    return []


def save(
    uow_factory: UnitOfWorkFactory, actor: SessionUser, changes: dict[str, object]
) -> Settings:
    """Validate every change first; store all of them or none."""
    if not Role(actor.role).can(Role.ADMIN):
        raise PermissionDenied("only an admin may change settings")
    problems = [p for name, value in changes.items() for p in _validate(name, value)]
    if problems:
        raise BadInput(problems=problems, source="settings")
    with uow_factory() as uow:
        for name, value in changes.items():
            uow.settings.put(name, value)
        uow.audit.record("settings_changed", user_id=actor.user_id, detail=dict(changes))
        uow.commit()
    return load(uow_factory)
