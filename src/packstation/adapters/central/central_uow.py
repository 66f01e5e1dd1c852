"""The central database as a networked station's unit of work, for the few actions a station
does there directly (a lead making a batch at the bench, issue 20): the station's own role,
and a clear message instead of a driver error when the server cannot be reached."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import OperationalError

from packstation.adapters.db.engine import server_error_line
from packstation.adapters.db.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from packstation.domain.errors import PackstationError


class _CentralUnitOfWork(SqlUnitOfWork):
    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        super().__exit__(exc_type, exc, tb)
        if isinstance(exc, OperationalError):
            raise PackstationError("central.unreachable", reason=server_error_line(exc)) \
                from exc


class CentralUnitOfWorkFactory(SqlUnitOfWorkFactory):
    """Not networked itself: what is written here is written on the server at once."""

    def __call__(self) -> SqlUnitOfWork:
        return _CentralUnitOfWork(self._sessions, False)
