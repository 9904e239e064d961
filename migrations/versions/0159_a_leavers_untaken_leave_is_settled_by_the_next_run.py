"""A leaver's untaken annual leave is settled by the next run when their month's run came
first.

Revision ID: 0159
Revises: 0158
Create Date: 2026-12-07

Migration 0157 pays a leaver's untaken annual leave in the run of the month their
termination date falls in, when that run sees them leaving. HR often records a departure
after finance approved that month's run: the approved payslip (cut to the days worked by
0120) pays no untaken leave, and nothing ever did (payout42's left item).

* **The next run settles it** (``dicel_run_payroll``): besides the people it pays for the
  month, a run pays a *final settlement* to each person terminated before its month
  (within the 12 months before it) whose final payslip, the one of their leaving month,
  is approved or paid, and whose untaken annual leave no payslip not cancelled paid (no
  "Untaken leave paid on" line on any): basic 0, the leaving year's annual leave left at
  the leaving day (``dicel_leave_left_to_pay``: 0157's count) in the allowances at the
  rate 0157 would have paid in the leaving month (the days-employed basic of that month
  from the salary / its working days employed; the month's working days when none were),
  deductions and net as every payslip's (``dicel_payslip_amounts``), and a line of its
  own in the notes: "Untaken leave paid on 2027-01-05: 6 working days of annual leave,
  final settlement of a termination on 2026-12-08 (136,364 RWF in allowances)." (guarded
  as 0157's: the same opening). Nothing left: no settlement payslip. Cancelled and run
  again: one line, as any payslip.
* **Once**: 0157's own payment in the leaving month's run is made only when no payslip
  not cancelled paid it already (``dicel_untaken_leave_paid_in``).
* **Who reads the payslips**: finance and HR run payroll, and a leave decision (a
  supervisor's) asks the guard below, which may not read payslips: the one function
  ``dicel_untaken_leave_paid_in`` (the pay period of the payslip that paid it, or NULL)
  belongs to 0157's ``dicel_leaver_leave_reader``, with a policy to read payslips' notes.
* **DW609 waits for the run that counted it**: the run whose payslip paid the untaken
  leave (a settlement of a later month too), or the leaving month's run while it is
  pending. An approved or paid leaving month that paid none no longer holds the leave:
  the next run's settlement counts it as it then stands.
* **Before the click**: ``dicel_leave_left_to_pay(employee, day)`` (HR and admin) lets the
  Terminate step say DW492's ``untaken`` case (a pending payslip run before a month-end
  leaving) before it is pressed.

A downgrade gives back 0158's run and guard, and drops the two functions and the policy.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    change_live_function,
    create_owned_function,
    execute_sql,
)
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0159"
down_revision: str | None = "0158"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READER = "dicel_leaver_leave_reader"
PAID_SIGNATURE = "public.dicel_untaken_leave_paid_in(uuid)"
LEFT_SIGNATURE = "public.dicel_leave_left_to_pay(uuid, date)"
RUN_SIGNATURE = "public.dicel_run_payroll(date, date)"
WAITS_SIGNATURE = "public.dicel_leaver_leave_waits_for_run()"
POLICY = "payroll_records_leaver_settled"
#: What the reader reads of a payslip.
READ_COLUMNS = "employee_id, pay_period_start, status, notes"

PAID = f"""
CREATE FUNCTION public.dicel_untaken_leave_paid_in(p_employee uuid)
RETURNS date
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0159: the first day of the pay period whose payslip (not cancelled)
    -- paid p_employee's untaken annual leave (a run's "Untaken leave paid on" line, in
    -- the leaving month or as a later settlement); NULL when none did. Its own role
    -- reads the payslips whoever asks; only the day leaves.
    RETURN (SELECT r.pay_period_start FROM public.payroll_records AS r
             WHERE r.employee_id = p_employee AND r.status <> 'cancelled'
               AND r.notes ~* '(^|\\n)untaken leave paid on '
             ORDER BY r.pay_period_start DESC LIMIT 1);
END
$$"""

LEFT = f"""
CREATE FUNCTION public.dicel_leave_left_to_pay(p_employee uuid, p_left date)
RETURNS numeric
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0159: the annual leave of p_left's year a leaver on p_left is owed, as
    -- the run pays it (0157): the allowance less the leave approved or pending by
    -- then, never below nothing; 0 without a setting (not limited).
    RETURN greatest(coalesce(public.dicel_leave_allowance(
                                 p_employee, 'annual', extract(year FROM p_left)::integer)
                             - public.dicel_leave_used_by_leaver(p_employee, p_left), 0), 0);
END
$$"""

_READER_READS = f"""
DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        GRANT SELECT ({READ_COLUMNS}) ON public.payroll_records TO {READER};
        CREATE POLICY {POLICY} ON public.payroll_records FOR SELECT TO {READER}
            USING (true);
        ALTER FUNCTION {PAID_SIGNATURE} OWNER TO {READER};
    ELSE
        RAISE WARNING 'a leaver''s settlement reads only the payslips whoever runs payroll'
                      ' may read: run this migration as a superuser';
    END IF;
END
$$"""

_READER_STOPS = f"""
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{READER}') THEN
        REVOKE ALL ON public.payroll_records FROM {READER};
    END IF;
END
$$"""

#: Who is paid in the leaving month: as 0157, unless a payslip paid it already.
_PAID_ONCE = (
    """        SELECT CASE WHEN e.termination_date BETWEEN v_start AND v_end THEN""",
    """        SELECT CASE WHEN e.termination_date BETWEEN v_start AND v_end
                         -- Migration 0159: unless a payslip (a settlement) paid it.
                         AND public.dicel_untaken_leave_paid_in(e.id) IS NULL THEN""",
)
_DECLARED = (
    """    v_earliest date;
