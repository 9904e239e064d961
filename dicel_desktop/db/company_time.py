"""Today is the company's: the schema's functions take dates in the company's time zone.

PostgreSQL's ``current_date``, ``now()::date``, ``date_trunc('month', now())``,
``to_char(now(), 'YYYY')``... read the session's ``TimeZone``, which any login may SET
(``SET timezone = 'Etc/GMT+12'`` moves "today" back by up to a day, ``Etc/GMT-14``
forward). Inside a SECURITY DEFINER function that made "today" the caller's to choose:
cancelling an approved leave that starts today (DW108), leave filed 31 days back
(DW107), a payroll run for a month not begun (DW337), a posting published "tomorrow".

:func:`pin_company_time_zone` gives every function of the schema whose body reads the
date or the time of day a ``SET TimeZone = <company's zone>`` clause (``ALTER FUNCTION``),
so inside it ``current_date`` is the company's whatever the caller's session says.
``CREATE OR REPLACE FUNCTION`` drops a function's SET clauses, and migrations rebuild
functions often: so this runs with :func:`~dicel_desktop.db.grants.sync_grants`, after
every migration that ends at head and on ``dicel-admin sync-grants``, as grants are made
again, and on its own after a migration that ends short of head at 0069 or later (a
downgrade; ``migrations/env.py``). Nothing to remember when writing a migration: a
function using ``current_date`` is pinned by the next sync
(tests/security/test_today_is_the_companys.py checks that every one is).

The company's zone is the database's default zone, the one every session gets unless it
SETs another: ``ALTER DATABASE ... SET timezone`` where one was made, else the server's
``postgresql.conf`` ``timezone`` (initdb writes the machine's zone there). Not a system
setting: a pin is only re-made at a sync, so a setting changed in the Admin window would
seem to take and not (docs/decisions.md, "Today is the company's").
"""

from __future__ import annotations

import functools
import logging
import re

import sqlalchemy as sa
from sqlalchemy import Connection

__all__ = [
    "DATE_TIME",
    "INSTANT_ONLY",
    "company_time_zone",
    "date_dependent_functions",
    "pin_company_time_zone",
]

log = logging.getLogger(__name__)

#: What in a function's body reads the clock, or turns a moment into a day, a time of day
#: or text (each depends on the session's TimeZone). Generous: a function pinned that did
#: not need it only pays a setting per call. Comments count too.
DATE_TIME = re.compile(
    r"""
      \b current_(date|time|timestamp) \b
    | \b localtime(stamp)? \b
    | \b (now|transaction_timestamp|statement_timestamp|clock_timestamp|timeofday) \s* \(
    | '\s*(now|today|tomorrow|yesterday)\s*'
    | \b (date_trunc|date_part|extract|to_char|age|date_bin) \s* \(
    | :: \s* (date|time|timetz|timestamp|timestamptz) \b
    | \b as \s+ (date|time|timestamp) \b
    | \b at \s+ time \s+ zone \b
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Functions left unpinned although their body reads the clock: per-row triggers that
#: only stamp a moment (a timestamptz is the same instant in every zone), where a
#: setting changed and restored on every row written would be paid for nothing. The test
#: checks that their bodies take no day, time of day or text from it.
INSTANT_ONLY: frozenset[str] = frozenset({"set_updated_at", "dicel_audit"})

#: Where a session's TimeZone comes from when nothing but the server chose it.
_SERVERS_OWN = frozenset(
    {"default", "configuration file", "command line", "environment variable", "override"}
)

#: The schema's functions written in SQL or PL/pgSQL, extensions' left out.
_FUNCTIONS = """
SELECT p.proname::text, p.oid::regprocedure::text, p.prosrc, coalesce(p.proconfig, '{}')
FROM pg_proc p
JOIN pg_language l ON l.oid = p.prolang AND l.lanname IN ('sql', 'plpgsql')
WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 2
"""


def company_time_zone(connection: Connection) -> str:
    """The zone a new session of this database starts in, whatever this session says.

    ``ALTER DATABASE ... SET timezone`` first (for every role: a role's own setting is a
    person's, not the company's); else the server's own value (``postgresql.conf``, its
    command line), as this session has it unless this session's client or role changed
    it (``PGTZ``, ``SET``, ``ALTER ROLE``): then read from the configuration files where
    the caller may, and last the value this session would RESET to."""
    database_level = connection.execute(
        sa.text(
            "SELECT substr(c, strpos(c, '=') + 1) FROM pg_db_role_setting s,"
            " unnest(s.setconfig) c"
            " WHERE s.setrole = 0"
            " AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND lower(split_part(c, '=', 1)) = 'timezone'"
        )
    ).scalar()
    if database_level:
        return str(database_level)
    setting, source, reset = connection.execute(
        sa.text("SELECT setting, source, reset_val FROM pg_settings WHERE name = 'TimeZone'")
    ).one()
    if source in _SERVERS_OWN:
        return str(setting)
    may_read_files = connection.execute(
        sa.text("SELECT has_function_privilege('pg_show_all_file_settings()', 'EXECUTE')")
    ).scalar_one()
    if may_read_files:
        in_file = connection.execute(
            sa.text(
                "SELECT setting FROM pg_file_settings"
                " WHERE lower(name) = 'timezone' AND applied AND error IS NULL"
                " ORDER BY seqno DESC LIMIT 1"
            )
        ).scalar()
        if in_file:
            return str(in_file)
    log.warning(
        "The server's own time zone is not readable here (TimeZone came from %s): taking %s",
        source,
        reset,
    )
    return str(reset)


def date_dependent_functions(connection: Connection) -> list[tuple[str, str, list[str]]]:
    """(name, signature, proconfig) of the functions that read the date or time of day."""
    return [
        (name, signature, list(config))
        for name, signature, body, config in connection.execute(sa.text(_FUNCTIONS)).all()
        if name not in INSTANT_ONLY and _reads_date_time(body or "")
    ]


@functools.lru_cache(maxsize=4096)
def _reads_date_time(body: str) -> bool:
    """Whether ``body`` matches :data:`DATE_TIME`, remembered by its text: a walk from an
    empty database pins after every revision from 0069 on (seventeen times), and searching
    every function's body again each time was 40% of the walk's time, for bodies most of
    which no revision since had changed."""
    return DATE_TIME.search(body) is not None


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def pin_company_time_zone(connection: Connection) -> str:
    """``SET TimeZone = <the company's zone>`` on every date-dependent function that has
    not got it (again). Idempotent; runs in ``connection``'s transaction; needs the
    functions' owner or a superuser. Returns the zone."""
    zone = company_time_zone(connection)
    # A zone PostgreSQL does not know would stop every pinned function at its first call:
    # stop here instead.
    connection.execute(sa.text("SELECT now() AT TIME ZONE :zone"), {"zone": zone})
    wanted = f"TimeZone={zone}"
    for _name, signature, config in date_dependent_functions(connection):
        if wanted not in config:
            connection.exec_driver_sql(f"ALTER FUNCTION {signature} SET TimeZone = {_quoted(zone)}")
    return zone
