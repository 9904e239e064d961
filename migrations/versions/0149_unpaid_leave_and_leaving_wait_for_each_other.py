"""Unpaid leave and a payroll run wait for each other; a termination keeps leave taken
before the leaving day; leave filed while someone is terminated sees the termination.

Revision ID: 0149
Revises: 0148
Create Date: 2026-12-08

From the review of unpaid40 and leaver40 (/work/reports/review40b.md, findings 1, 2, 3,
5 and 6).

* **The run and a change of unpaid leave wait for each other** (DW353, finding 1): the
  guard ``dicel_unpaid_leave_waits_for_run`` read the pending periods with no lock, and
  the run read the leave with none, so an approval made while the month ran went through
  in either order, the payslip paying the leave in full. The guard now takes the
  employee's row ``FOR NO KEY UPDATE``, which conflicts with the ``FOR SHARE`` the run
  takes on every employee before it reads anything: a run under way is waited for, and
  the guard's next statement sees its pending period (refused); a run begun after the
  change waits for it, and counts it.
* **A signed payroll keeps the leave it counted** (finding 3): approved unpaid leave
  with a working day in a month whose run is approved or paid is not cancelled any
  more (DW353, DETAIL ``case`` ``approved``/``paid``): the payslip took those days off,
  and an approved run cannot be cancelled. A termination's own cancellation of leave
  after the leaving day is not asked (those days are not paid either way).
* **DW353 in words for who asks** (finding 4): DETAIL ``case`` is ``run`` (HR or
  finance, who may cancel the run), ``ask`` (an employee, a supervisor), ``leaving``
  (the termination cancelling the leave), ``approved`` or ``paid``.
  ``dicel_may_cancel_leave`` is false where the cancellation would be refused to the
  caller (``dicel_unpaid_leave_run``, one rule for both).
* **A termination cancels only leave after the leaving day** (finding 2):
  ``dicel_leave_ended_by_leaving`` names pending requests and approved leave starting
  after the termination date. A pending request with a day up to it stays pending: the
  supervisor or HR decides it after the termination (``dicel_leave_within_employment``:
  rejecting it, or approving it when it ends by the termination date; approving one
  ending later is DW120, and HR may move its end to the leaving day first). Filing
  leave for a leaver stays refused (DW121).
* **Filing and terminating wait for each other** (finding 6):
  ``dicel_leave_within_employment`` takes the employee's row ``FOR NO KEY UPDATE``
  before it reads their status, as the termination's UPDATE does: a termination under
  way is waited for and seen (DW121); a termination begun after a filing waits for it,
  and its cancellation sees the request.

A downgrade puts back the functions as 0145 and 0146 made them (and
``dicel_may_cancel_leave`` as the database held it) and drops the helper.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    live_function,
    or_replace,
    replaced,
)

revision: str = "0149"
down_revision: str | None = "0148"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Refusals of this revision: DW353 and DW121 again, with what they now say.
REFUSALS = {
    "DW353": (
        "a change of unpaid leave in a month whose payroll run is pending, approved or paid",
        ("name", "start", "end", "case"),
    ),
}

_0145 = "0145_unpaid_leave_is_not_paid"
_0146 = "0146_leave_keeps_to_the_dates_of_employment"
_0148 = "0148_what_the_psql_review_psql40b_found"

RUN_SIGNATURE = "public.dicel_unpaid_leave_run(date, date, boolean)"
RUN = f"""
CREATE FUNCTION public.dicel_unpaid_leave_run(p_first date, p_last date, p_signed boolean)
RETURNS TABLE(period_start date, period_end date, status text)
LANGUAGE sql STABLE {SEARCH_PATH}
AS $$
    -- Migration 0149: the first payroll period that holds approved unpaid leave from
    -- p_first to p_last as it is: a pending run (cancel it, decide, run again), or with
    -- p_signed an approved or paid one (its payslips took the days off: the leave stays).
    SELECT p.period_start, p.period_end, p.status::text
      FROM public.payroll_periods AS p
     WHERE (p.status = 'pending' OR (p_signed AND p.status IN ('approved', 'paid')))
       AND p_first <= p.period_end AND p_last >= p.period_start
       AND public.dicel_working_days(greatest(p_first, p.period_start),
                                     least(p_last, p.period_end)) > 0
     ORDER BY p.period_start
     LIMIT 1