BEGIN""",
    """    v_earliest date;
    v_settled bigint;
BEGIN""",
)
_SETTLED = (
    """    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count = 0 THEN""",
    """    GET DIAGNOSTICS v_count = ROW_COUNT;
    -- Migration 0159: a final settlement for each person terminated before the month
    -- (within the 12 months before it) whose leaving month's payslip is approved or
    -- paid and whose untaken annual leave no payslip paid (their month's run came first):
    -- basic 0, the days left at the rate 0157 pays in the leaving month (the
    -- days-employed basic from the salary / the working days employed), in allowances.
    INSERT INTO public.payroll_records (employee_id, pay_period_start, pay_period_end,
                                        basic_salary, allowances, notes)
    SELECT e.id, v_start, v_end, 0, t.paid,
           format('Untaken leave paid on %s: %s working days of annual leave, final'
                  ' settlement of a termination on %s (%s RWF in allowances).',
                  to_char(current_date, 'YYYY-MM-DD'), trim_scale(n.days),
                  to_char(e.termination_date, 'YYYY-MM-DD'),
                  to_char(t.paid, 'FM999,999,999,990'))
      FROM public.employees e
     CROSS JOIN LATERAL (
        SELECT date_trunc('month', e.termination_date)::date AS first_day,
               (date_trunc('month', e.termination_date)
                + interval '1 month - 1 day')::date AS last_day) m
     CROSS JOIN LATERAL (
        SELECT greatest(m.first_day, coalesce(e.hire_date, m.first_day)) AS first) s
     CROSS JOIN LATERAL (
        SELECT round(e.salary * (e.termination_date - s.first + 1)
                     / (m.last_day - m.first_day + 1)) AS basic,
               public.dicel_working_days(s.first, e.termination_date) AS working) w
     CROSS JOIN LATERAL (
        SELECT public.dicel_leave_left_to_pay(e.id, e.termination_date) AS days) n
     CROSS JOIN LATERAL (
        SELECT CASE WHEN w.working > 0 THEN round(w.basic * n.days / w.working)
                    ELSE coalesce(round(e.salary * n.days
                                        / nullif(public.dicel_working_days(
                                                     m.first_day, m.last_day), 0)), 0)
               END AS paid) t
     WHERE e.status = 'terminated'
       AND e.termination_date < v_start
       AND e.termination_date >= (v_start - interval '12 months')::date
       AND e.salary IS NOT NULL AND coalesce(e.salary_currency, 'RWF') = 'RWF'
       AND EXISTS (SELECT FROM public.payroll_records f
                    WHERE f.employee_id = e.id AND f.status IN ('approved', 'paid')
                      AND e.termination_date BETWEEN f.pay_period_start AND f.pay_period_end)
       AND public.dicel_untaken_leave_paid_in(e.id) IS NULL
       AND n.days > 0 AND t.paid > 0
     ORDER BY e.employee_number;
    GET DIAGNOSTICS v_settled = ROW_COUNT;
    v_count := v_count + v_settled;
    IF v_count = 0 THEN""",
)
RUN_PAIRS = [_DECLARED, _PAID_ONCE, _SETTLED]

WAITS_PAIRS = [
    (
        """    v_period record;
BEGIN""",
        """    v_period record;
    v_paid_in date;
BEGIN""",
    ),
    (
        """    SELECT p.period_start, p.period_end, p.status::text AS status INTO v_period
      FROM public.payroll_periods AS p
     WHERE p.status <> 'cancelled'
       AND v_employee.termination_date BETWEEN p.period_start AND p.period_end
     ORDER BY p.period_start""",
        """    -- Migration 0159: the run that counted it: the one whose payslip paid the
    -- untaken leave (a later month's settlement too), else the leaving month's while it
    -- is pending. An approved or paid leaving month that paid none leaves the leave to
    -- the next run's settlement, which counts it as it then stands.
    v_paid_in := public.dicel_untaken_leave_paid_in(v_old.employee_id);
    SELECT p.period_start, p.period_end, p.status::text AS status INTO v_period
      FROM public.payroll_periods AS p
     WHERE p.status <> 'cancelled'
       AND (p.period_start = v_paid_in
            OR (v_paid_in IS NULL AND p.status = 'pending'
                AND v_employee.termination_date BETWEEN p.period_start AND p.period_end))
     ORDER BY p.period_start""",
    ),
]


def upgrade() -> None:
    create_owned_function(PAID, PAID_SIGNATURE)
    execute_sql(_READER_READS)
    # After the owner changed: granted by its new owner, so the grant stays.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {PAID_SIGNATURE} TO {OWNER_ROLE}")
    create_owned_function(LEFT, LEFT_SIGNATURE)
    change_live_function(RUN_SIGNATURE, RUN_PAIRS, forward=True)
    change_live_function(WAITS_SIGNATURE, WAITS_PAIRS, forward=True)


def downgrade() -> None:
    change_live_function(WAITS_SIGNATURE, WAITS_PAIRS, forward=False)
    change_live_function(RUN_SIGNATURE, RUN_PAIRS, forward=False)
    execute_sql(f"DROP FUNCTION {LEFT_SIGNATURE}")
    execute_sql(f"DROP POLICY IF EXISTS {POLICY} ON public.payroll_records")
    execute_sql(f"DROP FUNCTION {PAID_SIGNATURE}")
    execute_sql(_READER_STOPS)
