"""No login reads the server's locks or counts a person's records, and a login's stamp
is only ever raised.

Revision ID: 0139
Revises: 0138
Create Date: 2026-12-07

Found with psql in the second review of 39 (/work/reports/psql39b.md), as the demo's
real logins:

* **The server's locks named whose leave a session touched** (#1, medium).
  ``pg_locks`` (and ``pg_lock_status()``, the function it reads) were PUBLIC's. The
  leave lock's key is ``hashtext(employee_id)`` (0012's ``dicel_leave_lock``), which any
  login computes for every employee, so a login listening on ``dicel_work`` learned
  from each notification's PID whose leave was filed or decided, and that a decision
  was an approval (a rejection takes no lock), which undid 0112. SELECT on the view and
  EXECUTE on the function are taken from PUBLIC in this database and given to those
  that read locks: administrators (IT), ``dicel_stats_reader`` (the owner of
  ``dicel_leave_counted_by``, which names the holder of leave counting's lock for DW118)
  and ``pg_monitor``, as 0112 did for ``pg_stat_activity``. The key itself stays: a
  login may no longer read it here, nor try a lock on it (0030), and where it still can
  (another database of the server) ``pg_stat_activity`` names every session's login
  anyway (README, "Who sent a notification"); docs/decisions.md, "psqlfix39b".
* **0138's statistics still counted hidden rows through other columns** (#2, low): a
  document's file name ("Court filing - <client>", a client Recovery takes to court),
  an attendance's note (the absences by reason), a training's grade and state (the
  failures), a leave's state, decider and note, and the person of the HR tables (the
  exact number of leave requests, reviews, days and trainings of each). These keep no
  statistics either (``SENSITIVE_COLUMNS``, 0138's way). The lists' plans were measured
  before and after (docs/decisions.md, "psqlfix39b"): the same index scans, a person's
  list estimated by the planner's default instead of their count.
* **A login's stamp went back** (#3, low): 0138's ``dicel_record_login()`` stamped again
  when the stamp already there was later than its own transaction's start (``> now()``,
  meant for a clock moved back), which is what another session of the same person makes
  by logging in meanwhile: a second "Logged in" row, and ``last_login`` put back to the
  older moment. A stamp is now only ever raised: one later than this transaction's start
  is left alone, whoever made it.

**A superuser's to run, both ways**, as 0112 and 0138: run by anyone else it stops
first, saying so, and changes nothing. A downgrade gives back 0138's state: the grants to
PUBLIC, the columns' default statistics targets (and an ANALYZE of their tables) and
0138's ``dicel_record_login``.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import execute_sql, replaced

revision: str = "0139"
down_revision: str | None = "0138"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUPERUSER_ONLY = """
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'migration 0139 is run by a superuser: it takes the server''s locks'
            ' from PUBLIC and removes statistics of hidden rows; nothing was changed';
    END IF;
