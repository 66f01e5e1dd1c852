"""The carrier hand-off as the GUI and the CLI see it: the carrier software's CSV out, the
tracking numbers back in, the per-account layouts (implementation: export.py, tracking.py)."""

from __future__ import annotations

from collections.abc import Callable

from packstation.domain.carrier_csv import Preset
from packstation.domain.carrier_file_check import check_file
from packstation.domain.carrier_presets import DEFAULT_ACCOUNT
from packstation.domain.errors import BadInput
from packstation.services.carrier import export, tracking
from packstation.services.dto import SessionUser
from packstation.services.ports import Clock, UnitOfWorkFactory

FileWriter = Callable[[str], Callable[[bytes], None]]  # path → write(data), whole or nothing


class Carrier:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, files: FileWriter) -> None:
        self._uow, self._clock, self._files = uow, clock, files

    def file_writer(self, path: str) -> Callable[[bytes], None]:
        """``write`` for :meth:`export`: the file whole or not at all; a printer device or a
        FIFO is written into, never replaced (bootstrap binds adapters/files.py)."""
        return self._files(path)

    def accounts(self, carrier: str) -> list[str]:
        return export.accounts(self._uow, carrier)

    def get_preset(self, carrier: str, account: str = DEFAULT_ACCOUNT) -> Preset:
        return export.get_preset(self._uow, carrier, account)

    def save_preset(self, user: SessionUser | None, preset: Preset) -> None:
        export.save_preset(self._uow, user, preset)

    def export(self, carrier: str, *, account: str = DEFAULT_ACCOUNT,
               write: Callable[[bytes], None] | None = None, actor_id: int | None = None,
               progress: Callable[[int], None] | None = None) -> export.CarrierExport:
        """``write`` None: a check only, no file and nothing marked exported."""
        return export.export(self._uow, self._clock, carrier, account=account, write=write,
                             actor_id=actor_id, progress=progress)

    def check_file(self, carrier: str, data: bytes, *, source: str = "",
                   account: str = DEFAULT_ACCOUNT) -> int:
        """A carrier file against the account's layout: its number of data rows when it fits,
        else BadInput naming every row and column that does not."""
        preset = self.get_preset(carrier, account)
        problems = check_file(preset, data)
        if problems:
            raise BadInput(problems=problems, source=source)
        return max(data.count(b"\n") - (1 if preset.header else 0), 0)

    def import_tracking(self, carrier: str, data: bytes, *, source: str = "",
                        account: str = DEFAULT_ACCOUNT,
                        actor_id: int | None = None) -> tracking.TrackingReport:
        return tracking.import_tracking(self._uow, self._clock, carrier, data, source=source,
                                        account=account, actor_id=actor_id)
