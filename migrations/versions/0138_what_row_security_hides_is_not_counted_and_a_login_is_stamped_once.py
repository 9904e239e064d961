"""What row security hides is not counted by the planner or the statistics views, and a
login is stamped once per session.

Revision ID: 0138
Revises: 0137
Create Date: 2026-12-07

Found with psql in review 39 (/work/reports/psql39.md), as the demo's real logins:

* **The planner counted what row security hides** (F1). PostgreSQL estimates an equality
  test with a leakproof operator (text, int4, ...) from the column's most common values,
  gathered over every row, the hidden ones too: ``EXPLAIN SELECT 1 FROM leave_requests
  WHERE leave_type = 'maternity'`` gave an employee who sees 3 requests the company's
  count of maternity leaves (``rows=3``), and the same of the ratings of every review,
  the attendance marked absent, a guessed leave reason. The four columns the review
  names (``SENSITIVE_COLUMNS``) keep no statistics any more (``SET STATISTICS 0``) and
  lose those ANALYZE gathered: the planner estimates them by its defaults, alike for
  every value. The lists that filter on them keep their plans (the figures are in
  docs/decisions.md, "psqlfix39").
  ``pg_stat_user_tables`` (and the other per-table and per-index counter views,
  ``STATS_VIEWS``) told a login when HR changed an employee or a payroll run wrote
  payslips: SELECT on them, and EXECUTE on the per-relation functions they read
  (``pg_stat_get_tuples_updated(oid)``, ...; found in the views' own text, so every
  server version's set), are taken from PUBLIC in this database and given to
  administrators and ``pg_monitor``, as 0112 did for ``pg_stat_activity``.
  ``pg_class.reltuples`` (a table's total, which the lists' counts read) stays public.
* **A login was stamped at will** (F2). ``dicel_record_login()`` wrote a "Logged in"
  audit row each time it was called: a loop in psql wrote 51. It stamps ``last_login``
  once per session: not when the stamp already there was made since this session's
  backend began (``dicel_session_started()``, a function of ``dicel_stats_reader``,
  which reads ``pg_stat_activity``: nobody else's session is shown to anyone), and
  returns the person's row either way. A session that never calls it (psql) still leaves
  no trail: the trail is the desktop's; IT turns on ``log_connections`` (README).
* **A login's own settings** (F3) are cleared by ``sync-grants`` (``db/grants.
  reset_login_settings``) and listed by ``dicel-admin health``: no SQL here.
* **DW006 named the salary for every pay column** (psql39, "holding"): its message and
  DETAIL name the column refused (``column``: ``bank_details``, ``hire_date``, ...);
  ``what`` stays ``salary``.

**A superuser's to run, both ways** (the grants of catalog objects and their statistics
are the bootstrap superuser's): run by anyone else it stops first, saying so, and
changes nothing. A downgrade gives back 0136's state: the grants to PUBLIC, default
statistics targets (and an ANALYZE of the three tables, so the estimates come back),
0004's stamp and 0028's DW006.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0138"
down_revision: str | None = "0137"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0057 = earlier_revision("0057_drafts_stay_out_of_history_and_pay_is_set_by_another")
_0090 = earlier_revision(
    "0090_who_counts_leave_is_read_by_one_function_and_an_issues_note_measured"
)

SUPERUSER_ONLY = """
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'migration 0138 is run by a superuser: it takes statistics views from'
            ' PUBLIC and removes statistics of hidden rows; nothing was changed';
    END IF;
