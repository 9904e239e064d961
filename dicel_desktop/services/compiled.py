"""Statements compiled once and sent straight to psycopg: for the hot paths (a lookup's
page as a person types, a record's load and save), where SQLAlchemy's work per execution
(the statement's cache key, its execution context) cost more than the query itself.

A statement is built with SQLAlchemy Core (its bound values as ``bindparam``s), compiled
once per shape with the psycopg dialect, and run with the values of the moment. Values
SQLAlchemy would convert itself (a dict for a JSONB column) go through the same bind
processors it would use; rows come back as psycopg gives them (UUID, Decimal, dates,
dicts for JSONB), which is what SQLAlchemy hands back for these types too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from psycopg.pq import TransactionStatus
from psycopg.rows import tuple_row
from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement

__all__ = ["Compiled", "compile_statement", "run_alone", "run_compiled"]

_DIALECT = PGDialect_psycopg()


@dataclass(frozen=True)
class Compiled:
    """A statement as the SQL text psycopg takes, with the values it always takes (the
    constants of its expressions: separators of names ...) and the conversions of the
    values that need one."""

    sql: str
    constants: Mapping[str, Any]
    processors: Mapping[str, Callable[[Any], Any]]

    def params(self, values: Mapping[str, Any]) -> dict[str, Any]:
        params = {**self.constants, **values}
        for name, process in self.processors.items():
            if params.get(name) is not None:
                params[name] = process(params[name])
        return params


def compile_statement(statement: ClauseElement) -> Compiled:
    compiled = statement.compile(dialect=_DIALECT)
    return Compiled(
        compiled.string,
        compiled.construct_params(_check=False),
        dict(compiled._bind_processors),  # SQLAlchemy's own conversions of bound values
    )


def run_compiled(
    db: Session | Connection, compiled: Compiled, values: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of ``compiled`` run with ``values``, in the session's transaction."""
    connection = db.connection() if isinstance(db, Session) else db
    return _fetch(connection.connection.driver_connection, compiled, values)


def _fetch(driver: Any, compiled: Compiled, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """``compiled`` run with ``values`` on the psycopg connection ``driver``: its rows."""
    with driver.cursor(row_factory=tuple_row) as cursor:
        cursor.execute(compiled.sql, compiled.params(values))
        return cursor.fetchall() if cursor.description else []


def run_alone(
    session: Session, compiled: Compiled, values: Mapping[str, Any]
) -> list[tuple[Any, ...]] | None:
    """The rows of ``compiled`` run as a transaction of its own, which the server commits
    as the statement ends: one round trip, where BEGIN, the statement and COMMIT took
    three (a workflow step is one function call, atomic by itself). The session's
    COMMIT after it has nothing to send.

    None, and nothing run, when the session's connection already has a transaction open
    (a read-only login's ``SET TRANSACTION READ ONLY``, an earlier statement): the
    statement must then run in that transaction, with ``run_compiled``."""
    driver = session.connection().connection.driver_connection
    if driver.autocommit or driver.pgconn.transaction_status != TransactionStatus.IDLE:
        return None
    driver.autocommit = True  # client-side only: psycopg sends no BEGIN
    try:
        return _fetch(driver, compiled, values)
    finally:
        if driver.pgconn.transaction_status == TransactionStatus.IDLE:
            driver.autocommit = False
