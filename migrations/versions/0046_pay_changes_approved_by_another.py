"""Whoever changed someone's pay does not approve the payroll that pays it.

Revision ID: 0046
Revises: 0045
Create Date: 2026-12-10

Found with psql in a fourth security review, as the demo's people: an HR officer raised a
colleague's salary from 655,000 to 9,000,000 RWF (``UPDATE employees SET salary = ...``),
a second HR officer ran December's payroll, and the first approved it
(``SELECT dicel_approve_payroll(...)``): the run had paid the new salary, and the one
person who had set it was the one who approved it. Migration 0028 refused the approval to
whoever changed a payslip's allowances (DW005), not to whoever changed what the run
computes the payslip from.

``DW331`` now refuses the approval of a pay period to whoever wrote, since the employee's
last approved payslip was computed (since ever, for someone never paid yet), what a
payslip of the period is made from or paid to: the employee's salary or its currency,
hire or termination date (how much of the month is paid), or bank details (where it is
paid), or the employee record itself (a new hire: one person may not both add someone to
the payroll and approve their first pay). DETAIL names the first such employee by number.

``DW332`` refuses it to someone whose own pay in it was changed by anyone (their own
change is DW006's) since their last approved payslip was computed: the allowances of
their payslip of the period, or those columns of their employee record. An HR officer
approved the run paying their own salary, tripled by a colleague the day before: someone
else approves a raise. Their first payslip after being hired is no reason (the record's
INSERT is not asked here).

As for DW005, the audit log says who changed what; the trigger is 0028's
``payroll_periods_approved_by_another``, whose function is made again with both new
checks. A superuser is not a DICEL login and is not asked, as everywhere.

A downgrade gives back 0028's function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, execute_sql

revision: str = "0046"
down_revision: str | None = "0045"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The columns of ``employees`` a payslip is computed from or paid to.
PAY_COLUMNS: tuple[str, ...] = (
    "salary",
    "salary_currency",
    "hire_date",
    "termination_date",
    "bank_details",
)
_PAY_TERMS = "ARRAY[" + ", ".join(f"'{c}'" for c in PAY_COLUMNS) + "]::text[]"

_ALLOWANCES_CHECK = """
    IF v_me IS NOT NULL AND EXISTS (
        SELECT FROM public.payroll_records r
         WHERE r.pay_period_start = NEW.period_start AND r.pay_period_end = NEW.period_end
           AND public.dicel_changed_by('payroll_records', r.id, v_me,
                                       ARRAY['allowances']::text[])) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;"""

PERIOD_CHECK = f"""
CREATE OR REPLACE FUNCTION public.dicel_payroll_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
    v_number text;
BEGIN{_ALLOWANCES_CHECK}
    IF v_me IS NULL THEN
        RETURN NEW;
    END IF;
    -- What a payslip of the period is made from or paid to, written by the approver since
    -- the employee's last approved payslip was computed (migration 0046).
    SELECT e.employee_number INTO v_number
      FROM public.payroll_records r
      JOIN public.employees e ON e.id = r.employee_id
     WHERE r.pay_period_start = NEW.period_start AND r.pay_period_end = NEW.period_end
       AND EXISTS (
           SELECT FROM public.audit_logs a
            WHERE a.table_name = 'employees' AND a.record_id = r.employee_id
              AND a.user_id = v_me
              AND (a.action = 'INSERT'
                   OR (a.action = 'UPDATE' AND a.new_values ?| {_PAY_TERMS}))
              AND a.created_at > coalesce(
                  (SELECT max(o.created_at)
                     FROM public.payroll_records o
                    WHERE o.employee_id = r.employee_id
                      AND o.status IN ('approved', 'paid')
                      AND o.pay_period_start <> NEW.period_start),
                  '-infinity'))
     ORDER BY e.employee_number
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW331',
            MESSAGE = 'the pay of an employee of this period was changed by its approver',
            DETAIL = json_build_object('id', NEW.id, 'employee', v_number)::text;
    END IF;
    -- The approver's own pay, changed by anyone since their last approved payslip was
    -- computed (their own change is DW006's): someone else approves their raise.
    IF EXISTS (
        SELECT FROM public.payroll_records r
         WHERE r.pay_period_start = NEW.period_start AND r.pay_period_end = NEW.period_end
           AND r.employee_id = public.dicel_current_employee_id()
           AND (EXISTS (SELECT FROM public.audit_logs a
                         WHERE a.table_name = 'payroll_records' AND a.record_id = r.id
                           AND a.action = 'UPDATE' AND a.new_values ? 'allowances')
                OR EXISTS (
                    SELECT FROM public.audit_logs a
                     WHERE a.table_name = 'employees' AND a.record_id = r.employee_id
                       AND a.action = 'UPDATE' AND a.new_values ?| {_PAY_TERMS}
                       AND a.created_at > coalesce(
                           (SELECT max(o.created_at)
                              FROM public.payroll_records o
                             WHERE o.employee_id = r.employee_id
                               AND o.status IN ('approved', 'paid')
                               AND o.pay_period_start <> NEW.period_start),
                           '-infinity')))) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW332',
            MESSAGE = 'the approver''s own pay in this period was changed',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    RETURN NEW;
END
$$"""

#: Migration 0028's function, given back by a downgrade.
PERIOD_CHECK_0028 = f"""
CREATE OR REPLACE FUNCTION public.dicel_payroll_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN{_ALLOWANCES_CHECK}
    RETURN NEW;
END
$$"""


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner (dicel_owner) and its revoked EXECUTE.
    execute_sql(PERIOD_CHECK)


def downgrade() -> None:
    execute_sql(PERIOD_CHECK_0028)
