"""The queries :mod:`services.db_errors` asks to word a refusal: whose record already holds
a unique value, and why a statement was denied (which right is missing, or the row
security). Each runs on the failed unit of work's own Session or Connection, rolled back
first (the failed statement aborted its transaction), as the same person, so it sees only
what they may see; a lookup that fails itself gives no answer rather than an error.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from dicel_desktop.db.models import Base
from dicel_desktop.domain.tables import TABLES
from dicel_desktop.services.references import FK_DISPLAY, Joins

log = logging.getLogger(__name__)

_PRIVILEGE = {"insert": "INSERT", "update": "UPDATE", "delete": "DELETE", "read": "SELECT"}


@dataclass(frozen=True)
class Denial:
    """Why a statement on a table was denied, as the server's catalog tells it."""

    #: The role holds every right the statement needed, and the table has row security:
    #: the policies refused the row.
    row_security: bool
    #: A column the statement wrote (or read) that the role may not.
    column: str | None
    #: The role holds every right the statement needed on the table and its columns.
    granted: bool = False


def _rollback(session: Any) -> None:
    if isinstance(session, sa.Connection):
        if session.in_transaction():
            session.rollback()
    else:
        session.rollback()


def holder_name(
    session: Any, table: str, columns: list[str], values: Mapping[str, Any]
) -> str | None:
    """The name (as lists show references) of the record of ``table`` whose ``columns``
    hold ``values``; None when the table has no name for its records, or the person may
    not see that record."""
    info = TABLES.get(table)
    if info is None or info.naming is None or table not in FK_DISPLAY:
        return None
    if any(values.get(column) in (None, "") for column in columns):
        return None
    model = Base.metadata.tables[table]
    joins = Joins(model)
    display = FK_DISPLAY[table](joins, model)
    statement = (
        sa.select(display)
        .select_from(joins.clause)
        .where(*(model.c[column] == values[column] for column in columns))
        .limit(1)
    )
    try:
        _rollback(session)
        name = session.execute(statement).scalar()
    except sa_exc.DBAPIError:
        log.debug("Could not look up the record holding %s.%s", table, columns, exc_info=True)
        _rollback(session)
        return None
    return str(name) if name else None


def denial(
    session: Any, table: str | None, values: Mapping[str, Any], action: str | None
) -> Denial | None:
    """Which right the person lacks for ``action`` on ``table`` with these columns, or that
    the row security refused; None when the catalog cannot tell (or the question fails)."""
    if table is None or action not in _PRIVILEGE or table not in Base.metadata.tables:
        return None
    privilege = _PRIVILEGE[action]
    model = Base.metadata.tables[table]
    columns = [c for c in values if c in model.c] if action != "delete" else []
    qualified = f"public.{table}"
    try:
        _rollback(session)
        whole, some, row_security = session.execute(
            sa.text(
                "SELECT has_table_privilege(CAST(:t AS regclass), :p),"
                " has_any_column_privilege(CAST(:t AS regclass), :p),"
                " relrowsecurity FROM pg_class WHERE oid = CAST(:t AS regclass)"
            ),
            {"t": qualified, "p": privilege},
        ).one()
        missing = [
            column
            for column in columns
            if not session.execute(
                sa.text("SELECT has_column_privilege(CAST(:t AS regclass), :c, :p)"),
                {"t": qualified, "c": column, "p": privilege},
            ).scalar_one()
        ]
    except sa_exc.DBAPIError:
        log.debug("Could not look up the rights on %s", table, exc_info=True)
        _rollback(session)
        return None
    if whole or (columns and not missing):
        # Every right is there: what refused was the row security (or, without it,
        # something the catalog does not show here, such as a function's EXECUTE).
        return Denial(row_security=bool(row_security), column=None, granted=True)
    # No right on any column: the table is refused, not one of its fields.
    return Denial(row_security=False, column=missing[0] if missing and some else None)
