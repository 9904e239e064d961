"""Units of work: one transaction each, run once more after a deadlock or a
serialization failure, the database's refusals as sentences. What every service
operation that writes is made of (records, workflow steps). No Qt here."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import psycopg
import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services.compiled import Compiled, compile_statement, run_alone, run_compiled
from dicel_desktop.services.db_errors import Action, explain, explain_with_lookup, with_retry

__all__ = ["LOST_MAY_BE_DONE", "call_function", "run_unit"]

#: A step sent alone whose connection was lost before its answer: it may be done.
LOST_MAY_BE_DONE = "step_may_be_done"

T = TypeVar("T")


def run_unit(
    session: Session,
    table: str | None,
    values: Mapping[str, Any],
    action: Action,
    work: Callable[[], T],
) -> T:
    """Run ``work``, one whole unit of work that commits; refusals worded for ``table``
    and the ``values`` it writes (``db_errors``)."""
    try:
        return with_retry(work, session=session)
    except DicelError:
        raise
    except (sa_exc.DBAPIError, psycopg.Error) as error:
        raise explain_with_lookup(session, error, table, values, action) from error


def call_function(
    session: Session,
    statement: str,
    params: Mapping[str, Any],
    *,
    table: str,
    action: Action = "update",
    lost_at_commit: str | None = None,
) -> Any:
    """One workflow step: ``SELECT public.dicel_...(:a, :b)`` in a transaction of its
    own, committed; the function's one value (None for a function returning void).

    Sent alone (one round trip, the server committing the call as it ends), a step
    whose connection is lost before its answer came may have been done: it raises
    ``LOST_MAY_BE_DONE`` ("open the record again to see"), never ``connection_lost``
    ("try again").

    ``lost_at_commit``: the code of the DicelError raised when the connection is lost
    while the step commits (the server may have committed it, or not), instead of
    ``connection_lost``, which says it was not done. A caller giving it must tell a
    step lost before it ran from one lost while committing: its step takes the three
    round trips (BEGIN, the call, COMMIT)."""
    compiled = _compiled(statement)

    def work() -> Any:
        # Straight to psycopg, compiled once: a decision's round trip is a few hundred
        # microseconds, and SQLAlchemy's work per execution was a good part of it. And
        # in one round trip, committed by the server as the call ends (no BEGIN, no
        # COMMIT of the client's: stop 27), except where the caller must tell a
        # connection lost before the function ran from one lost while it committed.
        rows = None
        if lost_at_commit is None:
            try:
                rows = run_alone(session, compiled, params)
            except (sa_exc.DBAPIError, psycopg.Error) as error:
                if explain(error).code == "connection_lost":
                    # Sent as a transaction of its own, the call commits as it ends: lost
                    # before its answer came, it may be done. "Try again" could do it
                    # twice (a payment booked twice, stock moved twice). The connection
                    # is let go (sent straight to psycopg, SQLAlchemy did not see it die).
                    session.connection().invalidate(error)
                    raise DicelError(LOST_MAY_BE_DONE) from error
                raise
        if rows is None:
            rows = run_compiled(session, compiled, params)
        try:
            session.commit()
        except (sa_exc.DBAPIError, psycopg.Error) as error:
            if lost_at_commit is not None and explain(error).code == "connection_lost":
                raise DicelError(lost_at_commit) from error
            raise
        return rows[0][0] if rows and rows[0] else None

    return run_unit(session, table, params, action, work)


@functools.lru_cache(maxsize=256)
def _compiled(statement: str) -> Compiled:
    return compile_statement(sa.text(statement))