END
$$"""

# --------------------------------------------------------------------------- F1

#: Categories of records about a person whose company-wide counts are HR's: no statistics.
SENSITIVE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("leave_requests", "leave_type"),
    ("leave_requests", "reason"),
    # A leave's length gave the long ones away (20 days and more: the maternity leaves).
    ("leave_requests", "days_requested"),
    ("performance_reviews", "overall_rating"),
    # The texts' most common values ("Promote", a phrase used for many) and their counts.
    ("performance_reviews", "goals_achieved"),
    ("performance_reviews", "areas_improvement"),
    ("performance_reviews", "next_goals"),
    ("performance_reviews", "recommendations"),
    ("attendance_records", "status"),
    # A day without a check-in (its null fraction) is an absence, a leave or a holiday.
    ("attendance_records", "check_in"),
    ("attendance_records", "check_out"),
    ("attendance_records", "total_hours"),
)


def _statistics(*, kept: bool) -> list[str]:
    target = -1 if kept else 0
    statements = [
        f"ALTER TABLE public.{table} ALTER COLUMN {column} SET STATISTICS {target}"
        for table, column in SENSITIVE_COLUMNS
    ]
    if kept:
        # The estimates come back at once, not at autovacuum's next ANALYZE.
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


#: Counters per table, index and sequence: inserts, updates, scans, blocks, the last
#: (auto)vacuum and analyze, in this transaction and since the last reset.
STATS_VIEWS: tuple[str, ...] = tuple(
    f"pg_catalog.{view}"
    for view in (
        "pg_stat_all_tables",
        "pg_stat_sys_tables",
        "pg_stat_user_tables",
        "pg_stat_xact_all_tables",
        "pg_stat_xact_sys_tables",
        "pg_stat_xact_user_tables",
        "pg_stat_all_indexes",
        "pg_stat_sys_indexes",
        "pg_stat_user_indexes",
        "pg_statio_all_tables",
        "pg_statio_sys_tables",
        "pg_statio_user_tables",
        "pg_statio_all_indexes",
        "pg_statio_sys_indexes",
        "pg_statio_user_indexes",
        "pg_statio_all_sequences",
        "pg_statio_sys_sequences",
        "pg_statio_user_sequences",
    )
)
#: Who reads them once PUBLIC does not: administrators (IT's tools with their DSN) and
#: PostgreSQL's monitoring role.
STATS_READERS: tuple[str, ...] = ("dicel_admin", "pg_monitor")


def _stats_functions() -> list[str]:
    """The per-relation functions the views read (``pg_stat_get_<x>(oid)``), found in
    the views' text: each server version has its own set (16 added lastscan, ...)."""
    views = ", ".join(f"'{v}'::regclass" for v in STATS_VIEWS)
    return [
        signature
        for (signature,) in execute_sql(
            "SELECT DISTINCT p.oid::regprocedure::text FROM pg_catalog.pg_proc p"
            " WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.pronargs = 1"
            " AND p.proargtypes[0] = 'oid'::regtype AND p.proname LIKE 'pg\\_stat\\_get\\_%'"
            " AND EXISTS (SELECT FROM unnest(ARRAY[" + views + "]) AS v(oid)"
            " WHERE pg_catalog.pg_get_viewdef(v.oid) ~ ('\\m' || p.proname || '\\('))"
            " ORDER BY 1"
        ).fetchall()
    ]


def _counters(*, hidden: bool) -> None:
    take, give = ("REVOKE", "GRANT") if hidden else ("GRANT", "REVOKE")
    to, back = ("FROM", "TO") if hidden else ("TO", "FROM")
    objects = [f"SELECT ON {view}" for view in STATS_VIEWS]
    objects += [f"EXECUTE ON FUNCTION pg_catalog.{f}" for f in _stats_functions()]
    for what in objects:
        execute_sql(f"{take} {what} {to} PUBLIC")
        for role in STATS_READERS:
            exists = execute_sql(
                f"SELECT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{role}')"
            ).fetchone()[0]
            if exists:
                execute_sql(f"{give} {what} {back} {role}")


# --------------------------------------------------------------------------- F2

STARTED_SIGNATURE = "public.dicel_session_started()"
#: dicel_stats_reader's (pg_read_all_stats): as the caller's definer, dicel_owner sees no
#: other login's session in pg_stat_activity, not even the caller's; EXECUTE for
#: dicel_owner alone.
STARTED = f"""
CREATE FUNCTION {STARTED_SIGNATURE} RETURNS timestamptz
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    -- Migration 0138: when the calling session's backend began, nothing else.
    SELECT a.backend_start FROM pg_catalog.pg_stat_get_activity(pg_catalog.pg_backend_pid()) AS a
$$"""