END
$$"""

# --------------------------------------------------------------------------- #1

LOCKS_VIEW = "pg_catalog.pg_locks"
LOCKS_FUNCTION = "pg_catalog.pg_lock_status()"
#: Who reads the locks once PUBLIC does not: administrators (IT's tools with their DSN),
#: the owner of dicel_leave_counted_by (0090: who holds leave counting's lock, DW118's
#: "who"), and PostgreSQL's monitoring role.
LOCK_READERS: tuple[str, ...] = ("dicel_admin", "dicel_stats_reader", "pg_monitor")


def _locks(*, hidden: bool) -> None:
    take, give = ("REVOKE", "GRANT") if hidden else ("GRANT", "REVOKE")
    to, back = ("FROM", "TO") if hidden else ("TO", "FROM")
    for what in (f"SELECT ON {LOCKS_VIEW}", f"EXECUTE ON FUNCTION {LOCKS_FUNCTION}"):
        execute_sql(f"{take} {what} {to} PUBLIC")
        for role in LOCK_READERS:
            exists = execute_sql(
                f"SELECT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{role}')"
            ).fetchone()[0]
            if exists:
                execute_sql(f"{give} {what} {back} {role}")


# --------------------------------------------------------------------------- #2

#: More columns of the row-security tables whose most common values counted hidden rows
#: (0138 has the first twelve). Text, varchar and uuid equalities are leakproof, so the
#: planner estimates them from every row; numeric ones (pay) are not, and give nothing.
SENSITIVE_COLUMNS: tuple[tuple[str, str], ...] = (
    # "Court filing - <client>": a client Recovery takes to court, by name.
    ("documents", "file_name"),
    # The record a file is of, and who uploaded how many.
    ("documents", "owner_id"),
    ("documents", "uploaded_by"),
    # The absences by reason ("No show, no call", "Family emergency").
    ("attendance_records", "notes"),
    ("training_enrollments", "grade"),
    ("training_enrollments", "status"),
    ("leave_requests", "status"),
    ("leave_requests", "approved_by"),
    ("leave_requests", "notes"),
    # A person's exact number of requests, days, reviews and trainings. Their lists keep
    # their index scans on a default guess (measured, docs/decisions.md "psqlfix39b").
    ("leave_requests", "employee_id"),
    ("attendance_records", "employee_id"),
    ("performance_reviews", "employee_id"),
    ("training_enrollments", "employee_id"),
)


def _statistics(*, kept: bool) -> list[str]:
    target = -1 if kept else 0
    statements = [
        f"ALTER TABLE public.{table} ALTER COLUMN {column} SET STATISTICS {target}"
        for table, column in SENSITIVE_COLUMNS
    ]
    if kept:
        # The estimates come back at once (0138's columns, still at 0, are skipped).
        tables = dict.fromkeys(table for table, _column in SENSITIVE_COLUMNS)
        statements += [f"ANALYZE public.{table}" for table in tables]
    else:
        # ANALYZE skips a column of target 0 but leaves what it gathered before.
        statements += [
            "DELETE FROM pg_catalog.pg_statistic s USING pg_catalog.pg_attribute a"
            " WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum"
            f" AND a.attrelid = 'public.{table}'::regclass AND a.attname = '{column}'"
            for table, column in SENSITIVE_COLUMNS
        ]
    return statements


# --------------------------------------------------------------------------- #3

RECORD_LOGIN_SIGNATURE = "dicel_record_login()"
#: (0138's stamp, this revision's).
_STAMP_0138 = """    -- Migration 0138 (psql39 #2): once per session. A stamp made since this session's
    -- backend began (and not after now: a clock moved back) is this session's own.
    UPDATE public.users u SET last_login = now()
    WHERE lower(u.email) = session_user AND coalesce(u.is_active, true)
      AND (v_began IS NULL OR u.last_login IS NULL
           OR u.last_login < v_began OR u.last_login > now());
"""
_STAMP = """    -- Migration 0138 (psql39 #2): once per session. A stamp made since this session's
    -- backend began is this session's own.
    -- Migration 0139 (psql39b #3): and a stamp is only ever raised (greatest()): one
    -- later than this transaction's start was made by the clock since, by another
    -- session of the same person logging in meanwhile (or a clock moved back); it is
    -- neither stamped again nor put back to this older moment.
    UPDATE public.users u SET last_login = now()
    WHERE lower(u.email) = session_user AND coalesce(u.is_active, true)
      AND (u.last_login IS NULL
           OR (u.last_login < now() AND (v_began IS NULL OR u.last_login < v_began)));
"""


def _record_login(*, raised: bool) -> None:
    """``dicel_record_login`` as the database holds it (sync-grants pinned its zone),
    with this revision's change made or taken out again."""
    create = execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{RECORD_LOGIN_SIGNATURE}'::regprocedure)"
    ).fetchone()[0]
    before, after = (_STAMP_0138, _STAMP) if raised else (_STAMP, _STAMP_0138)
    execute_sql(replaced(create, before, after))


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    _locks(hidden=True)
    for statement in _statistics(kept=False):
        execute_sql(statement)
    # CREATE OR REPLACE keeps the owner and the grants.
    _record_login(raised=True)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    _record_login(raised=False)
    for statement in _statistics(kept=True):
        execute_sql(statement)
    _locks(hidden=False)
    pin_company_time_zone(op.get_bind())
