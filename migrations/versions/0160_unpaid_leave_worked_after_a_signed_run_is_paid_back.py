"""Days of unpaid leave a signed payroll run took off and that were worked after all are
paid back by the next run.

Revision ID: 0160
Revises: 0159
Create Date: 2026-12-07

Until now approved unpaid leave with a working day in a month whose run was approved or
paid could not be cancelled or ended early (DW353 ``approved``/``paid``, 0149): the
signed payslip had taken those days off, and someone who came back early was paid them
back by hand.

* **The leave changes as any leave**: the DW353 guard asks only pending runs (cancel the
  run, decide, run again, as before); ``dicel_may_cancel_leave`` offers Cancel leave…
  accordingly. Nothing of the signed payslip changes: it stays what was paid.
* **The next run pays the days back** (``dicel_run_payroll``): for each signed payslip
  (approved or paid) of the 12 months before the run's month, the working days its
  "Unpaid leave counted on" line took off, less the days of approved unpaid leave that
  month holds now, less the days already paid back for it (lines of payslips not
  cancelled): those days, once, in the allowances, at the rate that line used: what it
  took off / the days it counted, added up so that all the steps together pay
  round(taken off x days back / days counted); and the allowances' share of that, at
  the run's allowance rate, since the signed payslip's allowances were computed on the
  lessened basic. A line of its own
  in the notes: "Unpaid leave paid back on 2027-01-05: 3 working days of 2026-12-01 to
  2026-12-31 worked after all (68,182 RWF in allowances)." (the step-lines guard keeps
  it: DW021). A month whose payslip a termination or suspension cut (a "Prorated on"
  line, or the termination day within it: 0120) is not paid back.
* **A leaver** gets it with their final payslip (the run of their leaving month pays
  everyone employed in it), or, left before the run's month, with a settlement payslip
  as 0159's (its untaken leave, these days, or both).
* **Before the click**: ``dicel_unpaid_leave_paid_back_later(request, new_end)`` says how
  many working days of which signed month cancelling (new_end NULL) or ending the leave
  on new_end would have the next run pay back; it reads under the caller's rights.

A downgrade gives back 0159's run, 0149's guard and 0150's ``dicel_may_cancel_leave`` and
step-line openings, and drops the two functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    change_live_function,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0160"
down_revision: str | None = "0159"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWED_SIGNATURE = "public.dicel_unpaid_leave_owed(uuid, date, uuid, date)"
LATER_SIGNATURE = "public.dicel_unpaid_leave_paid_back_later(uuid, date)"
RUN_SIGNATURE = "public.dicel_run_payroll(date, date)"
WAITS_SIGNATURE = "public.dicel_unpaid_leave_waits_for_run()"
MAY_CANCEL_SIGNATURE = "public.dicel_may_cancel_leave(uuid)"

OWED = (
    """
CREATE FUNCTION public.dicel_unpaid_leave_owed(p_employee uuid, p_before date,
                                               p_request uuid DEFAULT NULL,
                                               p_new_end date DEFAULT NULL)