RECORD_LOGIN_SIGNATURE = "dicel_record_login()"
#: (0004's body, this revision's).
_RECORD_LOGIN_CHANGES = (
    (
        "\nBEGIN\n    -- Called right after a login: stamps last_login and tells the client who"
        " this is.\n",
        "\nDECLARE\n"
        "    v_began timestamptz := public.dicel_session_started();\n"
        "BEGIN\n    -- Called right after a login: stamps last_login and tells the client who"
        " this is.\n",
    ),
    (
        """    RETURN QUERY
        UPDATE public.users u SET last_login = now()
        WHERE lower(u.email) = session_user AND coalesce(u.is_active, true)
        RETURNING u.id, u.email::text, u.first_name::text, u.last_name::text, u.role::text;
""",
        """    -- Migration 0138 (psql39 #2): once per session. A stamp made since this session's
    -- backend began (and not after now: a clock moved back) is this session's own.
    UPDATE public.users u SET last_login = now()
    WHERE lower(u.email) = session_user AND coalesce(u.is_active, true)
      AND (v_began IS NULL OR u.last_login IS NULL
           OR u.last_login < v_began OR u.last_login > now());
    RETURN QUERY
        SELECT u.id, u.email::text, u.first_name::text, u.last_name::text, u.role::text
        FROM public.users u
        WHERE lower(u.email) = session_user AND coalesce(u.is_active, true);
""",
    ),
)


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _record_login(*, once: bool) -> None:
    """``dicel_record_login`` as the database holds it (sync-grants pinned its zone),
    with this revision's changes made or taken out again."""
    create = _definition(RECORD_LOGIN_SIGNATURE)
    for before, after in _RECORD_LOGIN_CHANGES:
        create = replaced(create, before, after) if once else replaced(create, after, before)
    execute_sql(create)


# --------------------------------------------------------------------------- DW006

OWN_SALARY_SIGNATURE = "dicel_refuse_own_salary()"
#: The pay columns its trigger watches (0057), in the order DETAIL names the first changed.
OWN_PAY_COLUMNS: tuple[str, ...] = _0057.OWN_PAY_COLUMNS
_SAID_0028 = """        RAISE EXCEPTION USING ERRCODE = 'DW006', MESSAGE = 'one''s own salary',
            DETAIL = json_build_object('what', 'salary')::text;
"""
_CHANGED = "\n".join(
    f"            WHEN OLD.{c} IS DISTINCT FROM NEW.{c} THEN '{c}'" for c in OWN_PAY_COLUMNS
)
_SAID = f"""        -- Migration 0138: the column refused, named (bank details are no salary).
        v_column := CASE WHEN TG_OP <> 'UPDATE' THEN 'salary'
{_CHANGED}
            ELSE 'salary' END;
        RAISE EXCEPTION USING ERRCODE = 'DW006',
            MESSAGE = 'one''s own ' || replace(v_column, '_', ' '),
            DETAIL = json_build_object('what', 'salary', 'column', v_column)::text,
            COLUMN = v_column, TABLE = TG_TABLE_NAME;
"""


def _own_salary(*, named: bool) -> None:
    create = _definition(OWN_SALARY_SIGNATURE)
    pairs = (("\nBEGIN\n", "\nDECLARE\n    v_column text;\nBEGIN\n"), (_SAID_0028, _SAID))
    for before, after in pairs:
        create = replaced(create, before, after) if named else replaced(create, after, before)
    execute_sql(create)


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    for statement in _statistics(kept=False):
        execute_sql(statement)
    _counters(hidden=True)
    # 0090's role, made again where a non-superuser ran 0090 (then it is made here).
    execute_sql(_0090._READER_READS_SESSIONS)
    create_owned_function(STARTED, STARTED_SIGNATURE)
    execute_sql(f"ALTER FUNCTION {STARTED_SIGNATURE} OWNER TO {_0090.STATS_READER}")
    execute_sql(f"GRANT EXECUTE ON FUNCTION {STARTED_SIGNATURE} TO {OWNER_ROLE}")
    _record_login(once=True)
    _own_salary(named=True)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    _own_salary(named=False)
    _record_login(once=False)
    execute_sql(f"DROP FUNCTION {STARTED_SIGNATURE}")
    _counters(hidden=False)
    for statement in _statistics(kept=True):
        execute_sql(statement)
    pin_company_time_zone(op.get_bind())
