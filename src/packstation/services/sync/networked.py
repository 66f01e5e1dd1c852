"""What a networked station may change on its own, and what only the central database may.

A networked station's SQLite file holds copies of the central catalogue (products, boxes,
carriers, services, rates), shop settings and users, replaced at every sync
(adapters/central/pull.py), and its orders come from central claims. An edit made there would
vanish at the next sync, silently; so it is refused with the way to do it right. Settings that
describe the station's own bench (its scale, camera, printer font, sound) stay the station's:
the sync never overwrites them.
"""

from __future__ import annotations

from packstation.domain.errors import CentrallyManaged
from packstation.services.ports import UnitOfWorkFactory

STATION_SETTINGS = frozenset({
    "scale_kind", "scale_port", "scale_baud",  # the scale on this bench
    "camera_device", "camera_evidence",  # the camera on this bench
    "zpl_kanji_font",  # the font of this station's label printer
    "sound_volume", "sound_muted",  # how loud this bench may be
})

HOW = ("do it on the central database (an admin PC running `packstation --db <central URL>`); "
       "this station takes the change at its next sync")


def refuse_on_networked_station(uow_factory: UnitOfWorkFactory, what: str) -> None:
    """Raise CentrallyManaged when `what` (e.g. "boxes") is edited on a networked station."""
    if uow_factory.networked:
        raise CentrallyManaged(f"{what} are kept on the central database in networked mode: "
                               f"{HOW}", what=what)