RETURNS TABLE (period_start date, period_end date, days integer, paid numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER """
    + SEARCH_PATH
    + """
AS $$
BEGIN
    -- Migration 0160: for each signed payslip (approved or paid) of p_employee of the
    -- 12 months before p_before's month, the working days of unpaid leave it took off
    -- that were worked after all and no payslip not cancelled paid back yet, and what
    -- they are worth at the rate of its "Unpaid leave counted on" line (taken off / days
    -- counted; the steps together pay round(taken off x days back / days counted)).
    -- With p_request: as if that request were ended on p_new_end (cancelled when NULL).
    -- Payslips are read under the caller's rights (who runs payroll reads them all).
    RETURN QUERY
    SELECT f.pay_period_start, f.pay_period_end, o.days,
           round(c.less * (b.back + o.days) / c.counted) - round(c.less * b.back / c.counted)
      FROM public.payroll_records AS f
      JOIN public.employees AS e ON e.id = f.employee_id
     CROSS JOIN LATERAL regexp_match(
            f.notes, '(^|\\n)Unpaid leave counted on [0-9-]+: ([0-9]+) of ([0-9]+) working'
                     ' days not paid \\(([0-9,]+) RWF off basic\\)\\.') AS m
     CROSS JOIN LATERAL (
        SELECT m[2]::integer AS counted, replace(m[4], ',', '')::numeric AS less,
               greatest(f.pay_period_start, coalesce(e.hire_date, f.pay_period_start)) AS first,
               least(f.pay_period_end, coalesce(e.termination_date, f.pay_period_end)) AS last) c
     CROSS JOIN LATERAL (
        SELECT coalesce(sum(x[2]::integer), 0)::integer AS back
          FROM public.payroll_records AS p
         CROSS JOIN LATERAL regexp_matches(
                p.notes, '(^|\\n)Unpaid leave paid back on [0-9-]+: ([0-9]+) working days of '
                         || to_char(f.pay_period_start, 'YYYY-MM-DD') || ' to '
                         || to_char(f.pay_period_end, 'YYYY-MM-DD') || ' ', 'g') AS x
         WHERE p.employee_id = p_employee AND p.status <> 'cancelled') b
     CROSS JOIN LATERAL (
        SELECT public.dicel_unpaid_leave_days(p_employee, c.first, c.last)
               - coalesce((SELECT public.dicel_working_days(
                                      greatest(c.first, CASE WHEN p_new_end IS NULL
                                                             THEN r.start_date
                                                             ELSE p_new_end + 1 END),
                                      least(c.last, r.end_date))
                             FROM public.leave_requests AS r
                            WHERE r.id = p_request AND r.employee_id = p_employee
                              AND r.leave_type = 'unpaid' AND r.status = 'approved'), 0)
               AS now) n
     CROSS JOIN LATERAL (
        SELECT least(c.counted - b.back, c.counted - n.now - b.back) AS days) o
     WHERE f.employee_id = p_employee AND f.status IN ('approved', 'paid')
       AND f.pay_period_end < date_trunc('month', p_before)::date
       AND f.pay_period_start >= (date_trunc('month', p_before) - interval '12 months')::date
       AND m IS NOT NULL AND c.counted > 0
       -- A payslip a termination or suspension cut (0120) counted days it no longer pays.
       AND f.notes !~* '(^|\\n)prorated on '
       AND NOT coalesce(e.termination_date BETWEEN f.pay_period_start AND f.pay_period_end,
                        false)
       AND o.days > 0
     ORDER BY f.pay_period_start;
END
$$"""
)

LATER = (
    """
CREATE FUNCTION public.dicel_unpaid_leave_paid_back_later(request_id uuid, new_end date)
RETURNS TABLE (period_start date, period_end date, days integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER """
    + SEARCH_PATH
    + """
AS $$
DECLARE
    v_employee uuid;
    v_before date := (date_trunc('month', current_date) + interval '1 month')::date;
BEGIN
    -- Migration 0160: the working days of signed months the next payroll run would pay
    -- back if this approved unpaid leave were cancelled (new_end NULL) or ended on
    -- new_end, beyond what it owes already; said before the click. Read under the
    -- caller's rights (the request and the payslips they may read), so it says nothing
    -- they could not read.
    SELECT r.employee_id INTO v_employee FROM public.leave_requests AS r
     WHERE r.id = request_id AND r.leave_type = 'unpaid' AND r.status = 'approved';
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT a.period_start, a.period_end, a.days - coalesce(o.days, 0)
      FROM public.dicel_unpaid_leave_owed(v_employee, v_before, request_id, new_end) AS a
      LEFT JOIN public.dicel_unpaid_leave_owed(v_employee, v_before) AS o
             ON o.period_start = a.period_start
     WHERE a.days > coalesce(o.days, 0)
     ORDER BY a.period_start;
END
$$"""
)

_LINE = """format('Unpaid leave paid back on %s: %s working days of %s to %s worked after'
                                 ' all (%s RWF in allowances).',
                                 to_char(current_date, 'YYYY-MM-DD'), o.days,
                                 to_char(o.period_start, 'YYYY-MM-DD'),
                                 to_char(o.period_end, 'YYYY-MM-DD'),
                                 to_char(o.paid + round(o.paid * v_rate / 100),
                                         'FM999,999,999,990')),
                          E'\\n' ORDER BY o.period_start)"""

_BACK = (
    """
     CROSS JOIN LATERAL (
        -- Migration 0160: unpaid leave that signed payslips took off and that was worked
        -- after all, paid back once, in the allowances, a line for each month: the
        -- basic it took off and the allowances' share of it, at this run's rate (the
        -- signed payslip's allowances were computed on the lessened basic).
        SELECT coalesce(sum(o.paid + round(o.paid * v_rate / 100)), 0) AS paid,
               count(*) AS months,
               string_agg("""
    + _LINE
    + """ AS lines
          FROM public.dicel_unpaid_leave_owed(e.id, v_start) AS o) b"""
)

_0159 = earlier_revision("0159_a_leavers_untaken_leave_is_settled_by_the_next_run")
_SETTLED_0159: str = _0159._SETTLED[1]

#: The people paid for the month: the days paid back too.
_PAID = [
    (
        """           round((w.basic - u.less) * v_rate / 100) + t.paid,""",
        """           round((w.basic - u.less) * v_rate / 100) + t.paid + b.paid,""",
    ),
    (
        """                          to_char(t.paid, 'FM999,999,999,990'))
               END), '')
      FROM public.employees e""",
        """                          to_char(t.paid, 'FM999,999,999,990'))
               END,
               b.lines), '')
      FROM public.employees e""",
    ),
    (
        """                                  0)
               END AS paid) t
     WHERE coalesce(e.hire_date, v_start) <= v_end""",
        """                                  0)
               END AS paid) t"""
        + _BACK
        + """
     WHERE coalesce(e.hire_date, v_start) <= v_end""",
    ),
]

#: A leaver of before the month: a settlement for the untaken leave, the days paid back,
#: or both.
_SETTLED = (
    _SETTLED_0159,
    replaced(
        replaced(
            replaced(
                _SETTLED_0159,
                """    SELECT e.id, v_start, v_end, 0, t.paid,
           format('Untaken leave paid on %s: %s working days of annual leave, final'
                  ' settlement of a termination on %s (%s RWF in allowances).',
                  to_char(current_date, 'YYYY-MM-DD'), trim_scale(n.days),
                  to_char(e.termination_date, 'YYYY-MM-DD'),
                  to_char(t.paid, 'FM999,999,999,990'))""",
                """    SELECT e.id, v_start, v_end, 0, t.paid + b.paid,
           nullif(concat_ws(E'\\n',
               CASE WHEN t.paid > 0 THEN
                   format('Untaken leave paid on %s: %s working days of annual leave, final'
                          ' settlement of a termination on %s (%s RWF in allowances).',
                          to_char(current_date, 'YYYY-MM-DD'), trim_scale(n.days),
                          to_char(e.termination_date, 'YYYY-MM-DD'),
                          to_char(t.paid, 'FM999,999,999,990'))
               END,
               b.lines), '')""",
            ),
            """     CROSS JOIN LATERAL (
        SELECT CASE WHEN w.working > 0 THEN round(w.basic * n.days / w.working)
                    ELSE coalesce(round(e.salary * n.days
                                        / nullif(public.dicel_working_days(
                                                     m.first_day, m.last_day), 0)), 0)
               END AS paid) t""",
            """     CROSS JOIN LATERAL (
        -- Migration 0160: owed only as 0159 said (their final payslip signed, paying none).
        SELECT CASE WHEN n.days <= 0 OR public.dicel_untaken_leave_paid_in(e.id) IS NOT NULL
                         OR NOT EXISTS (
                             SELECT FROM public.payroll_records f
                              WHERE f.employee_id = e.id AND f.status IN ('approved', 'paid')
                                AND e.termination_date
                                    BETWEEN f.pay_period_start AND f.pay_period_end)
                    THEN 0
                    WHEN w.working > 0 THEN round(w.basic * n.days / w.working)
                    ELSE coalesce(round(e.salary * n.days
                                        / nullif(public.dicel_working_days(
                                                     m.first_day, m.last_day), 0)), 0)
               END AS paid) t"""
            + _BACK,
        ),
        """       AND EXISTS (SELECT FROM public.payroll_records f
                    WHERE f.employee_id = e.id AND f.status IN ('approved', 'paid')
                      AND e.termination_date BETWEEN f.pay_period_start AND f.pay_period_end)
       AND public.dicel_untaken_leave_paid_in(e.id) IS NULL
       AND n.days > 0 AND t.paid > 0""",
        """       AND (t.paid > 0 OR b.months > 0)""",
    ),
)
RUN_PAIRS = [*_PAID, _SETTLED]

#: DW353 asks only pending runs: a signed run's days are paid back by the next one.
WAITS_PAIRS = [
    (
        """      FROM (SELECT r.* FROM public.dicel_unpaid_leave_run(OLD.start_date, OLD.end_date,
                                                          NOT v_leaving) AS r""",
        """      -- Migration 0160: a signed run no longer keeps the leave: the next run pays
      -- back the days it took off that are no longer unpaid leave.
      FROM (SELECT r.* FROM public.dicel_unpaid_leave_run(OLD.start_date, OLD.end_date,
                                                          false) AS r""",
    ),
]
MAY_CANCEL_PAIRS = [
    (
        """           -- Migration 0149: not where DW353 refuses it to the caller (HR may
           -- cancel a pending run first; a signed one keeps the leave).
           AND NOT (r.status = 'approved' AND r.leave_type = 'unpaid' AND EXISTS (
                SELECT FROM public.dicel_unpaid_leave_run(r.start_date, r.end_date, true) AS x
                 WHERE x.status <> 'pending' OR NOT me.hr)))""",
        """           -- Migration 0149: not where DW353 refuses it to the caller (HR may
           -- cancel a pending run first). Migration 0160: a signed run's days are paid
           -- back by the next run.
           AND NOT (r.status = 'approved' AND r.leave_type = 'unpaid' AND EXISTS (
                SELECT FROM public.dicel_unpaid_leave_run(r.start_date, r.end_date, false) AS x
                 WHERE NOT me.hr)))""",
    ),
]

_0157 = earlier_revision("0157_untaken_leave_is_paid_on_the_final_payslip")
#: The step-line guard of a payslip's notes: 0157's openings, and the pay-back line.
_OPENINGS_0157: str = _0157._OPENINGS
_OPENINGS = _OPENINGS_0157 + "|unpaid leave paid back"


def upgrade() -> None:
    create_owned_function(OWED, OWED_SIGNATURE)
    create_owned_function(LATER, LATER_SIGNATURE)
    change_live_function(RUN_SIGNATURE, RUN_PAIRS, forward=True)
    change_live_function(WAITS_SIGNATURE, WAITS_PAIRS, forward=True)
    change_live_function(MAY_CANCEL_SIGNATURE, MAY_CANCEL_PAIRS, forward=True)
    _0157._step_lines(_OPENINGS)


def downgrade() -> None:
    _0157._step_lines(_OPENINGS_0157)
    change_live_function(MAY_CANCEL_SIGNATURE, MAY_CANCEL_PAIRS, forward=False)
    change_live_function(WAITS_SIGNATURE, WAITS_PAIRS, forward=False)
    # In reverse order: the settlement's new text holds the second pair's new text too.
    change_live_function(RUN_SIGNATURE, RUN_PAIRS[::-1], forward=False)
    execute_sql(f"DROP FUNCTION {LATER_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {OWED_SIGNATURE}")
