"""Approved unpaid leave is not paid, and a decision on it waits for the month's pending run.

Revision ID: 0145
Revises: 0144
Create Date: 2026-12-08

Found as the people DICEL manages (/work/reports/people40.md, finding 1, high):
``dicel_run_payroll`` paid basic = salary x days employed / days in the month and never
read ``leave_requests``, so a person on approved unpaid leave was paid the whole month,
and HR cannot correct a payslip's basic (no UPDATE grant).

* **The run counts approved unpaid leave** (``dicel_unpaid_leave_days``): the working days
  (``dicel_working_days``: Monday to Friday, the company's holidays excluded, as leave is
  counted) of approved unpaid leave within the days employed in the month. Basic is the
  days-employed basic less that basic x unpaid working days / working days employed:
  leave is taken in working days, so a working day is what it costs (a Monday-to-Friday
  week of unpaid leave in a 22-working-day month is 5/22 of the month, about the 7/31 a
  week away costs, where 5/31 would pay the weekend of a week not worked); a whole month
  unpaid pays nothing, never less. Allowances, deductions and net follow from that basic
  as the run computes them. The payslip's notes say it, in a line the run writes ("Unpaid
  leave counted on 2026-12-08: 5 of 22 working days not paid (41,935 RWF off basic).")
  that nobody else types, changes or removes (DW021, trigger ``payroll_records_step_lines``,
  made again with the line's opening). No column: the database plan's payroll_records has
  none for it, and the notes are the payslip's own words the window already reads.
* **Who reads the leave**: finance runs payroll and does not read others' leave (row
  security, by the session's login, applies to the functions' owner too). The counting
  function belongs to a NOLOGIN role of its own, ``dicel_unpaid_leave_reader`` (as 0090's
  ``dicel_stats_reader``), which reads only approved unpaid leave's employee, dates, type
  and state (policy ``leave_requests_unpaid_counted``) and gives only a count. Run by
  other than a superuser, the role cannot be made: the function stays dicel_owner's and a
  warning says that a run by finance then counts only the leave finance may read.
* **A decision after the run waits for it** (``DW353``, trigger
  ``leave_requests_unpaid_waits_for_run``): approving, cancelling or otherwise changing an
  approved unpaid leave that has a working day in a month whose payroll run is pending is
  refused, naming the run: cancel the run, decide, run the month again (as 0116's DW492
  for a termination). An approved or paid run is not asked.

A downgrade gives back 0108's run (as the database held it at 0142), the step-line
trigger's two openings, and drops the rest (the role only when nothing else of the
cluster holds it).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    execute_sql,
    replaced,
)
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0145"
down_revision: str | None = "0144"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNPAID_WAITS = "DW353"
#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    UNPAID_WAITS: (
        "a decision on unpaid leave in a month whose payroll run is pending",
        ("name", "start", "end"),
    )
}

READER = "dicel_unpaid_leave_reader"
COUNT_SIGNATURE = "public.dicel_unpaid_leave_days(uuid, date, date)"
RUN_SIGNATURE = "public.dicel_run_payroll(date, date)"
WAITS_SIGNATURE = "public.dicel_unpaid_leave_waits_for_run()"
WAITS_TRIGGER = "leave_requests_unpaid_waits_for_run"
POLICY = "leave_requests_unpaid_counted"
#: What the reader reads of a leave request.
READ_COLUMNS = "employee_id, leave_type, status, start_date, end_date"
#: What it calls: the working days, and what the table's other read policies (for every
#: role, by the session's login) call, which PostgreSQL checks for any reader.
READER_CALLS = (
    "public.dicel_working_days(date, date)",
    "public.dicel_has_role(text)",
    "public.dicel_current_employee_id()",
    "public.dicel_direct_report_ids()",
)

COUNT = f"""
CREATE FUNCTION {COUNT_SIGNATURE.replace("(uuid, date, date)", "")}(p_employee uuid,
                                                    p_first date, p_last date)
RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0145: the working days of approved unpaid leave of p_employee from
    -- p_first to p_last (holidays and weekends excluded, as leave is counted). Its own
    -- role reads approved unpaid leave whoever runs payroll; only the count leaves.
    RETURN (SELECT coalesce(sum(public.dicel_working_days(greatest(l.start_date, p_first),
                                                          least(l.end_date, p_last))), 0)::integer
              FROM public.leave_requests AS l
             WHERE l.employee_id = p_employee
               AND l.leave_type = 'unpaid' AND l.status = 'approved'
               AND l.start_date <= p_last AND l.end_date >= p_first);
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
            USING (leave_type = 'unpaid' AND status = 'approved');
        ALTER FUNCTION {COUNT_SIGNATURE} OWNER TO {READER};
    ELSE
        RAISE WARNING 'a payroll run by finance will count only the unpaid leave finance'
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

