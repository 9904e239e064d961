"""What the server said about a failure, as data (:class:`Fault`), logged once as it
deserves, and a unit of work run once more after a deadlock or a serialization failure
(:func:`with_retry`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import psycopg
from sqlalchemy import exc as sa_exc

from dicel_desktop.domain.errors import Conflict

#: The package's logger, as it was before the package was split.
log = logging.getLogger("dicel_desktop.services.db_errors")

T = TypeVar("T")
#: Deadlock, serialization failure: the same unit of work run again usually succeeds.
TRANSIENT = frozenset({"40P01", "40001"})


@dataclass(frozen=True)
class Fault:
    """What the server said about a failure, as data."""

    sqlstate: str | None
    constraint: str | None
    table: str | None
    column: str | None
    detail: str | None
    #: A psycopg or SQLAlchemy connection-level error (OperationalError, InterfaceError).
    connection_level: bool
    #: The error arose while connecting, before any statement ran.
    while_connecting: bool


def fault_of(error: BaseException) -> Fault | None:
    """The server's diagnostics of a database error; None for any other exception."""
    original: BaseException = error
    while_connecting = False
    if isinstance(error, sa_exc.DBAPIError):
        original = error.orig
        while_connecting = error.statement is None and not error.connection_invalidated
    elif not isinstance(error, psycopg.Error):
        return None
    if not isinstance(original, psycopg.Error):
        return None
    diag = original.diag
    return Fault(
        sqlstate=original.sqlstate,
        constraint=diag.constraint_name,
        table=diag.table_name,
        column=diag.column_name,
        detail=diag.message_detail,
        connection_level=isinstance(original, psycopg.OperationalError | psycopg.InterfaceError),
        while_connecting=while_connecting,
    )


def with_retry(work: Callable[[], T], *, session: Any = None) -> T:
    """Run a unit of work; after a deadlock or a serialization failure run it once more
    (rolling ``session`` back first), then give up with ``busy_retry``.

    ``work`` must be the whole unit of work (it starts and ends its transaction): running
    half of one again would do the first half twice.
    """
    for attempt in (1, 2):
        try:
            return work()
        except (sa_exc.DBAPIError, psycopg.Error) as error:
            fault = fault_of(error)
            if fault is None or fault.sqlstate not in TRANSIENT:
                raise
            log.info("Unit of work ran into SQLSTATE %s (attempt %d)", fault.sqlstate, attempt)
            if session is not None:
                session.rollback()
            if attempt == 2:
                raise Conflict("busy_retry") from error
    raise AssertionError("unreachable")


_LOGGED = "_dicel_logged"


def log_once(error: BaseException, level: int, message: str) -> None:
    if getattr(error, _LOGGED, False):
        return
    # An exception type with __slots__ cannot be marked: it may be logged twice.
    with contextlib.suppress(AttributeError):
        setattr(error, _LOGGED, True)
    # A bug needs its traceback; a refusal is told by its SQLSTATE and constraint.
    log.log(level, message, exc_info=error if level >= logging.ERROR else None)


def log_refusal(error: BaseException, fault: Fault) -> None:
    if getattr(error, _LOGGED, False):
        return
    log_once(
        error,
        logging.INFO,
        f"The database refused: SQLSTATE {fault.sqlstate or '(none: connection)'}"
        f" constraint={fault.constraint} table={fault.table} column={fault.column}",
    )
