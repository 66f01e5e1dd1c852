"""Customers' names, addresses and phones leave the database after the retention days.

A shipped order keeps its lines, counts and tracking number (the KPIs, the review and a
mis-shipment report need them) but loses its ship-to and its notes once it was shipped more
than `personal_data_retention_days` ago. Run at start and daily (GUI timer, CLI start).
A networked station forgets its copies by the sync loop instead (adapters/central/pull.py):
there the central database's rule applies, and the station's own copy goes sooner.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from packstation.services import settings as settings_service
from packstation.services.ports import Clock, UnitOfWorkFactory

log = logging.getLogger(__name__)
DAILY_MS = 24 * 60 * 60 * 1000  # how often a running GUI purges


def purge_personal_data(uow_factory: UnitOfWorkFactory, clock: Clock) -> int:
    """Forget the personal data of orders shipped longer ago than the retention days;
    returns how many orders lost it (0 on a networked station: its sync loop does it)."""
    if uow_factory.networked:
        return 0
    with uow_factory() as uow:
        days = settings_service.read(uow).personal_data_retention_days
        now = clock.now()
        count = uow.orders.forget_personal_data(now - timedelta(days=days))
        if count:
            uow.audit.record("personal_data_purged", at=now,
                             detail={"orders": count, "retention_days": days})
        uow.commit()
    if count:
        log.info("personal data of %d shipped orders deleted (retention %d days)", count, days)
    return count