WAITS = f"""
CREATE FUNCTION {WAITS_SIGNATURE}
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_was boolean := TG_OP = 'UPDATE' AND OLD.leave_type = 'unpaid' AND OLD.status = 'approved';
    v_is boolean := NEW.leave_type = 'unpaid' AND NEW.status = 'approved';
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
    SELECT p.period_start, p.period_end INTO v_period
      FROM public.payroll_periods AS p
     WHERE p.status = 'pending'
       AND EXISTS (SELECT FROM (VALUES (v_was, OLD.start_date, OLD.end_date),
                                       (v_is, NEW.start_date, NEW.end_date)) AS s(counted, a, b)
                    WHERE s.counted AND s.a <= p.period_end AND s.b >= p.period_start
                      AND public.dicel_working_days(greatest(s.a, p.period_start),
                                                    least(s.b, p.period_end)) > 0)
     ORDER BY p.period_start
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '{UNPAID_WAITS}',
            MESSAGE = 'unpaid leave in a month whose payroll run is pending',
            DETAIL = json_build_object(
                'name', (SELECT coalesce(public.dicel_person_name(e.user_id), e.employee_number)
                           FROM public.employees AS e WHERE e.id = NEW.employee_id),
                'start', v_period.period_start, 'end', v_period.period_end)::text,
            TABLE = 'leave_requests', COLUMN = 'status';
    END IF;
    RETURN NEW;
END
$$"""

CREATE_WAITS_TRIGGER = f"""
CREATE TRIGGER {WAITS_TRIGGER}
BEFORE INSERT OR UPDATE OF status, leave_type, start_date, end_date, employee_id
ON public.leave_requests
FOR EACH ROW EXECUTE FUNCTION {WAITS_SIGNATURE}"""

#: The step-line guard of a payslip's notes: 0120's openings, and the run's own line.
_STEP_LINES = """
CREATE TRIGGER payroll_records_step_lines
BEFORE INSERT OR UPDATE OF notes ON public.payroll_records
FOR EACH ROW EXECUTE FUNCTION public.dicel_step_lines_stay('notes',
    '({openings}) on [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}: ', '({openings}) on ')"""
_OPENINGS_0120 = "prorated|restored"
_OPENINGS = "prorated|restored|unpaid leave counted"


def _step_lines(openings: str) -> None:
    execute_sql("DROP TRIGGER payroll_records_step_lines ON public.payroll_records")
    execute_sql(_STEP_LINES.format(openings=openings))


#: The run's payslips as 0108 makes them (the database's text at 0142) ...
_INSERT_0108 = """    INSERT INTO public.payroll_records (employee_id, pay_period_start, pay_period_end,
                                        basic_salary, allowances)
    SELECT e.id, v_start, v_end, w.basic, round(w.basic * v_rate / 100)
      FROM public.employees e
     CROSS JOIN LATERAL (
        SELECT round(e.salary
                     * (least(v_end, coalesce(e.termination_date, v_end))
                        - greatest(v_start, coalesce(e.hire_date, v_start)) + 1)
                     / (v_end - v_start + 1)) AS basic) w
"""
#: ... and with approved unpaid leave counted, said in the payslip's notes.
_INSERT = """    -- Migration 0145: approved unpaid leave is not paid. Basic = salary x days
    -- employed / days in the month, less that basic x working days of approved unpaid
    -- leave / working days employed (leave is counted in working days), said in notes.
    INSERT INTO public.payroll_records (employee_id, pay_period_start, pay_period_end,
                                        basic_salary, allowances, notes)
    SELECT e.id, v_start, v_end, w.basic - u.less, round((w.basic - u.less) * v_rate / 100),
           CASE WHEN d.unpaid > 0 THEN
               format('Unpaid leave counted on %s: %s of %s working days not paid'
                      ' (%s RWF off basic).',
                      to_char(current_date, 'YYYY-MM-DD'), d.unpaid, d.working,
                      to_char(u.less, 'FM999,999,999,990'))
           END
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
"""


def _run(*, counted: bool) -> None:
    create = execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('{RUN_SIGNATURE}'::regprocedure)"
    ).fetchone()[0]
    before, after = (_INSERT_0108, _INSERT) if counted else (_INSERT, _INSERT_0108)
    execute_sql(replaced(create, before, after))


def upgrade() -> None:
    create_owned_function(COUNT, COUNT_SIGNATURE)
    execute_sql(_READER_COUNTS)
    # After the owner changed: granted by its new owner, so the grant stays.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {COUNT_SIGNATURE} TO {OWNER_ROLE}")
    _run(counted=True)
    create_owned_function(WAITS, WAITS_SIGNATURE)
    execute_sql(CREATE_WAITS_TRIGGER)
    _step_lines(_OPENINGS)


def downgrade() -> None:
    _step_lines(_OPENINGS_0120)
    execute_sql(f"DROP TRIGGER {WAITS_TRIGGER} ON public.leave_requests")
    execute_sql(f"DROP FUNCTION {WAITS_SIGNATURE}")
    _run(counted=False)
    execute_sql(f"DROP POLICY IF EXISTS {POLICY} ON public.leave_requests")
    execute_sql(f"DROP FUNCTION {COUNT_SIGNATURE}")
    execute_sql(_READER_GONE)
