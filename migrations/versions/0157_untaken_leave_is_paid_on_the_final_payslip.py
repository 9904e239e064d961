"""Untaken annual leave is paid on the final payslip, and a leaver's annual leave waits
for the run that paid it.

Revision ID: 0157
Revises: 0156
Create Date: 2026-12-07

Rwanda's labour law pays an employee who leaves for the annual leave they earned and did
not take. ``dicel_run_payroll`` did not: a leaver's final payslip paid the days employed
and nothing for the days of leave left.

* **The run pays them** (``dicel_run_payroll``): an employee whose termination date falls
  in the month is paid the leaving year's annual leave left: the allowance as leave
  counts it (``dicel_leave_allowance``: the setting pro-rated by the months of service,
  migration 0146) less the working days in that year of annual leave approved or
  pending begun by the leaving day (each day in its own year, as the balance counts
  since 0156: a leave from December counts its January days; pending requests count as
  the balance counts them: a day
  that may yet be taken is not paid twice; leave starting after the leaving day is the
  termination's to cancel). Each day is paid at the rate approved unpaid leave takes off
  (0145): the days-employed basic / the working days employed (the whole month's
  working days when none were employed). The amount is added to the allowances (the
  allowance rate is not applied to it), deductions and net follow; the payslip's notes
  say it in a line only the run writes ("Untaken leave paid on 2026-12-08: 6 working
  days of annual leave (136,364 RWF in allowances)."; DW021 when typed, changed or
  removed). Nothing left, or more taken than earned, pays nothing and takes nothing
  back. No setting for annual leave (not limited) pays nothing.
* **Who reads the leave**: finance runs payroll and does not read others' leave; the
  count belongs to a NOLOGIN role of its own, ``dicel_leaver_leave_reader`` (as 0145's
  ``dicel_unpaid_leave_reader``), which reads only annual leave approved or pending
  (policy ``leave_requests_leaver_counted``) and gives only a sum.
* **The leaver's annual leave waits for the run** (DW609, trigger
  ``leave_requests_untaken_paid_waits_for_run``, DETAIL ``name``, ``start``, ``end``,
  ``case``): a change to what that count reads (a request approved or pending of the
  leaving year by the leaving day: cancelled, rejected, moved, recounted) while a run not
  cancelled holds the month of the termination date is refused, as DW353 does for unpaid
  leave: a pending run is cancelled first (``case`` ``run`` for HR and finance, ``ask``
  for others), an approved or paid run keeps the days as it counted them (``approved``,
  ``paid``). Approving a pending request changes nothing the count reads: it goes through.

A downgrade gives back 0145's run and step-line openings and drops the rest (the role
only when nothing else of the cluster holds it).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    live_function,
    replaced,
)
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0157"
down_revision: str | None = "0156"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEAVER_WAITS = "DW609"
#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    LEAVER_WAITS: (
        "a change of a leaver's annual leave that their final payroll run counted",
        ("name", "start", "end", "case"),
    ),
}

_0145 = "0145_unpaid_leave_is_not_paid"

READER = "dicel_leaver_leave_reader"
USED_SIGNATURE = "public.dicel_leave_used_by_leaver(uuid, date)"
RUN_SIGNATURE = "public.dicel_run_payroll(date, date)"
WAITS_SIGNATURE = "public.dicel_leaver_leave_waits_for_run()"
#: Named to fire after ``leave_requests_rules`` (triggers fire by name), which counts
#: ``days_requested`` again at approval: the guard compares the days as they will be.
WAITS_TRIGGER = "leave_requests_untaken_paid_waits_for_run"
POLICY = "leave_requests_leaver_counted"
#: What the reader reads of a leave request.
READ_COLUMNS = "employee_id, leave_type, status, start_date, end_date, days_requested"
#: What the table's other read policies (for every role, by the session's login) call,
#: which PostgreSQL checks for any reader.
READER_CALLS = (
    "public.dicel_working_days(date, date)",
    "public.dicel_has_role(text)",
    "public.dicel_current_employee_id()",
    "public.dicel_direct_report_ids()",
)


def _in_leaving_year(row: str, left: str) -> str:
    """SQL: the working days of the leave ``row`` that fall in ``left``'s year, as the
    balance counts them since migration 0156 (a leave across the year end counts each day
    in its own year; one within the year its stored count)."""
    first = f"date_trunc('year', {left})::date"
    last = f"(date_trunc('year', {left}) + interval '1 year - 1 day')::date"
    return (
        f"CASE WHEN {row}.start_date >= {first} AND {row}.end_date <= {last}"
        f" THEN coalesce({row}.days_requested, 0)"
        f" ELSE coalesce(public.dicel_working_days(greatest({row}.start_date, {first}),"
        f" least({row}.end_date, {last})), 0) END"
    )


def _counted(row: str, left: str) -> str:
    """SQL: whether the run's count reads the leave ``row`` (annual, approved or pending,
    begun by the leaving day ``left`` and not ended before its year)."""
    return (
        f"{row}.leave_type = 'annual' AND {row}.status IN ('approved', 'pending')"
        f" AND {row}.start_date <= {left}"
        f" AND {row}.end_date >= date_trunc('year', {left})::date"
    )


USED = f"""
CREATE FUNCTION public.dicel_leave_used_by_leaver(p_employee uuid, p_left date)
RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0157: the working days in p_left's year of annual leave approved or
    -- pending of p_employee begun by p_left (what the balance counts as taken or
    -- waiting, each day in its own year since 0156; leave after the leaving day is the
    -- termination's to cancel). Its own role reads that leave whoever runs payroll;
    -- only the sum leaves.
    RETURN (SELECT coalesce(sum({_in_leaving_year("l", "p_left")}), 0)::integer
              FROM public.leave_requests AS l
             WHERE l.employee_id = p_employee AND {_counted("l", "p_left")});
END
$$"""

_READER_COUNTS = f"""
DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{READER}') THEN
            CREATE ROLE {READER} NOLOGIN;
        END IF;
        -- Whatever another database of the cluster made of it: only this.
        ALTER ROLE {READER} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE
            NOREPLICATION NOBYPASSRLS;
        GRANT USAGE ON SCHEMA public TO {READER};
        GRANT SELECT ({READ_COLUMNS}) ON public.leave_requests TO {READER};
        GRANT EXECUTE ON FUNCTION {", ".join(READER_CALLS)} TO {READER};
        CREATE POLICY {POLICY} ON public.leave_requests FOR SELECT TO {READER}
            USING (leave_type = 'annual' AND status IN ('approved', 'pending'));
        ALTER FUNCTION {USED_SIGNATURE} OWNER TO {READER};
    ELSE
        RAISE WARNING 'a payroll run by finance will count only the annual leave finance'
                      ' may read: run this migration as a superuser';
    END IF;
END
$$"""

_READER_GONE = f"""
DO $$
DECLARE
    v_oid oid := (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = '{READER}');
BEGIN
    IF v_oid IS NULL THEN
        RETURN;
    END IF;
    REVOKE ALL ON FUNCTION {", ".join(READER_CALLS)} FROM {READER};
    REVOKE ALL ON public.leave_requests FROM {READER};
    REVOKE ALL ON SCHEMA public FROM {READER};
    IF EXISTS (SELECT FROM pg_catalog.pg_shdepend WHERE refobjid = v_oid
                                                    AND refclassid = 'pg_authid'::regclass) THEN
        RAISE NOTICE '{READER} kept: another database still holds something of it';
    ELSE
        DROP ROLE {READER};
    END IF;
END
$$"""

#: The run's payslips as 0145 makes them ...
_INSERT_0145: str = earlier_revision(_0145)._INSERT
#: ... and with a leaver's untaken annual leave paid, said in the payslip's notes.
_INSERT = """    -- Migration 0145: approved unpaid leave is not paid. Basic = salary x days
    -- employed / days in the month, less that basic x working days of approved unpaid
    -- leave / working days employed (leave is counted in working days), said in notes.
    -- Migration 0157: a leaver (termination date in the month) is paid the leaving
    -- year's annual leave left, at that same rate a working day, in the allowances.
    INSERT INTO public.payroll_records (employee_id, pay_period_start, pay_period_end,
                                        basic_salary, allowances, notes)
    SELECT e.id, v_start, v_end, w.basic - u.less,
           round((w.basic - u.less) * v_rate / 100) + t.paid,
           nullif(concat_ws(E'\\n',
               CASE WHEN d.unpaid > 0 THEN
                   format('Unpaid leave counted on %s: %s of %s working days not paid'
                          ' (%s RWF off basic).',
                          to_char(current_date, 'YYYY-MM-DD'), d.unpaid, d.working,
                          to_char(u.less, 'FM999,999,999,990'))
               END,
               CASE WHEN t.days > 0 THEN
                   format('Untaken leave paid on %s: %s working days of annual leave'
                          ' (%s RWF in allowances).',
                          to_char(current_date, 'YYYY-MM-DD'), trim_scale(t.days),
                          to_char(t.paid, 'FM999,999,999,990'))
               END), '')
      FROM public.employees e
     CROSS JOIN LATERAL (
        SELECT greatest(v_start, coalesce(e.hire_date, v_start)) AS first,
               least(v_end, coalesce(e.termination_date, v_end)) AS last) s
     CROSS JOIN LATERAL (
        SELECT round(e.salary * (s.last - s.first + 1) / (v_end - v_start + 1)) AS basic) w
     CROSS JOIN LATERAL (
        SELECT public.dicel_working_days(s.first, s.last) AS working,
               public.dicel_unpaid_leave_days(e.id, s.first, s.last) AS unpaid) d
     CROSS JOIN LATERAL (
        SELECT CASE WHEN d.unpaid > 0 AND d.working > 0
                    THEN round(w.basic * least(d.unpaid, d.working) / d.working)
                    ELSE 0 END AS less) u
     CROSS JOIN LATERAL (
        -- The leaving year's annual leave left (allowance - approved - pending), never
        -- below nothing: more taken than earned is not taken back.
        SELECT CASE WHEN e.termination_date BETWEEN v_start AND v_end THEN
                   greatest(coalesce(public.dicel_leave_allowance(
                                         e.id, 'annual',
                                         extract(year FROM e.termination_date)::integer)
                                     - public.dicel_leave_used_by_leaver(
                                         e.id, e.termination_date), 0), 0)
               ELSE 0 END AS days) n
     CROSS JOIN LATERAL (
        SELECT n.days,
               CASE WHEN n.days <= 0 THEN 0
                    WHEN d.working > 0 THEN round(w.basic * n.days / d.working)
                    ELSE coalesce(round(e.salary * n.days
                                        / nullif(public.dicel_working_days(v_start, v_end), 0)),
                                  0)
               END AS paid) t
"""

WAITS = f"""
CREATE FUNCTION {WAITS_SIGNATURE}
RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_old record;
    v_new record;
    v_employee record;
    v_was integer := 0;
    v_is integer := 0;
    v_period record;
BEGIN
    -- Migration 0157: a run not cancelled of the month a person leaves paid their
    -- leaving year's annual leave left as it then stood. What that count reads (annual
    -- leave approved or pending of that year by the leaving day) waits for the run to be
    -- cancelled (DW609), as unpaid leave does (DW353); a signed run keeps it.
    IF TG_OP = 'DELETE' THEN
        v_old := OLD;
        SELECT NULL::text AS leave_type, NULL::uuid AS employee_id INTO v_new;
    ELSE
        v_old := OLD;
        v_new := NEW;
    END IF;
    IF NOT (v_old.leave_type IS NOT DISTINCT FROM 'annual'
            OR v_new.leave_type IS NOT DISTINCT FROM 'annual') THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    -- The employee's row as the run and 0149's guards take it: a run under way is waited
    -- for, and its period read below; a run begun after this waits for it.
    SELECT e.termination_date,
           coalesce(public.dicel_person_name(e.user_id), e.employee_number) AS name
      INTO v_employee
      FROM public.employees AS e WHERE e.id = v_old.employee_id FOR NO KEY UPDATE;
    IF v_employee.termination_date IS NULL THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF {_counted("v_old", "v_employee.termination_date")} THEN
        v_was := {_in_leaving_year("v_old", "v_employee.termination_date")};
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.employee_id = OLD.employee_id
           AND {_counted("NEW", "v_employee.termination_date")} THEN
            v_is := {_in_leaving_year("NEW", "v_employee.termination_date")};
        END IF;
    END IF;
    IF v_was = v_is THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    SELECT p.period_start, p.period_end, p.status::text AS status INTO v_period
      FROM public.payroll_periods AS p
     WHERE p.status <> 'cancelled'
       AND v_employee.termination_date BETWEEN p.period_start AND p.period_end
     ORDER BY p.period_start
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '{LEAVER_WAITS}',
            MESSAGE = 'a leaver''s annual leave in a month whose payroll run is '
                      || v_period.status,
            DETAIL = json_build_object(
                'name', v_employee.name,
                'start', v_period.period_start, 'end', v_period.period_end,
                'case', CASE WHEN v_period.status <> 'pending' THEN v_period.status
                             WHEN public.dicel_has_role('hr') OR public.dicel_has_role('finance')
                                 THEN 'run'
                             ELSE 'ask' END)::text,
            TABLE = 'leave_requests', COLUMN = 'status';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$$"""

CREATE_WAITS_TRIGGER = f"""
CREATE TRIGGER {WAITS_TRIGGER}
BEFORE UPDATE OF status, leave_type, start_date, end_date, days_requested, employee_id
    OR DELETE
