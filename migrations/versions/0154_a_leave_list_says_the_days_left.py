"""HR's list of leave requests says the days each requester has left (daysleft41).

Revision ID: 0154
Revises: 0153
Create Date: 2026-12-07

* **Who sees a balance, said once** (``dicel_leave_balance_seen(employee, year)``, SQL,
  STABLE, the caller's): whether the caller may see that employee's leave balance (their
  own, HR, admin, compliance, the employee's supervisor: the rule ``dicel_leave_balance``
  held inline since 0012) and whether it tells them the dates of employment (0148: who
  reads ``hire_date`` and ``termination_date``, or the employee for their own current
  year). ``dicel_leave_balance`` now asks it instead of saying it again; nothing it
  answers changes.
* **What is left, for a list** (``dicel_leave_days_left(employee, leave_type, year)``,
  SECURITY DEFINER): ``dicel_leave_balance``'s ``remaining`` (the allowance as the
  caller may know it, less what is taken and waiting), or NULL, never an error, where the
  balance would be refused (a caller who may not see it, a year out of 1900-2200) or the
  type has no allowance: a list shows it on each row it shows, and a row of someone
  whose balance the caller may not see is an empty cell, not a list that fails. Written
  in SQL, unpinned: cheaper per row than ``dicel_leave_balance`` (PL/pgSQL, its time
  zone set on each call; tests/perf/test_days_left_benchmark.py).

A downgrade drops both functions and gives ``dicel_leave_balance`` its own rule back.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    execute_sql,
    live_function,
    replaced,
)

revision: str = "0154"
down_revision: str | None = "0153"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEEN_SIGNATURE = "public.dicel_leave_balance_seen(uuid, integer)"
#: No date keyword in the body (``company_time.DATE_TIME``): the caller's, not pinned to
#: the company's time zone, so a definer calling it per row pays no setting for it;
#: ``dicel_company_day`` is pinned itself.
SEEN = f"""
CREATE FUNCTION {SEEN_SIGNATURE}
RETURNS TABLE(sees boolean, dated boolean)
LANGUAGE sql STABLE
AS $$
    -- Migration 0154: who may see an employee's leave balance of a year (themself, HR,
    -- admin, compliance, their supervisor), and whether it tells the caller the dates of
    -- employment (0148: who reads them, and the employee for their own current year).
    SELECT $1 IS NOT DISTINCT FROM me.employee_id OR me.hr OR me.admin
           OR pg_catalog.pg_has_role(session_user, 'dicel_compliance', 'MEMBER')
           OR EXISTS (SELECT FROM public.employees e
                       WHERE e.id = $1 AND e.supervisor_id = me.employee_id),
           (pg_catalog.has_column_privilege(session_user, 'public.employees', 'hire_date',
                                            'SELECT')
            AND pg_catalog.has_column_privilege(session_user, 'public.employees',
                                                'termination_date', 'SELECT'))
           OR ($1 IS NOT DISTINCT FROM me.employee_id
               AND public.dicel_company_day() >= make_date($2, 1, 1)
               AND public.dicel_company_day() < make_date($2 + 1, 1, 1))
      FROM public.dicel_leave_me() AS me
$$"""

DAYS_LEFT_SIGNATURE = "public.dicel_leave_days_left(uuid, text, integer)"
DAYS_LEFT = f"""
CREATE FUNCTION public.dicel_leave_days_left(employee uuid, leave_type text, year integer)
RETURNS numeric
LANGUAGE sql STABLE {DEFINER}
AS $$
    -- Migration 0154: dicel_leave_balance's remaining, for a list showing it on each of
    -- its rows: NULL, never an error, where the balance would be refused or the type
    -- has no allowance.
    SELECT CASE WHEN $3 BETWEEN 1900 AND 2200 THEN (
        SELECT public.dicel_leave_allowance(CASE WHEN s.dated THEN $1 END, $2, $3)
               - t.taken - t.pending
          FROM public.dicel_leave_balance_seen($1, $3) AS s
         CROSS JOIN LATERAL public.dicel_leave_taken($1, $2, $3, NULL) AS t
         WHERE s.sees) END
$$"""

BALANCE_SIGNATURE = "public.dicel_leave_balance(uuid, text, integer)"
_DECLARE = "    v_dated boolean;\nBEGIN\n"
_DECLARE_NOW = "    v_dated boolean;\n    v_seen record;\nBEGIN\n"
_CHECK = """    IF v_employee IS DISTINCT FROM v_me.employee_id AND NOT (v_me.hr OR v_me.admin)
       AND NOT pg_catalog.pg_has_role(session_user, 'dicel_compliance', 'MEMBER')
       AND NOT EXISTS (SELECT FROM public.employees e
                       WHERE e.id = v_employee AND e.supervisor_id = v_me.employee_id) THEN
"""
_CHECK_NOW = """    -- Migration 0154: who sees a balance, and whether it tells them the dates of
    -- employment, is dicel_leave_balance_seen's to say (a list's days left asks it too).
    SELECT * INTO v_seen FROM public.dicel_leave_balance_seen(v_employee, v_year);
    IF NOT v_seen.sees THEN
"""
_DATED = """    v_dated := (pg_catalog.has_column_privilege(session_user, 'public.employees',
                                                 'hire_date', 'SELECT')
                AND pg_catalog.has_column_privilege(session_user, 'public.employees',
                                                     'termination_date', 'SELECT'))
               OR (v_employee IS NOT DISTINCT FROM v_me.employee_id
                   AND v_year = extract(year FROM public.dicel_company_day())::integer);
"""
_DATED_NOW = "    v_dated := v_seen.dated;\n"
BALANCE_PAIRS = [(_DECLARE, _DECLARE_NOW), (_CHECK, _CHECK_NOW), (_DATED, _DATED_NOW)]


def _balance(*, forward: bool) -> None:
    create = live_function(BALANCE_SIGNATURE)
    for before, after in BALANCE_PAIRS:
        create = replaced(create, before, after) if forward else replaced(create, after, before)
    execute_sql(create)


def upgrade() -> None:
    create_owned_function(SEEN, SEEN_SIGNATURE)
    _balance(forward=True)
    # Who may call it is the permission table's (domain/function_grants.py, sync-grants).
    create_owned_function(DAYS_LEFT, DAYS_LEFT_SIGNATURE)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(f"DROP FUNCTION {DAYS_LEFT_SIGNATURE}")
    _balance(forward=False)
    execute_sql(f"DROP FUNCTION {SEEN_SIGNATURE}")
    pin_company_time_zone(op.get_bind())
