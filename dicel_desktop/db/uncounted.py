"""The columns that keep no planner statistics (``permissions.UNCOUNTED_COLUMNS``): made
so by ``sync-grants``, and read back by ``dicel-admin health``.

Migrations 0138, 0139 and 0141 set the columns of their time; a column added to the list
later (a new row-security table's) is set by the next ``migrate``, whose sync-grants runs
:func:`keep_no_statistics`. ``SET STATISTICS 0`` is the table owner's; the statistics
ANALYZE gathered before stay until a superuser deletes them from ``pg_statistic`` (ANALYZE
skips a column of target 0 but leaves what it had), so a run by a mere member of the owner
sets the targets and ``health`` still names the statistics left.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

from dicel_desktop.domain.permissions import UNCOUNTED_COLUMNS

__all__ = ["keep_no_statistics", "statistics_drift"]

#: Each listed column that exists, its target (NULL: the default, on 17+) and whether
#: ``pg_statistic`` holds a row of it. PostgreSQL checks the rights on every table a
#: statement names before running it, a CASE branch never taken included (review40 #1:
#: an administrator's ``health`` was refused "permission denied for table pg_statistic"),
#: so a caller who may not read pg_statistic is sent the statement without it.
_STATE = """
    SELECT l.t, l.c, a.attstattarget::int, {kept}
    FROM unnest(CAST(:tables AS text[]), CAST(:columns AS text[])) AS l(t, c)
    JOIN pg_catalog.pg_attribute a
      ON a.attrelid = to_regclass('public.' || quote_ident(l.t)) AND a.attname = l.c
         AND NOT a.attisdropped
    ORDER BY 1, 2
"""
_KEPT = """EXISTS (SELECT FROM pg_catalog.pg_statistic s
                   WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum)"""


def _state(connection: Connection) -> list[tuple[str, str, int | None, bool | None]]:
    """(table, column, target, kept), ``kept`` None when the caller may not read
    pg_statistic."""
    pairs = sorted((t, c) for t, columns in UNCOUNTED_COLUMNS.items() for c in columns)
    readable = connection.scalar(
        sa.text("SELECT has_table_privilege('pg_catalog.pg_statistic', 'SELECT')")
    )
    rows = connection.execute(
        sa.text(_STATE.format(kept=_KEPT if readable else "CAST(NULL AS boolean)")),
        {"tables": [t for t, _c in pairs], "columns": [c for _t, c in pairs]},
    ).all()
    return [(t, c, target, kept) for t, c, target, kept in rows]


def keep_no_statistics(connection: Connection) -> None:
    """``SET STATISTICS 0`` on each listed column that has another target, and (as a
    superuser) delete the statistics it still has. Idempotent; a column not there yet
    (a table of a later revision) is left for the run that finds it."""
    for table, column, target, kept in _state(connection):
        if target != 0:
            connection.exec_driver_sql(
                f'ALTER TABLE public."{table}" ALTER COLUMN "{column}" SET STATISTICS 0'
            )
        if kept:
            connection.exec_driver_sql(
                "DELETE FROM pg_catalog.pg_statistic s USING pg_catalog.pg_attribute a"
                " WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum"
                f" AND a.attrelid = 'public.\"{table}\"'::regclass AND a.attname = '{column}'"
            )


def statistics_drift(connection: Connection) -> list[tuple[str, str, str]]:
    """The listed columns the database counts again: (table, column, what), ``what``
    "target N" (statistics would be gathered at the next ANALYZE) or "statistics kept"
    (a superuser's reading only). Empty when the database agrees with the list."""
    drift = []
    for table, column, target, kept in _state(connection):
        if target != 0:
            drift.append((table, column, f"target {'default' if target in (None, -1) else target}"))
        elif kept:
            drift.append((table, column, "statistics kept"))
    return drift