ON public.leave_requests
FOR EACH ROW EXECUTE FUNCTION {WAITS_SIGNATURE}"""

#: The step-line guard of a payslip's notes: 0145's openings, and this run's line.
_STEP_LINES: str = earlier_revision(_0145)._STEP_LINES
_OPENINGS_0145: str = earlier_revision(_0145)._OPENINGS
_OPENINGS = "prorated|restored|unpaid leave counted|untaken leave paid"


def _step_lines(openings: str) -> None:
    execute_sql("DROP TRIGGER payroll_records_step_lines ON public.payroll_records")
    execute_sql(_STEP_LINES.format(openings=openings))


def _run(*, paid: bool) -> None:
    before, after = (_INSERT_0145, _INSERT) if paid else (_INSERT, _INSERT_0145)
    execute_sql(replaced(live_function(RUN_SIGNATURE), before, after))


def upgrade() -> None:
    create_owned_function(USED, USED_SIGNATURE)
    execute_sql(_READER_COUNTS)
    # After the owner changed: granted by its new owner, so the grant stays.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {USED_SIGNATURE} TO {OWNER_ROLE}")
    _run(paid=True)
    create_owned_function(WAITS, WAITS_SIGNATURE)
    execute_sql(CREATE_WAITS_TRIGGER)
    _step_lines(_OPENINGS)


def downgrade() -> None:
    _step_lines(_OPENINGS_0145)
    execute_sql(f"DROP TRIGGER {WAITS_TRIGGER} ON public.leave_requests")
    execute_sql(f"DROP FUNCTION {WAITS_SIGNATURE}")
    _run(paid=False)
    execute_sql(f"DROP POLICY IF EXISTS {POLICY} ON public.leave_requests")
    execute_sql(f"DROP FUNCTION {USED_SIGNATURE}")
    execute_sql(_READER_GONE)