$$"""

WAITS_SIGNATURE = "public.dicel_unpaid_leave_waits_for_run()"
WAITS = f"""
CREATE OR REPLACE FUNCTION {WAITS_SIGNATURE}
RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_was boolean := TG_OP = 'UPDATE' AND OLD.leave_type = 'unpaid' AND OLD.status = 'approved';
    v_is boolean := NEW.leave_type = 'unpaid' AND NEW.status = 'approved';
    v_leaving boolean;
    v_period record;
BEGIN
    -- Migration 0145: a pending run counted approved unpaid leave as it was (its
    -- payslips are what the approver signs). Approving, cancelling or moving such leave
    -- with a working day in that month waits for the run to be cancelled (DW353).
    IF NOT (v_was OR v_is) THEN
        RETURN NEW;
    END IF;
    IF v_was AND v_is AND NEW.employee_id = OLD.employee_id
       AND NEW.start_date = OLD.start_date AND NEW.end_date = OLD.end_date THEN
        RETURN NEW;
    END IF;
    -- Migration 0149: the employee's row FOR NO KEY UPDATE, which the run's FOR SHARE
    -- on every employee conflicts with: a run under way is waited for and its period
    -- read below (each statement sees what is committed when it starts); a run begun
    -- after this waits for it, and counts it. The termination cancelling the leave
    -- (a trigger of the employee's UPDATE) holds the row already.
    SELECT e.status = 'terminated' AND pg_catalog.pg_trigger_depth() > 1 INTO v_leaving
      FROM public.employees AS e WHERE e.id = NEW.employee_id FOR NO KEY UPDATE;
    v_leaving := coalesce(v_leaving, false);
    SELECT x.period_start, x.period_end, x.status INTO v_period
      FROM (SELECT r.* FROM public.dicel_unpaid_leave_run(OLD.start_date, OLD.end_date,
                                                          NOT v_leaving) AS r
             WHERE v_was
            UNION ALL
            SELECT r.* FROM public.dicel_unpaid_leave_run(NEW.start_date, NEW.end_date,
                                                          false) AS r
             WHERE v_is) AS x
     ORDER BY x.period_start
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW353',
            MESSAGE = 'unpaid leave in a month whose payroll run is ' || v_period.status,
            DETAIL = json_build_object(
                'name', (SELECT coalesce(public.dicel_person_name(e.user_id), e.employee_number)
                           FROM public.employees AS e WHERE e.id = NEW.employee_id),
                'start', v_period.period_start, 'end', v_period.period_end,
                -- Migration 0149: whose words (who may cancel the run, the step asked).
                'case', CASE WHEN v_period.status <> 'pending' THEN v_period.status
                             WHEN v_leaving THEN 'leaving'
                             WHEN public.dicel_has_role('hr') OR public.dicel_has_role('finance')
                                 THEN 'run'
                             ELSE 'ask' END)::text,
            TABLE = 'leave_requests', COLUMN = 'status';
    END IF;
    RETURN NEW;
END
$$"""

ENDED = """
CREATE OR REPLACE FUNCTION public.dicel_leave_ended_by_leaving(employee uuid, left_on date)
RETURNS TABLE(id uuid, leave_type text, start_date date, end_date date, status text)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0149: what a termination on left_on cancels, as the caller may see it:
    -- pending requests and approved leave starting after that day. Leave with a day up
    -- to it was (or may have been) taken: approved, it stays; pending, it stays to be
    -- decided (dicel_leave_within_employment lets it be).
    SELECT r.id, r.leave_type::text, r.start_date, r.end_date, r.status::text
      FROM public.leave_requests r
     WHERE r.employee_id = $1
       AND r.status IN ('pending', 'approved') AND r.start_date > $2
     ORDER BY r.start_date, r.id
$$"""

WITHIN_SIGNATURE = "public.dicel_leave_within_employment()"
WITHIN = f"""
CREATE OR REPLACE FUNCTION {WITHIN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_employee record;
BEGIN
    -- Migration 0146: leave is of days the employee is employed, as attendance (0096);
    -- a superuser loading data is not asked.
    IF EXISTS (SELECT FROM pg_catalog.pg_roles r
                WHERE r.rolname = session_user AND r.rolsuper) THEN
        RETURN NEW;
    END IF;
    -- Migration 0149: under the employee's row lock (FOR NO KEY UPDATE, as a
    -- termination's UPDATE and DW353's guard take it): a termination under way is
    -- waited for and then read here; one begun after waits for this request, and its
    -- cancellation of open leave sees it.
    SELECT e.hire_date, e.termination_date, e.status,
           coalesce(public.dicel_person_name(e.user_id), e.employee_number) AS name
      INTO v_employee
      FROM public.employees e WHERE e.id = NEW.employee_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NEW;  -- no employee: the rules and the foreign key say so
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
       AND NEW.status = 'approved' AND v_employee.status = 'terminated'
       AND NEW.end_date > v_employee.termination_date THEN
        -- Migration 0149: a leaver's pending request with days up to the leaving day
        -- stayed to be decided; approved, it ends on that day at the latest.
        RAISE EXCEPTION USING ERRCODE = 'DW120',
            MESSAGE = 'leave after the employee leaves',
            TABLE = TG_TABLE_NAME, COLUMN = 'end_date',
            DETAIL = json_build_object('name', v_employee.name,
                                       'start_date', NEW.start_date,
                                       'end_date', NEW.end_date,
                                       'hired', v_employee.hire_date,
                                       'left', v_employee.termination_date)::text;
    END IF;
    IF NOT (TG_OP = 'INSERT'
            OR (NEW.employee_id, NEW.start_date, NEW.end_date)
               IS DISTINCT FROM (OLD.employee_id, OLD.start_date, OLD.end_date)) THEN
        RETURN NEW;
    END IF;
    IF v_employee.status = 'terminated'
       AND (TG_OP = 'INSERT' OR NEW.employee_id IS DISTINCT FROM OLD.employee_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW121',
            MESSAGE = 'the employee has left: no leave is filed for them',
            TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
            DETAIL = json_build_object('name', v_employee.name,
                                       'left', v_employee.termination_date)::text;
    END IF;
    IF NEW.start_date < v_employee.hire_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW120',
            MESSAGE = 'leave before the employee was hired',
            TABLE = TG_TABLE_NAME, COLUMN = 'start_date',
            DETAIL = json_build_object('name', v_employee.name,
                                       'start_date', NEW.start_date,
                                       'end_date', NEW.end_date,
                                       'hired', v_employee.hire_date)::text;
    END IF;
    IF NEW.end_date > v_employee.termination_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW120',
            MESSAGE = 'leave after the employee leaves',
            TABLE = TG_TABLE_NAME, COLUMN = 'end_date',
            DETAIL = json_build_object('name', v_employee.name,
                                       'start_date', NEW.start_date,
                                       'end_date', NEW.end_date,
                                       'hired', v_employee.hire_date,
                                       'left', v_employee.termination_date)::text;
    END IF;
    RETURN NEW;
END
$$"""

MAY_CANCEL_SIGNATURE = "public.dicel_may_cancel_leave(uuid)"
_MAY_CANCEL_END = "                    AND (r.status = 'pending' OR r.start_date > current_date))))"
_MAY_CANCEL_HELD = (
    "                    AND (r.status = 'pending' OR r.start_date > current_date)))\n"
    "           -- Migration 0149: not where DW353 refuses it to the caller (HR may\n"
    "           -- cancel a pending run first; a signed one keeps the leave).\n"
    "           AND NOT (r.status = 'approved' AND r.leave_type = 'unpaid' AND EXISTS (\n"
    "                SELECT FROM public.dicel_unpaid_leave_run(r.start_date, r.end_date,"
    " true) AS x\n"
    "                 WHERE x.status <> 'pending' OR NOT me.hr)))"
)


def _with_0148(create: str) -> str:
    """``create`` with 0148's change of ``dicel_leave_within_employment`` (its dates asked
    when a request is approved too)."""
    for before, after in earlier_revision(_0148).WITHIN_PAIRS:
        create = replaced(create, before, after)
    return create


def upgrade() -> None:
    create_owned_function(RUN, RUN_SIGNATURE)
    create_owned_function(WAITS, WAITS_SIGNATURE)
    create_owned_function(ENDED, "public.dicel_leave_ended_by_leaving(uuid, date)")
    # 0148 (psqlfix40) had the dates asked at approval too (a termination date written
    # after the filing): kept in this body.
    create_owned_function(_with_0148(WITHIN), WITHIN_SIGNATURE)
    execute_sql(replaced(live_function(MAY_CANCEL_SIGNATURE), _MAY_CANCEL_END, _MAY_CANCEL_HELD))
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(replaced(live_function(MAY_CANCEL_SIGNATURE), _MAY_CANCEL_HELD, _MAY_CANCEL_END))
    at0146 = earlier_revision(_0146)
    execute_sql(or_replace(_with_0148(at0146.WITHIN)))
    execute_sql(or_replace(at0146.ENDED))
    execute_sql(or_replace(earlier_revision(_0145).WAITS))
    execute_sql(f"DROP FUNCTION {RUN_SIGNATURE}")
    pin_company_time_zone(op.get_bind())
